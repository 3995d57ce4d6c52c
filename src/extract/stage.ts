import type { ArticleEra } from './article-era.js';
import type { Actor, ArticleInput, Claim, CodedEvent, DateMention, Mention, ProposedFact, Sentence } from './analysis.js';
import type { EventCoder } from './event-coder.js';
import type { HomeCountry } from './home-country.js';
import type { NewsGraph } from './news-graph.js';
import type { Entity } from '../core/entity.js';
import type { IsoDate } from '../core/time.js';

/** The analysis as it grows: each stage reads what earlier stages left and returns a copy with its part added. */
export interface Draft {
  readonly article: ArticleInput;
  readonly sentences: readonly Sentence[];
  readonly dates: readonly DateMention[];
  readonly mentions: readonly Mention[];
  readonly actors: readonly Actor[];
  readonly events: readonly CodedEvent[];
  readonly facts: readonly ProposedFact[];
  readonly claims: readonly Claim[];
  readonly warnings: readonly string[];
  /** The article's home country (home-country.ts), once the named actors are known; null when none or several. */
  readonly home?: HomeCountry | null;
  /** For an undated article, when its titled officeholders say it was written (article-era.ts). */
  readonly era?: ArticleEra | null;
}

export interface StageContext {
  readonly graph: NewsGraph;
  readonly coder: EventCoder;
  /** The CAMEO actor code of an entity on a day, from the event dictionaries; unset means the graph's own. */
  readonly actorCode?: (entity: Entity, on: IsoDate) => string | undefined;
}

/** One step of the pipeline. Pure: no I/O, no clock; the name shows in logs and timings. */
export interface Stage {
  readonly name: string;
  run(draft: Draft, ctx: StageContext): Draft;
  /** Loads what the stage reads from disk (a trained model) before the first article; `run` loads it when this was not called. */
  prepare?(): void;
}

export function emptyDraft(article: ArticleInput): Draft {
  return { article, sentences: [], dates: [], mentions: [], actors: [], events: [], facts: [], claims: [], warnings: [...article.warnings] };
}
