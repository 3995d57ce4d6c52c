import * as chrono from 'chrono-node';
import { makeDate, parseDateQuery, type IsoDate } from '../core/time.js';

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/** "May 15, 2012", "Tue, 15 May 2012 09:00 GMT", "This story is from March 10, 2002": read without chrono, which is slow. */
const MONTH_DAY_YEAR = new RegExp(`(?:^|\\s)${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`(?:^|[\\s,])(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i');

function safeDate(y: number, m: number, d: number): IsoDate | null {
  try {
    return makeDate(y, m, d);
  } catch {
    return null;
  }
}

/**
 * A publication date as sources write it: ISO 8601 (with or without time), RFC 822 ("Tue, 15 May 2012
 * 09:00:00 GMT"), "May 15, 2012", "This story is from March 10, 2002". Returns null when no full date is
 * stated: a month or a weekday alone is not a publication date.
 */
export function parseLooseDate(input: string): IsoDate | null {
  const text = input.trim();
  const iso = ISO_PREFIX.exec(text);
  if (iso) {
    try {
      return parseDateQuery(`${iso[1]}-${iso[2]}-${iso[3]}`).date;
    } catch {
      return null;
    }
  }
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return safeDate(Number(mdy[3]), MONTHS.indexOf(mdy[1]!.toLowerCase()) + 1, Number(mdy[2]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return safeDate(Number(dmy[3]), MONTHS.indexOf(dmy[2]!.toLowerCase()) + 1, Number(dmy[1]));
  const parsed = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) return null;
  const { year, month, day } = { year: parsed.start.get('year')!, month: parsed.start.get('month')!, day: parsed.start.get('day')! };
  try {
    return makeDate(year, month, day);
  } catch {
    return null;
  }
}
