import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { findDates } from '../../src/extract/dates.js';
import { splitSentences } from '../../src/extract/sentences.js';
import { finishArticle } from '../../src/ingest/article.js';
import { datelineDay } from '../../src/ingest/dateline.js';

const first = (text: string, published: string) => {
  const d = splitSentences(text).flatMap((s) => findDates(s, published as IsoDate))[0];
  return d ? `${d.date}/${d.precision}` : null;
};

// [sentence, published, first date as day/precision] - 2018-01-16 is a Tuesday.
for (const [text, published, expected] of [
  ['The two leaders are due to meet on Friday.', '2018-01-16', '2018-01-19/day'],
  ['The two leaders met on Friday.', '2018-01-16', '2018-01-12/day'],
  ['The council will vote on Tuesday.', '2018-01-16', '2018-01-16/day'],
  ['The ceasefire was agreed on 19 December.', '2018-01-16', '2017-12-19/day'],
  ['The accord was signed on 3 January.', '2018-01-16', '2018-01-03/day'],
  ['The treaty will enter into force on 1 January.', '2017-11-30', '2018-01-01/day'],
  ['A new round is scheduled for 10 May.', '2019-03-07', '2019-05-10/day'],
  ['The minister was arrested last month.', '2018-01-16', '2017-12-15/month'],
  ['Fighting resumed earlier this month.', '2018-01-16', '2018-01-15/month'],
  ['The leaders met earlier this week.', '2019-03-07', '2019-03-15/month'],
  ['Clashes broke out last week.', '2019-03-07', '2019-02-15/month'],
  ['The army said yesterday it had withdrawn.', '2018-01-16', '2018-01-15/day'],
  ['The envoy arrives tomorrow.', '2018-12-31', '2019-01-01/day'],
  ['Russia Today broadcast the speech.', '2018-01-16', null],
  ['Twenty may join, and 20 may leave.', '2018-01-16', null],
] as const) {
  test(`dates by tense and context: ${text} (${published})`, () => assert.equal(first(text, published), expected));
}

test('a dateline dates an undated article; a dated article keeps its own day', () => {
  assert.equal(datelineDay('MOSCOW, 3 March 2025 - Ruritania said it would talk.'), '2025-03-03');
  assert.equal(datelineDay('STRELSAU, Ruritania (Agency), March 3, 2025 — The envoy left.'), '2025-03-03');
  assert.equal(datelineDay('The talks, 3 March 2025 - a long day, ended.'), null);
  assert.equal(datelineDay('STRELSAU (Agency) - Ruritania said.'), null);
  const pasted = finishArticle({ format: 'text', origin: 'paste', published: null, text: 'STRELSAU, 3 March 2025 - Talks ended.' }, '2026-01-01' as IsoDate);
  assert.equal(pasted.published, '2025-03-03');
  assert.equal(pasted.dateEstimated, false);
  assert.match(pasted.warnings.join(' '), /dated by its dateline: 2025-03-03/);
  const dated = finishArticle(
    { format: 'text', origin: 'feed', published: '2025-03-05' as IsoDate, text: 'STRELSAU, 3 March 2025 - Talks ended.' },
    '2026-01-01' as IsoDate,
  );
  assert.equal(dated.published, '2025-03-05');
});
