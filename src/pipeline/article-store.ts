import type { IsoDate } from '../core/time.js';
import type { Actor, Analysis, ArticleMeta, Claim, CodedEvent, ProposedFact } from '../extract/analysis.js';
import type { Article } from '../ingest/article.js';

/** What is listed of a stored article: its metadata but the captions, where it came from, what was found. */
export interface StoredArticle extends Omit<ArticleMeta, 'captions'> {
  readonly origin: string;
  readonly ingestedAt: string;
  /** When the same text came again with a corrected date (or URL, authors) and replaced the analysis; null if never. */
  readonly revisedAt: string | null;
  readonly counts: { readonly actors: number; readonly events: number; readonly facts: number; readonly claims: number };
}

/** An actor as stored: everything the analysis said of it but its sentence index. */
export type StoredActor = Omit<Actor, 'sentence'>;

/** One stored article with everything found in it, spans pointing into `text`. */
export interface StoredAnalysis {
  readonly article: StoredArticle & Pick<ArticleMeta, 'captions'>;
  readonly text: string;
  readonly actors: readonly StoredActor[];
  readonly events: readonly CodedEvent[];
  readonly facts: readonly ProposedFact[];
  readonly claims: readonly Claim[];
  readonly warnings: readonly string[];
}

export interface StoredEvent extends CodedEvent {
  readonly articleId: string;
  readonly articleTitle: string | null;
}

/** A fact an article proposed, with the article it comes from. */
export interface StoredFact extends ProposedFact {
  readonly articleId: string;
  readonly articleTitle: string | null;
  readonly published: IsoDate;
}

export interface EventQuery {
  /** A graph id (RUS) or a CAMEO code prefix (RUSGOV): matches source or target. */
  readonly actor?: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly limit?: number;
}

/** What a store says of an article already kept under a content hash: enough to tell a correction from a repeat. */
export interface StoredKey {
  readonly id: string;
  readonly published: IsoDate;
  readonly dateEstimated: boolean;
  readonly url: string | null;
  readonly authors: readonly string[];
}

/** How many rows a deletion removed with the article. */
export interface DeletedCounts {
  readonly actors: number;
  readonly events: number;
  readonly facts: number;
  readonly claims: number;
}

/** Where analysed articles are kept (store/articles/ implements it on SQLite and PostgreSQL). */
export interface ArticleStore {
  /** The article stored with this content hash, or null. */
  findByHash(contentHash: string): Promise<StoredKey | null>;
  /** The article and all of its analysis in one transaction; false (nothing written) when already stored. */
  save(article: Article, analysis: Analysis, ingestedAt: string): Promise<boolean>;
  /**
   * The stored article with the same id gets the new metadata and analysis in one transaction (its old actors,
   * events, facts and claims go); false when no article has the id.
   */
  revise(article: Article, analysis: Analysis, revisedAt: string): Promise<boolean>;
  /**
   * The articles and everything found in them, in one transaction: all of them, or (when an id is unknown)
   * none, with the unknown ids in `missing`.
   */
  delete(
    ids: readonly string[],
  ): Promise<{ readonly deleted: ReadonlyArray<{ readonly id: string; readonly counts: DeletedCounts }>; readonly missing: readonly string[] }>;
  list(limit?: number): Promise<StoredArticle[]>;
  /** One stored article and its analysis, or null when no article has this id. */
  get(id: string): Promise<StoredAnalysis | null>;
  events(query: EventQuery): Promise<StoredEvent[]>;
  /** Facts stored articles proposed about an entity (as subject or object), newest article first. */
  factsAbout(entityId: string, limit: number): Promise<StoredFact[]>;
  /** The article's claims, checked again, in place of its old ones (nothing else changes), in one transaction. */
  replaceClaims(id: string, claims: readonly Claim[]): Promise<void>;
}
