import { distance } from 'fastest-levenshtein';
import type { Entity, EntityKind } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import { nameKey } from '../core/normalize.js';
import type { AliasEntry, GraphStore } from './graph-store.js';

const KIND_WORDS: Record<EntityKind, string> = {
  state: 'state',
  organization: 'organization',
  alliance: 'alliance',
  agreement: 'agreement',
  person: 'person',
  base: 'base',
};

/**
 * Names, acronyms and aliases to entities, case- and accent-insensitively; country-name patterns as a fallback;
 * "did you mean" suggestions from the closest keys when nothing matches.
 */
export class Resolver {
  private aliasList?: Promise<AliasEntry[]>;
  private patterns?: Promise<Array<{ re: RegExp; entityId: string }>>;

  constructor(private readonly store: GraphStore) {}

  invalidate(): void {
    this.aliasList = undefined;
    this.patterns = undefined;
  }

  async resolve(ref: string, kinds: readonly EntityKind[]): Promise<Entity> {
    const text = ref.trim();
    if (text.length === 0) throw new EntenteError('USAGE', 'An empty name: expected an id, a name or an acronym');
    const byId = await this.store.entity(text.toUpperCase());
    if (byId && kinds.includes(byId.kind)) return byId;
    const exact = (await this.store.entitiesByKey(nameKey(text))).filter((e) => kinds.includes(e.kind));
    if (exact.length === 1) return exact[0]!;
    if (exact.length > 1) return this.choose(exact, text, kinds);
    const patterned = await this.byPattern(text, kinds);
    if (patterned) return patterned;
    throw new EntenteError('UNKNOWN_ENTITY', `No ${kinds.map((k) => KIND_WORDS[k]).join(' or ')} is called ${JSON.stringify(text)}`, {
      found: text,
      suggestions: await this.suggest(text, kinds),
    });
  }

  /** Several entities share the name: prefer the curated one, then organizations over what they created. */
  private choose(candidates: Entity[], text: string, kinds: readonly EntityKind[]): Entity {
    const curated = candidates.filter((e) => e.provenance.some((p) => p.dataset === 'curated'));
    const pool = curated.length > 0 ? curated : candidates;
    const byKind = [...pool].sort((a, b) => kinds.indexOf(a.kind) - kinds.indexOf(b.kind));
    const best = byKind.filter((e) => e.kind === byKind[0]!.kind);
    if (best.length === 1) return best[0]!;
    throw new EntenteError('AMBIGUOUS_ENTITY', `${JSON.stringify(text)} names ${best.length} entities; use an id`, {
      found: text,
      suggestions: best.slice(0, 8).map((e) => `${e.id} (${e.name})`),
    });
  }

  private async byPattern(text: string, kinds: readonly EntityKind[]): Promise<Entity | undefined> {
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
    const e = await this.store.entity([...hits][0]!);
    return e && kinds.includes(e.kind) ? e : undefined;
  }

  private aliases(): Promise<AliasEntry[]> {
    this.aliasList ??= this.store.aliases();
    return this.aliasList;
  }

  /** The five closest entities by edit distance on the match key, prefix matches first. */
  async suggest(text: string, kinds: readonly EntityKind[]): Promise<string[]> {
    const key = nameKey(text);
    const list = (await this.aliases()).filter((a) => a.kind !== 'pattern');
    const scored = new Map<string, number>();
    for (const a of list) {
      const d = a.key.startsWith(key) && key.length >= 3 ? 0.5 : distance(key, a.key) / Math.max(key.length, a.key.length, 1);
      if (d > 0.5) continue;
      const prev = scored.get(a.entityId);
      if (prev === undefined || d < prev) scored.set(a.entityId, d);
    }
    const ranked = [...scored.entries()].sort((a, b) => a[1] - b[1]).slice(0, 20);
    const entities = await this.store.entities(ranked.map(([id]) => id));
    return entities
      .filter((e) => kinds.includes(e.kind))
      .slice(0, 5)
      .map((e) => (e.id === e.name ? e.id : `${e.id} (${e.name})`));
  }
}
