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
  // History: a sentence-opening year in any case, a year named by "during the YEAR <event>", a decade (undated).
  ['In 2003, Borduria closed its embassy in Avaria.', 'closed', '2003-07-01 year In 2003'],
  ['During the 1999 floods, Avaria sent aid to Borduria.', 'sent', '1999-07-01 year During the 1999'],
  ['Bordurian gunboats blocked the strait during the 1987 crisis.', 'blocked', '1987-07-01 year during the 1987'],
  ['In the late 1950s, Avaria expelled Bordurian diplomats.', 'expelled', 'undated'],
  ['Avaria armed the rebels throughout the 1980s, the minister said.', 'armed', 'undated'],
  ['Avaria armed the rebels throughout the 1980s, the minister said.', 'said', `${ON} day`],
  ['Avaria has backed the rebels since the 1980s.', 'backed', `${ON} day`],
];

function dateOf(text: string, verb: string): string {
  const [s] = splitSentences(text);
  assert.ok(s);
  const at = text.indexOf(verb);
  const d = eventDate(s, findDates(s, ON), { start: at, end: at + verb.length }, ON);
  return d ? [d.date, d.precision, d.text].filter((x) => x !== null).join(' ') : 'undated';
}

/** The date of the event of `verb` in the last sentence of a two-sentence text, the first one given as `previous`. */
function dateAfter(text: string, verb: string): string {
  const sentences = splitSentences(text);
  const [first, second] = sentences;
  assert.ok(first && second);
  const at = text.lastIndexOf(verb) - second.start;
  const d = eventDate(
    second,
    sentences.flatMap((x) => findDates(x, ON)),
    { start: at, end: at + verb.length },
    ON,
    first,
  );
  return d ? [d.date, d.precision, d.text].filter((x) => x !== null).join(' ') : 'undated';
}

/** A date governing a sentence governs the next when it goes on with the story in the past, with no date of its own. */
const NEIGHBOURS: [string, string, string][] = [
  ['Two years ago, a Bordurian diplomat was expelled from Avaria. He returned to Borduria.', 'returned', '2010-07-01 year Two years ago'],
  ['The rebels took the dam in March. They later lost it to the army.', 'lost', '2012-03-01 month in March'],
  ['In 2009, Avaria recalled its ambassador. Then it cut trade with Borduria.', 'cut', '2009-07-01 year In 2009'],
  ['Last year, Avaria recalled its ambassador. It accuses Borduria of spying.', 'accuses', `${ON} day`],
  ['Last year, Avaria recalled its ambassador. It will send a new one.', 'send', `${ON} day`],
  ['Last year, Avaria recalled its ambassador. Borduria protested on Monday.', 'protested', '2012-05-14 day on Monday'],
  ['Last year, Avaria recalled its ambassador. The ministry of Borduria protested.', 'protested', `${ON} day`],
  ['Avaria, which left the pact in 2001, is neutral. It hosted the talks.', 'hosted', `${ON} day`],
  ['In the 1960s, Avaria built the dam. It flooded three Bordurian villages.', 'flooded', 'undated'],
];

for (const [text, verb, expected] of NEIGHBOURS) {
  test(`event date from the sentence before: "${text}" (${verb}) -> ${expected}`, () => {
    assert.equal(dateAfter(text, verb), expected);
  });
}

for (const [text, verb, expected] of CASES) {
  test(`event date: "${text}" (${verb}) -> ${expected}`, () => {
    assert.equal(dateOf(text, verb), expected);
  });
}

test('without the verb, only a date that opens the sentence dates its events', () => {
  const [opening] = splitSentences('Last year, Avaria signed a treaty with Borduria.');
  assert.equal(eventDate(opening!, findDates(opening!, ON), undefined, ON)?.date, '2011-07-01');
  const [inside] = splitSentences('Avaria signed a treaty with Borduria last year.');
  assert.deepEqual(eventDate(inside!, findDates(inside!, ON), undefined, ON), { date: ON, precision: 'day', text: null });
});
