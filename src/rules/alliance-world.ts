import type { Entity } from '../core/entity.js';
import type { Fact } from '../core/fact.js';

/** Why a party's obligations cannot be taken as they stand: its participation in the treaty's organization is suspended. */
export interface Caveat {
  readonly code: 'participation';
  readonly reason: string;
}

/** One state's membership of one alliance phase over a span of days, with the fact that makes it so. */
export interface Membership {
  readonly fact: Fact;
  readonly state: string;
  readonly ccode: number;
  /** The alliance entity id: `ATOP4220`, or a curated treaty's. */
  readonly treaty: string;
  readonly phase: number;
  readonly from: string;
  readonly to: string;
  /** The last day the fact's source speaks of it: after it, the membership is carried forward. */
  readonly verifiedThrough: string;
  readonly caveat?: Caveat;
}

/**
 * The parties of alliances, indexed in memory by state and by alliance phase, loaded once: every scenario is
 * then lookups in arrays of a few dozen entries. Who is a party on which day is decided before (treaty-parties.ts).
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

  constructor(memberships: readonly Membership[], entities: readonly Entity[]) {
    for (const e of entities) {
      this.entities.set(e.id, e);
      this.names.set(e.id, e.name);
    }
    let from = '9999-12-31';
    let to = '0001-01-01';
    for (const m of memberships) {
      push(this.byState, m.state, m);
      push(this.byPhase, `${m.treaty}:${m.phase}`, m);
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

  /** The state's memberships in force on the day; `strict` leaves out those carried forward past their source. */
  membershipsOn(state: string, on: string, strict = false): Membership[] {
    return (this.byState.get(state) ?? []).filter((m) => m.from <= on && on <= m.to && (!strict || on <= m.verifiedThrough));
  }

  /** The members of one alliance phase on the day; `strict` as above. */
  phaseOn(treaty: string, phase: number, on: string, strict = false): Membership[] {
    return (this.byPhase.get(`${treaty}:${phase}`) ?? []).filter((m) => m.from <= on && on <= m.to && (!strict || on <= m.verifiedThrough));
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

  /** A state's COW code: from its memberships, else its entity. */
  ccodeOf(state: string): number | undefined {
    const m = this.byState.get(state)?.[0];
    if (m) return m.ccode;
    const c = this.entities.get(state)?.attrs.ccode;
    return typeof c === 'number' ? c : undefined;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
