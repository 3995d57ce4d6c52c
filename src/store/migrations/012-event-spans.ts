import type { Kysely, Migration } from 'kysely';

/**
 * Where each event's source, target and verb are in the article (character offsets, as actors' spans are), and
 * the grammar rules that shaped it (JSON text: string[]), so a stored event answers "which words, and why" as the
 * analysis did. Null in rows stored before this migration: readers give null spans and no rules.
 */
export const eventSpansMigration: Migration = {
  async up(db: Kysely<any>) {
    for (const column of ['source_start', 'source_end', 'target_start', 'target_end', 'verb_start', 'verb_end']) {
      await db.schema.alterTable('events').addColumn(column, 'integer').execute();
    }
    await db.schema.alterTable('events').addColumn('rules', 'text').execute();
  },
};
