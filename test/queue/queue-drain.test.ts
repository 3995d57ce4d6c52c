import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeFixtureJsonl } from './article-fixtures.js';
import { queueSuite, statusJson } from './queue-harness.js';

// A long lease: what is checked here is that a drained worker leaves nothing leased, not that leases expire.
const suite = await queueSuite('entente_qdrain', { ENTENTE_QUEUE_LEASE: '120' });

test('SIGTERM drains: the job in hand is finished and acknowledged, nothing stays leased, the rest stays queued', {
  skip: suite.skip,
  timeout: 300_000,
}, async () => {
  const r = suite.run();
  const N = 30;
  assert.equal((await r.cli(['enqueue', writeFixtureJsonl(r.dir, N, 'drain.jsonl')])).code, 0);
  const w = r.worker([], {});
  await w.reached(3);
  w.child.kill('SIGTERM');
  const res = await w.exited;
  assert.equal(res.code, 0, res.err);
  const s = await statusJson(r);
  assert.equal(s.running, 0, 'nothing left leased');
  assert.equal(s.done, w.done());
  assert.equal(s.articles, w.done());
  assert.equal(s.queued, N - w.done());
  assert.ok(w.done() < N, 'the drain stopped the worker before the queue was empty');
});

test('--concurrency 2 runs two worker processes that share the queue and exit when it is empty', { skip: suite.skip, timeout: 300_000 }, async () => {
  const r = suite.run();
  const left = (await statusJson(r)).queued as number;
  assert.ok(left > 0, 'the first test left articles queued');
  const pool = await r.cli(['worker', '--concurrency', '2', '--exit-when-idle', '--json']);
  assert.equal(pool.code, 0, pool.err);
  const reports = pool.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { pid: number; processed: number });
  assert.equal(reports.length, 2);
  assert.notEqual(reports[0]!.pid, reports[1]!.pid);
  const s = await statusJson(r);
  assert.deepEqual({ queued: s.queued, running: s.running, failed: s.failed }, { queued: 0, running: 0, failed: 0 });
  assert.equal(s.articles, 30);
  assert.equal(reports[0]!.processed + reports[1]!.processed, left);
});
