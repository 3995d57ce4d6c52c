import { test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from './pg-test-db.js';
import { presentDayContract } from './present-day.contract.js';

const { url, skip } = await testDatabaseUrl();
if (url) {
  presentDayContract('PostgreSQL', async () => {
    const schema = uniqueSchema('entente_present');
    const stores = await openStore({ store: { kind: 'postgres', url } }, { schema });
    return {
      store: stores.graph,
      async close() {
        await stores.close();
        await dropSchema(url, schema);
      },
    };
  });
} else {
  test("today's world on the committed data: PostgreSQL", { skip }, () => undefined);
}
