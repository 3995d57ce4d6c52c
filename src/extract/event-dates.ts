import type { IsoDate, Precision } from '../core/time.js';
import type { DateMention, Sentence, Span } from './analysis.js';
import { SUBORDINATORS } from './clause-words.js';
import { DATE_CARRY_RULES, farMonthDay, leadingParticiple, pastPerfect, recentDay, setOffStretch, simplePast } from './event-date-carry.js';

export interface EventDate {
  readonly date: IsoDate;
  readonly precision: Precision;
  /** The expression that dated the event, or null for the article's date. */
  readonly text: string | null;
  /** The carry rule that brought a date from outside the verb's clause (event-date-carry.ts), when one did. */
  readonly rule?: string;
  /** Background from before the story on a day the text does not give (date.past-perfect-background): an event leaves it undated. */
  readonly background?: true;
}

/** The recent day a news story tells, and the sentence that gives it (date.lead-story, date.story-occasion). */
export interface Occasion {
  readonly sentence: number;
  readonly date: EventDate;
}

/** Tokens that end one clause and start another: punctuation that sets off a phrase, and subordinators. */
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '[', ']']);

/** A date after one of these bounds a stretch of time ("until 2014", "since May 3"); it does not date an act. */
const BOUNDING = new Set(['by', 'until', 'till', 'since', 'from', 'before', 'after', 'through', 'of']);

/** A date after a determiner or before "'s" modifies a noun ("the March 17 resolution", "Tuesday's talks"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/** Words that may stand before a sentence-opening date: "On Tuesday, ...", "Early last year, ...". */
const OPENING = new Set(['on', 'in', 'early', 'late', 'earlier', 'later']);

function isBoundary(word: string): boolean {
  return CLAUSE_PUNCTUATION.has(word) || SUBORDINATORS.has(word.toLowerCase());
}

/** Whether a date lies after the article's day at its own precision ("this year" does not, "next year" does). */
function isFuture(d: DateMention, published: IsoDate): boolean {
  if (d.precision === 'year') return d.date.slice(0, 4) > published.slice(0, 4);
  if (d.precision === 'month') return d.date.slice(0, 7) > published.slice(0, 7);
  return d.date > published;
}

/**
 * Spans of history no precision of ours holds: a decade ("in the 1970s", "during the early 1990s"). An act the
 * text places there is left undated (eventDate gives null): the article's day would be wrong, and a year
 * would claim more than the text says. "since the 1980s" bounds a stretch of time and is not read here.
 */
const ERA_RULES: readonly { readonly id: string; readonly example: string; readonly pattern: RegExp }[] = [
  {
    id: 'era.decade',
    example: 'Avaria fought Borduria in the early 1990s -> fought: undated',
    pattern: /\b(?:in|during|throughout) the (?:early |late |mid-|mid )?(?:1[5-9]|20)\d0s\b/gi,
  },
];

/** A date mention, or a span of history (era) that leaves the act undated. */
interface Candidate extends Span {
  readonly text: string;
  readonly mention: DateMention | null;
}

function eras(sentence: Sentence): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of ERA_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence.text); m; m = rule.pattern.exec(sentence.text))
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], mention: null });
  }
  return out;
}

/** The sentence's dates that may date an act, and its eras: not bounding, not naming a thing, not after the article's day. */
function candidates(sentence: Sentence, dates: readonly DateMention[], published: IsoDate): Candidate[] {
  const tokens = sentence.tokens;
  const usable = dates.filter((d) => {
    if (d.sentence !== sentence.index || isFuture(d, published)) return false;
    const first = d.text.split(/\s/, 1)[0]!.toLowerCase();
    if (BOUNDING.has(first)) return false;
    const before = tokens.findLast((t) => t.end <= d.start)?.text.toLowerCase();
    const after = tokens.find((t) => t.start >= d.end)?.text;
    return !(before && (BOUNDING.has(before) || DETERMINERS.has(before))) && !(after && POSSESSIVE.has(after));
  });
  const own: Candidate[] = usable.map((d) => ({ start: d.start, end: d.end, text: d.text, mention: d }));
  const history = eras(sentence).filter((e) => !own.some((d) => d.start < e.end && e.start < d.end));
  return [...own, ...history].sort((a, b) => a.start - b.start);
}

