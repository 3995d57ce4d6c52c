import type { ErrorCode } from '../core/errors.js';
import type { Analysis } from '../extract/analysis.js';
import type { FileOptions, ReadItem } from '../ingest/read-articles.js';
import type { Article } from '../ingest/article.js';

/** What the main thread asks of an analysis thread, and what comes back: plain data, copied between threads. */
export type AnalysisTask =
  | { readonly kind: 'ready' }
  | { readonly kind: 'read'; readonly bytes: Uint8Array; readonly name: string; readonly options: FileOptions }
  | { readonly kind: 'analyze'; readonly article: Article; readonly budgetMs: number };

export type AnalysisTaskResult =
  | { readonly kind: 'ready' }
  | { readonly kind: 'read'; readonly items: ReadonlyArray<Exclude<ReadItem, { kind: 'duplicate' }>> }
  | { readonly kind: 'analysis'; readonly analysis: Analysis }
  /** An EntenteError, sent as data: an error crossing threads keeps its message but loses its code. */
  | { readonly kind: 'error'; readonly code: ErrorCode; readonly message: string };
