import { Migrator, type Kysely } from 'kysely';
import { EntenteError } from '../core/errors.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Applies the migrations not yet applied. `schema` (PostgreSQL) is where the migrator keeps its own tables,
 * beside the app's; without it they go to the connection's default schema.
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<void> {
  // Engineers are given migration numbers in advance and land in any order: a database that ran 012 before 011
  // existed runs 011 next, which Kysely refuses unless told (each migration stands on its own).
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    // The driver's error stays as the cause: a caller that waits out a restarting server reads its SQLSTATE.
    throw Object.assign(new EntenteError('STORE', `Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`), { cause: error });
  }
}
