import type { EntityKind } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import type { Fact } from '../core/fact.js';
import { addDays, contains, OPEN_END, refuseFuture, showEnd, today, type DateQuery, type IsoDate } from '../core/time.js';
import { carriedNotes, freshness, membershipLine, sourceRef, startOf } from './answer-lines.js';
import type {
  BasesAnswer,
  Disagreement,
  EntityRef,
  HistoryAnswer,
  HistoryEntry,
  LeadersAnswer,
  MembersAnswer,
  MembershipLine,
  OrganizationsAnswer,
  SeriesAnswer,
} from './answers.js';
import { membershipSeries } from './membership-series.js';
import { MembersJson } from './members-json.js';
import { GraphIndex, type EntitySummary } from './graph-index.js';
import type { DatasetInfo, GraphStore } from './graph-store.js';
import { decidePair, decisionOn, statusOf, type PairDecision } from './precedence.js';
import { NameService } from './name-service.js';
import { NEWS_DATASET } from './news-dataset.js';
import { openBases } from './base-closures.js';
import { isDissolved, lifetimeNotes } from './org-lifetime.js';
import { groupBy } from '../core/group-by.js';

const ORG_KINDS: readonly EntityKind[] = ['organization', 'alliance', 'agreement'];
const STATE_KINDS: readonly EntityKind[] = ['state'];
const FULL = new Set(['member', 'in_force']);

export interface MembershipOptions {
  /** Follow only this dataset instead of the default precedence. */
  readonly source?: string;
  /** Statuses to list among `members` (default: full members only). */
  readonly statuses?: readonly string[];
  /** Leave out lines carried forward past the last day their sources speak of. */
  readonly strict?: boolean;
}

export interface GraphServiceOptions {
  /** How long (ms) an index is trusted before the store's data version is checked again (another process may reload). */
  readonly recheckMs?: number;
  /** Today: days after it are refused. The system clock unless set (tests, reproducible runs). */
  readonly today?: () => IsoDate;
}

/**
 * Temporal-graph semantics over a GraphStore: members of an organization on a day, a state's organizations,
 * an organization's history, a state's leaders. Where sources disagree, the documented precedence decides
 * (datasets by rank: curated, then day-precise treaty-coded, then year-precise) unless a source is asked for.
 * Every line says through which day its sources verify it, and whether the day asked is later (carried forward).
 */
export class GraphService {
  /** Names to entities, for this service and every interface (the app exposes it as `names`). */
  readonly names: NameService;
  readonly today: () => IsoDate;
  private index?: Promise<GraphIndex>;
  /** Answer lines of decisions that recur (a pair's timeline keeps its decisions): built once, shared read-only. */
  private readonly memberLines = new WeakMap<PairDecision, MembershipLine>();
  private readonly orgLines = new WeakMap<PairDecision, MembershipLine & { kind: string }>();
  private readonly allianceLines = new WeakMap<Fact, MembershipLine & { phase: number | null }>();
  private checkedAt = 0;
  private readonly recheckMs: number;
  /** The members answer serialized once per segment of time: the API's hot path. */
  private readonly membersBodies: MembersJson;

  constructor(
    private readonly store: GraphStore,
    options: GraphServiceOptions = {},
  ) {
    this.recheckMs = options.recheckMs ?? 5_000;
    this.today = options.today ?? today;
    this.names = new NameService(store, () => this.ctx());
    this.membersBodies = new MembersJson(
      () => this.ctx(),
      (ref) => this.resolveOrganization(ref),
      (id, on, options) => this.members(id, on, options),
    );
  }

  /** Drops the in-memory index (after a reload). */
  invalidate(): void {
    this.index = undefined;
    this.names.invalidate();
    this.membersBodies.clear();
  }

  resolveOrganization(ref: string): Promise<EntitySummary> {
    return this.names.resolve(ref, ORG_KINDS);
  }

  resolveState(ref: string): Promise<EntitySummary> {
    return this.names.resolve(ref, STATE_KINDS);
  }

  async datasets(): Promise<DatasetInfo[]> {
    return [...(await this.ctx()).datasets.values()];
  }

  /** The newest day any loaded source speaks of (a curated file's asOf, a dataset's end). */
  async newestDay(): Promise<string> {
    return (await this.ctx()).newestDay();
  }

