import type { IsoDate } from '../core/time.js';
import type { CodedEvent, EventPrecision } from './analysis.js';
import type { CoderActor } from './event-coder.js';
import { cameoOf } from './actors.js';
import { type EventDate, eventDate, storyOccasion } from './event-dates.js';
import { articleHome } from './home-country.js';
import { keysOf } from './phrase-index.js';
import { bySentence } from './span-index.js';
import type { Stage } from './stage.js';
import { readingDay } from './article-era.js';

/** How many opening sentences of a one-country article are its lead: coded even with no actor of the actor stage. */
const LEAD_SENTENCES = 4;

/** The actors of domestic news (domestic.ts, titled-people.ts). */
const DOMESTIC_ONLY = /^(?:domestic\.|person\.title-name|person\.honorific)/;

/**
 * Whether a sentence whose only actors are domestic is coded past the lead of an article with a home country. On:
 * what domestic news reports ("the rss leaders justified...", "the minister charged X with...") is mostly past the
 * lead, and recall needs it. Off (the lead only) is the cheaper gate, about 1.4x less of the coder's work.
 */
const CODE_DOMESTIC_PAST_LEAD = true;

/**
 * Calls the event coder once per sentence that has an actor (past the lead only one not of domestic news, unless
 * CODE_DOMESTIC_PAST_LEAD), and once per sentence of the lead of an article with a home country, with the actors resolved so far (offsets made relative to the
 * sentence), and keeps the graph ids behind the codes it returns. Each event is dated by the date expression
 * governing its verb's clause, else by the article (see event-dates.ts).
 */
export const eventsStage: Stage = {
  name: 'events',
  run(draft, ctx) {
    const events: CodedEvent[] = [];
    // The home stage's answer when it ran; else asked here (a pipeline of fewer stages, as in some tests).
    const home = draft.home !== undefined ? draft.home : articleHome(draft.article.text, draft.sentences, draft.actors);
    const country = home ? cameoOf(ctx, home.country, readingDay(draft)) : undefined;
    // Grouped once: filtering every actor and date for every sentence was quadratic in a long article.
    const actorsOf = bySentence(draft.actors);
    // "he" after a titled person: an anaphor stands for what it refers to.
    const byStart = new Map(draft.actors.map((a) => [a.start, a]));
    const referent = (a: { readonly refersTo: number | null }) => (a.refersTo === null ? undefined : byStart.get(a.refersTo));
    const datesOf = bySentence(draft.dates);
    // The recent day the story tells, which a simple past with no date of its own goes on with (event-date-carry.ts).
    const occasion = storyOccasion(draft.sentences, draft.dates, draft.article.published);
    for (const s of draft.sentences) {
      // A sentence with no actor of the actor stage is coded only in the lead of an article with a home country: there
      // its roles ("the police", "the chief minister", "the mob") are that country's (`actor.article-country`);
      // elsewhere it could only yield events with an unknown actor, which are not recorded. The lead, as news is
      // written, carries what happened. A sentence whose only actors are domestic ones (titled people, parties, bodies
      // at home) is coded everywhere while CODE_DOMESTIC_PAST_LEAD is on, else like one with none.
      const inSentence = actorsOf(s.index);
      // `every` of no actor is true: a sentence with none counts as domestic-only.
      const domesticOnly = inSentence.every((a) => DOMESTIC_ONLY.test(a.ruleId) || DOMESTIC_ONLY.test(referent(a)?.ruleId ?? ''));
      const hasActor = inSentence.length > 0;
      if (
        domesticOnly &&
        !(hasActor && CODE_DOMESTIC_PAST_LEAD) &&
        (!country || (s.index >= LEAD_SENTENCES && !(CODE_GENERIC_AGENTS_PAST_LEAD && namesGenericAgent(s.tokens, genericAgentWords(ctx.coder)))))
      )
        continue;
      const actors: CoderActor[] = inSentence.map((a) => ({ text: a.text, start: a.start - s.start, end: a.end - s.start, code: a.cameo, id: a.id }));
      // The sentence before, with its dates: a date governing it may govern this one (event-dates.ts).
      const previous = s.index > 0 ? draft.sentences[s.index - 1] : undefined;
      const dates = previous?.index === s.index - 1 ? [...datesOf(s.index - 1), ...datesOf(s.index)] : datesOf(s.index);
      for (const e of ctx.coder.code({
        id: `${draft.article.id}#${s.index}`,
        text: s.text,
        tokens: s.tokens.map((t) => ({ text: t.text, start: t.start - s.start, end: t.end - s.start, pos: t.pos, lemma: t.lemma })),
        // The day its actors' codes are read on (an undated article's era: article-era.ts), not the event's date.
        date: readingDay(draft),
        actors,
        // Always set (undefined when none): one shape for every sentence keeps the coder's reads monomorphic.
        country: country ? country : undefined,
      })) {
        const dated = e.date
          ? { date: e.date, precision: 'day' as const, text: null }
          : eventDate(s, dates, e.verb, draft.article.published, previous, occasion);
        // An act the text places in a decade ("in the 1970s") is history the article recalls: no day to give it.
        // So is background from before the story on a day the text does not give (date.past-perfect-background).
        const when =
          !dated || dated.background
            ? { date: draft.article.published, precision: 'undated' as const, text: null }
            : draft.article.dateEstimated
              ? undatedUnlessYear(dated, draft.article.published)
              : dated;
        const inArticle = (x: { start: number; end: number }) => ({ start: x.start + s.start, end: x.end + s.start });
        events.push({
          source: e.source,
          target: e.target,
          sourceId: e.sourceId,
          targetId: e.targetId,
          cameo: e.cameo,
          plover: e.plover,
          date: when.date,
          datePrecision: when.precision,
          dateText: when.text,
          sentence: s.text,
          start: s.start,
          end: s.end,
          ruleId: e.ruleId,
          // A date brought from outside the verb's clause names its rule (event-date-carry.ts), for --explain.
          rules: dated?.rule && (when.precision !== 'undated' || dated.background) ? [...e.rules, dated.rule] : e.rules,
          sourceSpan: inArticle(e.sourceSpan),
          targetSpan: e.targetSpan ? inArticle(e.targetSpan) : null,
          verbSpan: inArticle(e.verb),
        });
      }
    }
    return { ...draft, events };
  },
};

