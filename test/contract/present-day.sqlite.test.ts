import { openStore } from '../../src/store/open-store.js';
import { presentDayContract } from './present-day.contract.js';

presentDayContract('SQLite (in memory)', async () => {
  const stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  return { store: stores.graph, close: () => stores.close() };
});
