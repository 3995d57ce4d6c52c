import type { EntityKind } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import type { EntitySummary, GraphIndex } from './graph-index.js';
import type { GraphStore } from './graph-store.js';
import { NameMatcher, type NameCandidate, type NameMatch } from './name-matcher.js';

export type SearchKind = 'state' | 'organization' | 'any';

/** What a search box means by its kinds: an organization is any body a state can belong to. */
const SEARCH_KINDS: Record<SearchKind, readonly EntityKind[]> = {
  state: ['state'],
  organization: ['organization', 'alliance', 'agreement'],
  any: ['state', 'organization', 'alliance', 'agreement'],
};

/**
 * Names to entities for every interface: `resolve` for a command or a route that needs exactly one entity
 * (an id, a name or alias, the same name in another spelling, a country-name pattern; else UNKNOWN_ENTITY with
 * the closest names), `search` for a box that completes as one types. One NameMatcher per loaded reference
 * version, so both rank alike.
 */
export class NameService {
  private built?: { version: string; matcher: Promise<NameMatcher> };

  constructor(
    private readonly store: GraphStore,
    private readonly index: () => Promise<GraphIndex>,
  ) {}

  invalidate(): void {
    this.built = undefined;
  }

  async resolve(ref: string, kinds: readonly EntityKind[]): Promise<EntitySummary> {
    const text = ref.trim();
    if (text.length === 0) throw new EntenteError('USAGE', 'An empty name: expected an id, a name or an acronym');
    const ix = await this.index();
    const byId = ix.entity(text.toUpperCase()) ?? ix.entity(text);
    if (byId && kinds.includes(byId.kind)) return byId;
    const m = await this.matcher(ix);
    for (const found of [m.exact(text, kinds), m.spelling(text, kinds), m.pattern(text, kinds)]) {
      const entities = found.map((e) => ix.entity(e.id)).filter((e): e is EntitySummary => e !== undefined);
      if (entities.length === 1) return entities[0]!;
      if (entities.length > 1) return choose(entities, text, kinds);
    }
    throw new EntenteError('UNKNOWN_ENTITY', `No ${kinds.join(' or ')} is called ${JSON.stringify(text)}`, {
      found: text,
      suggestions: m.rank(text, kinds, 5).map(label),
    });
  }

  /** The entities a partly typed or misspelt name could mean, best first. */
  async search(text: string, kind: SearchKind, limit: number): Promise<NameMatch[]> {
    const ix = await this.index();
    return (await this.matcher(ix)).rank(text, SEARCH_KINDS[kind], limit);
  }

  private matcher(ix: GraphIndex): Promise<NameMatcher> {
    if (this.built?.version !== ix.version) {
      const matcher = this.store.aliases().then((aliases) => new NameMatcher(aliases, (id) => candidate(ix.entity(id))));
      matcher.catch(() => {
        if (this.built?.matcher === matcher) this.built = undefined;
      });
      this.built = { version: ix.version, matcher };
    }
    return this.built.matcher;
  }
}

/** "ARM (Armenia)": the id to type, the name to recognise; an id that is its own name once. */
function label(e: Pick<NameCandidate, 'id' | 'name'>): string {
  return e.name === e.id ? e.id : `${e.id} (${e.name})`;
}

function candidate(e: EntitySummary | undefined): NameCandidate | undefined {
  return e && { id: e.id, kind: e.kind, name: e.name, curated: e.curated };
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
    suggestions: best.slice(0, 8).map(label),
  });
}