/** Words that open a sentence going on with the one before: "She was sentenced", "Then they attacked". */
const CONTINUING = new Set(['he', 'she', 'they', 'it', 'we', 'then', 'later', 'afterwards', 'subsequently']);
/** Auxiliaries that put a verb in the present or future: "He is expected to visit", "It has signed". */
const PRESENT_AUXILIARIES = new Set(
  ['is', 'are', 'am', 'has', 'have', 'do', 'does', 'will', 'shall', 'can', 'may', 'must', 'would', 'could', 'should', 'might', 'to'].concat([
    "'s",
    '’s',
    "'ll",
  ]),
);
const SINGULAR = new Set(['he', 'she', 'it']);

/**
 * Whether the sentence goes on with the story of the one before, in the past, so that a date governing that
 * sentence governs this one: it opens with a pronoun or "then"/"later", has no date of its own, and its verb
 * is past ("She was sentenced", "He met", not "He denies", "He is expected to visit").
 */
function continuesPast(sentence: Sentence, verb: Span): boolean {
  const tokens = sentence.tokens;
  if (!CONTINUING.has(tokens[0]?.text.toLowerCase() ?? '')) return false;
  const vStart = sentence.start + verb.start;
  const v = tokens.find((t) => t.start === vStart);
  if (!v) return false;
  if (tokens.some((t) => t.start < vStart && PRESENT_AUXILIARIES.has(t.text.toLowerCase()))) return false;
  const w = v.text.toLowerCase();
  if (w.endsWith('ed') || (w !== v.lemma.toLowerCase() && !/(?:s|ing)$/.test(w))) return true;
  // "it cut", "she put": a bare form after he/she/it is past (the present would be "cuts").
  return w === v.lemma.toLowerCase() && tokens.some((t) => t.start < vStart && SINGULAR.has(t.text.toLowerCase()));
}

/** The date governing a sentence as a whole: one opening it, else one in its first clause ("X was arrested last year."). */
function governing(sentence: Sentence, dates: readonly DateMention[], published: IsoDate): Candidate | undefined {
  const cands = candidates(sentence, dates, published);
  const open = opening(sentence, cands);
  if (open) return open;
  const inside = (start: number) => cands.some((d) => d.start <= start && start < d.end);
  const from = datelineEnd(sentence);
  const boundary = sentence.tokens.find((t) => t.start >= from && !inside(t.start) && isBoundary(t.text));
  return cands.find((d) => !boundary || d.end <= boundary.start);
}

/** How many opening sentences may name the story's occasion: the lead and, when it has no date, the two after it. */
const OCCASION_SENTENCES = 3;

/**
 * The story's occasion: the first date of the lead, or when the lead has none, of one of the two sentences after it,
 * that stands before any clause of the sentence's own (an opening "as ...", "when ..." clause aside) and before any
 * "had", when it is a recent day (date.lead-story, date.story-occasion). A lead dated further back has no occasion.
 */
export function storyOccasion(sentences: readonly Sentence[], dates: readonly DateMention[], published: IsoDate): Occasion | undefined {
  for (const s of sentences.slice(0, OCCASION_SENTENCES)) {
    const first = occasionDate(s, dates, published);
    if (!first) continue;
    if (!first.mention || !recentDay(first.mention, published)) return undefined;
    const rule = s.index === 0 ? DATE_CARRY_RULES.leadStory.id : DATE_CARRY_RULES.storyOccasion.id;
    return { sentence: s.index, date: { ...fromCandidate(first)!, rule } };
  }
  return undefined;
}

/**
 * Subordinators that open a reported, relative or conditional clause, whose dates are not the main clause's: those
 * that also stand as prepositions ("returning after writing the exam", "since monday", "while in office") are not.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS].filter((w) => !['after', 'before', 'since', 'until', 'while'].includes(w)));

/** Whether the k-th token is the "had" of a past perfect ("had arrested", "had not been"), not of possession ("had its echo"). */
function perfectHad(tokens: Sentence['tokens'], k: number): boolean {
  if (tokens[k]!.text.toLowerCase() !== 'had') return false;
  const next = tokens.slice(k + 1).find((t) => t.pos !== 'ADV' && t.pos !== 'PART');
  return next?.pos === 'VERB' || next?.pos === 'AUX';
}

