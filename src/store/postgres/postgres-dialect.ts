import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { StoreDialect } from '../dialect.js';

export interface PostgresOptions {
  readonly url: string;
  /**
   * A schema to work in (tests use one per run), created if missing: the connections' search path, and where the
   * migrator keeps its tables (`migrateToLatest`), so a run never mistakes another schema's for its own.
   */
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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    name: 'postgres',
    insertBatchRows: 1000,
    db,
    // Keyed by schema, so runs in different schemas of one database do not wait for each other.
    async lockReferenceLoad(trx) {
      await sql`select pg_advisory_xact_lock(hashtext(current_schema() || '.entente_reference_load'))`.execute(trx);
    },
    async close() {
      await db.destroy();
    },
  };
}
