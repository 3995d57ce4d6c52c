import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { findDates } from '../../src/extract/dates.js';
import { eventDate } from '../../src/extract/event-dates.js';
import { splitSentences } from '../../src/extract/sentences.js';

/** Published on Tuesday 2012-05-15. */
const ON = '2012-05-15' as IsoDate;

/** [sentence, the event's verb (its first occurrence), expected "date precision text", or the article's date]. */
const CASES: [string, string, string][] = [
  ['Last year, Avaria signed a treaty with Borduria.', 'signed', '2011-07-01 year Last year'],
  ['On Tuesday, the president of Avaria met his Bordurian counterpart.', 'met', '2012-05-15 day Tuesday'],
  ['The foreign minister of Avaria said Tuesday that talks would go on.', 'said', '2012-05-15 day Tuesday'],
  ['Avaria said on Monday that Borduria had attacked its border post last year.', 'said', '2012-05-14 day on Monday'],
  ['Avaria said on Monday that Borduria had attacked its border post last year.', 'attacked', '2011-07-01 year last year'],
  ['Relations soured after the opposition leader was jailed last year.', 'jailed', '2011-07-01 year last year'],
  ['Relations soured after the opposition leader was jailed last year.', 'soured', `${ON} day`],
  ['Avaria, which joined the pact in 1992, criticized Borduria.', 'criticized', `${ON} day`],
  ['Avaria, which joined the pact in 1992, criticized Borduria.', 'joined', '1992-07-01 year in 1992'],
  ['Avaria condemned Borduria two years ago over the dam.', 'condemned', '2010-07-01 year two years ago'],
  ['Avaria signed the accord on March 3, 2011 in the capital.', 'signed', '2011-03-03 day March 3, 2011'],
  ['Avaria promised to withdraw its troops by 2014.', 'promised', `${ON} day`],
  ['Avaria has refused to trade with Borduria since March 3, 2011.', 'refused', `${ON} day`],
  ['Avaria will host the summit next year, its president said.', 'host', `${ON} day`],
  ['Avaria praised Borduria for the agreement of 2008.', 'praised', `${ON} day`],
  ['Avaria praised Borduria.', 'praised', `${ON} day`],
  ['Avaria praised the March 3 resolution of Borduria.', 'praised', `${ON} day`],
  ["Avaria praised Borduria at Monday's talks.", 'praised', `${ON} day`],
  ['the president of avaria on monday criticized borduria.', 'criticized', '2012-05-14 day on monday'],
];

function dateOf(text: string, verb: string): string {
  const [s] = splitSentences(text);
  assert.ok(s);
  const at = text.indexOf(verb);
  const d = eventDate(s, findDates(s, ON), { start: at, end: at + verb.length }, ON);
  return [d.date, d.precision, d.text].filter((x) => x !== null).join(' ');
}

for (const [text, verb, expected] of CASES) {
  test(`event date: "${text}" (${verb}) -> ${expected}`, () => {
    assert.equal(dateOf(text, verb), expected);
  });
}

test('without the verb, only a date that opens the sentence dates its events', () => {
  const [opening] = splitSentences('Last year, Avaria signed a treaty with Borduria.');
  assert.equal(eventDate(opening!, findDates(opening!, ON), undefined, ON).date, '2011-07-01');
  const [inside] = splitSentences('Avaria signed a treaty with Borduria last year.');
  assert.deepEqual(eventDate(inside!, findDates(inside!, ON), undefined, ON), { date: ON, precision: 'day', text: null });
});
