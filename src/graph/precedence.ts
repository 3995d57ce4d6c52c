import type { Fact } from '../core/fact.js';
import { addDays, BEGINNING, contains, OPEN_END, type IsoDate } from '../core/time.js';

/** Where a dataset speaks for one organization: from its first to its last fact about it. */
export type OrgCoverage = ReadonlyMap<string, { readonly from: string; readonly to: string }>;

interface SourceVerdict {
  readonly dataset: string;
  /** The status this dataset gives on the day, or null for "not a member". */
  readonly status: string | null;
  readonly facts: readonly Fact[];
}

export interface PairDecision {
  /** The highest-ranked dataset that speaks about this pair on the day, or null if none does. */
  readonly decidedBy: string | null;
  readonly status: string | null;
  readonly facts: readonly Fact[];
  /** What every dataset that speaks about the pair on the day says, in rank order (the decider first). */
  readonly verdicts: readonly SourceVerdict[];
}

/**
 * Decides one (organization, state) pair on one day from every source's facts about the pair.
 *
 * A dataset *speaks* about the pair on day D when it has a fact for the pair valid on D, or when it has facts for
 * the pair at other times and D lies inside the span where it covers the organization at all. A dataset with no
 * fact about the pair is silent (the curated file lists only NATO's later accessions, so it says nothing of the
 * United States). The lowest-ranked dataset that speaks decides; the others are kept as verdicts, so answers can
 * show where sources disagree (COW counts Uzbekistan in the CSTO in 2004; the curated file and ATOP do not).
 */
export function decidePair(
  pairFacts: readonly Fact[],
  on: IsoDate,
  rank: (dataset: string) => number,
  coverage: OrgCoverage,
  only?: ReadonlySet<string>,
): PairDecision {
  const byDataset = new Map<string, Fact[]>();
  for (const f of pairFacts) {
    if (only && !only.has(f.provenance.dataset)) continue;
    const list = byDataset.get(f.provenance.dataset) ?? [];
    list.push(f);
    byDataset.set(f.provenance.dataset, list);
  }
  const verdicts: SourceVerdict[] = [];
  const ordered = [...byDataset.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const dataset of ordered) {
    const facts = byDataset.get(dataset)!;
    const valid = facts.filter((f) => contains(f.valid, on));
    const span = coverage.get(dataset);
    const speaks = valid.length > 0 || (span !== undefined && span.from <= on && on <= span.to);
    if (!speaks) continue;
    verdicts.push({ dataset, status: valid.length > 0 ? strongest(valid) : null, facts: valid });
  }
  const first = verdicts[0];
  return {
    decidedBy: first?.dataset ?? null,
    status: first?.status ?? null,
    facts: first?.facts ?? [],
    verdicts,
  };
}

const STATUS_ORDER = ['member', 'associate', 'observer', 'suspended', 'withdrawn'];

/** Two facts of one dataset valid on the same day (e.g. signed and in force): the fuller relation wins. */
function strongest(facts: readonly Fact[]): string {
  const statuses = facts.map(statusOf);
  return statuses.sort((a, b) => order(a) - order(b))[0]!;
}

export function statusOf(f: Fact): string {
  if (f.status) return f.status;
  const stage = f.qualifiers.stage;
  return typeof stage === 'string' ? stage : 'member';
}

function order(status: string): number {
  const i = STATUS_ORDER.indexOf(status);
  return i === -1 ? STATUS_ORDER.length : i;
}

/**
 * One pair's decisions over all time. A pair's decision can only change on a day where one of its facts starts or
 * the day after one ends, or where a dataset's coverage of the organization starts or ends: between two such days
 * `decidePair` gives the same answer, so it is asked once per segment and a query is a binary search. With
 * `verified` (the last day a fact's source speaks of it), the day after it is a boundary too, so that whether a
 * line is carried forward past its source's last word is also constant within a segment.
 */
export interface PairTimeline {
  /** First day of each segment, ascending; the first is BEGINNING. */
  readonly starts: readonly IsoDate[];
  readonly decisions: readonly PairDecision[];
}

export function pairTimeline(
  pairFacts: readonly Fact[],
  rank: (dataset: string) => number,
  coverage: OrgCoverage,
  verified?: (f: Fact) => string,
): PairTimeline {
  const points = new Set<IsoDate>([BEGINNING]);
  const boundary = (from: IsoDate, to: IsoDate) => {
    if (from > BEGINNING) points.add(from);
    if (to < OPEN_END) points.add(addDays(to, 1));
  };
  const datasets = new Set<string>();
  for (const f of pairFacts) {
    boundary(f.valid.from, f.valid.to);
    datasets.add(f.provenance.dataset);
    const v = verified?.(f);
    if (v !== undefined && v >= f.valid.from && v < f.valid.to) points.add(addDays(v as IsoDate, 1));
  }
  for (const [dataset, span] of coverage) if (datasets.has(dataset)) boundary(span.from as IsoDate, span.to as IsoDate);
  const starts = [...points].sort();
  return { starts, decisions: starts.map((s) => decidePair(pairFacts, s, rank, coverage)) };
}

/** The decision of the segment holding `on`. */
export function decisionOn(t: PairTimeline, on: IsoDate): PairDecision {
  let lo = 0;
  let hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid]! <= on) lo = mid;
    else hi = mid - 1;
  }
  return t.decisions[lo]!;
}
