import { EntenteError, expectedFound } from './errors.js';

/** A calendar day, `YYYY-MM-DD`. Lexical order is chronological order, in TypeScript and in SQL. */
export type IsoDate = string & { readonly __isoDate: unique symbol };

/** How precisely a source knows a date. */
export type Precision = 'day' | 'month' | 'year';

/** Inclusive on both ends, day precision. An open end is `OPEN_END`. */
export interface TimeInterval {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export const OPEN_END = '9999-12-31' as IsoDate;
export const BEGINNING = '0001-01-01' as IsoDate;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function makeDate(y: number, m: number, d: number): IsoDate {
  if (!isValidDay(y, m, d)) {
    throw new EntenteError('BAD_DATE', `Not a calendar day: ${expectedFound('a real year, month and day', `${y}-${m}-${d}`)}`);
  }
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

/** What a user typed for `--on`, and how it was read. */
export interface DateQuery {
  readonly date: IsoDate;
  readonly precision: Precision;
  /** Set when the input was a bare year: it is evaluated on 1 July of that year. */
  readonly note?: string;
}

/**
 * Parses `YYYY-MM-DD` strictly (2012-02-30 is refused), `today`, or a bare `YYYY`, which means 1 July of that
 * year and says so, because only year-precise sources can answer a year.
 */
export function parseDateQuery(input: string, what = 'date'): DateQuery {
  const text = input.trim();
  if (text.toLowerCase() === 'today') return { date: today(), precision: 'day' };
  const day = ISO_DAY.exec(text);
  if (day) {
    const [y, m, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (!isValidDay(y, m, d)) {
      const why =
        y < 1
          ? 'there is no year 0000: years run from 0001 to 9999'
          : m < 1 || m > 12
            ? `month ${m} does not exist`
            : `${monthName(m)} ${y} has ${daysInMonth(y, m)} days`;
      throw new EntenteError('BAD_DATE', `Impossible ${what} ${JSON.stringify(input)}: ${why}`, {
        expected: 'a real calendar day as YYYY-MM-DD',
        found: input,
      });
    }
    return { date: text as IsoDate, precision: 'day' };
  }
  const year = ISO_YEAR.exec(text);
  if (year && Number(year[1]) >= 1) {
    return {
      date: `${year[1]}-07-01` as IsoDate,
      precision: 'year',
      note: `a bare year: evaluated on ${year[1]}-07-01; year-precise sources answer for the whole year`,
    };
  }
  throw new EntenteError('BAD_DATE', `Bad ${what}: ${expectedFound('YYYY-MM-DD, a bare year YYYY or today', input)}`, {
    expected: 'YYYY-MM-DD or YYYY',
    found: input,
  });
}

/** Strict `YYYY-MM-DD` only. */
export function parseIsoDate(input: string, what = 'date'): IsoDate {
  const q = parseDateQuery(input, what);
  if (q.precision !== 'day') {
    throw new EntenteError('BAD_DATE', `Bad ${what}: ${expectedFound('a full date YYYY-MM-DD', input)}`, {
      expected: 'YYYY-MM-DD',
      found: input,
    });
  }
  return q.date;
}

function monthName(m: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1] ?? `month ${m}`;
}

export function contains(interval: TimeInterval, date: IsoDate): boolean {
  return interval.from <= date && date <= interval.to;
}

function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10) as IsoDate;
}

export function today(): IsoDate {
  return new Date().toISOString().slice(0, 10) as IsoDate;
}

/** Renders an open end as an empty string for people, keeps dates as they are. */
export function showEnd(date: IsoDate): string {
  return date === OPEN_END ? '' : date;
}

/**
 * Refuses a day after `today`: no source speaks of the future, so nothing could be answered but a guess. Days
 * after the data's newest day but not after today are answered, with what is carried forward marked.
 */
export function refuseFuture(on: DateQuery, todayIs: IsoDate): void {
  if (on.date <= todayIs) return;
  throw new EntenteError(
    'OUT_OF_RANGE',
    `${on.date} is after today (${todayIs}): the sources speak of the past and the present, not of the future; ask about ${todayIs} or earlier`,
    {
      expected: `a day on or before today, ${todayIs}`,
      found: on.date,
    },
  );
}
