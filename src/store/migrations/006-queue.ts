import type { Kysely, Migration } from 'kysely';

/**
 * What the work queue adds to the store: the feed poller's memory (ETag, Last-Modified, last outcome per feed).
 * The jobs themselves live in pg-boss's own schema, which pg-boss creates and migrates.
 */
export const queueMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('feeds')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('checked_at', 'text')
      .addColumn('http_status', 'integer')
      .addColumn('error', 'text')
      .addColumn('items', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  },
};
