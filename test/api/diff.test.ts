import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffAnswer, seriesAnswer } from '../../src/api/schemas.js';
import { getJson, useServer } from './harness.js';

/** Two days compared and members over time, on the API fixture (Dolmatia's suspension in the Pact on 2012-06-28). */
const h = useServer();
const changes = (body: {
  changes: Array<{ state: { id: string }; organization: { id: string }; change: string; was: string | null; now: string | null; on: string }>;
}) => body.changes.map((c) => [c.organization.id, c.state.id, c.change, c.was, c.now, c.on]);

test('GET diff of an organization: who changed status between two days, on which day, with sources', async () => {
  const { status, body } = await getJson(h, '/api/diff?from=2012-05-15&to=2012-07-15&of=PACT');
  assert.equal(status, 200);
  diffAnswer.parse(body);
  assert.deepEqual(body.subject, { id: 'PACT', name: 'Pact Treaty Organization', kind: 'organization' });
  assert.deepEqual(changes(body), [['PACT', 'DDD', 'changed', 'member', 'suspended', '2012-06-28']]);
  assert.deepEqual(body.counts, { joined: 0, left: 0, changed: 1 });
  assert.equal(body.changes[0].sources[0].dataset, 'curated');
});

test('GET diff of a state by name, and across a departure', async () => {
  const { body } = await getJson(h, '/api/diff?from=2012-05-15&to=2013-06-01&of=Dolmatia');
  assert.deepEqual(body.subject, { id: 'DDD', name: 'Dolmatia', kind: 'state' });
  assert.ok(
    changes(body).some(([org, , change, was, , on]) => org === 'PACT' && change === 'left' && was === 'member' && on === '2012-06-28'),
    JSON.stringify(body.changes),
  );
});

test('GET diff of the whole system lists every organization the graph shows', async () => {
  const { status, body } = await getJson(h, '/api/diff?from=2009-01-01&to=2012-07-15');
  assert.equal(status, 200);
  assert.equal(body.subject, null);
  const rows = changes(body);
  assert.ok(
    rows.some(([org, state, change]) => org === 'CUX' && state === 'AAA' && change === 'joined'),
    JSON.stringify(rows),
  );
  assert.ok(rows.some(([org, state, change]) => org === 'PACT' && state === 'DDD' && change === 'changed'));
  const europe = await getJson(h, '/api/diff?from=2009-01-01&to=2012-07-15&region=Asia');
  assert.ok(
    changes(europe.body).every(([, state]) => state === 'CCC' || state === 'DDD'),
    JSON.stringify(europe.body.changes),
  );
});

test('GET diff refuses a reversed pair of days, a bad day, an unknown name, an unknown type', async () => {
  const reversed = await getJson(h, '/api/diff?from=2013-01-01&to=2012-01-01&of=PACT');
  assert.equal(reversed.status, 400);
  assert.equal(reversed.body.error.code, 'USAGE');
  assert.equal((await getJson(h, '/api/diff?from=2012-02-30')).body.error.code, 'BAD_DATE');
  assert.equal((await getJson(h, '/api/diff')).status, 400);
  const unknown = await getJson(h, '/api/diff?from=2012-01-01&of=Atlantis');
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error.code, 'UNKNOWN_ENTITY');
  assert.equal((await getJson(h, '/api/diff?from=2012-01-01&types=planets')).status, 400);
});

test('GET series: members counted per year and accessions grouped by day', async () => {
  const { status, body } = await getJson(h, '/api/organizations/PTO/series');
  assert.equal(status, 200);
  seriesAnswer.parse(body);
  assert.equal(body.subject.id, 'PACT');
  const count = (year: number) => body.points.find((p: { year: number }) => p.year === year)?.count;
  assert.equal(count(2005), 2);
  assert.equal(count(2010), 3);
  assert.equal(count(2013), 2);
  // Before the organization, its founding treaty's parties answer (as everywhere): the first wave is the treaty's.
  const wave = body.joins.find((j: { on: string }) => j.on === '1992-05-15');
  assert.ok(wave, JSON.stringify(body.joins));
  assert.deepEqual(
    wave.who.map((w: { id: string }) => w.id),
    ['AAA', 'BBB', 'DDD'],
  );
  assert.deepEqual(
    body.leaves.map((l: { on: string }) => l.on),
    ['1999-04-20', '2012-06-28'],
  );
  assert.deepEqual(
    body.treaties.map((t: { id: string }) => t.id),
    ['ATOP9001'],
  );
  const state = await getJson(h, '/api/states/Avaria/series');
  assert.equal(state.status, 200);
  assert.equal(state.body.subject.kind, 'state');
  assert.equal((await getJson(h, '/api/states/Atlantis/series')).status, 404);
});