/**
 * Whether a sentence past the lead that names a generic agent and no actor of the actor stage is coded. On: +62 of the
 * bench corpus's 1,491 events (the mob, villagers, the accused past the lead), at 4-10% more CPU for the whole pipeline
 * (first pass, alternating with it off, a loaded machine); the rules for such agents cost nothing measurable. Off: only
 * the lead's such sentences are coded.
 */
const CODE_GENERIC_AGENTS_PAST_LEAD = true;

/**
 * The sectors of the people domestic news names by role, not by name ("the mob", "villagers", "the accused",
 * "students"): a sentence past the lead of an article with a home country that names one is coded though the actor
 * stage found no actor in it, its agents being the home country's (`actor.article-country`). Officials and ministers
 * (GOV) are the actor stage's titled people and bodies.
 */
const GENERIC_SECTORS = /^~(CVL|OPP|CRM|UAF|EDU|LAB|BUS|AGR|REB|COP|REL|MIL)$/;

/** Words of the agents list that name a riot's victims far more often than anyone acting ("women and children"). */
const VICTIM_WORDS = ['woman', 'women'];

const agentWordsOf = new WeakMap<object, ReadonlySet<string>>();
/** The first words of the coder's agents of GENERIC_SECTORS and its words of acts on a place, made once per coder. */
function genericAgentWords(coder: {
  readonly agents?: readonly { readonly phrases: readonly string[]; readonly code: string }[];
  readonly areaWords?: readonly string[];
}): ReadonlySet<string> {
  let words = agentWordsOf.get(coder);
  if (!words) {
    // And the words of an act on a place with no agent named ("curfew was imposed in the town": entente.area-act).
    const set = new Set<string>(coder.areaWords);
    for (const a of coder.agents ?? []) if (GENERIC_SECTORS.test(a.code)) for (const p of a.phrases) set.add(p.split(' ')[0]!);
    for (const w of VICTIM_WORDS) set.delete(w);
    agentWordsOf.set(coder, (words = set));
  }
  return words;
}

/** By the tokens' lower-case keys, made once per sentence for the actor stages (phrase-index.ts): no new strings. */
function namesGenericAgent(tokens: readonly { readonly text: string }[], words: ReadonlySet<string>): boolean {
  for (const k of keysOf(tokens)) if (words.has(k)) return true;
  return false;
}

/**
 * An event of an article with no date: its day is known only from an expression in its clause that names a year
 * ("in march 2002", "in 1998"); "on friday", "last year", "march 15" and the article's day were all read against the
 * ingest day, so the event is `undated` (its date stays the ingest day, to sort by, and says so).
 */
export function undatedUnlessYear(when: EventDate, ingested: IsoDate): { date: IsoDate; precision: EventPrecision; text: string | null } {
  return when.text !== null && /\b(?:1[6-9]|20)\d\d\b/.test(when.text) ? when : { date: ingested, precision: 'undated', text: when.text };
}
