import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addDays, parseDateQuery, type IsoDate } from '../../src/core/time.js';
import { GraphService } from '../../src/graph/graph-service.js';
import { openStore, type Stores } from '../../src/store/open-store.js';
import { smallWorld } from '../fixtures/graph/small-world.js';

/**
 * The API's hot path keeps each members answer as JSON per segment of time; it must give the very bytes that
 * deciding afresh and JSON.stringify give, on every day where something could change and the days around it.
 */
let stores: Stores;
let graph: GraphService;
before(async () => {
  stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  await stores.graph.loadReference(smallWorld);
  graph = new GraphService(stores.graph);
});
after(() => stores.close());

/** Every fact's first and last day, a day either side, dataset ends, founding and dissolution: where answers turn. */
function turningDays(): IsoDate[] {
  const days = new Set<IsoDate>(['1815-01-01' as IsoDate, '2026-12-06' as IsoDate]);
  const near = (d: string) => {
    if (d === '9999-12-31') return;
    for (const k of [-1, 0, 1]) days.add(addDays(d as IsoDate, k));
  };
  for (const f of smallWorld.facts) [f.valid.from, f.valid.to].forEach(near);
  for (const d of smallWorld.datasets) near(d.coverage.to);
  for (const e of smallWorld.entities) for (const k of ['founded', 'dissolved']) if (typeof e.attrs[k] === 'string') near(e.attrs[k] as string);
  return [...days].sort();
}

for (const org of ['PACT', 'OLDU', 'ATOP9001']) {
  test(`${org}: the kept JSON equals a fresh answer on every turning day, twice over`, async () => {
    for (const pass of [1, 2]) {
      for (const day of turningDays()) {
        for (const options of [{}, { statuses: ['member', 'suspended'] }]) {
          const on = parseDateQuery(day);
          const fresh = JSON.stringify(await graph.members(org, on, options));
          assert.equal(await graph.membersJson(org, on, options), fresh, `${org} on ${day} (pass ${pass}, ${JSON.stringify(options)})`);
        }
      }
    }
  });
}

test('a bare year keeps its note, a source is decided afresh, a name resolves as the id does', async () => {
  const year = parseDateQuery('2012');
  assert.equal(await graph.membersJson('PACT', year), JSON.stringify(await graph.members('PACT', year)));
  const day = parseDateQuery('2012-07-01');
  assert.equal(await graph.membersJson('PACT', day, { source: 'igo' }), JSON.stringify(await graph.members('PACT', day, { source: 'igo' })));
  assert.equal(await graph.membersJson('pto', day), await graph.membersJson('PACT', day));
});
