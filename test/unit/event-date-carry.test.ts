import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { findDates } from '../../src/extract/dates.js';
import { eventDate } from '../../src/extract/event-dates.js';
import { DATE_CARRY_RULES } from '../../src/extract/event-date-carry.js';
import { splitSentences } from '../../src/extract/sentences.js';

// The date carry rules (src/extract/event-date-carry.ts), each on invented sentences: the rule that dated the event,
// and where it must not (eval/fixtures/dates.json holds more, category "lead").
const ON = '2018-03-14' as IsoDate;

function dateOf(text: string, verb: string) {
  const sentences = splitSentences(text);
  const dates = sentences.flatMap((s) => findDates(s, ON));
  const at = text.indexOf(verb);
  const s = sentences.find((x) => x.start <= at && at < x.end)!;
  return eventDate(s, dates, { start: at - s.start, end: at - s.start + verb.length }, ON, sentences[s.index - 1], sentences[0]);
}

const rows: Array<[string, string, string, string, string | undefined]> = [
  [
    'lead day, a later simple past',
    'the avarian envoy on monday met the governor. the talks lasted long. the envoy praised the governor.',
    'praised',
    '2018-03-12',
    DATE_CARRY_RULES.leadStory.id,
  ],
  [
    'lead day, a past perfect is background',
    'the avarian envoy on monday met the governor. the talks lasted long. the envoy had praised the governor.',
    'praised',
    ON,
    undefined,
  ],
  [
    'lead day, a present is today',
    'the avarian envoy on monday met the governor. the talks lasted long. the envoy praises the governor.',
    'praises',
    ON,
    undefined,
  ],
  [
    'a lead more than a week back',
    'the avarian envoy met the governor on march 1. the talks lasted long. the envoy praised the governor.',
    'praised',
    ON,
    undefined,
  ],
  [
    'opening participle',
    'Speaking to reporters on Sunday, the Avarian envoy praised the governor.',
    'praised',
    '2018-03-11',
    DATE_CARRY_RULES.openingParticiple.id,
  ],
  [
    'parenthetical participle',
    'The Avarian envoy, speaking to reporters on Sunday, praised the governor.',
    'praised',
    '2018-03-11',
    DATE_CARRY_RULES.openingParticiple.id,
  ],
  [
    'a month-day the past tense puts a year back',
    'The Avarian opposition criticized the march on March 20.',
    'criticized',
    ON,
    DATE_CARRY_RULES.farMonthDay.id,
  ],
  ['a relative clause is no participle', 'The Avarian envoy, who spoke on Sunday, praised the governor.', 'praised', ON, undefined],
  [
    'opening prepositional phrases',
    'Instead, in the state assembly on Sunday, the Avarian envoy praised the governor.',
    'praised',
    '2018-03-11',
    DATE_CARRY_RULES.openingAdjunct.id,
  ],
  ['a verb before the comma: no opening adjunct', 'In the talks that ended on Sunday, the Avarian envoy praised the governor.', 'praised', ON, undefined],
];

for (const [name, text, verb, date, rule] of rows) {
  test(`event date carry: ${name}`, () => {
    const d = dateOf(text, verb);
    assert.equal(d?.date, date);
    assert.equal(d?.rule, rule);
  });
}
