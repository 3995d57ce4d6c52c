import type { Kysely, Migration } from 'kysely';

/**
 * When a stored article was last revised: the same text ingested again with a corrected date (or URL, or
 * authors) replaces its analysis instead of storing a twin, and says when. Null for articles never revised.
 */
export const articleRevisionsMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('articles').addColumn('revised_at', 'text').execute();
  },
};
