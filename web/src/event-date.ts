import type { EventPrecision } from '../../src/extract/analysis.js';

interface Dated {
  readonly date: string;
  readonly datePrecision: EventPrecision;
  readonly dateText: string | null;
}

/**
 * An event's date as much as it is known: "2011 (“last year”)" for a year-precise event, "2012-05-15 (“on
 * Tuesday”)" for a dated one, the day alone for the article's date, and "undated" where the article had no date
 * (its `date` is the ingest day, never shown as the event's).
 */
export function eventDateText(e: Dated): string {
  if (e.datePrecision === 'undated') return e.dateText ? `undated (“${e.dateText}”)` : 'undated';
  const shown = e.datePrecision === 'year' ? e.date.slice(0, 4) : e.datePrecision === 'month' ? e.date.slice(0, 7) : e.date;
  return e.dateText ? `${shown} (“${e.dateText}”)` : shown;
}

/** The tooltip saying where the date came from. */
export function eventDateTitle(e: Dated): string {
  if (e.datePrecision === 'undated') return 'the article has no date, and nothing in the sentence gives the year: the day is unknown';
  return e.dateText ? `dated by “${e.dateText}” in the sentence (${e.datePrecision} precision)` : 'the article’s date';
}
