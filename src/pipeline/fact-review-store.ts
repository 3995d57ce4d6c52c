import type { Fact } from '../core/fact.js';
import type { IsoDate, Precision } from '../core/time.js';

export type Review = 'pending' | 'accepted' | 'rejected';

/** A fact an article proposed, as the review queue shows it (names are added by the service). */
export interface ReviewableFact {
  readonly id: string;
  readonly predicate: string;
  readonly subject: string;
  readonly object: string;
  readonly status: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly precision: Precision;
  readonly article: { readonly id: string; readonly title: string | null; readonly published: IsoDate; readonly url: string | null };
  readonly span: { readonly start: number; readonly end: number; readonly text: string };
  readonly confidence: number;
  readonly rule: string;
  readonly review: Review;
  readonly reason: string | null;
  readonly reviewedAt: string | null;
  /** How many stored articles state the same change (predicate, subject, object, status, day). */
  readonly corroboration: number;
  /** A leader's change (`holds_office`): the office (head_of_state, head_of_government). */
  readonly office?: string;
}

export interface ReviewOutcome {
  readonly review: 'accepted' | 'rejected';
  readonly reason: string | null;
  readonly reviewedAt: string;
}

/** Where proposed facts and their reviews are kept (store/articles/ implements it on SQLite and PostgreSQL). */
export interface FactReviewStore {
  list(review: Review, limit: number): Promise<ReviewableFact[]>;
  get(id: string): Promise<ReviewableFact | null>;
  /**
   * In one transaction: records `outcome` unless the fact has one already, and when it is recorded and `graphFact`
   * is given, adds that fact to the graph. Returns the outcome on record afterwards (the earlier one if any), so
   * of concurrent reviews of one fact exactly one is recorded.
   */
  review(fact: ReviewableFact, outcome: ReviewOutcome, graphFact: Fact | null): Promise<ReviewOutcome & { readonly recorded: boolean }>;
}
