import type { Analysis, ArticleInput } from '../extract/analysis.js';
import { actorsStage } from '../extract/actors.js';
import { claimsStage } from '../extract/claims.js';
import { coreferenceStage } from '../extract/coreference.js';
import { datesStage } from '../extract/dates.js';
import { eventsStage } from '../extract/event-coding.js';
import { factsStage } from '../extract/facts.js';
import { mentionsStage } from '../extract/mentions.js';
import { peopleStage } from '../extract/people.js';
import { sentencesStage } from '../extract/sentences.js';
import { emptyDraft, type Draft, type Stage, type StageContext } from '../extract/stage.js';

/**
 * The order of analysis. Order matters: names are found before people (a surname needs its full name
 * first), people before anaphors ("he" needs a person), actors before events, facts before the claims
 * that check them. A trained recognizer for unknown actors (extract/ner/) slots in after `people`.
 */
export const STAGES: readonly Stage[] = [
  sentencesStage,
  datesStage,
  mentionsStage,
  actorsStage,
  peopleStage,
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
}

export function stagesWith(extra: AnalyzeOptions['extraStages'] = []): Stage[] {
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
  for (const stage of stagesWith(options.extraStages)) {
    const t0 = options.onStage ? performance.now() : 0;
    draft = stage.run(draft, ctx);
    options.onStage?.(stage.name, performance.now() - t0);
  }
  return toAnalysis(draft);
}

function toAnalysis(d: Draft): Analysis {
  const a = d.article;
  return {
    article: { id: a.id, title: a.title, authors: a.authors, published: a.published, dateEstimated: a.dateEstimated, url: a.url, captions: a.captions },
    actors: d.actors,
    events: d.events,
    facts: d.facts,
    claims: d.claims,
    dates: d.dates,
    warnings: d.warnings,
    stats: { sentences: d.sentences.length, tokens: d.sentences.reduce((n, s) => n + s.tokens.length, 0) },
  };
}
