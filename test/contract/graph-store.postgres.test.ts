import { test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { graphStoreContract } from './graph-store.contract.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from './pg-test-db.js';

const { url, skip } = await testDatabaseUrl();
if (url) {
  graphStoreContract('PostgreSQL', async () => {
    const schema = uniqueSchema('entente_contract');
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
  test('GraphStore contract: PostgreSQL', { skip }, () => undefined);
}