/** A sentence's first date in its main clause, for storyOccasion: before any CLAUSE_OPENERS past the first word, and any "had". */
function occasionDate(sentence: Sentence, dates: readonly DateMention[], published: IsoDate): Candidate | undefined {
  const cands = candidates(sentence, dates, published);
  if (cands.length === 0) return undefined;
  const inside = (start: number) => cands.some((d) => d.start <= start && start < d.end);
  const from = datelineEnd(sentence);
  const tokens = sentence.tokens.filter((t) => t.start >= from);
  const stop = tokens.find((t, k) => !inside(t.start) && ((k > 0 && CLAUSE_OPENERS.has(t.text.toLowerCase())) || perfectHad(tokens, k)));
  return cands.find((d) => d.start >= from && (!stop || d.end <= stop.start));
}

/** At most this many words before a dateline's colon ("new delhi:", "ahmedabad, march 4:"). */
const MAX_DATELINE = 5;

/** Where the sentence's dateline ends ("ayodhya: the trustee on thursday said ..."): its colon is no clause boundary. */
function datelineEnd(sentence: Sentence): number {
  const tokens = sentence.tokens;
  const colon = tokens.slice(0, MAX_DATELINE + 1).findIndex((t) => t.text === ':');
  if (colon < 1 || tokens.slice(0, colon).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return sentence.start;
  return tokens[colon]!.end;
}

const fromCandidate = (c: Candidate): EventDate | null => (c.mention ? { date: c.mention.date, precision: c.mention.precision, text: c.mention.text } : null);

/**
 * The date of an event coded in a sentence. A date expression governs the event when it stands in the
 * verb's own clause (clauses end at commas, dashes, quotes and subordinators such as "that", "which",
 * "since"), the nearest to the verb first, or when it opens the sentence, set off by a comma ("Last year,
 * X signed ..."). Dates that bound a stretch of time ("by 2014", "since May"), name a thing ("the
 * agreement of 2008", "the March 17 resolution", "Tuesday's talks") or lie after the article's day (what
 * is planned "next year" is said today) date no event. A sentence with no governing date of its own that
 * goes on with the story of the sentence before (`previous`) in the past takes the date governing that one
 * ("Last year, X was arrested. She was sentenced ..."). A participle phrase leading into the verb's clause
 * dates it ("Speaking on Sunday, X said"), and any other simple past with no date governing its verb goes on with
 * the story's `occasion` (storyOccasion: the recent day of the lead or of a sentence just after an undated lead); a
 * past perfect with no date is background, marked so (event-date-carry.ts). An act placed in a decade ("in the
 * 1970s") is left undated: null. Otherwise the event carries the article's date.
 *
 *   "The minister said Tuesday that Avaria signed the accord last year": said -> Tuesday, signed -> last year.
 *
 * `verb` is the event's verb, offsets relative to the sentence; without it only an opening date applies.
 */
export function eventDate(
  sentence: Sentence,
  dates: readonly DateMention[],
  verb: { readonly start: number; readonly end: number } | undefined,
  published: IsoDate,
  previous?: Sentence,
  occasion?: Occasion,
): EventDate | null {
  const all = candidates(sentence, dates, published);
  // "threatened to boycott the programme on march 15" (an article of march 11): no day of the act (date.far-month-day).
  const own = all.filter((d) => !d.mention || !farMonthDay(d.mention, published));
  const articleDay: EventDate =
    own.length < all.length
      ? { date: published, precision: 'day', text: null, rule: DATE_CARRY_RULES.farMonthDay.id }
      : { date: published, precision: 'day', text: null };
  const inDate = (start: number) => own.some((d) => d.start <= start && start < d.end);
  const chosen = own.length === 0 ? undefined : ((verb ? inVerbClause(sentence, own, verb, inDate) : undefined) ?? opening(sentence, own));
  if (chosen) return fromCandidate(chosen);
  // "in the state assembly on friday, the minister blamed": a date in the opening prepositional phrases dates the main clause.
  const adjunct = verb && own.length > 0 ? openingAdjunct(sentence, own, verb) : undefined;
  if (adjunct?.mention) return { ...fromCandidate(adjunct)!, rule: DATE_CARRY_RULES.openingAdjunct.id };
  // "Speaking to reporters on Sunday, the minister said": the participle phrase leading into the verb's clause dates it.
  const phrase = verb && own.length > 0 ? leadingParticiple(sentence, verb, datelineEnd(sentence)) : undefined;
  const led = phrase ? own.find((d) => d.start >= phrase.start && d.end <= phrase.end && d.mention) : undefined;
  if (led) return { ...fromCandidate(led)!, rule: DATE_CARRY_RULES.openingParticiple.id };
  // "the minister, on monday, criticised": a date in the verbless stretch set off right before the verb's clause.
  const stretch = verb && own.length > 0 ? setOffStretch(sentence, verb, datelineEnd(sentence), isBoundary) : undefined;
  const setOff = stretch ? own.find((d) => d.start >= stretch.start && d.end <= stretch.end && d.mention) : undefined;
  if (setOff) return { ...fromCandidate(setOff)!, rule: DATE_CARRY_RULES.setOffDate.id };
  if (verb && previous && own.length === 0 && continuesPast(sentence, verb)) {
    const carried = governing(previous, dates, published);
    if (carried) return fromCandidate(carried);
  }
  // "the envoy on monday met the minister. ... the envoy said": a simple past goes on with the story's day.
  if (verb && occasion && occasion.sentence !== sentence.index && simplePast(sentence, verb)) return occasion.date;
  // "the trader had crossed the border": background from before the story, on a day the text does not give.
  if (verb && pastPerfect(sentence, verb)) return { ...articleDay, rule: DATE_CARRY_RULES.pastPerfect.id, background: true };
  return articleDay;
}

/** The usable date in the verb's clause nearest to the verb. */
function inVerbClause<T extends Span>(
  sentence: Sentence,
  dates: readonly T[],
  verb: { readonly start: number; readonly end: number },
  inDate: (start: number) => boolean,
): T | undefined {
  const vStart = sentence.start + verb.start;
  const vEnd = sentence.start + verb.end;
  let from = sentence.start;
  let to = sentence.end;
  for (const t of sentence.tokens) {
    if (inDate(t.start) || !isBoundary(t.text)) continue;
    if (t.end <= vStart) from = t.end;
    else if (t.start >= vEnd && t.start < to) to = t.start;
  }
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.start < from || d.end > to) continue;
    const distance = d.start >= vEnd ? d.start - vEnd : vStart - d.end;
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/** At most this many words between an opening date and its comma ("During the 1991 war, ..."). */
const MAX_OPENING_PHRASE = 3;

/** A date that opens the sentence and is set off by a comma: "Last year, ...", "On Tuesday, ...". */
/** Words that may stand before an opening prepositional phrase: "instead, in the assembly on friday, ...". */
const ADJUNCT_LEADS = new Set(['instead', 'meanwhile', 'earlier', 'later', 'also', 'and', 'but', ',']);

/**
 * A date inside the prepositional phrases that open the sentence, up to the first comma, with no verb before that
 * comma, when the event's verb comes after it (date.opening-adjunct): "in the state assembly on friday, X blamed".
 */
function openingAdjunct<T extends Span>(sentence: Sentence, dates: readonly T[], verb: Span): T | undefined {
  const tokens = sentence.tokens;
  let k = 0;
  while (k < tokens.length && ADJUNCT_LEADS.has(tokens[k]!.text.toLowerCase())) k++;
  if (tokens[k]?.pos !== 'ADP') return undefined;
  const comma = tokens.findIndex((t, j) => j > k && t.text === ',');
  if (comma < 0 || tokens[comma]!.start - sentence.start >= verb.start) return undefined;
  if (tokens.slice(k, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return undefined;
  return dates.find((d) => d.start >= tokens[k]!.start && d.end <= tokens[comma]!.start);
}

function opening<T extends Span>(sentence: Sentence, dates: readonly T[]): T | undefined {
  const tokens = sentence.tokens;
  for (const d of dates) {
    const before = tokens.filter((t) => t.end <= d.start);
    if (before.length > 1 || (before.length === 1 && !OPENING.has(before[0]!.text.toLowerCase()))) continue;
    // The comma may close a phrase the date opens, before any verb: "During the 1991 war, ...".
    const after = tokens.filter((t) => t.start >= d.end).slice(0, MAX_OPENING_PHRASE + 1);
    const comma = after.findIndex((t) => t.text === ',');
    if (comma >= 0 && after.slice(0, comma).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')) return d;
  }
  return undefined;
}
