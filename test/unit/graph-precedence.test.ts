import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/fact.js';
import { addDays, makeDate, type IsoDate } from '../../src/core/time.js';
import { decidePair, decisionOn, pairTimeline, type OrgCoverage } from '../../src/graph/precedence.js';

const RANK: Record<string, number> = { curated: 0, atop: 1, cow: 2 };
const rank = (d: string) => RANK[d] ?? 100;

function fact(dataset: string, from: string, to: string, status?: Fact['status']): Fact {
  return {
    id: `${dataset}:${from}`,
    subject: 'AAA',
    predicate: 'member_of',
    object: 'ORG',
    valid: { from: from as IsoDate, to: to as IsoDate },
    precision: 'day',
    ...(status ? { status } : {}),
    qualifiers: {},
    provenance: { dataset, ref: `${dataset} row` },
    confidence: 1,
  };
}

/** Three sources that overlap, leave gaps, suspend and disagree, as real datasets do. */
const FACTS = [
  fact('cow', '1992-01-01', '2006-12-31'),
  fact('atop', '1994-04-20', '1999-04-02'),
  fact('curated', '2006-06-23', '2012-12-19'),
  fact('curated', '2012-12-20', '9999-12-31', 'suspended'),
  fact('atop', '2002-05-14', '2003-12-31', 'observer'),
];
const COVERAGE: OrgCoverage = new Map([
  ['cow', { from: '1965-01-01', to: '2014-12-31' }],
  ['atop', { from: '1992-05-15', to: '2018-12-31' }],
  ['curated', { from: '2002-10-07', to: '9999-12-31' }],
  ['wikidata', { from: '1990-01-01', to: '2020-01-01' }],
]);

test('a pair decided once per segment of time answers every day as deciding afresh would', () => {
  const t = pairTimeline(FACTS, rank, COVERAGE);
  const days = new Set<IsoDate>(['0001-01-01' as IsoDate, '9999-12-31' as IsoDate]);
  for (const s of t.starts) if (s > '1000') for (const d of [-1, 0, 1]) days.add(addDays(s, d));
  for (let y = 1960; y <= 2025; y++) days.add(makeDate(y, 1 + (y % 12), 1 + (y % 28)));
  for (const day of days) {
    const fresh = decidePair(FACTS, day, rank, COVERAGE);
    const fast = decisionOn(t, day);
    assert.deepEqual(
      { by: fast.decidedBy, status: fast.status, verdicts: fast.verdicts },
      { by: fresh.decidedBy, status: fresh.status, verdicts: fresh.verdicts },
      day,
    );
  }
});

test('segments start where a fact or a covering dataset starts or the day after one ends, and nowhere else', () => {
  const t = pairTimeline([fact('atop', '2000-03-01', '2000-03-31')], rank, new Map([['atop', { from: '1999-01-01', to: '2001-12-31' }]]));
  assert.deepEqual(t.starts, ['0001-01-01', '1999-01-01', '2000-03-01', '2000-04-01', '2002-01-01']);
  assert.deepEqual(
    t.decisions.map((d) => d.status),
    [null, null, 'member', null, null],
  );
  assert.deepEqual(
    t.decisions.map((d) => d.decidedBy),
    [null, 'atop', 'atop', 'atop', null],
  );
});
