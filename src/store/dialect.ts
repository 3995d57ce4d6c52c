import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * What differs between SQLite and PostgreSQL, as capability flags and small overrides; nothing else in
 * store/ asks which database it is on.
 */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Rows per multi-row INSERT: SQLite allows 32,766 bound parameters, PostgreSQL 65,535. */
  readonly insertBatchRows: number;
  /** Kysely instance over the driver. */
  readonly db: Kysely<Database>;
  /**
   * Called first in a reference-data load's transaction: holds other processes' loads until it ends. PostgreSQL
   * takes an advisory lock; SQLite needs none, as its one writer at a time already serializes them.
   */
  readonly lockReferenceLoad?: (trx: Kysely<Database>) => Promise<void>;
  close(): Promise<void>;
}
