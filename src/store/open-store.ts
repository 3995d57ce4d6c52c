import type { Kysely } from 'kysely';
import { EntenteError } from '../core/errors.js';
import type { GraphStore } from '../graph/graph-store.js';
import type { StoreDialect } from './dialect.js';
import { KyselyGraphStore } from './graph/kysely-graph-store.js';
import { migrateToLatest } from './migrate.js';
import { postgresDialect } from './postgres/postgres-dialect.js';
import type { Database } from './schema.js';
import { sqliteDialect } from './sqlite/sqlite-dialect.js';

/** Where the stores live: an SQLite file, or a PostgreSQL database (and schema). */
export type StoreLocation = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

/** Every store of the app, on one database connection. */
export interface Stores {
  readonly dialect: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  readonly graph: GraphStore;
  close(): Promise<void>;
}

/** Opening a fresh SQLite file that another process is setting up: how long to keep trying. */
const SQLITE_OPEN_WAIT_MS = 120_000;

export async function openStore(config: { readonly store: StoreLocation }, options: { schema?: string } = {}): Promise<Stores> {
  if (config.store.kind === 'postgres') return open(config, options);
  // Two processes starting on a fresh file: while one migrates or loads, the other's lock waits can run out.
  // It tries again until the first is done (migrations are idempotent; the load checks the version under its lock).
  const started = Date.now();
  for (;;) {
    try {
      return await open(config, options);
    } catch (e) {
      if (!isBusy(e) || Date.now() - started > SQLITE_OPEN_WAIT_MS) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function isBusy(e: unknown): boolean {
  for (let c: unknown = e; c; c = (c as { cause?: unknown }).cause) {
    const code = (c as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
  }
  return false;
}

async function open(config: { readonly store: StoreLocation }, options: { schema?: string }): Promise<Stores> {
  const schema = options.schema ?? (config.store.kind === 'postgres' ? config.store.schema : undefined);
  let dialect: StoreDialect;
  try {
    dialect = config.store.kind === 'sqlite' ? sqliteDialect(config.store.file) : postgresDialect({ url: config.store.url, schema });
  } catch (e) {
    if (isBusy(e)) throw e;
    throw Object.assign(
      new EntenteError(
        'STORE',
        `Cannot open the database at ${config.store.kind === 'sqlite' ? config.store.file : redact(config.store.url)}: ${e instanceof Error ? e.message : String(e)}`,
      ),
      { cause: e },
    );
  }
  try {
    if (schema && dialect.name === 'postgres') {
      await dialect.db.schema.createSchema(schema).ifNotExists().execute();
    }
    await migrateToLatest(dialect.db, dialect.name === 'postgres' ? schema : undefined);
  } catch (e) {
    await dialect.close().catch(() => undefined);
    if (e instanceof EntenteError) throw e;
    const where = config.store.kind === 'sqlite' ? config.store.file : redact(config.store.url);
    // The driver's error stays as the cause: a caller that waits out a restarting server reads its SQLSTATE.
    throw Object.assign(new EntenteError('STORE', `Cannot open the ${dialect.name} database at ${where}: ${e instanceof Error ? e.message : String(e)}`), {
      cause: e,
    });
  }
  return {
    dialect: dialect.name,
    db: dialect.db,
    graph: new KyselyGraphStore(dialect),
    close: () => dialect.close(),
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
