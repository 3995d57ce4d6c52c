import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFixtureJsonl } from './article-fixtures.js';
import { queueSuite, statusJson, terminateRunConnections } from './queue-harness.js';

const N = 40;
const suite = await queueSuite('entente_qrestart');

test('every connection of the run dropped three times mid-run: the workers reconnect and finish, nothing lost or doubled', {
  skip: suite.skip,
  timeout: 600_000,
}, async (t) => {
  const r = suite.run();
  const enq = await r.cli(['enqueue', writeFixtureJsonl(r.dir, N)]);
  assert.equal(enq.code, 0, enq.err);
  const workers = [r.worker(), r.worker()];
  const done = () => workers.reduce((n, w) => n + w.done(), 0);
  let terminated = 0;
  for (const mark of [4, 14, 24]) {
    // Wait for the run to reach the mark, then pull the rug: what a restarted server does to its clients.
    while (done() < mark && workers.some((w) => w.child.exitCode === null)) await new Promise((res) => setTimeout(res, 20));
    terminated += await terminateRunConnections(r);
  }
  const results = await Promise.all(workers.map((w) => w.exited));
  for (const res of results) assert.equal(res.code, 0, res.err);
  t.diagnostic(`${terminated} backends terminated; worker warnings: ${workers.reduce((n, w) => n + w.warnings().length, 0)}`);
  assert.ok(terminated >= 3, 'connections were there to terminate');

  assert.deepEqual(await statusJson(r), { queued: 0, running: 0, done: N, failed: 0, articles: N });
  const [counts] = await r.query<{ articles: number; events: number; distinct_events: number }>(
    'select (select count(*)::int from articles) as articles, (select count(*)::int from events) as events, (select count(distinct (article_id, seq))::int from events) as distinct_events',
  );
  assert.equal(counts!.articles, N);
  assert.equal(counts!.events, counts!.distinct_events);
  assert.ok(counts!.events > N);
});
