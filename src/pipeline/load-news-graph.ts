import type { GraphStore } from '../graph/graph-store.js';
import { createNewsGraph, NEWS_PREDICATES, type GraphData, type NewsGraph } from '../extract/news-graph.js';

const QUERY_ONLY_LANGUAGES = new Set(['de', 'es']);

/**
 * Preloads what the extract stages read: every alias, the facts of the predicates they check, and the
 * entities those name. One pass per process; analysis then never waits on the database.
 */
export async function loadNewsGraph(store: GraphStore): Promise<NewsGraph> {
  return createNewsGraph(await loadNewsGraphData(store));
}

/** The same as plain data, which an analysis thread is handed (as JSON) and builds its own NewsGraph from. */
export async function loadNewsGraphData(store: GraphStore): Promise<GraphData & { aliases: NonNullable<GraphData['aliases']> }> {
  const [all, ...factLists] = await Promise.all([store.aliases(), ...NEWS_PREDICATES.map((predicate) => store.facts({ predicate }))]);
  // German and Spanish names are for people typing a query ("Weißrussland"); in English news they would misread
  // words ("Island" is Iceland in German, "Granada" Grenada in Spanish).
  const aliases = all.filter((a) => !QUERY_ONLY_LANGUAGES.has(a.lang));
  const facts = factLists.flat();
  const ids = new Set<string>();
  for (const a of aliases) ids.add(a.entityId);
  for (const f of facts) {
    ids.add(f.subject);
    ids.add(f.object);
  }
  const entities = await store.entities([...ids]);
  return { entities, facts, aliases };
}
