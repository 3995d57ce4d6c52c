import { addDays, makeDate, type IsoDate, type Precision } from '../../core/time.js';

export interface DateRule {
  readonly id: string;
  readonly example: string;
  readonly pattern: RegExp;
  /** A substring (lower case) every match contains, sentences without it are not searched; '' for the calendar rules, which the month hint gates, and 'year-digits' for four digits. */
  readonly hint: string;
  /** The date meant, given the match and the article's date; null when the match is not a date after all. */
  resolve(m: RegExpExecArray, ref: IsoDate): { date: IsoDate; precision: Precision } | null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekday(date: IsoDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

function year(ref: IsoDate): number {
  return Number(ref.slice(0, 4));
}

const yearDate = (y: number) => (y >= 1 && y <= 9999 ? { date: makeDate(y, 7, 1), precision: 'year' as const } : null);

/**
 * The project's own relative-date rules, tried before chrono-node. News writes "said Tuesday" for a day of
 * the current week that has passed (or is today), never for a future one unless the verb says so.
 */
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function calendar(y: number, monthName: string, d: number) {
  try {
    return { date: makeDate(y, MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1, d), precision: 'day' as const };
  } catch {
    return null;
  }
}

export const DATE_RULES: readonly DateRule[] = [
  {
    id: 'date.month-day',
    example: 'signed on March 3, 2011; met on May 14 (in the year of the article)',
    hint: '',
    pattern: /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|[a-z]*) (\d{1,2})(?:st|nd|rd|th)?\b(?:,? (\d{4})\b)?/gi,
    resolve: (m, ref) => calendar(m[3] ? Number(m[3]) : year(ref), m[1]!, Number(m[2])),
  },
  {
    id: 'date.day-month',
    example: 'signed on 3 March 2011',
    hint: '',
    pattern: /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|[a-z]*)(?:,? (\d{4})\b)?/gi,
    // "20 may join" is a number and a verb: a day before "May" needs the year.
    resolve: (m, ref) => (/^may$/i.test(m[2]!) && !m[3] ? null : calendar(m[3] ? Number(m[3]) : year(ref), m[2]!, Number(m[1]))),
  },
  {
    id: 'date.weekday-past',
    example: 'President X said Tuesday ... (published on Tuesday 2012-05-15 -> 2012-05-15)',
    hint: 'day',
    pattern: /\b(?:on |last )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g,
    resolve(m, ref) {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      let back = (weekday(ref) - target + 7) % 7;
      if (m[0].toLowerCase().startsWith('last ') && back === 0) back = 7;
      return { date: addDays(ref, -back), precision: 'day' };
    },
  },
  {
    id: 'date.relative-year',
    example: 'was jailed last year (published 2012 -> 2011)',
    hint: 'year',
    pattern: /\b(last|this|next|previous|coming) year\b/gi,
    resolve(m, ref) {
      const off = { last: -1, previous: -1, this: 0, next: 1, coming: 1 }[m[1]!.toLowerCase() as 'last'] ?? 0;
      return yearDate(year(ref) + off);
    },
  },
  {
    id: 'date.years-ago',
    example: 'signed two years ago (published 2012 -> 2010)',
    hint: 'ago',
    pattern: /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) years? ago\b/gi,
    resolve(m, ref) {
      const words = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
      const w = m[1]!.toLowerCase();
      const n = /^\d+$/.test(w) ? Number(w) : Math.max(1, words.indexOf(w));
      return yearDate(year(ref) - n);
    },
  },
  {
    id: 'date.month-year',
    example: 'was granted candidate status in June 2022',
    hint: '',
    // Capitalized only: "may 2022" is no month.
    pattern: /\b(January|February|March|April|May|June|July|August|September|October|November|December) ((?:1[89]|20)\d\d)\b/g,
    resolve: (m) => ({ date: makeDate(Number(m[2]), MONTH_NAMES.indexOf(m[1]!) + 1, 1), precision: 'month' }),
  },
  {
    id: 'date.in-month',
    example: 'joined in March (published 2026-11-13 -> 2026-03; published 2026-02-10 -> 2025-03)',
    hint: 'in ',
    pattern: /\b[Ii]n (January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d)/g,
    resolve(m, ref) {
      const month = MONTH_NAMES.indexOf(m[1]!) + 1;
      // News names a month without a year for this year's, or last year's when it has not come yet.
      const y = month > Number(ref.slice(5, 7)) ? year(ref) - 1 : year(ref);
      return { date: makeDate(y, month, 1), precision: 'month' };
    },
  },
  {
    id: 'date.relative-month',
    example: 'withdrew last month (published 2026-11-13 -> 2026-10)',
    hint: 'month',
    pattern: /\b(last|this|previous|earlier this) month\b/gi,
    resolve(m, ref) {
      const back = /^(last|previous)$/i.test(m[1]!) ? 1 : 0;
      const y = year(ref);
      const month = Number(ref.slice(5, 7)) - back;
      return month >= 1 ? { date: makeDate(y, month, 1), precision: 'month' } : { date: makeDate(y - 1, 12, 1), precision: 'month' };
    },
  },
  {
    id: 'date.yesterday',
    example: 'joined yesterday (published 2026-11-13 -> 2026-11-12)',
    hint: 'yesterday',
    pattern: /\byesterday\b/gi,
    resolve: (_m, ref) => ({ date: addDays(ref, -1), precision: 'day' }),
  },
  {
    id: 'date.bare-year',
    example: 'founded in 1992; forces leave by 2014',
    hint: 'year-digits',
    pattern: /\b(?:in|since|by|until|from|of|before|after) ((?:1[89]|20)\d\d)\b(?![-,]?\d)/g,
    resolve: (m) => yearDate(Number(m[1])),
  },
];
