import type { Entity, EntityKind } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import type { Fact } from '../core/fact.js';
import { addDays, OPEN_END, showEnd, type DateQuery, type IsoDate } from '../core/time.js';
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
  SourceRef,
} from './answers.js';
import type { DatasetInfo, GraphStore } from './graph-store.js';
import { decidePair, statusOf, type OrgCoverage, type PairDecision } from './precedence.js';
import { Resolver } from './resolver.js';

const ORG_KINDS: readonly EntityKind[] = ['organization', 'alliance', 'agreement'];
const STATE_KINDS: readonly EntityKind[] = ['state'];
const FULL = new Set(['member', 'in_force']);

export interface MembershipOptions {
  /** Follow only this dataset instead of the default precedence. */
  readonly source?: string;
  /** Statuses to list among `members` (default: full members only). */
  readonly statuses?: readonly string[];
}

interface Context {
  readonly datasets: ReadonlyMap<string, DatasetInfo>;
  /** object id -> dataset -> span. */
  readonly coverage: ReadonlyMap<string, Map<string, { from: string; to: string }>>;
  /** organization id -> the alliances (ATOP treaties) whose parties count as its members. */
  readonly treatiesOf: ReadonlyMap<string, readonly string[]>;
  /** alliance id -> organizations built on it. */
  readonly orgsOfTreaty: ReadonlyMap<string, readonly string[]>;
}

/**
 * Temporal-graph semantics over a GraphStore: members of an organization on a day, a state's organizations,
 * an organization's history, a state's leaders. Where sources disagree, the documented precedence decides
 * (datasets by rank: curated, then day-precise treaty-coded, then year-precise) unless a source is asked for.
 */
export class GraphService {
  readonly resolver: Resolver;
  private context?: Promise<Context>;

  constructor(private readonly store: GraphStore) {
    this.resolver = new Resolver(store);
  }

  /** Drops what was cached from the reference data (after a reload). */
  invalidate(): void {
    this.context = undefined;
    this.resolver.invalidate();
  }

  resolveOrganization(ref: string): Promise<Entity> {
    return this.resolver.resolve(ref, ORG_KINDS);
  }

  resolveState(ref: string): Promise<Entity> {
    return this.resolver.resolve(ref, STATE_KINDS);
  }

  async datasets(): Promise<DatasetInfo[]> {
    return [...(await this.ctx()).datasets.values()];
  }

