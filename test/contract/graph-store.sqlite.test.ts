import { openStore } from '../../src/store/open-store.js';
import { graphStoreContract } from './graph-store.contract.js';

graphStoreContract('SQLite (in memory)', async () => {
  const stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  return { store: stores.graph, close: () => stores.close() };
});
