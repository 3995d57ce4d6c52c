import { test } from 'node:test';
import { postgresStore, testDatabaseUrl } from './pg-test-db.js';
import { presentDayContract } from './present-day.contract.js';

const { url, skip } = await testDatabaseUrl();
if (url) presentDayContract('PostgreSQL', () => postgresStore(url, 'entente_present'));
else test("today's world on the committed data: PostgreSQL", { skip }, () => undefined);
