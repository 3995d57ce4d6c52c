import type { CodedEvent } from './analysis.js';
import type { CoderActor } from './event-coder.js';
import { eventDate } from './event-dates.js';
import { bySentence } from './span-index.js';
import type { Stage } from './stage.js';

/**
 * Calls the event coder once per sentence that has at least one actor, with the actors resolved so far
 * (offsets made relative to the sentence), and keeps the graph ids behind the codes it returns. Each event
 * is dated by the date expression governing its verb's clause, else by the article (see event-dates.ts).
 */
export const eventsStage: Stage = {
  name: 'events',
  run(draft, ctx) {
    const events: CodedEvent[] = [];
    // Grouped once: filtering every actor and date for every sentence was quadratic in a long article.
    const actorsOf = bySentence(draft.actors);
    const datesOf = bySentence(draft.dates);
    for (const s of draft.sentences) {
      const inSentence = actorsOf(s.index);
      if (inSentence.length === 0) continue;
      const actors: CoderActor[] = inSentence.map((a) => ({ text: a.text, start: a.start - s.start, end: a.end - s.start, code: a.cameo, id: a.id }));
      const dates = datesOf(s.index);
      const idOf = (code: string | null) => (code === null ? null : (inSentence.find((a) => a.cameo === code)?.id ?? inSentence.find((a) => code.startsWith(a.cameo) || a.cameo.startsWith(code))?.id ?? null));
      for (const e of ctx.coder.code({ id: `${draft.article.id}#${s.index}`, text: s.text, tokens: s.tokens.map((t) => ({ ...t, start: t.start - s.start, end: t.end - s.start })), date: draft.article.published, actors })) {
        const when = e.date ? { date: e.date, precision: 'day' as const, text: null } : eventDate(s, dates, e.verb, draft.article.published);
        events.push({
          source: e.source,
          target: e.target,
          sourceId: idOf(e.source),
          targetId: idOf(e.target),
          cameo: e.cameo,
          plover: e.plover,
          date: when.date,
          datePrecision: when.precision,
          dateText: when.text,
          sentence: s.text,
          start: s.start,
          end: s.end,
          ruleId: e.ruleId,
        });
      }
    }
    return { ...draft, events };
  },
};
