import type { EntityKind } from '../core/entity.js';
import type { Fact, Predicate } from '../core/fact.js';
import type { DatasetInfo } from './graph-store.js';
import { leaderTerms } from './leader-terms.js';
import { dateByAccession, datePrecisely, mergeRuns, treatyMemberships } from './membership-facts.js';
import { continuations, continuedFact, continuedParties, endedAtCutoff, type Continuation } from './treaty-continuation.js';
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
  private readonly leaderMemo = new Map<string, ReturnType<typeof leaderTerms>>();
  private readonly allianceTimelineMemo = new Map<string, readonly PairTimelineOf[]>();
  private continued?: Map<string, Continuation>;
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

  /**
   * An organization's membership facts by state, memoized: its own facts, and its founding treaties' parties
   * read as memberships (phases merged, counted from the treaty's entry into force: `treatyMemberships`, and from
   * the organization's own accession record: `dateByAccession`), each pair's coarse facts dated by its finer ones
   * (`datePrecisely`). An alliance's are its own party facts.
   */
  membersOf(org: { id: string; kind: string }): ReadonlyMap<string, readonly Fact[]> {
    let m = this.memberMemo.get(org.id);
    if (!m) {
      m = new Map();
      const entity = this.entities.get(org.id) ?? { id: org.id, attrs: {} };
      // An alliance's phases are its own facts (continued by its organization's members after its data ends); an
      // organization's consecutive rows of one source are one membership.
      const own = org.kind === 'organization' ? mergeRuns(this.factsAbout('member_of', org.id), entity) : this.allianceFacts(org.id);
      const viaTreaties = (this.treatiesOf.get(org.id) ?? []).flatMap((t) => treatyMemberships(this.factsAbout('party_to', t), entity));
      for (const f of [...own, ...viaTreaties]) push(m, f.subject, f);
      const rank = (d: string) => this.rank(d);
      for (const [state, facts] of m) m.set(state, datePrecisely(dateByAccession(facts, entity, rank), rank) as Fact[]);
      this.memberMemo.set(org.id, m);
    }
    return m;
  }

  /** A state's membership facts by organization, the same facts `membersOf` gives each pair; memoized. */
  organizationsOf(stateId: string): ReadonlyMap<string, readonly Fact[]> {
    let m = this.orgMemo.get(stateId);
    if (!m) {
      const orgs = new Set<string>();
      for (const f of this.factsOf('member_of', stateId)) orgs.add(f.object);
      for (const f of this.factsOf('party_to', stateId)) for (const org of this.orgsOfTreaty.get(f.object) ?? []) orgs.add(org);
      m = new Map();
      for (const id of orgs) {
        const facts = this.membersOf({ id, kind: this.entities.get(id)?.kind ?? 'organization' }).get(stateId);
        if (facts && facts.length > 0) m.set(id, facts as Fact[]);
      }
      this.orgMemo.set(stateId, m);
    }
    return m;
  }

  /**
   * A state's party facts of alliances (trade agreements, far more numerous, left out), as `membersOf` gives them:
   * an alliance its organization continues counts the organization's members after its data ends; memoized.
   */
  alliancesOf(stateId: string): readonly Fact[] {
    let a = this.allianceMemo.get(stateId);
    if (!a) {
      const ids = new Set(
        this.factsOf('party_to', stateId)
          .filter((f) => this.entities.get(f.object)?.kind === 'alliance')
          .map((f) => f.object),
      );
      for (const c of this.continuationMap().values()) if (this.membersOf({ id: c.org.id, kind: 'organization' }).has(stateId)) ids.add(c.treaty);
      a = [...ids].flatMap((id) => this.membersOf({ id, kind: 'alliance' }).get(stateId) ?? []);
      this.allianceMemo.set(stateId, a);
    }
    return a;
  }

  /** The alliances founding an organization whose parties it continues after their data ends (see treaty-continuation.ts). */
  continuationMap(): ReadonlyMap<string, Continuation> {
    this.continued ??= continuations(
      this.entities.values(),
      (t) => this.factsAbout('party_to', t),
      (f) => this.verifiedThrough(f),
    );
    return this.continued;
  }

  /** An alliance's party facts: its own, ended where its organization continues them, and the continued ones. */
  private allianceFacts(id: string): readonly Fact[] {
    const own = this.factsAbout('party_to', id);
    const c = this.continuationMap().get(id);
    if (!c) return own;
    const ended = own.map((f) => endedAtCutoff(c, f)).filter((f): f is Fact => f !== undefined);
    return [...ended, ...continuedParties(c, this.memberTimelines({ id: c.org.id, kind: 'organization' })).map((p) => continuedFact(c, p, ended))];
  }

  /** A state's alliances (party facts only), each with its pair's decisions over all time; memoized. */
  allianceTimelines(stateId: string): readonly PairTimelineOf[] {
    let t = this.allianceTimelineMemo.get(stateId);
    if (!t) {
      const byAlliance = new Map<string, Fact[]>();
      for (const f of this.alliancesOf(stateId)) push(byAlliance, f.object, f);
      const rank = (d: string) => this.rank(d);
      const verified = (f: Fact) => this.verifiedThrough(f);
      t = [...byAlliance].map(([id, facts]) => ({ id, timeline: pairTimeline(facts, rank, this.coverage(id), verified) }));
      this.allianceTimelineMemo.set(stateId, t);
    }
    return t;
  }

  /** An organization's states, each with its pair's decisions over all time (see `pairTimeline`); memoized. */
  memberTimelines(org: { id: string; kind: string }): readonly PairTimelineOf[] {
    return this.timelines(
      this.memberTimelineMemo,
      org.id,
      () => this.membersOf(org),
      () => org.id,
    );
  }

  /** A state's organizations, each with its pair's decisions over all time (see `pairTimeline`); memoized. */
  organizationTimelines(stateId: string): readonly PairTimelineOf[] {
    return this.timelines(
      this.timelineMemo,
      stateId,
      () => this.organizationsOf(stateId),
      (orgId) => orgId,
    );
  }

  private timelines(
    memo: Map<string, readonly PairTimelineOf[]>,
    key: string,
    pairs: () => ReadonlyMap<string, readonly Fact[]>,
    orgOf: (other: string) => string,
  ): readonly PairTimelineOf[] {
    let t = memo.get(key);
    if (!t) {
      const rank = (d: string) => this.rank(d);
      const verified = (f: Fact) => this.verifiedThrough(f);
      t = [...pairs()].map(([id, facts]) => ({ id, timeline: pairTimeline(facts, rank, this.coverage(orgOf(id)), verified) }));
      memo.set(key, t);
    }
    return t;
  }

  /** A state's leaders' terms, continued and cut across datasets that stop at different days (`leaderTerms`); memoized. */
  leaderTermsOf(stateId: string): ReturnType<typeof leaderTerms> {
    let t = this.leaderMemo.get(stateId);
    if (!t) this.leaderMemo.set(stateId, (t = leaderTerms(this.factsAbout('holds_office', stateId), (f) => this.verifiedThrough(f))));
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

  /**
   * The last day a fact's source speaks of it: the fact's own `asOf` (a curated file's day, an article's), else
   * the end of its dataset's coverage (ATOP 2018-12-31). A fact valid after that day is carried forward there.
   */
  verifiedThrough(f: Fact): string {
    const own = f.qualifiers.asOf;
    if (typeof own === 'string') return own;
    return this.datasets.get(f.provenance.dataset)?.coverage.to || f.valid.from;
  }

  /** The newest day any loaded source speaks of: what "today" the data knows. */
  newestDay(): string {
    let newest = '';
    for (const d of this.datasets.values()) if (d.coverage.to > newest) newest = d.coverage.to;
    return newest;
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