  async members(orgRef: string, on: DateQuery, options: MembershipOptions = {}): Promise<MembersAnswer> {
    refuseFuture(on, this.today());
    const ix = await this.ctx();
    const org = await this.resolveOrganization(orgRef);
    const only = onlySet(ix, options.source);
    const coverage = ix.coverage(org.id);
    const rank = (d: string) => ix.rank(d);
    const wanted = new Set(options.statuses ?? [...FULL]);
    const members: MembershipLine[] = [];
    const others: MembershipLine[] = [];
    const disagreements: Disagreement[] = [];
    let dropped = 0;
    const consider = (state: string, d: PairDecision) => {
      if (d.status !== null && d.status !== 'withdrawn') {
        let l = this.memberLines.get(d);
        if (!l) this.memberLines.set(d, (l = membershipLine(ix, state, d, on.date)));
        if (options.strict && l.carriedForward) dropped++;
        else (wanted.has(d.status) ? members : others).push(l);
      }
      if (d.verdicts.length > 1 && new Set(d.verdicts.map((v) => v.status ?? 'none')).size > 1) {
        disagreements.push({ id: state, name: ix.name(state), says: d.verdicts.map((v) => ({ dataset: v.dataset, status: v.status })) });
      }
    };
    // After a dissolution nobody is a member, whatever a dataset that ends later carries forward.
    if (!isDissolved(org, on.date)) {
      if (only) for (const [state, pf] of ix.membersOf(org)) consider(state, decidePair(pf, on.date, rank, coverage, only));
      else for (const { id, timeline } of ix.memberTimelines(org)) consider(id, decisionOn(timeline, on.date));
    }
    return {
      organization: { id: org.id, name: org.name, kind: org.kind },
      on: on.date,
      following: options.source ?? 'precedence',
      strict: options.strict === true,
      members: members.sort(byName),
      others: others.sort(byName),
      disagreements: disagreements.sort(byName),
      notes: [...(on.note ? [on.note] : []), ...lifetimeNotes(org, on.date), ...carriedNotes(ix, [...members, ...others], options.strict === true, dropped)],
    };
  }

  /** `members` as JSON text, the same bytes JSON.stringify would give, from a body kept per segment of time. */
  membersJson(orgRef: string, on: DateQuery, options: MembershipOptions = {}): Promise<string> {
    // Refused before any kept body is looked up: the last segment is open-ended, the future is not.
    refuseFuture(on, this.today());
    return this.membersBodies.json(orgRef, on, options);
  }

  async organizations(stateRef: string, on: DateQuery, options: MembershipOptions = {}): Promise<OrganizationsAnswer> {
    refuseFuture(on, this.today());
    const ix = await this.ctx();
    const state = await this.resolveState(stateRef);
    const only = onlySet(ix, options.source);
    const wanted = new Set(options.statuses ?? [...FULL, 'associate', 'observer', 'suspended']);
    const rank = (d: string) => ix.rank(d);
    const organizations: Array<MembershipLine & { kind: string }> = [];
    let dropped = 0;
    const consider = (orgId: string, d: PairDecision) => {
      const org = ix.entity(orgId);
      if ((org && isDissolved(org, on.date)) || d.status === null || !wanted.has(d.status)) return;
      let l = this.orgLines.get(d);
      if (!l) this.orgLines.set(d, (l = { ...membershipLine(ix, orgId, d, on.date), kind: String(org?.attrs.orgType ?? org?.kind ?? 'organization') }));
      if (options.strict && l.carriedForward) dropped++;
      else organizations.push(l);
    };
    if (only) {
      for (const [orgId, pf] of ix.organizationsOf(state.id)) {
        // No source has the pair on the day: whoever decides, the answer is "not a member".
        if (pf.some((f) => contains(f.valid, on.date))) consider(orgId, decidePair(pf, on.date, rank, ix.coverage(orgId), only));
      }
    } else {
      // Following precedence, each pair's decisions are computed once per segment of time.
      for (const { id, timeline } of ix.organizationTimelines(state.id)) consider(id, decisionOn(timeline, on.date));
    }
    // A state's alliances by the same precedence: a curated end (a `withdrawn` fact) ends what ATOP carries forward.
    const alliances: Array<MembershipLine & { phase: number | null }> = [];
    const allianceLine = (f: Fact) => {
      let l = this.allianceLines.get(f);
      if (!l) {
        const phase = typeof f.qualifiers.phase === 'number' ? f.qualifiers.phase : null;
        this.allianceLines.set(
          f,
          (l = {
            id: f.object,
            name: ix.name(f.object),
            status: statusOf(f),
            from: startOf(f),
            to: showEnd(f.valid.to),
            phase,
            sources: [sourceRef(f)],
            verifiedThrough: ix.verifiedThrough(f),
            carriedForward: false,
          }),
        );
      }
      // Whether the day asked is past its source's last word is the only part that depends on the day.
      return on.date > l.verifiedThrough ? { ...l, ...freshness(ix, [f], on.date) } : l;
    };
    const decided = only
      ? [...groupBy(ix.alliancesOf(state.id), (f) => f.object)]
          .filter(([, pf]) => pf.some((f) => contains(f.valid, on.date)))
          .map(([id, pf]) => decidePair(pf, on.date, rank, ix.coverage(id), only))
      : ix.allianceTimelines(state.id).map(({ timeline }) => decisionOn(timeline, on.date));
    for (const d of decided) {
      if (d.status === null || d.status === 'withdrawn') continue;
      for (const f of d.facts) {
        const l = allianceLine(f);
        if (options.strict && l.carriedForward) dropped++;
        else alliances.push(l);
      }
    }
    return {
      state: { id: state.id, name: state.name },
      on: on.date,
      following: options.source ?? 'precedence',
      strict: options.strict === true,
      organizations: organizations.sort(byName),
      alliances: alliances.sort((a, b) => compare(a.id, b.id)),
      notes: [...(on.note ? [on.note] : []), ...carriedNotes(ix, [...organizations, ...alliances], options.strict === true, dropped)],
    };
  }

