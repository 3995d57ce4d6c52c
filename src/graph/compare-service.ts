import { EntenteError } from '../core/errors.js';
import { EVERY_LISTED_STATUS } from '../core/fact.js';
import { addDays, type DateQuery, type IsoDate } from '../core/time.js';
import type { ChangeLine, DiffAnswer, EntityRef, MembershipLine } from './answers.js';
import type { GraphService } from './graph-service.js';
import type { SnapshotFilter, SnapshotService } from './snapshot-service.js';

const EVERY_STATUS = [...EVERY_LISTED_STATUS];
const ANY_KIND = ['organization', 'alliance', 'agreement', 'state'] as const;

/** One side's memberships on a day, keyed by the pair: state, organization, and the line that decides it. */
interface Held {
  readonly state: EntityRef;
  readonly organization: EntityRef & { readonly kind: string };
  readonly line: MembershipLine;
}

/**
 * Two days compared: who joined, left or changed status between them, for an organization's members, a state's
 * memberships and alliances, or every organization the system view shows. Each change carries the day it took
 * effect and the sources of the line that decides it, following the same precedence as every answer.
 */
export class CompareService {
  constructor(
    private readonly graph: GraphService,
    private readonly snapshots: SnapshotService,
  ) {}

  async diff(from: DateQuery, to: DateQuery, ref?: string, filter: SnapshotFilter = {}): Promise<DiffAnswer> {
    if (from.date > to.date) {
      throw new EntenteError('USAGE', `The first day ${from.date} is after the second ${to.date}: expected the earlier day first`, {
        expected: 'from <= to',
        found: `${from.date} > ${to.date}`,
      });
    }
    const subject = ref === undefined || ref.trim() === '' ? null : await this.graph.names.resolve(ref, ANY_KIND);
    const [before, after] =
      subject === null
        ? [await this.system(from, filter), await this.system(to, filter)]
        : subject.kind === 'state'
          ? [await this.ofState(subject.id, from), await this.ofState(subject.id, to)]
          : [await this.ofOrganization(subject.id, from), await this.ofOrganization(subject.id, to)];
    const changes = compare(before, after, from.date as IsoDate, to.date as IsoDate);
    const notes = [...new Set([...(from.note ? [`${from.date}: ${from.note}`] : []), ...(to.note ? [`${to.date}: ${to.note}`] : [])])];
    if (subject === null)
      notes.push(
        `every organization the system view shows by default${filter.types?.length ? ` (types: ${filter.types.join(', ')})` : ''}${filter.region ? ` in ${filter.region}` : ''}`,
      );
    return {
      subject: subject && { id: subject.id, name: subject.name, kind: subject.kind === 'state' ? 'state' : 'organization' },
      from: from.date,
      to: to.date,
      changes,
      counts: {
        joined: changes.filter((c) => c.change === 'joined').length,
        left: changes.filter((c) => c.change === 'left').length,
        changed: changes.filter((c) => c.change === 'changed').length,
      },
      notes,
    };
  }

  private async ofOrganization(id: string, on: DateQuery): Promise<Held[]> {
    const a = await this.graph.members(id, on, { statuses: EVERY_STATUS });
    return a.members.map((line) => ({ state: { id: line.id, name: line.name }, organization: a.organization, line }));
  }

  private async ofState(id: string, on: DateQuery): Promise<Held[]> {
    const a = await this.graph.organizations(id, on, { statuses: EVERY_STATUS });
    return [
      ...a.organizations.map((line) => ({ state: a.state, organization: { id: line.id, name: line.name, kind: line.kind }, line })),
      ...a.alliances.map((line) => ({ state: a.state, organization: { id: line.id, name: line.name, kind: 'alliance' }, line })),
    ];
  }

  private async system(on: DateQuery, filter: SnapshotFilter): Promise<Held[]> {
    const answers = await this.snapshots.answers(on, filter);
    const regions = filter.region
      ? await this.stateRegions(
          answers.flatMap((a) => a.members.map((m) => m.id)),
          filter.region,
        )
      : undefined;
    return answers.flatMap((a) =>
      a.members.filter((m) => !regions || regions.has(m.id)).map((line) => ({ state: { id: line.id, name: line.name }, organization: a.organization, line })),
    );
  }

  private async stateRegions(ids: readonly string[], region: string): Promise<Set<string>> {
    const ix = await this.graph.ctx();
    return new Set(ids.filter((id) => ix.entity(id)?.attrs.region === region));
  }
}

/** The changes between two sets of held memberships, by organization then state name. */
function compare(before: readonly Held[], after: readonly Held[], from: IsoDate, to: IsoDate): ChangeLine[] {
  const key = (h: Held) => `${h.organization.id}\u0000${h.state.id}`;
  const was = new Map(before.map((h) => [key(h), h]));
  const now = new Map(after.map((h) => [key(h), h]));
  const out: ChangeLine[] = [];
  for (const [k, a] of was) {
    const b = now.get(k);
    if (!b)
      out.push({
        state: a.state,
        organization: a.organization,
        change: 'left',
        was: a.line.status,
        now: null,
        on: endDay(a.line, to),
        sources: a.line.sources,
      });
    else if (b.line.status !== a.line.status)
      out.push({
        state: b.state,
        organization: b.organization,
        change: 'changed',
        was: a.line.status,
        now: b.line.status,
        on: startDay(b.line, from),
        sources: b.line.sources,
      });
  }
  for (const [k, b] of now) {
    if (!was.has(k))
      out.push({
        state: b.state,
        organization: b.organization,
        change: 'joined',
        was: null,
        now: b.line.status,
        on: startDay(b.line, from),
        sources: b.line.sources,
      });
  }
  return out.sort((x, y) => cmp(x.organization.name, y.organization.name) || cmp(x.on, y.on) || cmp(x.state.name, y.state.name));
}

/** The later line began after the first day: that is when; else the precedence changed hands, dated no better than the first day. */
function startDay(line: MembershipLine, from: IsoDate): string {
  return line.from > from ? line.from : from;
}

/** The earlier line's last day, plus one: the first day without it. */
function endDay(line: MembershipLine, to: IsoDate): string {
  return line.to !== '' && line.to < to ? addDays(line.to as IsoDate, 1) : to;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
