import type { Kysely, Migration } from 'kysely';

/**
 * How precisely an event's date is known. `event_date` stays one day, so date filters and indexes work as
 * before; a year-precise event ("was jailed last year") keeps 1 July of its year there, `date_precision`
 * says 'year', and `date_text` keeps the expression that dated it (null: the article's date). Events stored
 * before this migration carried the article's day: 'day', no text.
 */
export const eventDatePrecisionMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('events')
      .addColumn('date_precision', 'text', (c) => c.notNull().defaultTo('day'))
      .execute();
    await db.schema.alterTable('events').addColumn('date_text', 'text').execute();
  },
};
