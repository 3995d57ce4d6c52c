import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import type { EventCoder } from '../../src/extract/event-coder.js';
import { undatedUnlessYear } from '../../src/extract/event-coding.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { fixtureGraph } from '../fixtures/news/fixture-graph.js';

const INGEST = '2026-01-01' as IsoDate;

/** [the date the events stage found, the expression that gave it, the precision of an undated article's event]. */
const ROWS: [string, string | null, string][] = [
  ['2026-01-01', null, 'undated'],
  ['2025-12-26', 'on friday', 'undated'],
  ['2025-07-01', 'last year', 'undated'],
  ['2026-03-15', 'march 15', 'undated'],
  ['2002-03-01', 'in march 2002', 'month'],
  ['1998-07-01', 'in 1998', 'year'],
];

for (const [date, text, expected] of ROWS) {
  test(`an undated article's event dated ${date} by ${JSON.stringify(text)} is ${expected}`, () => {
    const precision = expected === 'undated' ? 'day' : expected;
    const got = undatedUnlessYear({ date: date as IsoDate, precision: precision as 'day' | 'month' | 'year', text }, INGEST);
    assert.equal(got.precision, expected);
    assert.equal(got.date, expected === 'undated' ? INGEST : date, 'an undated event keeps the ingest day, to sort by');
    assert.equal(got.text, text);
  });
}

/** A coder that codes every sentence's "met" as a meeting: the stage's dating is under test. */
const meetings: EventCoder = {
  name: 'meetings',
  code: (s) => {
    const at = s.text.indexOf('met');
    if (at < 0) return [];
    const span = { start: 0, end: 1 };
    return [
      {
        source: 'AVA',
        target: 'BOR',
        sourceId: null,
        targetId: null,
        cameo: '040',
        plover: 'CONSULT',
        ruleId: 't',
        rules: [],
        sourceSpan: span,
        targetSpan: span,
        verb: { start: at, end: at + 3 },
      },
    ];
  },
};

function events(published: string | null, text = 'Russia met Kazakhstan on Friday. Russia met Kazakhstan in March 2002.') {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: published as IsoDate | null, text }, INGEST);
  return analyze(article, { graph: fixtureGraph(), coder: meetings }).events.map((e) => [e.date, e.datePrecision, e.dateText]);
}

test('an article with no date: its events are undated unless a year dates them', () => {
  assert.deepEqual(events(null), [
    ['2026-01-01', 'undated', 'on Friday'],
    ['2002-03-01', 'month', 'March 2002'],
  ]);
});

test('a dated article keeps its events days', () => {
  assert.deepEqual(events('2012-05-15')[0]!.slice(1), ['day', 'on Friday']);
});

test("an act the text places in a decade is an undated event, not the article's day and not dropped", () => {
  assert.deepEqual(events('2018-04-02', 'Russia met Kazakhstan in the 1970s.'), [['2018-04-02', 'undated', null]]);
});
