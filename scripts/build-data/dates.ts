import type { IsoDate, Precision } from '../../src/core/time.js';
import { addDays, daysInMonth, isValidDay, makeDate } from '../../src/core/time.js';
import type { SourceRow } from './csv-source.js';

export interface DatedDay {
  readonly date: IsoDate;
  readonly precision: Precision;
}

const ORDER: Record<Precision, number> = { day: 0, month: 1, year: 2 };

export function coarser(a: Precision, b: Precision): Precision {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/**
 * A start date from year, month and day cells where month or day may be 0 or missing: the first day of the
 * month (or year) stands in, and the precision says how much was known.
 */
export function startOf(row: SourceRow, yCol: string, mCol: string, dCol: string): DatedDay {
  const y = row.int(yCol, 1, 9999);
  const m = row.optInt(mCol, 0, 12) ?? 0;
  const d = m === 0 ? 0 : (row.optInt(dCol, 0, 31) ?? 0);
  if (m === 0) return { date: makeDate(y, 1, 1), precision: 'year' };
  if (d === 0) return { date: makeDate(y, m, 1), precision: 'month' };
  if (!isValidDay(y, m, d)) row.fail(dCol, `a day that exists in ${y}-${m}`, String(d));
  return { date: makeDate(y, m, d), precision: 'day' };
}

/**
 * The last day valid, given the day a state left (ATOP records the day a membership ended, which is also the
 * day the next phase began): the day before, so that successive phases never share a day. Where only the
 * month or year of leaving is known, the whole month or year is kept, as year-precise sources keep whole years.
 */
export function lastDayBefore(row: SourceRow, yCol: string, mCol: string, dCol: string, from: IsoDate): DatedDay {
  const y = row.int(yCol, 1, 9999);
  const m = row.optInt(mCol, 0, 12) ?? 0;
  const d = m === 0 ? 0 : (row.optInt(dCol, 0, 31) ?? 0);
  if (m === 0) return { date: makeDate(y, 12, 31), precision: 'year' };
  if (d === 0) return { date: makeDate(y, m, daysInMonth(y, m)), precision: 'month' };
  if (!isValidDay(y, m, d)) row.fail(dCol, `a day that exists in ${y}-${m}`, String(d));
  return { date: dayBefore(makeDate(y, m, d), from), precision: 'day' };
}

/** The day before `end`, but never before `from`: a tenure that began and ended on one day keeps that day. */
export function dayBefore(end: IsoDate, from: IsoDate): IsoDate {
  const prev = addDays(end, -1);
  return prev < from ? from : prev;
}

/** `YYYY-MM-DD` from a cell, strictly. */
export function isoCell(row: SourceRow, column: string, value = row.text(column)): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m || !isValidDay(Number(m[1]), Number(m[2]), Number(m[3]))) row.fail(column, 'a date YYYY-MM-DD', value);
  return value as IsoDate;
}

export function yearStart(y: number): IsoDate {
  return makeDate(y, 1, 1);
}

export function yearEnd(y: number): IsoDate {
  return makeDate(y, 12, 31);
}
