import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createApp, type App } from '../../src/app.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { apiWorld } from './api-world.js';

/** Unattended feeds: a change two articles state alike, confident enough, is accepted without a reviewer. */
let app: App;
const dataDir = writeDataDir(apiWorld);
before(async () => {
  app = await createApp({
    db: ':memory:',
    dataDir,
    logLevel: 'silent',
    today: '2026-12-06',
    env: { ENTENTE_AUTO_ACCEPT_CONFIDENCE: '0.8', ENTENTE_AUTO_ACCEPT_ARTICLES: '2' },
  });
  await app.ensureLoaded();
});
after(() => app.close());

async function drain(results: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of results);
}

const article = (title: string, body: string) => ({ name: `${title}.txt`, bytes: new TextEncoder().encode(`${title}\n\nNovember 13, 2026\n\n${body}`) });

test('one article is not enough; a second, independent one stating the same change is', async () => {
  await drain(app.news.ingestUpload(article('Borduria joins', 'Borduria joined the Customs Union on Monday, its government said.')));
  assert.equal((await app.facts.list('pending')).facts.length, 1);
  assert.equal((await app.facts.list('accepted')).facts.length, 0);
  await drain(app.news.ingestUpload(article('Customs bloc grows', 'Officials said Borduria joined the Customs Union on Monday.')));
  assert.equal((await app.facts.list('pending')).facts.length, 0);
  const accepted = (await app.facts.list('accepted')).facts;
  assert.equal(accepted.length, 2);
  assert.match(accepted[0]!.reason ?? '', /accepted unattended: confidence 0\.90 >= 0\.8, 2 articles agree/);
  const members = await app.graph.members('CUX', { date: '2026-11-20' as never, precision: 'day' });
  assert.ok(members.members.some((m) => m.id === 'BBB' && m.sources[0]!.dataset === 'news'));
});

test('a policy that is no number stops the app at start, saying what it expected', async () => {
  await assert.rejects(
    createApp({ db: ':memory:', dataDir, logLevel: 'silent', env: { ENTENTE_AUTO_ACCEPT_CONFIDENCE: 'high' } }),
    /ENTENTE_AUTO_ACCEPT_CONFIDENCE: expected a number in \(0, 1\], found "high"/,
  );
});