  async history(orgRef: string, options: MembershipOptions = {}): Promise<HistoryAnswer> {
    const ix = await this.ctx();
    const org = await this.resolveOrganization(orgRef);
    const only = onlySet(ix, options.source);
    const facts = [...ix.membersOf(org).values()].flat().filter((f) => !only || only.has(f.provenance.dataset));
    const coverage = ix.coverage(org.id);
    const byState = groupBy(facts, (f) => f.subject);
    const followed = (f: Fact, day: IsoDate): boolean =>
      decidePair(byState.get(f.subject)!, day, (d) => ix.rank(d), coverage, only).decidedBy === f.provenance.dataset;
    const now = this.today();
    const entries: HistoryEntry[] = [];
    for (const f of facts) {
      const state = { id: f.subject, name: ix.name(f.subject) };
      const status = statusOf(f);
      // An open membership is shown as open today: carried forward if its source's last word is older.
      const fresh = freshness(ix, [f], f.valid.to === OPEN_END ? now : f.valid.from);
      const change = status === 'withdrawn' ? 'left' : 'joined'; // a withdrawal that begins is the state leaving
      entries.push({ date: f.valid.from, state, change, status, source: sourceRef(f), followed: followed(f, f.valid.from), ...fresh });
      if (f.valid.to !== OPEN_END) {
        entries.push({
          date: addDays(f.valid.to, 1),
          state,
          change: 'left',
          status,
          source: sourceRef(f),
          followed: followed(f, f.valid.to),
          ...freshness(ix, [f], f.valid.to),
        });
      }
    }
    entries.sort((a, b) => compare(a.date, b.date) || compare(a.state.name, b.state.name) || compare(a.source.dataset, b.source.dataset));
    const notes = lifetimeNotes(org, OPEN_END);
    const open = entries.filter((e) => e.carriedForward).length;
    if (open > 0) notes.push(`${open} memberships left open by a source whose last word is older than today (${now}) are marked ~: they are carried forward`);
    return { organization: { id: org.id, name: org.name, kind: org.kind }, entries, notes };
  }

  async leaders(stateRef: string, on: DateQuery, options: { strict?: boolean } = {}): Promise<LeadersAnswer> {
    refuseFuture(on, this.today());
    const ix = await this.ctx();
    const state = await this.resolveState(stateRef);
    const terms = ix.leaderTermsOf(state.id);
    const facts = terms.facts.filter((f) => contains(f.valid, on.date));
    const grouped = groupBy(facts, (f) => `${f.subject}\u0000${String(f.qualifiers.office)}`);
    let dropped = 0;
    const leaders = [...grouped.values()]
      .map((fs) => {
        const sorted = [...fs].sort((a, b) => ix.rank(a.provenance.dataset) - ix.rank(b.provenance.dataset));
        const f = sorted[0]!;
        return {
          person: { id: f.subject, name: ix.name(f.subject) },
          office: String(f.qualifiers.office ?? 'leader'),
          from: f.valid.from,
          to: showEnd(f.valid.to),
          sources: sorted.map(sourceRef),
          ...freshness(ix, sorted, on.date),
        };
      })
      .filter((l) => !(options.strict && l.carriedForward && ++dropped));
    const officeOrder = ['head_of_state', 'head_of_government', 'effective_leader'];
    leaders.sort((a, b) => officeOrder.indexOf(a.office) - officeOrder.indexOf(b.office) || compare(a.person.name, b.person.name));
    const notes = [...(on.note ? [on.note] : []), ...carriedNotes(ix, leaders, options.strict === true, dropped)];
    const e = terms.effective;
    if (e.office && leaders.some((l) => l.sources.some((s) => s.rule?.startsWith('graph/effective-from-formal')))) {
      notes.push(
        `the effective leader after the effective-leader datasets stop is the ${e.office.replaceAll('_', ' ')}: the office that held ${state.name}'s effective leader on ${e.matchedOn}, where they last overlap`,
      );
    }
    if (leaders.length === 0) notes.push(`no leader of ${state.name} is recorded on ${on.date} in the loaded data`);
    return { state: { id: state.id, name: state.name }, on: on.date, strict: options.strict === true, leaders, notes };
  }

