import { test } from 'node:test';
import { graphStoreContract } from './graph-store.contract.js';
import { postgresStore, testDatabaseUrl } from './pg-test-db.js';

const { url, skip } = await testDatabaseUrl();
if (url) graphStoreContract('PostgreSQL', () => postgresStore(url, 'entente_contract'));
else test('GraphStore contract: PostgreSQL', { skip }, () => undefined);
