import type { Entity } from '../core/entity.js';
import type { Fact } from '../core/fact.js';

/** One state's party_to fact for one alliance phase, with what the engine needs of it at hand. */
export interface Membership {
  readonly fact: Fact;
  readonly state: string;
  readonly ccode: number;
  readonly atopid: number;
  readonly phase: number;
  readonly from: string;
  readonly to: string;
}

/**
 * The party_to facts of ATOP alliances, indexed in memory by state and by alliance phase, loaded once:
 * every scenario is then lookups in arrays of a few dozen entries.
 */
export class AllianceWorld {
  readonly byState = new Map<string, Membership[]>();
  readonly byPhase = new Map<string, Membership[]>();
  readonly names = new Map<string, string>();
  readonly entities = new Map<string, Entity>();
  /** First and last day of any membership (the last is the end of the data, not the open end). */
  readonly span: { readonly from: string; readonly to: string };
  /** Alliance phases in which one state has two memberships that share a day (its answers need de-duplicating). */
  readonly overlapping = new Set<string>();
  private byCcode?: Map<number, string>;
  private ranks?: Map<string, number>;
  private readonly refs = new Map<string, { readonly id: string; readonly name: string }>();

  constructor(facts: readonly Fact[], entities: readonly Entity[]) {
    for (const e of entities) {
      this.entities.set(e.id, e);
      this.names.set(e.id, e.name);
    }
    let from = '9999-12-31';
    let to = '0001-01-01';
    for (const f of facts) {
      const m = membershipOf(f, this.entities);
      if (!m) continue;
      push(this.byState, m.state, m);
      push(this.byPhase, `${m.atopid}:${m.phase}`, m);
      if (m.from < from) from = m.from;
      if (m.to > to && m.to !== '9999-12-31') to = m.to;
    }
    this.span = { from, to };
    for (const [key, list] of this.byPhase) {
      const seen = new Map<string, Membership[]>();
      for (const m of list) {
        const mine = seen.get(m.state) ?? [];
        if (mine.some((o) => o.from <= m.to && m.from <= o.to)) this.overlapping.add(key);
        mine.push(m);
        seen.set(m.state, mine);
      }
    }
  }

  /** `{ id, name }` of an entity, one shared object per id. */
  ref(id: string): { readonly id: string; readonly name: string } {
    let r = this.refs.get(id);
    if (!r) this.refs.set(id, (r = { id, name: this.name(id) }));
    return r;
  }

  /** The place of an entity's name in alphabetical order: sorting answers by it costs no string comparison. */
  rank(id: string): number {
    if (!this.ranks) {
      const collator = new Intl.Collator('en');
      const ids = [...this.names.keys()].sort((a, b) => collator.compare(this.name(a), this.name(b)));
      this.ranks = new Map(ids.map((x, i) => [x, i]));
    }
    return this.ranks.get(id) ?? Number.MAX_SAFE_INTEGER;
  }

  /** A name for a COW code; bound, so it can be handed around as a function. */
  readonly nameOfCcodeFn = (ccode: number): string => this.nameOfCcode(ccode);

  /** The state's memberships in force on the day. */
  membershipsOn(state: string, on: string): Membership[] {
    return (this.byState.get(state) ?? []).filter((m) => m.from <= on && on <= m.to);
  }

  /** The members of one alliance phase on the day. */
  phaseOn(atopid: number, phase: number, on: string): Membership[] {
    return (this.byPhase.get(`${atopid}:${phase}`) ?? []).filter((m) => m.from <= on && on <= m.to);
  }

  name(id: string): string {
    return this.names.get(id) ?? id;
  }

  /** A name for a COW code (a treaty's named threat): the first state entity that carries it, else the code. */
  nameOfCcode(ccode: number): string {
    if (!this.byCcode) {
      this.byCcode = new Map();
      for (const e of this.entities.values()) {
        const c = e.attrs.ccode;
        if (e.kind === 'state' && typeof c === 'number' && !this.byCcode.has(c)) this.byCcode.set(c, e.name);
      }
    }
    return this.byCcode.get(ccode) ?? `COW ${ccode}`;
  }

  /** A state's COW code: from its ATOP facts, else its entity. */
  ccodeOf(state: string): number | undefined {
    const m = this.byState.get(state)?.[0];
    if (m) return m.ccode;
    const c = this.entities.get(state)?.attrs.ccode;
    return typeof c === 'number' ? c : undefined;
  }
}

/** A party_to fact of an ATOP alliance (object `ATOP<id>`, qualifiers `phase` and `ccode`), else undefined. */
function membershipOf(f: Fact, entities: ReadonlyMap<string, Entity>): Membership | undefined {
  if (f.predicate !== 'party_to' || !f.object.startsWith('ATOP')) return undefined;
  const atopid = Number(f.object.slice(4));
  const phase = f.qualifiers.phase;
  const fromEntity = entities.get(f.subject)?.attrs.ccode;
  const ccode = typeof f.qualifiers.ccode === 'number' ? f.qualifiers.ccode : typeof fromEntity === 'number' ? fromEntity : undefined;
  if (!Number.isInteger(atopid) || typeof phase !== 'number' || ccode === undefined) return undefined;
  return { fact: f, state: f.subject, ccode, atopid, phase, from: f.valid.from, to: f.valid.to };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