  /** An organization's members (or a state's full memberships) counted per year up to `until`, with every join and departure. */
  async series(ref: string, kind: 'organization' | 'state', until: IsoDate): Promise<SeriesAnswer> {
    const ix = await this.ctx();
    const subject = kind === 'state' ? await this.resolveState(ref) : await this.resolveOrganization(ref);
    const dissolved = typeof subject.attrs.dissolved === 'string' && subject.attrs.dissolved < until ? (subject.attrs.dissolved as IsoDate) : undefined;
    const timelines = kind === 'state' ? ix.organizationTimelines(subject.id) : ix.memberTimelines(subject);
    const s = membershipSeries(timelines, dissolved ?? until);
    const refs = (ids: readonly string[]) => ids.map((id) => ({ id, name: ix.name(id) })).sort(byName);
    return {
      subject: { id: subject.id, name: subject.name, kind },
      until: dissolved ?? until,
      points: s.points,
      joins: s.joins.map((j) => ({ on: j.on, who: refs(j.ids) })),
      leaves: s.leaves.map((j) => ({ on: j.on, who: refs(j.ids) })),
      treaties: refs(ix.treatiesOf.get(subject.id) ?? []),
      notes: [
        kind === 'state'
          ? 'organizations it is a full member of, following the precedence, counted on the last day of each year'
          : 'full members following the precedence, counted on the last day of each year',
        ...lifetimeNotes(subject, until),
      ],
    };
  }

  /** Foreign military bases on a day: who hosts whose base, with sources. */
  async bases(on: DateQuery, hostRef?: string): Promise<BasesAnswer> {
    refuseFuture(on, this.today());
    const ix = await this.ctx();
    const host = hostRef ? await this.resolveState(hostRef) : undefined;
    const facts = openBases(host ? ix.factsOf('hosts_base_of', host.id) : ix.allFacts('hosts_base_of'));
    const bases = facts
      .filter((f) => contains(f.valid, on.date))
      .map((f) => ({
        host: { id: f.subject, name: ix.name(f.subject) },
        user: { id: f.object, name: ix.name(f.object) },
        base: String(f.qualifiers.base ?? ''),
        place: typeof f.qualifiers.place === 'string' ? f.qualifiers.place : '',
        from: f.valid.from,
        to: showEnd(f.valid.to),
        sources: [sourceRef(f)],
      }));
    bases.sort((a, b) => compare(a.host.name, b.host.name) || compare(a.base, b.base));
    return { on: on.date, bases, notes: on.note ? [on.note] : [] };
  }

  /** The in-memory index of the loaded reference data, rebuilt when another process has loaded a new version. */
  ctx(): Promise<GraphIndex> {
    const now = Date.now();
    if (this.index && now - this.checkedAt > this.recheckMs) {
      this.checkedAt = now;
      const current = this.index;
      this.index = Promise.all([current, this.store.referenceVersion()]).then(([ix, version]) => {
        if (ix.version === version) return ix;
        this.names.invalidate();
        return this.buildIndex();
      });
    }
    this.index ??= this.buildIndex();
    this.index.catch(() => {
      this.index = undefined;
    });
    return this.index;
  }

  private async buildIndex(): Promise<GraphIndex> {
    this.checkedAt = Date.now();
    const version = await this.store.referenceVersion();
    if (version === null) throw new EntenteError('NOT_LOADED', 'The database has no reference data: run `entente init`');
    const predicates = ['member_of', 'party_to', 'holds_office', 'hosts_base_of'] as const;
    const [datasets, entities, ...facts] = await Promise.all([
      this.store.datasets(),
      this.store.entitySummaries(),
      ...predicates.map((predicate) => this.store.facts({ predicate })),
    ]);
    const withNews = datasets.some((d) => d.id === NEWS_DATASET.id) ? datasets : [...datasets, NEWS_DATASET];
    return new GraphIndex({ version, datasets: withNews, entities, facts: facts.flat() });
  }
}

function onlySet(ix: GraphIndex, source: string | undefined): ReadonlySet<string> | undefined {
  if (source === undefined) return undefined;
  const known = [...ix.datasets.keys()];
  const matches = known.filter((d) => d === source || d.startsWith(`${source}-`) || d.split('-')[0] === source);
  if (matches.length === 0) {
    throw new EntenteError('USAGE', `Unknown source ${JSON.stringify(source)}: expected one of ${known.join(', ')}`, { found: source, suggestions: known });
  }
  return new Set(matches);
}

/** Plain code-unit order: answers are sorted on every query, and localeCompare costs more than the rest of one. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: EntityRef, b: EntityRef) => compare(a.name, b.name) || compare(a.id, b.id);
