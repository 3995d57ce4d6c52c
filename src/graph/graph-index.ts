import type { EntityKind } from '../core/entity.js';
import type { Fact, Predicate } from '../core/fact.js';
import type { DatasetInfo } from './graph-store.js';
import { pairTimeline, type PairTimeline } from './precedence.js';

/** What answers need of an entity: no aliases, no provenance. */
export interface EntitySummary {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly attrs: Readonly<Record<string, unknown>>;
  readonly curated: boolean;
}

/** One pair's timeline, named by the pair's other side (the state of an organization, the organization of a state). */
export interface PairTimelineOf {
  readonly id: string;
  readonly timeline: PairTimeline;
}

/**
 * The reference graph held in memory, indexed for as-of questions: facts by object and by subject per predicate,
 * every dataset's span per object, entities by id. Reference data changes only by a
 * whole reload, so one index per loaded version answers in microseconds; pure, built from what the store gives.
 */
export class GraphIndex {
  readonly version: string;
  readonly datasets: ReadonlyMap<string, DatasetInfo>;
  private readonly byObject = new Map<string, Fact[]>();
  private readonly bySubject = new Map<string, Fact[]>();
  private readonly entities: ReadonlyMap<string, EntitySummary>;
  /** object id -> dataset -> span of its facts. */
  private readonly spans = new Map<string, Map<string, { from: string; to: string }>>();
  readonly treatiesOf = new Map<string, string[]>();
  private readonly memberMemo = new Map<string, Map<string, Fact[]>>();
  private readonly orgMemo = new Map<string, Map<string, Fact[]>>();
  private readonly allianceMemo = new Map<string, readonly Fact[]>();
  private readonly timelineMemo = new Map<string, readonly PairTimelineOf[]>();
  private readonly memberTimelineMemo = new Map<string, readonly PairTimelineOf[]>();
  private readonly coverageMemo = new Map<string, ReadonlyMap<string, { from: string; to: string }>>();
  readonly orgsOfTreaty = new Map<string, string[]>();

  constructor(input: {
    version: string;
    datasets: readonly DatasetInfo[];
    facts: readonly Fact[];
    entities: readonly EntitySummary[];
  }) {
    this.version = input.version;
    this.datasets = new Map(input.datasets.map((d) => [d.id, d]));
    for (const f of input.facts) {
      push(this.byObject, `${f.predicate}\u0000${f.object}`, f);
      push(this.bySubject, `${f.predicate}\u0000${f.subject}`, f);
      if (f.predicate === 'member_of' || f.predicate === 'party_to') {
        const m = this.spans.get(f.object) ?? new Map<string, { from: string; to: string }>();
        const s = m.get(f.provenance.dataset);
        m.set(f.provenance.dataset, s ? { from: min(s.from, f.valid.from), to: max(s.to, f.valid.to) } : { from: f.valid.from, to: f.valid.to });
        this.spans.set(f.object, m);
      }
    }
    this.entities = new Map(input.entities.map((e) => [e.id, e]));
    for (const e of input.entities) {
      const t = e.attrs.treaty;
      const treaties = (Array.isArray(t) ? t : t ? [t] : []).map(String);
      if (treaties.length === 0) continue;
      this.treatiesOf.set(e.id, treaties);
      for (const id of treaties) push(this.orgsOfTreaty, id, e.id);
    }
  }

  /** An organization's membership facts (its founding treaties' parties included), by state; memoized. */
  membersOf(org: { id: string; kind: string }): ReadonlyMap<string, readonly Fact[]> {
    let m = this.memberMemo.get(org.id);
    if (!m) {
      m = new Map();
      const own = this.factsAbout(org.kind === 'organization' ? 'member_of' : 'party_to', org.id);
      const viaTreaties = (this.treatiesOf.get(org.id) ?? []).flatMap((t) => this.factsAbout('party_to', t));
      for (const f of [...own, ...viaTreaties]) push(m, f.subject, f);
      this.memberMemo.set(org.id, m);
    }
    return m;
  }

