import type { Fact } from '../core/fact.js';
import { addDays, type IsoDate, type TimeInterval } from '../core/time.js';
import type { Draft, Stage, StageContext } from './stage.js';
import { officeNamed, titleBefore } from './title-cues.js';

/**
 * When an article with no date was written, as its officeholders tell. An undated article is read on the ingest
 * day, which makes every officeholder it names a former one ("bush" in a pasted 2002 story is a former US
 * president). The graph's officeholders the article names with a title of their office and no "former"
 * ("prime minister a b vajpayee") were in office when it was written: the days all of them held their offices are
 * the article's era, and its officeholders named without a title are read on the era's middle day. The event
 * dates stay undated: the era dates no event.
 */
export interface ArticleEra {
  /** The day the article's officeholders are read on: the middle of the era. */
  readonly day: IsoDate;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The titled mentions that set it ("prime minister a b vajpayee"). */
  readonly evidence: readonly string[];
}

const ERA_RULES = {
  titled: {
    id: 'era.titled-officeholders',
    example: 'president a b met c d (no date line; a b in office 2010 to 2014) -> c d read as of 2012',
    reason:
      'an undated article is written while the officeholders it names with a title of their office (no "former") hold it; the days all of them held their offices are its era',
  },
  disagree: {
    id: 'era.disagree',
    example: 'president a (2010-2014) and prime minister b (2007-2010), no day in common -> no era',
    reason: 'titles whose terms share no day say nothing sure about the article’s time: it stays on the ingest day',
  },
} as const;

/** The days a person held the office a title names (its kind when the title has one), up to the ingest day. */
function termsOf(facts: readonly Fact[], office: string | undefined, until: IsoDate): TimeInterval[] {
  const kind = facts.filter((f) => f.qualifiers.office === office);
  const terms = (kind.length > 0 ? kind : facts).map((f) => ({ from: f.valid.from, to: f.valid.to < until ? f.valid.to : until }));
  return terms.filter((t) => t.from <= t.to).sort((a, b) => (a.from < b.from ? -1 : 1));
}

function intersect(a: readonly TimeInterval[], b: readonly TimeInterval[]): TimeInterval[] {
  const out: TimeInterval[] = [];
  for (const x of a)
    for (const y of b) {
      const from = x.from > y.from ? x.from : y.from;
      const to = x.to < y.to ? x.to : y.to;
      if (from <= to) out.push({ from, to });
    }
  return out;
}

const days = (t: TimeInterval): number => (Date.parse(t.to) - Date.parse(t.from)) / 86_400_000;

/** The era of an undated article; null for a dated one or one with no titled officeholder; `disagree` for titles with no day in common. */
function articleEra(draft: Draft, ctx: StageContext): ArticleEra | 'disagree' | null {
  if (!draft.article.dateEstimated) return null;
  let era: TimeInterval[] | null = null;
  const evidence: string[] = [];
  const seen = new Set<string>();
  for (const m of draft.mentions) {
    if (seen.has(m.entityId)) continue;
    const facts = ctx.graph.facts({ predicate: 'holds_office', subject: m.entityId });
    if (facts.length === 0) continue;
    const cue = titleBefore(ctx, draft.sentences[m.sentence], m.start);
    if (!cue?.title.office || cue.former) continue;
    seen.add(m.entityId);
    const toks = draft.sentences[m.sentence]!.tokens;
    const terms = termsOf(facts, officeNamed(draft.article.text.slice(toks[cue.first]!.start, m.start)), draft.article.published);
    era = era === null ? terms : intersect(era, terms);
    evidence.push(draft.article.text.slice(toks[cue.from]!.start, m.end));
    if (era.length === 0) return 'disagree';
  }
  if (era === null) return null;
  const widest = era.reduce((best, t) => (days(t) > days(best) ? t : best));
  return { day: addDays(widest.from, Math.floor(days(widest) / 2)), from: widest.from, to: widest.to, evidence };
}

/** The day an article's actors are read on: its publication day, or for an undated one its era's middle day. */
export function readingDay(draft: Draft): IsoDate {
  return draft.era?.day ?? draft.article.published;
}

/** The day an article's actors are read on where it is known (dated, or read in its era); null for an undated one with no era. */
export function knownDay(draft: Draft): IsoDate | null {
  return draft.article.dateEstimated && !draft.era ? null : readingDay(draft);
}

/** After the mentions, before the actors: the era goes on the draft, and into the warnings with its evidence. */
export const eraStage: Stage = {
  name: 'era',
  run(draft, ctx) {
    const era = articleEra(draft, ctx);
    if (!era) return draft;
    if (era === 'disagree')
      return {
        ...draft,
        warnings: [...draft.warnings, `undated: the officeholders it names by title held office on no common day (rule ${ERA_RULES.disagree.id})`],
      };
    const evidence = era.evidence.map((e) => `"${e}"`).join(', ');
    const said = `undated: officeholders read as of ${era.day}, in the era ${era.from} to ${era.to} of ${evidence} (rule ${ERA_RULES.titled.id})`;
    return { ...draft, era, warnings: [...draft.warnings, said] };
  },
};
