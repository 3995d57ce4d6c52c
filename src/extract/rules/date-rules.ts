import { addDays, makeDate, type IsoDate, type Precision } from '../../core/time.js';

export interface DateRule {
  readonly id: string;
  readonly example: string;
  readonly pattern: RegExp;
  /** A substring (lower case) every match contains, sentences without it are not searched; '' for the calendar rules, which the month hint gates, and 'year-digits' for four digits. */
  readonly hint: string;
  /**
   * The date meant, given the match, the article's date and the tense of the words before it ("are due to meet on
   * Friday" looks forward, "met on Friday" back); null when the match is not a date after all.
   */
  resolve(m: RegExpExecArray, ref: IsoDate, tense: Tense): { date: IsoDate; precision: Precision } | null;
}

export type Tense = 'past' | 'future';

/**
 * Words that put what follows in the future: "will meet on Friday", "are due to vote on 19 December", and a present
 * progressive, which news uses for what is arranged ("is meeting the governor on Saturday", "are arriving on Friday").
 */
const FUTURE =
  /\b(?:will|won't|shall|due to|expected to|set to|plans? to|planning to|scheduled|is to|are to|going to|next|(?:is|are|am) (?!(?:no|some|any|every)thing)[a-z]+ing)\b/i;

/** The tense of the clause a date stands in, read from the words just before it (news reports the past by default). */
export function tenseBefore(text: string, at: number): Tense {
  const before = text.slice(Math.max(0, at - 60), at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.')) + 1);
  return FUTURE.test(clause) ? 'future' : 'past';
}

/** A month and day without a year: the nearest such day before the article's for the past, after it for the future. */
function nearest(monthName: string, d: number, ref: IsoDate, tense: Tense) {
  const same = calendar(year(ref), monthName, d);
  if (!same) return null;
  if (tense === 'past' && same.date > ref) return calendar(year(ref) - 1, monthName, d);
  if (tense === 'future' && same.date < ref) return calendar(year(ref) + 1, monthName, d);
  return same;
}

const monthDate = (y: number, m: number) => {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return { date: makeDate(yy, mm, 15), precision: 'month' as const };
};

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
    resolve: (m, ref, tense) => (m[3] ? calendar(Number(m[3]), m[1]!, Number(m[2])) : nearest(m[1]!, Number(m[2]), ref, tense)),
  },
  {
    id: 'date.day-month',
    example: 'signed on 3 March 2011',
    hint: '',
    pattern: /\b(\d{1,2})(?:st|nd|rd|th)? (?:of )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|[a-z]*)(?:,? (\d{4})\b)?/gi,
    // "20 may join" is a number and a verb: a day before "may" in lower case needs the year.
    resolve: (m, ref, tense) =>
      m[2] === 'may' && !m[3] ? null : m[3] ? calendar(Number(m[3]), m[2]!, Number(m[1])) : nearest(m[2]!, Number(m[1]), ref, tense),
  },
  {
    id: 'date.weekday-past',
    example: 'President X said Tuesday ... (published on Tuesday 2012-05-15 -> 2012-05-15)',
    hint: 'day',
    // Lower-cased news ("the pucl on monday urged") names its weekdays too.
    pattern: /\b(?:on |last )?([Ss]unday|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday)\b/g,
    resolve(m, ref, tense) {
      const target = WEEKDAYS.indexOf(m[1]!.toLowerCase());
      const last = m[0].toLowerCase().startsWith('last ');
      // "are due to meet on Friday" in a Tuesday article: the coming Friday.
      if (tense === 'future' && !last) return { date: addDays(ref, (target - weekday(ref) + 7) % 7), precision: 'day' };
      let back = (weekday(ref) - target + 7) % 7;
      if (last && back === 0) back = 7;
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
    id: 'date.relative-month',
    example: 'was arrested last month (published 2018-01-10 -> December 2017)',
    hint: 'month',
    pattern: /\b(last|this|next|previous|coming|earlier this|later this) month\b/gi,
    resolve(m, ref) {
      const w = m[1]!.toLowerCase();
      const off = w === 'last' || w === 'previous' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
      return monthDate(year(ref), Number(ref.slice(5, 7)) + off);
    },
  },
  {
    id: 'date.relative-week',
    example: "met earlier this week (published Thursday 2018-03-08 -> March 2018, the month of that week's Monday)",
    hint: 'week',
    pattern: /\b(last|this|next|earlier this|later this) week\b/gi,
    resolve(m, ref) {
      const w = m[1]!.toLowerCase();
      const monday = addDays(ref, -((weekday(ref) + 6) % 7));
      const off = w === 'last' ? -7 : w === 'next' ? 7 : 0;
      // The graph keeps no week precision and a week's day is not known: the month of the week's Monday.
      const day = addDays(monday, off);
      return monthDate(year(day), Number(day.slice(5, 7)));
    },
  },
  {
    id: 'date.yesterday-today',
    example: 'said yesterday (published 2018-01-10 -> 2018-01-09)',
    hint: 'day',
    pattern: /\b([Yy]esterday|[Tt]oday)\b/g,
    resolve(m, ref) {
      // "Russia Today" is a name: a capital only opens a sentence.
      if (m.index > 0 && /^[YT]/.test(m[1]!)) return null;
      return { date: addDays(ref, m[1]!.toLowerCase() === 'yesterday' ? -1 : 0), precision: 'day' };
    },
  },
  {
    id: 'date.tomorrow',
    example: 'the envoy arrives tomorrow (published 2018-12-31 -> 2019-01-01)',
    hint: 'tomorrow',
    pattern: /\b([Tt]omorrow)\b/g,
    resolve: (m, ref) => (m.index > 0 && m[1] === 'Tomorrow' ? null : { date: addDays(ref, 1), precision: 'day' }),
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
    id: 'date.bare-year',
    example: 'founded in 1992; In 1998, Avaria tested a missile; forces leave by 2014',
    hint: 'year-digits',
    // Any case: a sentence opens with "In 1998, ...".
    pattern: /\b(?:in|during|since|by|until|from|of|before|after) ((?:1[89]|20)\d\d)\b(?![-,]?\d)/gi,
    resolve: (m) => yearDate(Number(m[1])),
  },
  {
    id: 'date.during-year',
    example: 'troops shelled the port during the 1991 war -> 1991 (an act dated by the event of that year it took place in)',
    hint: 'year-digits',
    pattern: /\b[Dd]uring the ((?:1[89]|20)\d\d)\b(?![-,]?\d)/g,
    resolve: (m) => yearDate(Number(m[1])),
  },
];
