import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { findDates } from '../../src/extract/dates.js';
import { eventDate, storyOccasion } from '../../src/extract/event-dates.js';
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
  return eventDate(s, dates, { start: at - s.start, end: at - s.start + verb.length }, ON, sentences[s.index - 1], storyOccasion(sentences, dates, ON));
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
    DATE_CARRY_RULES.pastPerfect.id,
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
  [
    'the occasion in the sentence after an undated lead, for the lead',
    'kelowna: the avarian leader criticised the governor. addressing a press conference here on monday, the leader accused the police. the leader praised the army.',
    'criticised',
    '2018-03-12',
    DATE_CARRY_RULES.storyOccasion.id,
  ],
  [
    'the occasion in the sentence after an undated lead, for a later sentence',
    'kelowna: the avarian leader criticised the governor. addressing a press conference here on monday, the leader accused the police. the leader praised the army.',
    'praised',
    '2018-03-12',
    DATE_CARRY_RULES.storyOccasion.id,
  ],
  [
    "the lead's day after a parenthetical participle",
    'kelowna: the avarian party chief, addressing a rally on monday, said the vote was fair. the chief accused the governor of fraud.',
    'accused',
    '2018-03-12',
    DATE_CARRY_RULES.leadStory.id,
  ],
  [
    "a date in the lead's reported clause is no day of the lead",
    'the avarian minister said that the police arrested a trader on monday. the minister praised the police.',
    'praised',
    ON,
    undefined,
  ],
  [
    "a date outside the verb's clause leaves it the lead's day",
    'the avarian envoy on monday met the governor. the envoy praised the police, which arrested a trader on sunday.',
    'praised',
    '2018-03-12',
    DATE_CARRY_RULES.leadStory.id,
  ],
  [
    'an opening clause dates the lead',
    'as the crowd gathered on friday, the avarian police arrested the leader. the police charged the crowd.',
    'charged',
    '2018-03-09',
    DATE_CARRY_RULES.leadStory.id,
  ],
  ['a date set off before the verb', 'The Avarian envoy, on Sunday, praised the governor.', 'praised', '2018-03-11', DATE_CARRY_RULES.setOffDate.id],
  [
    'a date in the subject set off by a comma',
    'Aides said that the envoy in a call with the governor on Sunday, firmly warned him.',
    'warned',
    '2018-03-11',
    DATE_CARRY_RULES.setOffDate.id,
  ],
  ['a verb in the set-off stretch: no set-off date', 'The Avarian envoy, who left on Sunday, praised the governor.', 'praised', ON, undefined],
  [
    'an infinitive takes the tense of the verb it completes',
    'the avarian riot broke out on monday. a mob attempted to burn the market.',
    'burn',
    '2018-03-12',
    DATE_CARRY_RULES.leadStory.id,
  ],
  ['an infinitive after a present is no simple past', 'the avarian riot broke out on monday. a mob threatens to burn the market.', 'burn', ON, undefined],
  [
    '"had to" is a past obligation met: the simple past',
    'the avarian riot broke out on monday. the police intercepted the mob and had to fire ten rounds.',
    'fire',
    '2018-03-12',
    DATE_CARRY_RULES.leadStory.id,
  ],
  ['"has to" is no simple past', 'the avarian riot broke out on monday. the police has to fire at the mob.', 'fire', ON, undefined],
  [
    '"after" before a gerund does not end the lead\'s main clause',
    'kelowna: two traders, returning after selling their goods, were robbed on monday. the gang stabbed a guard.',
    'stabbed',
    '2018-03-12',
    DATE_CARRY_RULES.leadStory.id,
  ],
  [
    'a "had" of possession does not end the lead\'s main clause',
    'kelowna: the verdict had its echo in the capital on monday. a mob looted a bank.',
    'looted',
    '2018-03-12',
    DATE_CARRY_RULES.leadStory.id,
  ],
  ['a past perfect lead names no occasion', 'kelowna: the police had arrested a trader on monday. a mob looted a bank.', 'looted', ON, undefined],
  ['"had to" is no past perfect', 'the avarian envoy had to cancel the visit.', 'cancel', ON, undefined],
  ['a verb before the comma: no opening adjunct', 'In the talks that ended on Sunday, the Avarian envoy praised the governor.', 'praised', ON, undefined],
];

for (const [name, text, verb, date, rule] of rows) {
  test(`event date carry: ${name}`, () => {
    const d = dateOf(text, verb);
    assert.equal(d?.date, date);
    assert.equal(d?.rule, rule);
  });
}
