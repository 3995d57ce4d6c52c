import { test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { kyselyArticleStore } from '../../src/store/articles/kysely-article-store.js';
import { articleStoreContract } from './article-store.contract.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from './pg-test-db.js';

const { url, skip } = await testDatabaseUrl();
if (url) {
  articleStoreContract('PostgreSQL', async () => {
    const schema = uniqueSchema('entente_articles');
    const stores = await openStore({ store: { kind: 'postgres', url } }, { schema });
    return {
      store: kyselyArticleStore(stores.db),
      db: stores.db,
      async close() {
        await stores.close();
        await dropSchema(url, schema);
      },
    };
  });
} else {
  test('ArticleStore contract: PostgreSQL', { skip }, () => undefined);
}
