import type { Kysely, Selectable } from 'kysely';
import type { Fact } from '../../core/fact.js';
import type { IsoDate, Precision } from '../../core/time.js';
import type { FactReviewStore, Review, ReviewableFact, ReviewOutcome } from '../../pipeline/fact-review-store.js';
import { factToRow } from '../graph/rows.js';
import type { FactTable } from '../schema.js';
import type { ArticleTables, ProposedFactRow } from './articles.table.js';

type Db = Kysely<ArticleTables & { facts: FactTable }>;

type Joined = Selectable<ProposedFactRow> & { title: string | null; published: string; url: string | null };

/** The office a leader's change is about, kept in the proposed fact's qualifiers. */
function officeOf(r: Joined): string | undefined {
  const office = (JSON.parse(r.qualifiers || '{}') as Record<string, unknown>).office;
  return typeof office === 'string' ? office : undefined;
}

function pendingOf(r: Joined, corroboration: number): ReviewableFact {
  const office = officeOf(r);
  return {
    id: r.fact_id!,
    predicate: r.predicate,
    subject: r.subject,
    object: r.object,
    status: r.status!,
    from: r.valid_from as IsoDate,
    to: (r.valid_to as IsoDate | null) ?? null,
    precision: (r.date_precision ?? 'day') as Precision,
    article: { id: r.article_id, title: r.title, published: r.published as IsoDate, url: r.url },
    span: { start: r.span_start, end: r.span_end, text: r.text },
    confidence: Number(r.confidence),
    rule: r.rule_id,
    review: 'pending',
    reason: null,
    reviewedAt: null,
    corroboration,
    ...(office ? { office } : {}),
  };
}

const sameChange = (f: { predicate: string; subject: string; object: string; status: string | null; valid_from: string | null }) =>
  [f.predicate, f.subject, f.object, f.status, f.valid_from].join('|');

/** Proposed facts and their reviews on the app's Kysely (SQLite or PostgreSQL). */
export function kyselyFactReviewStore(kdb: Kysely<any>): FactReviewStore {
  const db = kdb as Db;
  const joined = (q: Db) =>
    q
      .selectFrom('proposed_facts')
      .innerJoin('articles', 'articles.id', 'proposed_facts.article_id')
      .selectAll('proposed_facts')
      .select(['articles.title', 'articles.published', 'articles.url'])
      .where('proposed_facts.fact_id', 'is not', null);

  /** Articles stating each change, counted once per article. */
  async function corroboration(rows: readonly Joined[]): Promise<Map<string, number>> {
    const counts = new Map<string, Set<string>>();
    if (rows.length === 0) return new Map();
    const all = await db
      .selectFrom('proposed_facts')
      .select(['article_id', 'predicate', 'subject', 'object', 'status', 'valid_from'])
      .where('fact_id', 'is not', null)
      .where('subject', 'in', [...new Set(rows.map((r) => r.subject))])
      .execute();
    for (const r of all) {
      const k = sameChange(r);
      const set = counts.get(k) ?? new Set<string>();
      set.add(r.article_id);
      counts.set(k, set);
    }
    return new Map([...counts].map(([k, v]) => [k, v.size]));
  }

  async function withCorroboration(rows: readonly Joined[]): Promise<ReviewableFact[]> {
    const c = await corroboration(rows);
    return rows.map((r) => pendingOf(r, c.get(sameChange(r)) ?? 1));
  }

  return {
    async list(review: Review, limit: number) {
      if (review === 'pending') {
        const rows = await joined(db)
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom('fact_reviews').select('fact_reviews.fact_id').whereRef('fact_reviews.fact_id', '=', 'proposed_facts.fact_id'))),
          )
          .orderBy('articles.published', 'desc')
          .orderBy('proposed_facts.article_id')
          .orderBy('proposed_facts.seq')
          .limit(limit)
          .execute();
        return withCorroboration(rows);
      }
      // A reviewed fact is listed from its copy: its article may have been revised or deleted since.
      const rows = await db
        .selectFrom('fact_reviews')
        .selectAll()
        .where('review', '=', review)
        .orderBy('reviewed_at', 'desc')
        .orderBy('fact_id')
        .limit(limit)
        .execute();
      return rows.map(reviewedOf);
    },
    async get(id: string) {
      const reviewed = await db.selectFrom('fact_reviews').selectAll().where('fact_id', '=', id).executeTakeFirst();
      if (reviewed) return reviewedOf(reviewed);
      const row = await joined(db).where('proposed_facts.fact_id', '=', id).limit(1).executeTakeFirst();
      return row ? (await withCorroboration([row]))[0]! : null;
    },
    review(fact: ReviewableFact, outcome: ReviewOutcome, graphFact: Fact | null) {
      return db.transaction().execute(async (trx) => {
        const copy: ReviewableFact = { ...fact, ...outcome };
        const inserted = await trx
          .insertInto('fact_reviews')
          .values({
            fact_id: fact.id,
            article_id: fact.article.id,
            review: outcome.review,
            reason: outcome.reason,
            reviewed_at: outcome.reviewedAt,
            fact: JSON.stringify(copy),
          })
          .onConflict((oc) => oc.column('fact_id').doNothing())
          .executeTakeFirst();
        const recorded = Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0;
        if (recorded && graphFact) {
          await trx
            .insertInto('facts')
            .values(factToRow(graphFact, 'article'))
            .onConflict((oc) => oc.column('id').doNothing())
            .execute();
        }
        const row = await trx.selectFrom('fact_reviews').select(['review', 'reason', 'reviewed_at']).where('fact_id', '=', fact.id).executeTakeFirstOrThrow();
        return { review: row.review as ReviewOutcome['review'], reason: row.reason, reviewedAt: row.reviewed_at, recorded };
      });
    },
  };
}

function reviewedOf(r: Selectable<ArticleTables['fact_reviews']>): ReviewableFact {
  const f = JSON.parse(r.fact) as ReviewableFact;
  return { ...f, review: r.review as Review, reason: r.reason, reviewedAt: r.reviewed_at };
}
