import type { Kysely, Migration } from 'kysely';

/**
 * Articles read from the news and what the pipeline found in them. Every row hangs off an article by
 * `article_id` with a `seq` in reading order; spans are character offsets into `articles.text`.
 * Dates are `YYYY-MM-DD` text and JSON is text, so the SQL is the same on SQLite and PostgreSQL.
 */
export const articlesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull().unique())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('external_id', 'text')
      .addColumn('title', 'text')
      .addColumn('authors', 'text', (c) => c.notNull())
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('date_estimated', 'integer', (c) => c.notNull())
      .addColumn('url', 'text')
      .addColumn('captions', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('warnings', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('articles_by_published').on('articles').columns(['published', 'id']).execute();
    const spanned = (name: string) =>
      db.schema
        .createTable(name)
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('rule_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${name}_pk`, ['article_id', 'seq']);
    await spanned('article_actors')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('role', 'text')
      .addColumn('state', 'text')
      .addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('refers_to', 'integer')
      .addColumn('confidence', 'real', (c) => c.notNull())
      .execute();
    await spanned('events')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('target', 'text')
      .addColumn('source_id', 'text')
      .addColumn('target_id', 'text')
      .addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('plover', 'text')
      .addColumn('event_date', 'text', (c) => c.notNull())
      .addColumn('sentence', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('events_by_source').on('events').columns(['source_id', 'event_date']).execute();
    await db.schema.createIndex('events_by_target').on('events').columns(['target_id', 'event_date']).execute();
    await spanned('proposed_facts')
      .addColumn('predicate', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('qualifiers', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('confidence', 'real', (c) => c.notNull())
      .execute();
    await spanned('claims')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('explanation', 'text', (c) => c.notNull())
      .addColumn('flag', 'text')
      .addColumn('names', 'text', (c) => c.notNull())
      .addColumn('evidence', 'text', (c) => c.notNull())
      .execute();
  },
};
