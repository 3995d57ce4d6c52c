import { openStore } from '../../src/store/open-store.js';
import { kyselyArticleStore } from '../../src/store/articles/kysely-article-store.js';
import { articleStoreContract } from './article-store.contract.js';

articleStoreContract('SQLite (in memory)', async () => {
  const stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  return { store: kyselyArticleStore(stores.db), db: stores.db, close: () => stores.close() };
});
