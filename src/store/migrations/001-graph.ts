import type { Kysely, Migration } from 'kysely';

/** The temporal graph: entities with aliases, facts with day-precise validity, the datasets they come from. */
export const graphMigration: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('entities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('attrs', 'text', (c) => c.notNull())
      .addColumn('provenance', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('aliases')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('entity_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('aliases_pk', ['key', 'entity_id', 'text'])
      .execute();
    await db.schema
      .createTable('facts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('predicate', 'text', (c) => c.notNull())
      .addColumn('object', 'text', (c) => c.notNull())
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text', (c) => c.notNull())
      .addColumn('precision', 'text', (c) => c.notNull())
      .addColumn('status', 'text')
      .addColumn('qualifiers', 'text', (c) => c.notNull())
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('ref', 'text', (c) => c.notNull())
      .addColumn('span_start', 'integer')
      .addColumn('span_end', 'integer')
      .addColumn('rule', 'text')
      .addColumn('citation', 'text')
      .addColumn('confidence', 'real', (c) => c.notNull())
      .addColumn('origin', 'text', (c) => c.notNull())
      .execute();
    // The as-of queries: "members of O on D" and "organizations of S on D".
    await db.schema.createIndex('facts_by_object').on('facts').columns(['predicate', 'object', 'valid_from']).execute();
    await db.schema.createIndex('facts_by_subject').on('facts').columns(['predicate', 'subject', 'valid_from']).execute();
    await db.schema
      .createTable('datasets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('precision', 'text', (c) => c.notNull())
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addColumn('coverage_from', 'text', (c) => c.notNull())
      .addColumn('coverage_to', 'text', (c) => c.notNull())
      .addColumn('citation', 'text', (c) => c.notNull())
      .addColumn('rows', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