  async members(orgRef: string, on: DateQuery, options: MembershipOptions = {}): Promise<MembersAnswer> {
    const ctx = await this.ctx();
    const org = await this.resolveOrganization(orgRef);
    const only = this.onlySet(ctx, options.source);
    const facts = await this.membershipFacts(ctx, org);
    // After a dissolution nobody is a member, whatever a dataset that ends later carries forward.
    const byState = isDissolved(org, on.date) ? new Map<string, Fact[]>() : groupBy(facts, (f) => f.subject);
    const coverage = this.orgCoverage(ctx, org.id);
    const decisions = [...byState.entries()].map(([state, pf]) => ({ state, d: decidePair(pf, on.date, this.rank(ctx), coverage, only) }));
    const names = await this.names(decisions.map((x) => x.state));
    const wanted = new Set(options.statuses ?? [...FULL]);
    const members: MembershipLine[] = [];
    const others: MembershipLine[] = [];
    const disagreements: Disagreement[] = [];
    for (const { state, d } of decisions) {
      if (d.status !== null && d.status !== 'withdrawn') (wanted.has(d.status) ? members : others).push(line(state, names, d));
      if (new Set(d.verdicts.map((v) => v.status ?? 'none')).size > 1) {
        disagreements.push({ id: state, name: names.get(state) ?? state, says: d.verdicts.map((v) => ({ dataset: v.dataset, status: v.status })) });
      }
    }
    const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name);
    return {
      organization: { id: org.id, name: org.name, kind: org.kind },
      on: on.date,
      following: options.source ?? 'precedence',
      members: members.sort(byName),
      others: others.sort(byName),
      disagreements: disagreements.sort(byName),
      notes: [...(on.note ? [on.note] : []), ...lifetimeNotes(org, on.date), ...endOfDataNotes(ctx, [...members, ...others], on.date)],
    };
  }

  async organizations(stateRef: string, on: DateQuery, options: MembershipOptions = {}): Promise<OrganizationsAnswer> {
    const ctx = await this.ctx();
    const state = await this.resolveState(stateRef);
    const only = this.onlySet(ctx, options.source);
    const [memberOf, partyTo] = await Promise.all([
      this.store.facts({ predicate: 'member_of', subject: state.id }),
      this.store.facts({ predicate: 'party_to', subject: state.id }),
    ]);
    // Facts about an organization's founding treaty count as facts about the organization.
    const byOrg = groupBy(memberOf, (f) => f.object);
    for (const f of partyTo) {
      for (const org of ctx.orgsOfTreaty.get(f.object) ?? []) {
        const list = byOrg.get(org) ?? [];
        list.push(f);
        byOrg.set(org, list);
      }
    }
    const wanted = new Set(options.statuses ?? [...FULL, 'associate', 'observer', 'suspended']);
    const orgIds = [...byOrg.keys()];
    const orgEntities = new Map((await this.store.entities(orgIds)).map((e) => [e.id, e]));
    const organizations: Array<MembershipLine & { kind: string }> = [];
    for (const [orgId, pf] of byOrg) {
      const org = orgEntities.get(orgId);
      if (org && isDissolved(org, on.date)) continue;
      const d = decidePair(pf, on.date, this.rank(ctx), this.orgCoverage(ctx, orgId), only);
      if (d.status === null || !wanted.has(d.status)) continue;
      const names = new Map([[orgId, org?.name ?? orgId]]);
      organizations.push({ ...line(orgId, names, d), kind: String(org?.attrs.orgType ?? org?.kind ?? 'organization') });
    }
    const alliancesOn = partyTo.filter((f) => f.valid.from <= on.date && on.date <= f.valid.to && f.object.startsWith('ATOP'));
    const allianceNames = await this.names(alliancesOn.map((f) => f.object));
    const alliances = alliancesOn
      .filter((f) => !only || only.has(f.provenance.dataset))
      .map((f) => ({
        id: f.object,
        name: allianceNames.get(f.object) ?? f.object,
        status: statusOf(f),
        from: f.valid.from,
        to: showEnd(f.valid.to),
        phase: typeof f.qualifiers.phase === 'number' ? f.qualifiers.phase : null,
        sources: [sourceRef(f)],
      }));
    const byName = (a: EntityRef, b: EntityRef) => a.name.localeCompare(b.name);
    return {
      state: { id: state.id, name: state.name },
      on: on.date,
      following: options.source ?? 'precedence',
      organizations: organizations.sort(byName),
      alliances: alliances.sort((a, b) => a.id.localeCompare(b.id)),
      notes: [...(on.note ? [on.note] : []), ...endOfDataNotes(ctx, [...organizations, ...alliances], on.date)],
    };
  }

  async history(orgRef: string, options: MembershipOptions = {}): Promise<HistoryAnswer> {
    const ctx = await this.ctx();
    const org = await this.resolveOrganization(orgRef);
    const only = this.onlySet(ctx, options.source);
    const facts = (await this.membershipFacts(ctx, org)).filter((f) => !only || only.has(f.provenance.dataset));
    const names = await this.names(facts.map((f) => f.subject));
    const coverage = this.orgCoverage(ctx, org.id);
    const byState = groupBy(facts, (f) => f.subject);
    const followed = (f: Fact, day: IsoDate): boolean => {
      const d: PairDecision = decidePair(byState.get(f.subject)!, day, this.rank(ctx), coverage, only);
      return d.decidedBy === f.provenance.dataset;
    };
    const entries: HistoryEntry[] = [];
    for (const f of facts) {
      const state = { id: f.subject, name: names.get(f.subject) ?? f.subject };
      const status = statusOf(f);
      entries.push({ date: f.valid.from, state, change: 'joined', status, source: sourceRef(f), followed: followed(f, f.valid.from) });
      if (f.valid.to !== OPEN_END) {
        const left = addDays(f.valid.to, 1);
        entries.push({ date: left, state, change: 'left', status, source: sourceRef(f), followed: followed(f, f.valid.to) });
      }
    }
    entries.sort((a, b) => a.date.localeCompare(b.date) || a.state.name.localeCompare(b.state.name) || a.source.dataset.localeCompare(b.source.dataset));
    return { organization: { id: org.id, name: org.name, kind: org.kind }, entries, notes: lifetimeNotes(org, OPEN_END) };
  }

  async leaders(stateRef: string, on: DateQuery): Promise<LeadersAnswer> {
    const ctx = await this.ctx();
    const state = await this.resolveState(stateRef);
    const facts = await this.store.facts({ predicate: 'holds_office', object: state.id, on: on.date });
    const names = await this.names(facts.map((f) => f.subject));
    const grouped = groupBy(facts, (f) => `${f.subject}\u0000${String(f.qualifiers.office)}`);
    const leaders = [...grouped.values()].map((fs) => {
      const sorted = [...fs].sort((a, b) => this.rank(ctx)(a.provenance.dataset) - this.rank(ctx)(b.provenance.dataset));
      const f = sorted[0]!;
      return {
        person: { id: f.subject, name: names.get(f.subject) ?? f.subject },
        office: String(f.qualifiers.office ?? 'leader'),
        from: f.valid.from,
        to: showEnd(f.valid.to),
        sources: sorted.map(sourceRef),
      };
    });
    const officeOrder = ['head_of_state', 'head_of_government', 'effective_leader'];
    leaders.sort((a, b) => officeOrder.indexOf(a.office) - officeOrder.indexOf(b.office) || a.person.name.localeCompare(b.person.name));
    const notes = [...(on.note ? [on.note] : []), ...endOfDataNotes(ctx, leaders.map((l) => ({ sources: l.sources, to: l.to })), on.date)];
    if (leaders.length === 0) notes.push(`no leader of ${state.name} is recorded on ${on.date} in the loaded data`);
    return { state: { id: state.id, name: state.name }, on: on.date, leaders, notes };
  }

  /** Foreign military bases on a day: who hosts whose base, with sources. */
  async bases(on: DateQuery, hostRef?: string): Promise<BasesAnswer> {
    const host = hostRef ? await this.resolveState(hostRef) : undefined;
    const facts = await this.store.facts({ predicate: 'hosts_base_of', on: on.date, ...(host ? { subject: host.id } : {}) });
    const names = await this.names(facts.flatMap((f) => [f.subject, f.object]));
    const bases = facts.map((f) => ({
      host: { id: f.subject, name: names.get(f.subject) ?? f.subject },
      user: { id: f.object, name: names.get(f.object) ?? f.object },
      base: String(f.qualifiers.base ?? ''),
      place: typeof f.qualifiers.place === 'string' ? f.qualifiers.place : '',
      from: f.valid.from,
      to: showEnd(f.valid.to),
      sources: [sourceRef(f)],
    }));
    bases.sort((a, b) => a.host.name.localeCompare(b.host.name) || a.base.localeCompare(b.base));
    return { on: on.date, bases, notes: on.note ? [on.note] : [] };
  }

  private async membershipFacts(ctx: Context, org: Entity): Promise<Fact[]> {
    const predicate = org.kind === 'organization' ? 'member_of' : 'party_to';
    const own = await this.store.facts({ predicate, object: org.id });
    const treaties = ctx.treatiesOf.get(org.id) ?? [];
    const viaTreaties = (await Promise.all(treaties.map((t) => this.store.facts({ predicate: 'party_to', object: t })))).flat();
    return [...own, ...viaTreaties];
  }

  private orgCoverage(ctx: Context, orgId: string): OrgCoverage {
    const merged = new Map(ctx.coverage.get(orgId) ?? []);
    for (const t of ctx.treatiesOf.get(orgId) ?? []) {
      for (const [dataset, span] of ctx.coverage.get(t) ?? []) {
        const have = merged.get(dataset);
        merged.set(dataset, have ? { from: min(have.from, span.from), to: max(have.to, span.to) } : span);
      }
    }
    return merged;
  }

  private rank(ctx: Context): (dataset: string) => number {
    return (dataset) => ctx.datasets.get(dataset)?.rank ?? 100;
  }

  private onlySet(ctx: Context, source: string | undefined): ReadonlySet<string> | undefined {
    if (source === undefined) return undefined;
    const matches = [...ctx.datasets.keys()].filter((d) => d === source || d.startsWith(`${source}-`) || d.split('-')[0] === source);
    if (matches.length === 0) {
      throw new EntenteError('USAGE', `Unknown source ${JSON.stringify(source)}: expected one of ${[...ctx.datasets.keys()].join(', ')}`, {
        found: source,
        suggestions: [...ctx.datasets.keys()],
      });
    }
    return new Set(matches);
  }

  private async names(ids: readonly string[]): Promise<Map<string, string>> {
    const entities = await this.store.entities([...new Set(ids)]);
    return new Map(entities.map((e) => [e.id, e.name]));
  }

  private ctx(): Promise<Context> {
    this.context ??= this.buildContext().catch((e) => {
      this.context = undefined;
      throw e;
    });
    return this.context;
  }

  private async buildContext(): Promise<Context> {
    const [datasets, rows, version] = await Promise.all([
      this.store.datasets(),
      this.store.coverage(['member_of', 'party_to']),
      this.store.referenceVersion(),
    ]);
    if (version === null) throw new EntenteError('NOT_LOADED', 'The database has no reference data: run `entente init`');
    const coverage = new Map<string, Map<string, { from: string; to: string }>>();
    for (const r of rows) {
      const m = coverage.get(r.object) ?? new Map();
      m.set(r.dataset, { from: r.from, to: r.to });
      coverage.set(r.object, m);
    }
    const treatiesOf = new Map<string, string[]>();
    const orgsOfTreaty = new Map<string, string[]>();
    const orgIds = [...coverage.keys()].filter((id) => !id.startsWith('ATOP') && !id.startsWith('DESTA'));
    for (const org of await this.store.entities(orgIds)) {
      const t = org.attrs.treaty;
      const treaties = (Array.isArray(t) ? t : t ? [t] : []).map(String);
      if (treaties.length === 0) continue;
      treatiesOf.set(org.id, treaties);
      for (const id of treaties) orgsOfTreaty.set(id, [...(orgsOfTreaty.get(id) ?? []), org.id]);
    }
    return { datasets: new Map(datasets.map((d) => [d.id, d])), coverage, treatiesOf, orgsOfTreaty };
  }
}

