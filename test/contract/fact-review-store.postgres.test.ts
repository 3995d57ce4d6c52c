import { test } from 'node:test';
import { openStore } from '../../src/store/open-store.js';
import { kyselyArticleStore } from '../../src/store/articles/kysely-article-store.js';
import { kyselyFactReviewStore } from '../../src/store/articles/fact-reviews.repository.js';
import { factReviewStoreContract } from './fact-review-store.contract.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from './pg-test-db.js';

const { url, skip } = await testDatabaseUrl();
if (url) {
  factReviewStoreContract('PostgreSQL', async () => {
    const schema = uniqueSchema('entente_fact_reviews');
    const stores = await openStore({ store: { kind: 'postgres', url } }, { schema });
    return {
      articles: kyselyArticleStore(stores.db),
      reviews: kyselyFactReviewStore(stores.db),
      graph: stores.graph,
      async close() {
        await stores.close();
        await dropSchema(url, schema);
      },
    };
  });
} else {
  test('FactReviewStore contract: PostgreSQL', { skip }, () => undefined);
}
