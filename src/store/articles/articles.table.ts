import type { Generated } from 'kysely';

/** Rows of the article tables (migrations 002-articles, 007-event-date-precision, 008-actor-names, 010-article-revisions, 012-event-spans); only store/articles/ sees them. */
interface Spanned {
  article_id: string;
  seq: number;
  span_start: number;
  span_end: number;
  rule_id: string;
}

export interface ArticleRow {
  id: string;
  content_hash: string;
  format: string;
  origin: string;
  external_id: string | null;
  title: string | null;
  /** JSON text: string[]. */
  authors: string;
  published: string;
  date_estimated: number;
  url: string | null;
  /** JSON text: Caption[]. */
  captions: string;
  text: string;
  /** JSON text: string[]. */
  warnings: string;
  ingested_at: string;
  /** When the same text was ingested again with corrected metadata; null (or absent before migration 010) if never. */
  revised_at: string | null;
}

interface ArticleActorRow extends Spanned {
  text: string;
  /** The name the actor resolved to; null in rows from before migration 008. */
  name: string | null;
  entity_id: string;
  type: string;
  role: string | null;
  state: string | null;
  cameo: string;
  refers_to: number | null;
  confidence: number;
}

export interface EventRow extends Spanned {
  source: string;
  target: string | null;
  source_id: string | null;
  target_id: string | null;
  cameo: string;
  plover: string | null;
  event_date: string;
  /** 'day', 'month' or 'year'; defaults to 'day' (rows from before migration 007). */
  date_precision: Generated<string>;
  date_text: string | null;
  sentence: string;
  /** Article offsets of the source's, target's and verb's words; null in rows from before migration 012 (and target for a target-less protest). */
  source_start: number | null;
  source_end: number | null;
  target_start: number | null;
  target_end: number | null;
  verb_start: number | null;
  verb_end: number | null;
  /** JSON text: string[], the grammar rules that shaped the event; null before migration 012. */
  rules: string | null;
}

export interface ProposedFactRow extends Spanned {
  predicate: string;
  subject: string;
  object: string;
  qualifiers: string;
  text: string;
  confidence: number;
  /** Null in rows stored before migration 013, and for facts that are no change of membership. */
  fact_id: string | null;
  status: string | null;
  valid_from: string | null;
  valid_to: string | null;
  date_precision: string | null;
}

/** One review outcome per fact (migration 013); `fact` is the reviewed fact as JSON text. */
interface FactReviewRow {
  fact_id: string;
  article_id: string;
  review: string;
  reason: string | null;
  reviewed_at: string;
  fact: string;
}

interface ClaimRow extends Spanned {
  text: string;
  status: string;
  explanation: string;
  flag: string | null;
  names: string;
  evidence: string;
}

export interface ArticleTables {
  articles: ArticleRow;
  article_actors: ArticleActorRow;
  events: EventRow;
  proposed_facts: ProposedFactRow;
  claims: ClaimRow;
  fact_reviews: FactReviewRow;
}