function line(id: string, names: ReadonlyMap<string, string>, d: PairDecision): MembershipLine {
  const f = d.facts[0]!;
  const agreeing = d.verdicts.slice(1).filter((v) => v.status === d.status).flatMap((v) => v.facts);
  return {
    id,
    name: names.get(id) ?? id,
    status: d.status ?? 'none',
    from: f.valid.from,
    to: showEnd(f.valid.to),
    sources: [...d.facts, ...agreeing].map((x) => sourceRef(x)),
  };
}

function sourceRef(f: Fact): SourceRef {
  return {
    dataset: f.provenance.dataset,
    ref: f.provenance.ref,
    ...(f.provenance.rule ? { rule: f.provenance.rule } : {}),
    ...(f.provenance.citation ? { citation: f.provenance.citation } : {}),
    precision: f.precision,
  };
}

function isDissolved(org: Entity, on: string): boolean {
  const dissolved = org.attrs.dissolved;
  return typeof dissolved === 'string' && on > dissolved;
}

/** An organization before its founding or after its dissolution has no members; say so. */
function lifetimeNotes(org: Entity, on: string): string[] {
  const founded = typeof org.attrs.founded === 'string' ? org.attrs.founded : undefined;
  const dissolved = typeof org.attrs.dissolved === 'string' ? org.attrs.dissolved : undefined;
  if (dissolved && on > dissolved && on !== OPEN_END) return [`${org.name} was dissolved on ${dissolved}`];
  if (founded && on < founded) return [`${org.name} was founded on ${founded}; earlier answers come from its founding treaty where one is linked`];
  return [];
}

/** Facts still in force when their dataset ends are carried forward; the answer says from where. */
function endOfDataNotes(ctx: Context, lines: ReadonlyArray<{ sources: readonly SourceRef[]; to: string }>, on: string): string[] {
  const notes = new Set<string>();
  for (const l of lines) {
    const first = l.sources[0];
    const info = first ? ctx.datasets.get(first.dataset) : undefined;
    if (info && l.to === '' && on > info.coverage.to) {
      notes.add(`${info.name} ends on ${info.coverage.to}; memberships still in force then are carried forward, later changes come from the curated file`);
    }
  }
  return [...notes];
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = m.get(k) ?? [];
    list.push(item);
    m.set(k, list);
  }
  return m;
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}

function max(a: string, b: string): string {
  return a > b ? a : b;
}
