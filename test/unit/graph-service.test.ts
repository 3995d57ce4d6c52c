import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EntenteError } from '../../src/core/errors.js';
import { parseDateQuery } from '../../src/core/time.js';
import { GraphService } from '../../src/graph/graph-service.js';
import { openStore, type Stores } from '../../src/store/open-store.js';
import { fact, smallWorld } from '../fixtures/graph/small-world.js';

let stores: Stores;
let graph: GraphService;
const on = (s: string) => parseDateQuery(s);

before(async () => {
  stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  await stores.graph.loadReference(smallWorld);
  graph = new GraphService(stores.graph);
});
after(() => stores.close());

const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id).sort();

test('members follow the curated source first and list every source that agrees', async () => {
  const a = await graph.members('PACT', on('2012-05-15'));
  assert.deepEqual(ids(a.members), ['AAA', 'BBB', 'DDD']);
  const aaa = a.members.find((m) => m.id === 'AAA')!;
  assert.deepEqual(
    aaa.sources.map((s) => s.dataset),
    ['curated', 'treaty', 'igo'],
  );
  assert.equal(a.following, 'precedence');
});

test('a suspended member leaves the member list and shows among the others', async () => {
  const a = await graph.members('PACT', on('2012-07-01'));
  assert.deepEqual(ids(a.members), ['AAA', 'BBB']);
  assert.deepEqual(
    a.others.map((m) => [m.id, m.status]),
    [['DDD', 'suspended']],
  );
  const all = await graph.members('PACT', on('2012-07-01'), { statuses: ['member', 'suspended'] });
  assert.deepEqual(ids(all.members), ['AAA', 'BBB', 'DDD']);
});

test('where sources disagree the answer says so, and a source can be followed on request', async () => {
  const a = await graph.members('PACT', on('2004-06-01'));
  assert.deepEqual(ids(a.members), ['AAA', 'BBB']);
  const d = a.disagreements.find((x) => x.id === 'DDD');
  assert.deepEqual(d?.says, [
    { dataset: 'curated', status: null },
    { dataset: 'treaty', status: null },
    { dataset: 'igo', status: 'member' },
  ]);
  const igo = await graph.members('PACT', on('2004-06-01'), { source: 'igo' });
  assert.deepEqual(ids(igo.members), ['AAA', 'DDD']);
  assert.equal(igo.following, 'igo');
});

test('before the organization existed, its founding treaty answers', async () => {
  const a = await graph.members('PACT', on('1995-01-01'));
  assert.deepEqual(ids(a.members), ['AAA', 'BBB', 'DDD']);
  assert.ok(a.members.every((m) => m.sources[0]!.dataset === 'treaty'));
  assert.match(a.notes.join(' '), /founded on 2002-10-07/);
  // Signed in 1992, the treaty binds from its entry into force (treatyInForce 1994-04-20): nobody before.
  assert.deepEqual(ids((await graph.members('PACT', on('1993-06-01'))).members), []);
});

test('a bare year is evaluated on 1 July and the answer says so', async () => {
  const a = await graph.members('pto', on('2004'));
  assert.equal(a.on, '2004-07-01');
  assert.match(a.notes.join(' '), /bare year/);
});

test('an organization after its dissolution has no members, and the answer says why', async () => {
  const a = await graph.members('OLDU', on('2016-01-01'));
  assert.equal(a.members.length, 0);
  assert.match(a.notes.join(' '), /dissolved on 2014-12-31/);
  const orgs = await graph.organizations('CCC', on('2016-01-01'));
  assert.deepEqual(ids(orgs.organizations), []);
});

test('names, acronyms and foreign names resolve case-insensitively', async () => {
  for (const name of ['PACT', 'pact', 'PTO', 'pact treaty organization', 'Organisation du Pacte']) {
    assert.equal((await graph.resolveOrganization(name)).id, 'PACT', name);
  }
  assert.equal((await graph.resolveState('avarian republic')).id, 'AAA');
});

test('an unknown name fails with the closest names', async () => {
  await assert.rejects(graph.members('Pact Treaty Organisaton', on('2012-05-15')), (e: unknown) => {
    assert.ok(e instanceof EntenteError);
    assert.equal(e.code, 'UNKNOWN_ENTITY');
    assert.ok(
      e.details.suggestions?.some((s) => s.startsWith('PACT')),
      String(e.details.suggestions),
    );
    return true;
  });
});

test('a state lists its organizations and its alliances with their phase', async () => {
  const a = await graph.organizations('DDD', on('2012-05-15'));
  assert.deepEqual(ids(a.organizations), ['PACT']);
  assert.deepEqual(
    a.alliances.map((x) => [x.id, x.phase]),
    [['ATOP9001', 2]],
  );
});

test('history lists every change from every source and marks the followed ones', async () => {
  const h = await graph.history('PACT');
  const ddd = h.entries.filter((e) => e.state.id === 'DDD');
  const curated = ddd.filter((e) => e.source.dataset === 'curated').map((e) => [e.date, e.change, e.status]);
  assert.deepEqual(curated, [
    ['2006-08-16', 'joined', 'member'],
    ['2012-06-28', 'left', 'member'],
    ['2012-06-28', 'joined', 'suspended'],
    ['2012-12-20', 'left', 'suspended'],
  ]);
  assert.ok(ddd.find((e) => e.source.dataset === 'igo' && e.change === 'joined')?.followed === false);
  assert.ok(ddd.find((e) => e.source.dataset === 'curated' && e.change === 'joined')?.followed === true);
});

test('leaders on a day, with office and sources', async () => {
  const a = await graph.leaders('Avaria', on('2012-05-15'));
  assert.deepEqual(
    a.leaders.map((l) => [l.person.name, l.office, l.from]),
    [['Vlad Avarov', 'head_of_state', '2012-05-07']],
  );
  const before = await graph.leaders('AAA', on('2012-05-06'));
  assert.equal(before.leaders.length, 0);
});

test('bases on a day', async () => {
  const a = await graph.bases(on('2012-05-15'));
  assert.deepEqual(
    a.bases.map((b) => [b.host.id, b.user.id, b.base]),
    [['CCC', 'AAA', '201st base']],
  );
});

test('an unknown source is a usage error naming the known ones', async () => {
  await assert.rejects(graph.members('PACT', on('2012-05-15'), { source: 'nope' }), /expected one of curated, treaty, leaders, igo/);
});

test('in history, a withdrawal that begins is the state leaving, not joining', async () => {
  const withdrawal = fact('c:DDD:w', 'DDD', 'member_of', 'PACT', '2012-12-20', '9999-12-31', 'curated', { status: 'withdrawn' });
  const own = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  try {
    await own.graph.loadReference({ ...smallWorld, facts: [...smallWorld.facts, withdrawal] });
    const h = await new GraphService(own.graph).history('PACT');
    const last = h.entries.filter((e) => e.state.id === 'DDD' && e.source.dataset === 'curated').at(-1);
    assert.deepEqual([last?.date, last?.change, last?.status], ['2012-12-20', 'left', 'withdrawn']);
  } finally {
    await own.close();
  }
});
