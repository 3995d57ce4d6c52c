import type { Kysely, Migration } from 'kysely';

/**
 * The name an actor resolved to ("Vladimir Putin" for a "Putin" in the text, the dictionary's "Collective
 * Security Treaty Organization" for "CSTO"), so a stored article reads back as it was analysed. Null for
 * actors stored before this migration: readers fall back to the span's own text.
 */
export const actorNamesMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('article_actors').addColumn('name', 'text').execute();
  },
};
