import * as chrono from 'chrono-node';
import { makeDate, type IsoDate } from '../core/time.js';
import type { DateMention, Sentence } from './analysis.js';
import { DATE_RULES, tenseBefore } from './rules/date-rules.js';
import type { Stage } from './stage.js';

/** chrono-node is the slowest step of all; it only sees sentences that name a month or a numeric date. */
const CALENDAR_HINT =
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b\d{4}-\d{2}-\d{2}\b/i;

function overlapsAny(found: readonly DateMention[], start: number, end: number): boolean {
  return found.some((d) => d.start < end && start < d.end);
}

/**
 * Dates in one sentence, resolved against the article's date: the project's DATE_RULES first (the common
 * calendar forms among them), then chrono-node for calendar dates in forms the rules do not read.
 */
export function findDates(sentence: Sentence, ref: IsoDate): DateMention[] {
  const found: DateMention[] = [];
  const base = sentence.start;
  const calendarHint = CALENDAR_HINT.test(sentence.text);
  const lower = sentence.text.toLowerCase();
  const hasYear = /\d{4}/.test(sentence.text);
  // A calendar form a rule read and refused ("20 may join") is not handed to chrono to accept.
  let calendarSeen = false;
  for (const rule of DATE_RULES) {
    if (rule.hint === '' ? !calendarHint : rule.hint === 'year-digits' ? !hasYear : !lower.includes(rule.hint)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence.text); m; m = rule.pattern.exec(sentence.text)) {
      const start = base + m.index;
      const end = start + m[0].length;
      if (overlapsAny(found, start, end)) continue;
      if (rule.hint === '') calendarSeen = true;
      const resolved = rule.resolve(m, ref, tenseBefore(sentence.text, m.index));
      if (resolved) found.push({ text: m[0], start, end, sentence: sentence.index, ...resolved, ruleId: rule.id });
    }
  }
  if (calendarHint && !calendarSeen) {
    const refDate = new Date(`${ref}T12:00:00Z`);
    for (const r of chrono.strict.parse(sentence.text, refDate)) {
      const c = r.start;
      if (!c.isCertain('month') || !c.isCertain('day')) continue;
      try {
        const date = makeDate(c.get('year')!, c.get('month')!, c.get('day')!);
        const start = base + r.index;
        if (overlapsAny(found, start, start + r.text.length)) continue;
        found.push({ text: r.text, start, end: start + r.text.length, sentence: sentence.index, date, precision: 'day', ruleId: 'date.chrono' });
      } catch {
        continue;
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export const datesStage: Stage = {
  name: 'dates',
  run: (draft) => ({ ...draft, dates: draft.sentences.flatMap((s) => findDates(s, draft.article.published)) }),
};
