import type { Fact } from '../core/fact.js';
import type { DatasetInfo, GraphStore } from '../graph/graph-store.js';
import { leaderTerms } from '../graph/leader-terms.js';
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
  const [all, datasets, ...factLists] = await Promise.all([
    store.aliases(),
    store.datasets(),
    ...NEWS_PREDICATES.map((predicate) => store.facts({ predicate })),
  ]);
  // German and Spanish names are for people typing a query ("Weißrussland"); in English news they would misread
  // words ("Island" is Iceland in German, "Granada" Grenada in Spanish).
  const aliases = all.filter((a) => !QUERY_ONLY_LANGUAGES.has(a.lang));
  const facts = withLeaderTerms(factLists.flat(), datasets);
  const ids = new Set<string>();
  for (const a of aliases) ids.add(a.entityId);
  for (const f of facts) {
    ids.add(f.subject);
    ids.add(f.object);
  }
  const entities = await store.entities([...ids]);
  return { entities, facts, aliases };
}

/**
 * Leaders' terms as the graph answers them (`leaderTerms`): a term a dataset left open when it stopped ends where
 * a later source names a successor, so Barack Obama (Archigos, to 2015) is no longer the United States' effective
 * leader in a 2018 article.
 */
export function withLeaderTerms(facts: readonly Fact[], datasets: readonly DatasetInfo[]): Fact[] {
  const coverage = new Map(datasets.map((d) => [d.id, d.coverage.to]));
  const verified = (f: Fact) => (typeof f.qualifiers.asOf === 'string' ? f.qualifiers.asOf : coverage.get(f.provenance.dataset) || f.valid.from);
  const byState = new Map<string, Fact[]>();
  const out: Fact[] = [];
  for (const f of facts) {
    if (f.predicate !== 'holds_office') out.push(f);
    else {
      const list = byState.get(f.object);
      if (list) list.push(f);
      else byState.set(f.object, [f]);
    }
  }
  for (const list of byState.values()) out.push(...leaderTerms(list, verified).facts);
  return out;
}
