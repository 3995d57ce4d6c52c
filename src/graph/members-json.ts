import { addDays, type DateQuery, type IsoDate } from '../core/time.js';
import type { MembersAnswer } from './answers.js';
import type { EntitySummary, GraphIndex } from './graph-index.js';
import type { MembershipOptions } from './graph-service.js';

/** Enough segments for every organization the UI and the API are asked about in a session; the oldest go first. */
const MAX_ENTRIES = 20_000;

/**
 * The members answer as JSON, serialized once per segment of time. Between two days on which one of the
 * organization's pairs changes its decision (or a dataset's coverage, the founding or the dissolution ends),
 * every answer is the same but for its `on`; so the body is kept as the text before and after that date and a
 * request costs a lookup and a concatenation, not a decision per member and a JSON.stringify of 4 KB.
 * Following one source (`source`) is decided afresh each time: it has no timelines.
 */
export class MembersJson {
  private version: string | undefined;
  private readonly bodies = new Map<string, { readonly head: string; readonly tail: string }>();
  private readonly boundaries = new Map<string, readonly string[]>();

  constructor(
    private readonly index: () => Promise<GraphIndex>,
    private readonly resolve: (ref: string) => Promise<EntitySummary>,
    private readonly answer: (orgId: string, on: DateQuery, options: MembershipOptions) => Promise<MembersAnswer>,
  ) {}

  clear(): void {
    this.bodies.clear();
    this.boundaries.clear();
  }

  async json(ref: string, on: DateQuery, options: MembershipOptions = {}): Promise<string> {
    if (options.source !== undefined) return JSON.stringify(await this.answer(ref, on, options));
    const ix = await this.index();
    if (ix.version !== this.version) {
      this.clear();
      this.version = ix.version;
    }
    const org = await this.resolve(ref);
    const segment = countAtOrBefore(this.segmentsOf(ix, org), on.date);
    const key = `${org.id}\u0000${segment}\u0000${options.statuses?.join(',') ?? ''}\u0000${on.note ?? ''}`;
    let body = this.bodies.get(key);
    if (!body) {
      body = split(await this.answer(org.id, on, options));
      if (this.bodies.size >= MAX_ENTRIES) this.bodies.delete(this.bodies.keys().next().value!);
      this.bodies.set(key, body);
    }
    return body.head + on.date + body.tail;
  }

  /** Every day on which the answer may change: the pairs' segment starts, datasets' ends (their notes), founding, dissolution. */
  private segmentsOf(ix: GraphIndex, org: EntitySummary): readonly string[] {
    let days = this.boundaries.get(org.id);
    if (!days) {
      const set = new Set<string>();
      for (const { timeline } of ix.memberTimelines(org)) for (const s of timeline.starts) set.add(s);
      for (const d of ix.datasets.values()) if (d.coverage.to) set.add(addDays(d.coverage.to as IsoDate, 1));
      if (typeof org.attrs.founded === 'string') set.add(org.attrs.founded);
      if (typeof org.attrs.dissolved === 'string') set.add(addDays(org.attrs.dissolved as IsoDate, 1));
      days = [...set].sort();
      this.boundaries.set(org.id, days);
    }
    return days;
  }
}

/** How many of the sorted days are on or before `day`: the number of the segment that holds it. */
function countAtOrBefore(days: readonly string[], day: string): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The answer's JSON around its `on`, in the answer's own key order (organization, on, then the rest). */
function split(a: MembersAnswer): { head: string; tail: string } {
  const { organization, on: _on, ...rest } = a;
  return { head: `{"organization":${JSON.stringify(organization)},"on":"`, tail: `",${JSON.stringify(rest).slice(1)}` };
}
