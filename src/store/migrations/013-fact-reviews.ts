import type { Kysely, Migration } from 'kysely';

/**
 * Facts the news proposes become reviewable: a membership change keeps its status, its first day and that
 * day's precision, and a stable id (`fact_id`, derived from the article and the fact); `fact_reviews` keeps each
 * outcome (accepted or rejected, the reason, when) with a copy of the fact, so a reviewed fact keeps its record
 * even when its article is revised or deleted. Its primary key is what makes concurrent reviews leave one outcome.
 * Rows stored before this migration have no `fact_id` and wait for their article to be ingested again.
 */
export const factReviewsMigration: Migration = {
  async up(db: Kysely<any>) {
    for (const column of ['fact_id', 'status', 'valid_from', 'valid_to', 'date_precision']) {
      await db.schema.alterTable('proposed_facts').addColumn(column, 'text').execute();
    }
    await db.schema.createIndex('proposed_facts_by_fact_id').on('proposed_facts').column('fact_id').execute();
    await db.schema
      .createTable('fact_reviews')
      .addColumn('fact_id', 'text', (c) => c.primaryKey())
      .addColumn('article_id', 'text', (c) => c.notNull())
      .addColumn('review', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('reviewed_at', 'text', (c) => c.notNull())
      .addColumn('fact', 'text', (c) => c.notNull())
      .execute();
  },
};
