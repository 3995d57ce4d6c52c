import { openStore } from '../../src/store/open-store.js';
import { kyselyArticleStore } from '../../src/store/articles/kysely-article-store.js';
import { kyselyFactReviewStore } from '../../src/store/articles/fact-reviews.repository.js';
import { factReviewStoreContract } from './fact-review-store.contract.js';

factReviewStoreContract('SQLite (in memory)', async () => {
  const stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  return { articles: kyselyArticleStore(stores.db), reviews: kyselyFactReviewStore(stores.db), graph: stores.graph, close: () => stores.close() };
});
