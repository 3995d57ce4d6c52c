import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { MEMBERSHIP_STATUSES, type Fact } from '../../src/core/fact.js';
import { parseDateQuery, type IsoDate } from '../../src/core/time.js';
import { GraphService } from '../../src/graph/graph-service.js';
import { openStore, type Stores } from '../../src/store/open-store.js';
import { smallWorld } from '../fixtures/graph/small-world.js';

// A candidate for membership (the EU's candidate countries) and a partner (BRICS and SCO partner countries) are
// statuses the public record uses; neither is membership, so `members` lists them among the others.
function curated(id: string, subject: string, from: string, status: Fact['status']): Fact {
  return {
    id,
    subject,
    predicate: 'member_of',
    object: 'PACT',
    valid: { from: from as IsoDate, to: '9999-12-31' as IsoDate },
    precision: 'day',
    status,
    qualifiers: { censored: true },
    provenance: { dataset: 'curated', ref: `${id} line 1`, rule: 'fixture' },
    confidence: 1,
  };
}

let stores: Stores;
let graph: GraphService;

before(async () => {
  stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  const facts = [...smallWorld.facts, curated('c:CCC:candidate', 'CCC', '2022-06-23', 'candidate'), curated('c:DDD:partner', 'DDD', '2025-01-01', 'partner')];
  await stores.graph.loadReference({ ...smallWorld, version: 'fixture-statuses', facts });
  graph = new GraphService(stores.graph);
});
after(() => stores.close());

test('candidate and partner are membership statuses the data files may use', () => {
  for (const s of ['candidate', 'partner'] as const) assert.ok(MEMBERSHIP_STATUSES.includes(s), s);
});

const TABLE: Array<[on: string, members: string[], others: Array<[string, string]>]> = [
  ['2020-01-01', ['AAA', 'BBB'], []],
  ['2023-01-01', ['AAA', 'BBB'], [['CCC', 'candidate']]],
  [
    '2025-06-01',
    ['AAA', 'BBB'],
    [
      ['CCC', 'candidate'],
      ['DDD', 'partner'],
    ],
  ],
];

for (const [on, members, others] of TABLE) {
  test(`a candidate and a partner are listed among the others, never as members (PACT ${on})`, async () => {
    const a = await graph.members('PACT', parseDateQuery(on));
    assert.deepEqual(a.members.map((m) => m.id).sort(), members);
    assert.deepEqual(a.others.map((m) => [m.id, m.status]).sort(), others);
  });
}

test('asking for members and observers still leaves candidates and partners among the others', async () => {
  const a = await graph.members('PACT', parseDateQuery('2025-06-01'), { statuses: ['member', 'observer'] });
  assert.deepEqual(a.members.map((m) => m.id).sort(), ['AAA', 'BBB']);
  assert.deepEqual(a.others.map((m) => m.status).sort(), ['candidate', 'partner']);
});
