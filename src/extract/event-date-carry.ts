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
      'a news story tells one occasion: when its lead is dated to a recent day ("on monday", "yesterday", within the week before the article), a later sentence in the simple past with no date governing its verb ("the minister said", "the police arrested") continues that day\'s story, whether or not it opens with a pronoun, and whatever other dates it names outside the verb\'s clause; a past perfect ("had arrested") is earlier background and a present or a future is today\'s. The lead\'s day is its first date before any clause of its own ("the party chief, addressing a rally on monday, said", "x said here on monday that ..."), not one inside a reported or relative clause ("x said that the police arrested y on monday")',
  },
  storyOccasion: {
    id: 'date.story-occasion',
    example:
      'kelowna: the avarian leader criticised the governor. addressing a press conference here on monday, he accused the police of bias. he praised the army. -> criticised, praised: monday',
    reason:
      'a lead with no date of its own often names its occasion in the next sentence or the one after ("addressing a press conference here on monday, ...", "the incident occurred on thursday evening"): that recent day is the story\'s, for the lead\'s simple past before it as for those after, as date.lead-story does for a dated lead',
  },
  setOffDate: {
    id: 'date.set-off-date',
    example: 'The Avarian minister, on Monday, criticised the governor. -> criticised: Monday',
    reason:
      'a stretch with no verb set off by a comma right before the verb\'s clause ("the minister, on monday, criticised", "sources said that the minister in a call with the governor on monday, warned him") holds the subject or an adjunct of that clause: a date in it dates the verb, as a date in the clause itself does',
  },
  pastPerfect: {
    id: 'date.past-perfect-background',
    example: 'the avarian police on monday arrested a trader. the trader had crossed the border. -> crossed: undated',
    reason:
      'a past perfect with no date of its own ("had crossed", "had been expelled") is background from before the story, on a day the text does not give: the article\'s day would be wrong, so the event is left undated (a fact of the graph keeps the article\'s day as its latest bound)',
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
  const before = sentence.tokens.filter((t) => t.end <= vStart);
  // "attempted to burn", "refused to support": an infinitive takes the tense of the verb it completes.
  const last = before.length - 1;
  // "had to fire": an obligation in the past, met (not a perfect, and "had" is no verb the tagger always calls one).
  if (last > 0 && before[last]!.text.toLowerCase() === 'to' && before[last - 1]!.text.toLowerCase() === 'had') return true;
  if (last > 0 && before[last]!.text.toLowerCase() === 'to' && before[last - 1]!.pos === 'VERB') {
    const head = before[last - 1]!;
    return simplePast(sentence, { start: head.start - sentence.start, end: head.end - sentence.start });
  }
  // Only the verb's own auxiliaries: the words right before it (adverbs and "not" aside).
  for (let k = before.length - 1; k >= 0 && before.length - k <= 4; k--) {
    const t = before[k]!;
    if (NOT_SIMPLE_PAST.has(t.text.toLowerCase())) return false;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  const w = v.text.toLowerCase();
  return w.endsWith('ed') || (w !== v.lemma.toLowerCase() && !/(?:s|ing)$/.test(w));
}

/** Whether the event's verb is a past perfect ("had crossed", "had been expelled", "had not yet signed"): its own auxiliaries hold "had". */
export function pastPerfect(sentence: Sentence, verb: Span): boolean {
  const vStart = sentence.start + verb.start;
  const v = sentence.tokens.find((t) => t.start === vStart);
  if (!v) return false;
  const before = sentence.tokens.filter((t) => t.end <= vStart);
  for (let k = before.length - 1; k >= 0 && before.length - k <= 4; k--) {
    const t = before[k]!;
    const w = t.text.toLowerCase();
    // "had to go" is an obligation, not a perfect.
    if (w === 'to') return false;
    if (w === 'had') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return false;
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

/**
 * The stretch with no verb set off by a comma right before the verb's clause (date.set-off-date): "the minister, on
 * Monday, criticised", "that the minister in a call on Monday, warned". It starts after the boundary before it (a
 * comma, a subordinator, the dateline) and ends at the comma, after which no other verb comes before the event's.
 */
export function setOffStretch(sentence: Sentence, verb: Span, from: number, isBoundary: (word: string) => boolean): Span | undefined {
  const vStart = sentence.start + verb.start;
  const tokens = sentence.tokens;
  const isVerb = (t: { readonly pos: string }): boolean => t.pos === 'VERB' || t.pos === 'AUX';
  const closing = tokens.findLastIndex((t) => t.end <= vStart && isComma(t));
  if (closing < 1 || tokens.slice(closing + 1).some((t) => t.start < vStart && isVerb(t))) return undefined;
  let open = closing - 1;
  while (open >= 0 && tokens[open]!.start >= from && !isBoundary(tokens[open]!.text)) open--;
  const stretch = tokens.slice(open + 1, closing);
  if (stretch.length === 0 || stretch.some(isVerb)) return undefined;
  return { start: stretch[0]!.start, end: tokens[closing]!.start };
}
