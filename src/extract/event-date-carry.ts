import type { IsoDate } from '../core/time.js';
import type { DateMention, Sentence, Span } from './analysis.js';

/**
 * Where an event's date comes from when its own clause has none, beyond the sentence before (event-dates.ts): the
 * participle phrase that opens its sentence, and the lead of the story. A row per decision (id, invented example,
 * a coder's reason), pinned by eval/fixtures/dates.json and test/unit/event-date-carry.test.ts.
 */
export const DATE_CARRY_RULES = {
  openingParticiple: {
    id: 'date.opening-participle',
    example: 'Speaking to reporters on Sunday, the Avarian minister criticized the police. -> criticized: Sunday',
    reason:
      'a participle phrase set off by commas before the verb ("Speaking to reporters on Sunday, ...", "the minister, addressing a rally on Sunday, said") tells the occasion of the clause it leads into: its date is that clause\'s',
  },
  leadStory: {
    id: 'date.lead-story',
    example: 'kelowna: the envoy on monday met the foreign minister. the envoy said the talks had gone well. -> said: monday',
    reason:
      'a news story tells one occasion: when its lead is dated to a recent day ("on monday", "yesterday", within the week before the article), a later sentence in the simple past with no date of its own ("the minister said", "the police arrested") continues that day\'s story, whether or not it opens with a pronoun; a past perfect ("had arrested") is earlier background and a present or a future is today\'s',
  },
  openingAdjunct: {
    id: 'date.opening-adjunct',
    example: 'in the state assembly on friday, the avarian minister blamed the traders. -> blamed: friday',
    reason:
      'a date inside the prepositional phrases that open a sentence, set off by a comma before any verb ("in the state assembly on friday, X blamed"), tells when the main clause happened, as a date opening the sentence does',
  },
  farMonthDay: {
    id: 'date.far-month-day',
    example: "The Avarian envoy (on 2018-03-11) criticized the march on March 15. -> criticized: the article's day, not 2017-03-15",
    reason:
      'a month and day with no year ("on March 15") that the past tense would put more than half a year before the article names a day near it that is planned or talked about ("the programme on March 15"), not the day of the act: the act keeps the date it would have without it',
  },
} as const;

/** A month-day with no year put this many days or more before the article is no day of the act (date.far-month-day). */
const FAR_DAYS = 180;

/** Whether a mention is a month and day with no year that lies half a year or more before the article. */
export function farMonthDay(d: DateMention, published: IsoDate): boolean {
  if ((d.ruleId !== 'date.month-day' && d.ruleId !== 'date.day-month') || /\d{4}/.test(d.text)) return false;
  return (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${d.date}T00:00:00Z`)) / 86_400_000 >= FAR_DAYS;
}

/** How far back a lead's day may lie and still be the occasion of the story: a week. */
const LEAD_DAYS = 7;

/** Auxiliaries of a present, a future, a modal or a past perfect: a verb after one does not tell the lead's occasion. */
const NOT_SIMPLE_PAST = new Set(
  ['is', 'are', 'am', 'has', 'have', 'had', 'do', 'does', 'will', 'shall', 'can', 'may', 'must', 'would', 'could', 'should', 'might', 'to', 'be'].concat([
    "'s",
    '’s',
    "'ll",
    "'d",
  ]),
);

/** Whether the event's verb is a simple past ("said", "arrested", "was arrested"), with no present, future or perfect before it. */
export function simplePast(sentence: Sentence, verb: Span): boolean {
  const vStart = sentence.start + verb.start;
  const v = sentence.tokens.find((t) => t.start === vStart);
  if (!v) return false;
  // Only the verb's own auxiliaries: the words right before it (adverbs and "not" aside).
  const before = sentence.tokens.filter((t) => t.end <= vStart);
  for (let k = before.length - 1; k >= 0 && before.length - k <= 4; k--) {
    const t = before[k]!;
    if (NOT_SIMPLE_PAST.has(t.text.toLowerCase())) return false;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  const w = v.text.toLowerCase();
  return w.endsWith('ed') || (w !== v.lemma.toLowerCase() && !/(?:s|ing)$/.test(w));
}

/** Whether a mention is a day within the week before the article (or its day): the occasion a lead reports. */
export function recentDay(d: DateMention, published: IsoDate): boolean {
  if (d.precision !== 'day' || d.date > published) return false;
  const days = (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${d.date}T00:00:00Z`)) / 86_400_000;
  return days <= LEAD_DAYS;
}

const isComma = (t: { readonly text: string }): boolean => t.text === ',';

/**
 * The participle phrase set off by commas that leads into the verb's clause: "Speaking ... on Sunday, the minister
 * said", "the minister, addressing a rally on Sunday, said". Its span (article offsets), or undefined.
 */
export function leadingParticiple(sentence: Sentence, verb: Span, from: number): Span | undefined {
  const vStart = sentence.start + verb.start;
  const tokens = sentence.tokens;
  // The comma that closes the phrase: the last before the verb, with no other boundary between it and the verb.
  const closing = tokens.findLastIndex((t) => t.end <= vStart && isComma(t));
  if (closing < 0) return undefined;
  // The phrase's first word: an -ing verb right after the sentence's start (or dateline) or after a comma.
  let open = closing - 1;
  while (open >= 0 && !isComma(tokens[open]!) && tokens[open]!.start >= from) open--;
  const first = tokens[open + 1];
  if (!first || first.pos !== 'VERB' || !first.text.toLowerCase().endsWith('ing') || open + 1 >= closing) return undefined;
  return { start: first.start, end: tokens[closing]!.start };
}
