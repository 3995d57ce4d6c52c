import assert from 'node:assert/strict';
import { test } from 'node:test';
import { basesAnswer, leadersAnswer, organizationsAnswer } from '../../src/api/schemas.js';
import { getJson, useServer } from './harness.js';

const h = useServer();

test("GET a state's organizations on a day lists organizations and alliances", async () => {
  const { status, body } = await getJson(h, '/api/states/AAA/organizations?on=2012-05-15');
  assert.equal(status, 200);
  organizationsAnswer.parse(body);
  assert.deepEqual(body.organizations.map((o: { id: string }) => o.id).sort(), ['CUX', 'PACT']);
  assert.deepEqual(
    body.alliances.map((a: { id: string; phase: number }) => [a.id, a.phase]),
    [
      ['ATOP4220', 2],
      ['ATOP9001', 2],
    ],
  );
});

test("GET a state's leaders on a day, by alias", async () => {
  const { status, body } = await getJson(h, `/api/states/${encodeURIComponent('Avarian Republic')}/leaders?on=2012-05-15`);
  assert.equal(status, 200);
  leadersAnswer.parse(body);
  assert.deepEqual(
    body.leaders.map((l: { person: { name: string }; office: string }) => [l.person.name, l.office]),
    [['Vlad Avarov', 'head_of_state']],
  );
});

test('GET bases on a day, all of them or one host', async () => {
  const all = await getJson(h, '/api/bases?on=2012-05-15');
  assert.equal(all.status, 200);
  basesAnswer.parse(all.body);
  assert.deepEqual(
    all.body.bases.map((b: { host: { id: string }; user: { id: string }; base: string }) => [b.host.id, b.user.id, b.base]),
    [['CCC', 'AAA', '201st base']],
  );
  const none = await getJson(h, '/api/bases?on=2012-05-15&host=BBB');
  assert.deepEqual(none.body.bases, []);
  const before = await getJson(h, '/api/bases?on=2000-01-01');
  assert.deepEqual(before.body.bases, []);
});

test('GET search completes names for the pickers, states or organizations', async () => {
  const { status, body } = await getJson(h, '/api/search?q=avar');
  assert.equal(status, 200);
  // A name that starts with the text comes before one that only contains it.
  assert.deepEqual(
    body.results.map((r: { id: string }) => r.id),
    ['AAA', 'CUX'],
  );
  const states = await getJson(h, '/api/search?q=avar&kind=state');
  assert.deepEqual(
    states.body.results.map((r: { id: string }) => r.id),
    ['AAA'],
  );
  const orgs = await getJson(h, '/api/search?q=pact&kind=organization');
  assert.ok(orgs.body.results.some((r: { id: string }) => r.id === 'PACT'));
  assert.ok(orgs.body.results.every((r: { kind: string }) => r.kind !== 'state'));
  // A typo still ranks the right one first, and says how it matched.
  const typo = await getJson(h, '/api/search?q=Bordruia');
  assert.equal(typo.body.results[0]?.id, 'BBB');
  assert.equal(typo.body.results[0]?.how, 'typo');
  const none = await getJson(h, '/api/search?q=zzzz');
  assert.deepEqual(none.body.results, []);
  const bad = await getJson(h, '/api/search?q=');
  assert.equal(bad.status, 400);
});

test("a state's organizations take the same status filters as an organization's members", async () => {
  const ids = (b: { organizations: Array<{ id: string; status: string }> }) => b.organizations.map((o) => `${o.id}:${o.status}`).sort();
  const byDefault = await getJson(h, '/api/states/DDD/organizations?on=2012-07-01');
  assert.ok(ids(byDefault.body).includes('PACT:suspended'), ids(byDefault.body).join(' '));
  const members = await getJson(h, '/api/states/DDD/organizations?on=2012-07-01&status=member');
  assert.ok(!ids(members.body).includes('PACT:suspended'), ids(members.body).join(' '));
  const all = await getJson(h, '/api/states/DDD/organizations?on=2012-07-01&all=true');
  assert.ok(ids(all.body).includes('PACT:suspended'));
  const bad = await getJson(h, '/api/states/DDD/organizations?status=sleeping');
  assert.equal(bad.status, 400);
});
