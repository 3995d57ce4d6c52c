import { test } from 'node:test';
import { openPgBossQueue } from '../../src/queue/pg-boss-queue.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from './pg-test-db.js';
import { workQueueContract } from './work-queue.contract.js';

const { url, skip } = await testDatabaseUrl();
if (url) {
  workQueueContract('pg-boss on PostgreSQL', async (policy) => {
    const schema = uniqueSchema('entente_wq');
    const queue = await openPgBossQueue({ url, schema, policy, supervise: false });
    return {
      queue,
      async close() {
        await queue.close();
        await dropSchema(url, schema);
      },
    };
  });
} else {
  test('WorkQueue contract: pg-boss on PostgreSQL', { skip }, () => undefined);
}
