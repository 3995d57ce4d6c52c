import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { StoreHandle } from './graph-store.contract.js';

/**
 * The PostgreSQL the contract suite runs on: `ENTENTE_TEST_DATABASE_URL` (CI sets it and then a missing server
 * fails the run), else the local default, skipped with a message when nothing answers there.
 */
export async function testDatabaseUrl(): Promise<{ url?: string; skip?: string }> {
  const explicit = process.env.ENTENTE_TEST_DATABASE_URL;
  const url = explicit ?? 'postgres://postgres@127.0.0.1:5432/test';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return { url };
  } catch (e) {
    if (explicit) throw new Error(`ENTENTE_TEST_DATABASE_URL=${explicit} does not answer: ${(e as Error).message}`);
    return { skip: `no PostgreSQL at ${url} (set ENTENTE_TEST_DATABASE_URL to run this suite)` };
  }
}

/** A schema of its own per run, so parallel runs and leftovers never meet; dropped at the end. */
export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

/** A GraphStore on PostgreSQL in a schema of its own, dropped on close: what each contract suite runs on. */
export async function postgresStore(url: string, prefix: string): Promise<StoreHandle> {
  const schema = uniqueSchema(prefix);
  const stores = await openStore({ store: { kind: 'postgres', url } }, { schema });
  return {
    store: stores.graph,
    async close() {
      await stores.close();
      await dropSchema(url, schema);
    },
  };
}
