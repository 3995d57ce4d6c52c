import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import type { ApiServer } from '../../src/api/route.js';
import { createApp, type App } from '../../src/app.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { FIXTURE_BUNDLE } from '../fixtures/news/fixture-graph.js';

let app: App;
let server: ApiServer;
before(async () => {
  app = await createApp({ db: ':memory:', dataDir: writeDataDir(FIXTURE_BUNDLE), logLevel: 'silent', today: '2026-12-06' });
  await app.ensureLoaded();
  server = await buildServer(app, {});
});
after(async () => {
  await server.close();
  await app.close();
});

const get = async (url: string) => (await server.inject({ method: 'GET', url })).json();
const post = async (url: string, body: unknown) =>
  (await server.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } })).statusCode;
const kyrgyzBases = async (on: string) => (await get(`/api/bases?on=${on}&host=KGZ`)).bases.map((b: { user: { id: string } }) => b.user.id);

/** Invented: Russia closes its base in Kyrgyzstan; a forecast about Tajikistan is no fact. */
const ARTICLE = [
  'Moscow closes Kyrgyz base',
  '',
  'November 13, 2026',
  '',
  'Russia closed its air base in Kyrgyzstan on Monday, the defence ministry said. Russia could close its base in Tajikistan next year.',
].join('\n');

test('an accepted base closure ends the base from its day; the review says what it changes', async () => {
  assert.equal(await post('/api/articles', { text: ARTICLE }), 200);
  const { facts } = await get('/api/facts?review=pending');
  assert.deepEqual(
    facts.map((f: any) => `${f.subject.id} ${f.predicate} ${f.object.id} ${f.status} ${f.from} ${f.rule}`),
    ['KGZ hosts_base_of RUS withdrawn 2026-11-09 base.closed'],
    'the forecast is no fact',
  );
  assert.equal((await get(`/api/facts/${facts[0].id}`)).impact.text, 'KGZ on 2026-11-09: 1 base of RUS -> 0');
  assert.deepEqual(await kyrgyzBases('2026-11-20'), ['RUS']);
  assert.equal(await post(`/api/facts/${facts[0].id}/accept`, {}), 200);
  assert.deepEqual(await kyrgyzBases('2026-11-20'), [], 'closed from 2026-11-09');
  assert.deepEqual(await kyrgyzBases('2026-11-08'), ['RUS'], 'the day before it still stood');
});