  /** A state's membership facts by organization (founding treaties counted for their organizations); memoized. */
  organizationsOf(stateId: string): ReadonlyMap<string, readonly Fact[]> {
    let m = this.orgMemo.get(stateId);
    if (!m) {
      m = new Map();
      for (const f of this.factsOf('member_of', stateId)) push(m, f.object, f);
      for (const f of this.factsOf('party_to', stateId)) for (const org of this.orgsOfTreaty.get(f.object) ?? []) push(m, org, f);
      this.orgMemo.set(stateId, m);
    }
    return m;
  }

  /** A state's `party_to` facts whose treaty is an alliance (trade agreements, far more numerous, left out); memoized. */
  alliancesOf(stateId: string): readonly Fact[] {
    let a = this.allianceMemo.get(stateId);
    if (!a) {
      a = this.factsOf('party_to', stateId).filter((f) => this.entities.get(f.object)?.kind === 'alliance');
      this.allianceMemo.set(stateId, a);
    }
    return a;
  }

  /** An organization's states, each with its pair's decisions over all time (see `pairTimeline`); memoized. */
  memberTimelines(org: { id: string; kind: string }): readonly PairTimelineOf[] {
    return this.timelines(this.memberTimelineMemo, org.id, () => this.membersOf(org), () => org.id);
  }

  /** A state's organizations, each with its pair's decisions over all time (see `pairTimeline`); memoized. */
  organizationTimelines(stateId: string): readonly PairTimelineOf[] {
    return this.timelines(this.timelineMemo, stateId, () => this.organizationsOf(stateId), (orgId) => orgId);
  }

  private timelines(memo: Map<string, readonly PairTimelineOf[]>, key: string, pairs: () => ReadonlyMap<string, readonly Fact[]>, orgOf: (other: string) => string): readonly PairTimelineOf[] {
    let t = memo.get(key);
    if (!t) {
      const rank = (d: string) => this.rank(d);
      t = [...pairs()].map(([id, facts]) => ({ id, timeline: pairTimeline(facts, rank, this.coverage(orgOf(id))) }));
      memo.set(key, t);
    }
    return t;
  }

  entity(id: string): EntitySummary | undefined {
    return this.entities.get(id);
  }

  name(id: string): string {
    return this.entities.get(id)?.name ?? id;
  }

  factsAbout(predicate: Predicate, object: string): readonly Fact[] {
    return this.byObject.get(`${predicate}\u0000${object}`) ?? [];
  }

  allFacts(predicate: Predicate): readonly Fact[] {
    const prefix = `${predicate}\u0000`;
    return [...this.byObject.entries()].filter(([k]) => k.startsWith(prefix)).flatMap(([, v]) => v);
  }

  factsOf(predicate: Predicate, subject: string): readonly Fact[] {
    return this.bySubject.get(`${predicate}\u0000${subject}`) ?? [];
  }

  rank(dataset: string): number {
    return this.datasets.get(dataset)?.rank ?? 100;
  }

  /** Where each dataset covers an organization, its founding treaties included. */
  coverage(orgId: string): ReadonlyMap<string, { from: string; to: string }> {
    let c = this.coverageMemo.get(orgId);
    if (!c) {
      c = this.mergedSpans(orgId);
      this.coverageMemo.set(orgId, c);
    }
    return c;
  }

  private mergedSpans(orgId: string): ReadonlyMap<string, { from: string; to: string }> {
    const own = this.spans.get(orgId);
    const treaties = this.treatiesOf.get(orgId) ?? [];
    if (treaties.length === 0) return own ?? new Map();
    const merged = new Map(own ?? []);
    for (const t of treaties) {
      for (const [dataset, span] of this.spans.get(t) ?? []) {
        const have = merged.get(dataset);
        merged.set(dataset, have ? { from: min(have.from, span.from), to: max(have.to, span.to) } : span);
      }
    }
    return merged;
  }
}

function push<T>(m: Map<string, T[]>, key: string, value: T): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
