import type { IsoDate } from '../core/time.js';
import type { PairTimelineOf } from './graph-index.js';
import { decisionOn } from './precedence.js';

const FULL = new Set(['member', 'in_force']);

interface SeriesPoint {
  readonly year: number;
  /** Full members (or, for a state, bodies it fully belongs to) on the year's last day, or on `until` in its year. */
  readonly count: number;
}

/** Every pair that became a full member (or stopped being one) on one day: a wave when several do. */
interface SeriesStep {
  readonly on: string;
  readonly ids: readonly string[];
}

export interface MembershipSeries {
  readonly points: readonly SeriesPoint[];
  readonly joins: readonly SeriesStep[];
  readonly leaves: readonly SeriesStep[];
}

/**
 * Members over time from the precedence's timelines (the same decisions every answer follows): a count per year
 * from the first year anyone is a member to `until`, and the days on which pairs joined or left, grouped, so
 * NATO's 2004 round reads as one wave of seven. Pure: the timelines hold every segment of time already.
 */
export function membershipSeries(timelines: readonly PairTimelineOf[], until: IsoDate): MembershipSeries {
  const joins = new Map<string, string[]>();
  const leaves = new Map<string, string[]>();
  let first: string | undefined;
  for (const { id, timeline } of timelines) {
    let was = false;
    timeline.decisions.forEach((d, i) => {
      const start = timeline.starts[i]!;
      if (start > until) return;
      const is = d.status !== null && FULL.has(d.status);
      if (is && !was) {
        add(joins, start, id);
        if (first === undefined || start < first) first = start;
      } else if (!is && was) add(leaves, start, id);
      was = is;
    });
  }
  const points: SeriesPoint[] = [];
  if (first !== undefined) {
    const last = Number(until.slice(0, 4));
    for (let year = Number(first.slice(0, 4)); year <= last; year++) {
      const day = (year === last ? until : `${year}-12-31`) as IsoDate;
      let count = 0;
      for (const { timeline } of timelines) {
        const status = decisionOn(timeline, day).status;
        if (status !== null && FULL.has(status)) count++;
      }
      points.push({ year, count });
    }
  }
  return { points, joins: steps(joins), leaves: steps(leaves) };
}

function add(m: Map<string, string[]>, day: string, id: string): void {
  const list = m.get(day);
  if (list) list.push(id);
  else m.set(day, [id]);
}

function steps(m: ReadonlyMap<string, string[]>): SeriesStep[] {
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([on, ids]) => ({ on, ids: [...ids].sort() }));
}
