import pg from 'pg';
import { Kysely, PostgresDialect, type DatabaseIntrospector, type PostgresDialectConfig } from 'kysely';
import type { Database } from '../schema.js';
import type { StoreDialect } from '../dialect.js';

export interface PostgresOptions {
  readonly url: string;
  /** A schema to work in (tests use one per run); created if missing. */
  readonly schema?: string;
  readonly maxConnections?: number;
}

/** PostgreSQL for many workers; the same tables as SQLite, dates as text so both compare alike. */
export function postgresDialect(options: PostgresOptions): StoreDialect {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    options: options.schema ? `-c search_path=${options.schema}` : undefined,
  });
  // A dropped connection (a restarted server) must not crash the process: the pool reconnects on next use.
  pool.on('error', () => undefined);
  // pg-pool listens for errors only on idle clients; one dropped while checked out (inside a transaction)
  // would throw an unhandled 'error'. Its next query fails instead, and release drops it from the pool.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new SchemaScopedPostgresDialect({ pool }, options.schema) });
  return {
    name: 'postgres',
    insertBatchRows: 1000,
    db,
    async close() {
      await db.destroy();
    },
  };
}

/**
 * Kysely's introspector lists tables of every schema, and its Migrator takes a `kysely_migration` table in any
 * schema as its own: a second run's schema (a parallel test, a leftover) then makes a fresh schema skip creating
 * its migration tables and fail ("relation kysely_migration_lock does not exist"). Working in a schema, the app
 * sees that schema only.
 */
class SchemaScopedPostgresDialect extends PostgresDialect {
  readonly #schema: string | undefined;

  constructor(config: PostgresDialectConfig, schema: string | undefined) {
    super(config);
    this.#schema = schema;
  }

  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    const inner = super.createIntrospector(db);
    const schema = this.#schema;
    if (!schema) return inner;
    return {
      getSchemas: () => inner.getSchemas(),
      getTables: async (o) => (await inner.getTables(o)).filter((t) => t.schema === schema),
      getMetadata: async (o) => ({ tables: (await inner.getMetadata(o)).tables.filter((t) => t.schema === schema) }),
    };
  }
}
