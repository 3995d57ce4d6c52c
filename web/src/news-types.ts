/** The news pipeline's shapes, from the server's source (src/extract/analysis.ts). */
import type { CodedEvent } from '../../src/extract/analysis.js';

/** An event as /api/events lists it: the coded event and the article it came from (src/pipeline/article-store.ts). */
export interface StoredEvent extends CodedEvent {
  readonly articleId: string;
  readonly articleTitle: string | null;
}
