import type { IsoDate, Precision } from '../core/time.js';
import type { DateMention, Sentence } from './analysis.js';
import { SUBORDINATORS } from './clause-words.js';

export interface EventDate {
  readonly date: IsoDate;
  readonly precision: Precision;
  /** The expression that dated the event, or null for the article's date. */
  readonly text: string | null;
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
 * The date of an event coded in a sentence. A date expression governs the event when it stands in the
 * verb's own clause (clauses end at commas, dashes, quotes and subordinators such as "that", "which",
 * "since"), the nearest to the verb first, or when it opens the sentence, set off by a comma ("Last year,
 * X signed ..."). Dates that bound a stretch of time ("by 2014", "since May"), name a thing ("the
 * agreement of 2008", "the March 17 resolution", "Tuesday's talks") or lie after the article's day (what
 * is planned "next year" is said today) date no event. Otherwise the event carries the article's date.
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
): EventDate {
  const own = dates.filter((d) => d.sentence === sentence.index);
  if (own.length === 0) return { date: published, precision: 'day', text: null };
  const tokens = sentence.tokens;
  const inDate = (start: number) => own.some((d) => d.start <= start && start < d.end);
  const usable = own.filter((d) => {
    if (isFuture(d, published)) return false;
    const first = d.text.split(/\s/, 1)[0]!.toLowerCase();
    if (BOUNDING.has(first)) return false;
    const before = tokens.findLast((t) => t.end <= d.start)?.text.toLowerCase();
    const after = tokens.find((t) => t.start >= d.end)?.text;
    return !(before && (BOUNDING.has(before) || DETERMINERS.has(before))) && !(after && POSSESSIVE.has(after));
  });
  if (usable.length === 0) return { date: published, precision: 'day', text: null };
  const chosen = (verb ? inVerbClause(sentence, usable, verb, inDate) : undefined) ?? opening(sentence, usable);
  return chosen ? { date: chosen.date, precision: chosen.precision, text: chosen.text } : { date: published, precision: 'day', text: null };
}

/** The usable date in the verb's clause nearest to the verb. */
function inVerbClause(
  sentence: Sentence,
  dates: readonly DateMention[],
  verb: { readonly start: number; readonly end: number },
  inDate: (start: number) => boolean,
): DateMention | undefined {
  const vStart = sentence.start + verb.start;
  const vEnd = sentence.start + verb.end;
  let from = sentence.start;
  let to = sentence.end;
  for (const t of sentence.tokens) {
    if (inDate(t.start) || !isBoundary(t.text)) continue;
    if (t.end <= vStart) from = t.end;
    else if (t.start >= vEnd && t.start < to) to = t.start;
  }
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of dates) {
    if (d.start < from || d.end > to) continue;
    const distance = d.start >= vEnd ? d.start - vEnd : vStart - d.end;
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/** A date that opens the sentence and is set off by a comma: "Last year, ...", "On Tuesday, ...". */
function opening(sentence: Sentence, dates: readonly DateMention[]): DateMention | undefined {
  const tokens = sentence.tokens;
  for (const d of dates) {
    const before = tokens.filter((t) => t.end <= d.start);
    if (before.length > 1 || (before.length === 1 && !OPENING.has(before[0]!.text.toLowerCase()))) continue;
    const after = tokens.find((t) => t.start >= d.end);
    if (after?.text === ',') return d;
  }
  return undefined;
}
