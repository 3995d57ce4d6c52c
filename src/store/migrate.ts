import { Migrator, type Kysely } from 'kysely';
import { EntenteError } from '../core/errors.js';
import { MIGRATIONS } from './migrations/index.js';

export async function migrateToLatest(db: Kysely<any>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    // The driver's error stays as the cause: a caller that waits out a restarting server reads its SQLSTATE.
    throw Object.assign(new EntenteError('STORE', `Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`), { cause: error });
  }
}
