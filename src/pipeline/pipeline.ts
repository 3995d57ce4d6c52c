import { EntenteError } from '../core/errors.js';
import type { Analysis, ArticleInput } from '../extract/analysis.js';
import { actorsStage } from '../extract/actors.js';
import { eraStage } from '../extract/article-era.js';
import { claimsStage } from '../extract/claims.js';
import { coreferenceStage } from '../extract/coreference.js';
import { datesStage } from '../extract/dates.js';
import { eventsStage } from '../extract/event-coding.js';
import { factsStage } from '../extract/facts.js';
import { homeStage } from '../extract/home-country.js';
import { domesticStage } from '../extract/domestic.js';
import { titledPeopleStage } from '../extract/titled-people.js';
import { organizationsStage } from '../extract/named-bodies.js';
import { mentionsStage } from '../extract/mentions.js';
import { peopleStage } from '../extract/people.js';
import { sentencesStage } from '../extract/sentences.js';
import { emptyDraft, type Draft, type Stage, type StageContext } from '../extract/stage.js';

/**
 * The order of analysis. Order matters: names are found before people (a surname needs its full name
 * first), people before the home country (places, institutions and the actors' states), the home country before
 * the people after a title and the bodies it makes its own ("the police"), people before anaphors ("he" needs a person), actors before events, facts before the claims
 * that check them. A trained recognizer for unknown actors (extract/ner/) slots in after `people`.
 */
const STAGES: readonly Stage[] = [
  sentencesStage,
  datesStage,
  mentionsStage,
  eraStage,
  actorsStage,
  peopleStage,
  homeStage,
  organizationsStage,
  titledPeopleStage,
  domesticStage,
  coreferenceStage,
  eventsStage,
  factsStage,
  claimsStage,
];

export interface AnalyzeOptions {
  /** Extra stages, each inserted after the stage it names (e.g. a NER stage after `people`). */
  readonly extraStages?: readonly { readonly after: string; readonly stage: Stage }[];
  /** Called with each stage's name and milliseconds, for `--log-level debug` and the benchmark. */
  readonly onStage?: (name: string, ms: number) => void;
  /**
   * Milliseconds the analysis may take, checked between stages: past it the article is refused as too costly
   * (TOO_COSTLY). The stages are linear in the text, so this is a backstop; analysis threads also stop a stage
   * that runs past it (analysis-pool.ts).
   */
  readonly budgetMs?: number;
}

/** The words every refusal for cost uses, in-thread or from the analysis threads. */
export function tooCostly(budgetMs: number, what: string): EntenteError {
  return new EntenteError(
    'TOO_COSTLY',
    `analysis stopped after ${budgetMs / 1000} s, the budget for one article${what}: too costly to analyse, nothing stored (send a shorter text or split it)`,
  );
}

function stagesWith(extra: AnalyzeOptions['extraStages'] = []): Stage[] {
  const out: Stage[] = [];
  for (const s of STAGES) {
    out.push(s);
    for (const x of extra) if (x.after === s.name) out.push(x.stage);
  }
  return out;
}

/** Pure: the same article and graph give the same analysis. */
export function analyze(article: ArticleInput, ctx: StageContext, options: AnalyzeOptions = {}): Analysis {
  let draft: Draft = emptyDraft(article);
  const started = performance.now();
  for (const stage of stagesWith(options.extraStages)) {
    const t0 = options.onStage ? performance.now() : 0;
    draft = stage.run(draft, ctx);
    options.onStage?.(stage.name, performance.now() - t0);
    if (options.budgetMs !== undefined && performance.now() - started > options.budgetMs) throw tooCostly(options.budgetMs, ` (at the ${stage.name} stage)`);
  }
  return toAnalysis(draft);
}

/**
 * Most of each kind of finding one analysis keeps, the first in the text: a long report has some thousands of
 * actor mentions, and what an analysis returns is copied between threads, sent as JSON and stored row by row,
 * so its size is bounded like its time. An article past a limit keeps its first findings and says so.
 */
const MAX_FINDINGS = { actors: 5000, events: 2000, facts: 1000, claims: 1000, dates: 2000 } as const;

function toAnalysis(d: Draft): Analysis {
  const a = d.article;
  const cut: string[] = [];
  const keep = <T>(kind: keyof typeof MAX_FINDINGS, list: readonly T[]): readonly T[] => {
    if (list.length <= MAX_FINDINGS[kind]) return list;
    cut.push(`${MAX_FINDINGS[kind]} of ${list.length} ${kind}`);
    return list.slice(0, MAX_FINDINGS[kind]);
  };
  const found = {
    actors: keep('actors', d.actors),
    events: keep('events', d.events),
    facts: keep('facts', d.facts),
    claims: keep('claims', d.claims),
    dates: keep('dates', d.dates),
  };
  return {
    article: { id: a.id, title: a.title, authors: a.authors, published: a.published, dateEstimated: a.dateEstimated, url: a.url, captions: a.captions },
    ...found,
    home: d.home ?? null,
    warnings: cut.length > 0 ? [...d.warnings, `best effort: only the first ${cut.join(', ')} are kept (the limit for one article)`] : d.warnings,
    stats: { sentences: d.sentences.length, tokens: d.sentences.reduce((n, s) => n + s.tokens.length, 0) },
  };
}
