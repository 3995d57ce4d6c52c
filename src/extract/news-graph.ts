import type { AliasEntry, Entity } from '../core/entity.js';
import type { Fact, FactQuery, Predicate } from '../core/fact.js';
import { nameKey } from '../core/normalize.js';
import { contains } from '../core/time.js';

/**
 * What the extract stages may ask of the graph, synchronously: the pipeline preloads it from the store once,
 * so that analysis stays pure and fast. Fixture graphs in tests implement it from plain data.
 */
export interface NewsGraph {
  readonly aliases: readonly AliasEntry[];
  entity(id: string): Entity | undefined;
  facts(query: FactQuery): readonly Fact[];
}

/** The predicates the stages read; the pipeline preloads only these. */
export const NEWS_PREDICATES: readonly Predicate[] = ['member_of', 'party_to', 'holds_office', 'hosts_base_of'];

export interface GraphData {
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
  /** Defaults to every alias of every entity, plus its name. */
  readonly aliases?: readonly AliasEntry[];
}

function aliasesOf(entities: readonly Entity[]): AliasEntry[] {
  const out: AliasEntry[] = [];
  for (const e of entities) {
    const seen = new Set<string>();
    for (const a of [{ text: e.name, kind: 'name' as const, lang: 'en' }, ...e.aliases]) {
      const key = nameKey(a.text);
      if (key === '' || seen.has(`${key}|${a.kind}`)) continue;
      seen.add(`${key}|${a.kind}`);
      out.push({ key, text: a.text, entityId: e.id, kind: a.kind ?? 'name', lang: a.lang ?? 'en' });
    }
  }
  return out;
}

/** An in-memory NewsGraph over entities and facts, with facts indexed by predicate and subject/object. */
export function createNewsGraph(data: GraphData): NewsGraph {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const byPredicate = new Map<string, Fact[]>();
  const bySubject = new Map<string, Fact[]>();
  const byObject = new Map<string, Fact[]>();
  const push = (m: Map<string, Fact[]>, k: string, f: Fact) => {
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  };
  for (const f of data.facts) {
    push(byPredicate, f.predicate, f);
    push(bySubject, `${f.predicate}|${f.subject}`, f);
    push(byObject, `${f.predicate}|${f.object}`, f);
  }
  const aliases = data.aliases ?? aliasesOf(data.entities);
  return {
    aliases,
    entity: (id) => byId.get(id),
    facts(q) {
      const pool =
        q.subject !== undefined
          ? bySubject.get(`${q.predicate}|${q.subject}`)
          : q.object !== undefined
            ? byObject.get(`${q.predicate}|${q.object}`)
            : byPredicate.get(q.predicate);
      return (pool ?? []).filter(
        (f) =>
          (q.subject === undefined || f.subject === q.subject) &&
          (q.object === undefined || f.object === q.object) &&
          (q.on === undefined || contains(f.valid, q.on)) &&
          (q.datasets === undefined || q.datasets.includes(f.provenance.dataset)),
      );
    },
  };
}
