import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPgBossQueue } from '../../src/queue/pg-boss-queue.js';
import { queueSchemaFor } from '../../src/queue/queue-policy.js';
import type { IsoDate } from '../../src/core/time.js';
import { fixtureArticles } from './article-fixtures.js';
import { queueSuite, statusJson } from './queue-harness.js';

const RETRIES = 2;
const suite = await queueSuite('entente_qpoison', { ENTENTE_QUEUE_RETRIES: String(RETRIES), ENTENTE_QUEUE_LEASE: '120' });

test('a poison article is retried a bounded number of times, then parked with its error; the rest go through', {
  skip: suite.skip,
  timeout: 300_000,
}, async () => {
  const r = suite.run();
  const good = fixtureArticles(4);
  // A producer elsewhere (another version, a bug) wrote a job no attempt can process: month 13 would break the
  // pipeline's date arithmetic, and the payload check refuses it on every delivery.
  const poison = { ...fixtureArticles(1, 50)[0]!, published: '2012-13-45' as IsoDate, origin: 'wire:poison' };
  const queue = await openPgBossQueue({
    url: r.url,
    schema: queueSchemaFor(r.schema),
    policy: { retryLimit: RETRIES, retryDelaySeconds: 0, leaseSeconds: 120, maintenanceSeconds: 1 },
    supervise: false,
  });
  assert.deepEqual(await queue.enqueue([...good.slice(0, 2), poison, ...good.slice(2)]), { added: 5, present: 0 });
  await queue.close();

  const w = r.worker();
  const result = await w.exited;
  assert.equal(result.code, 0, result.err);

  assert.deepEqual(await statusJson(r), { queued: 0, running: 0, done: 4, failed: 1, articles: 4 });
  const detailed = JSON.parse((await r.cli(['status', '--json', '--failures'])).out);
  assert.equal(detailed.parked.length, 1);
  assert.equal(detailed.parked[0].origin, 'wire:poison');
  assert.equal(detailed.parked[0].attempts, RETRIES + 1);
  assert.match(detailed.parked[0].error, /unreadable job payload: field article.published: a calendar day YYYY-MM-DD; found "2012-13-45"/);
  const human = await r.cli(['status']);
  assert.match(human.out, /parked after their retries/);
  assert.match(human.out, /wire:poison\s+3\s+unreadable job payload/);
});
