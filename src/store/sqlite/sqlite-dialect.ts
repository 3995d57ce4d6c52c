import { dirname } from 'node:path';
import { mkdirSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteAdapter, SqliteDialect, sql, type DialectAdapter } from 'kysely';
import type { Database } from '../schema.js';
import type { StoreDialect } from '../dialect.js';

/** How long a write waits for another process's write; a reference load waits longer (LOAD_WAIT_MS). */
const BUSY_TIMEOUT_MS = 5000;
/** A first load takes a few seconds, more on a loaded machine: another process starting meanwhile waits this long. */
const LOAD_WAIT_MS = 120_000;

/**
 * Kysely's SQLite adapter takes no migration lock (one connection per process needs none), but two processes can
 * migrate one fresh file at once, and the second then creates a table the first just made. The migrations run
 * in one IMMEDIATE transaction instead: it waits for the other process's to commit, then sees what it applied.
 */
class MigrationLockingAdapter extends SqliteAdapter {
  #open = false;

  override async acquireMigrationLock(db: Kysely<any>): Promise<void> {
    await sql`begin immediate`.execute(db);
    this.#open = true;
  }

  override async releaseMigrationLock(db: Kysely<any>): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    await sql`commit`.execute(db);
  }
}

class MigrationLockingSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new MigrationLockingAdapter();
  }
}

/** The embedded default: one file, WAL so readers never wait for the ingest writer. */
export function sqliteDialect(file: string): StoreDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  // The busy timeout is set as the file opens: switching a fresh file to WAL needs a lock another process may hold.
  const database = new BetterSqlite3(file, { timeout: BUSY_TIMEOUT_MS });
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({ dialect: new MigrationLockingSqliteDialect({ database }) });
  return {
    name: 'sqlite',
    insertBatchRows: 500,
    db,
    // The load lock: the transaction's first statement is a write, so it takes the one write lock at once (waiting
    // for another process's load to end) instead of reading first and failing to upgrade ("database is locked").
    async lockReferenceLoad(trx) {
      await sql`pragma busy_timeout = ${sql.raw(String(LOAD_WAIT_MS))}`.execute(trx);
      try {
        await sql`insert into meta (key, value) values ('reference_load_started', ${new Date().toISOString()}) on conflict (key) do update set value = excluded.value`.execute(
          trx,
        );
      } finally {
        await sql`pragma busy_timeout = ${sql.raw(String(BUSY_TIMEOUT_MS))}`.execute(trx);
      }
    },
    async close() {
      await db.destroy();
    },
  };
}
