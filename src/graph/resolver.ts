import { distance } from 'fastest-levenshtein';
import type { AliasEntry, EntityKind } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import { nameKey } from '../core/normalize.js';
import type { EntitySummary, GraphIndex } from './graph-index.js';
import type { GraphStore } from './graph-store.js';

/**
 * Names, acronyms and aliases to entities, case- and accent-insensitively; country-name patterns as a fallback;
 * "did you mean" suggestions from the closest keys when nothing matches.
 */
export class Resolver {
  private aliasList?: Promise<AliasEntry[]>;
  private patterns?: Promise<Array<{ re: RegExp; entityId: string }>>;

  constructor(
    private readonly store: GraphStore,
    private readonly index: () => Promise<GraphIndex>,
  ) {}

  invalidate(): void {
    this.aliasList = undefined;
    this.patterns = undefined;
  }

  async resolve(ref: string, kinds: readonly EntityKind[]): Promise<EntitySummary> {
    const text = ref.trim();
    if (text.length === 0) throw new EntenteError('USAGE', 'An empty name: expected an id, a name or an acronym');
    const ix = await this.index();
    const byId = ix.entity(text.toUpperCase()) ?? ix.entity(text);
    if (byId && kinds.includes(byId.kind)) return byId;
    const exact = ix
      .idsForKey(nameKey(text))
      .map((id) => ix.entity(id))
      .filter((e): e is EntitySummary => e !== undefined && kinds.includes(e.kind));
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1) return choose(exact, text, kinds);
    const patterned = await this.byPattern(ix, text, kinds);
    if (patterned) return patterned;
    throw new EntenteError('UNKNOWN_ENTITY', `No ${kinds.join(' or ')} is called ${JSON.stringify(text)}`, {
      found: text,
      suggestions: await this.suggest(ix, text, kinds),
    });
  }

  private async byPattern(ix: GraphIndex, text: string, kinds: readonly EntityKind[]): Promise<EntitySummary | undefined> {
    if (!kinds.includes('state')) return undefined;
    this.patterns ??= this.aliases().then((list) =>
      list.filter((a) => a.kind === 'pattern').flatMap((a) => {
        try {
          return [{ re: new RegExp(a.text, 'iu'), entityId: a.entityId }];
        } catch {
          return [];
        }
      }),
    );
    const hits = new Set((await this.patterns).filter((p) => p.re.test(text)).map((p) => p.entityId));
    if (hits.size !== 1) return undefined;
    const e = ix.entity([...hits][0]!);
    return e && kinds.includes(e.kind) ? e : undefined;
  }

  private aliases(): Promise<AliasEntry[]> {
    this.aliasList ??= this.store.aliases();
    return this.aliasList;
  }

  /** The five closest entities by edit distance on the match key, prefix matches first. */
  private async suggest(ix: GraphIndex, text: string, kinds: readonly EntityKind[]): Promise<string[]> {
    const key = nameKey(text);
    const scored = new Map<string, number>();
    for (const a of await this.aliases()) {
      if (a.kind === 'pattern' || !kinds.includes(ix.entity(a.entityId)?.kind ?? 'base')) continue;
      const d = a.key.startsWith(key) && key.length >= 3 ? 0.5 : distance(key, a.key) / Math.max(key.length, a.key.length, 1);
      if (d > 0.5) continue;
      const prev = scored.get(a.entityId);
      if (prev === undefined || d < prev) scored.set(a.entityId, d);
    }
    return [...scored.entries()]
      .sort((a, b) => a[1] - b[1])
      .slice(0, 5)
      .map(([id]) => (ix.name(id) === id ? id : `${id} (${ix.name(id)})`));
  }
}

/** Several entities share the name: prefer the curated one, then the kind asked for first. */
function choose(candidates: EntitySummary[], text: string, kinds: readonly EntityKind[]): EntitySummary {
  const curated = candidates.filter((e) => e.curated);
  const pool = curated.length > 0 ? curated : candidates;
  const byKind = [...pool].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
  const best = byKind.filter((e) => e.kind === byKind[0]!.kind);
  if (best.length === 1) return best[0]!;
  throw new EntenteError('AMBIGUOUS_ENTITY', `${JSON.stringify(text)} names ${best.length} entities; use an id`, {
    found: text,
    suggestions: best.slice(0, 8).map((e) => `${e.id} (${e.name})`),
  });
}
