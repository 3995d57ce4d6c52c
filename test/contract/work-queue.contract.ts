import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { QueuePolicy, WorkQueue } from '../../src/queue/work-queue.js';
import { fixtureArticles } from '../queue/article-fixtures.js';

export interface QueueHandle {
  readonly queue: WorkQueue;
  close(): Promise<void>;
}

/** Short lease, no retry delay, two retries: the suite sees a lost lease and a parked job in seconds. */
export const CONTRACT_POLICY: QueuePolicy = { retryLimit: 2, retryDelaySeconds: 0, leaseSeconds: 1, maintenanceSeconds: 60 };

/** One suite for the WorkQueue port, run on every implementation (today: pg-boss on PostgreSQL). */
export function workQueueContract(name: string, open: (policy: QueuePolicy) => Promise<QueueHandle>): void {
  describe(`WorkQueue contract: ${name}`, () => {
    let h: QueueHandle;
    const articles = fixtureArticles(6);
    before(async () => {
      h = await open(CONTRACT_POLICY);
    });
    after(async () => {
      await h?.close();
    });

    test('an empty queue counts zeros', async () => {
      assert.deepEqual(await h.queue.counts(), { queued: 0, running: 0, done: 0, failed: 0 });
    });

    test('enqueues each article once, by content hash', async () => {
      assert.deepEqual(await h.queue.enqueue(articles.slice(0, 4)), { added: 4, present: 0 });
      assert.deepEqual(await h.queue.enqueue([articles[0]!, articles[0]!, articles[4]!]), { added: 1, present: 2 });
      assert.equal((await h.queue.counts()).queued, 5);
    });

    test('a claimed job carries the whole article and is leased to one worker', async () => {
      const [job] = await h.queue.claim(1);
      assert.ok(job);
      assert.equal(job.retries, 0);
      assert.equal(job.leaseSeconds, CONTRACT_POLICY.leaseSeconds);
      assert.deepEqual(
        job.article,
        articles.find((a) => a.id === job.article?.id),
      );
      assert.equal((await h.queue.counts()).running, 1);
      assert.equal(await h.queue.complete([job.id]), 1);
      const c = await h.queue.counts();
      assert.equal(c.running, 0);
      assert.equal(c.done, 1);
    });

    test('a done article is not queued again', async () => {
      assert.deepEqual(await h.queue.enqueue(articles.slice(0, 5)), { added: 0, present: 5 });
    });

    test('claims never hand one job to two workers', async () => {
      const [a, b] = await Promise.all([h.queue.claim(2), h.queue.claim(2)]);
      const ids = [...a, ...b].map((j) => j.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.equal(ids.length, 4);
      assert.equal(await h.queue.complete(ids), 4);
      assert.deepEqual(await h.queue.counts(), { queued: 0, running: 0, done: 5, failed: 0 });
    });

    test('a job whose lease runs out returns to the queue with one retry counted', async () => {
      await h.queue.enqueue([articles[5]!]);
      const [first] = await h.queue.claim(1);
      assert.ok(first);
      await new Promise((r) => setTimeout(r, (CONTRACT_POLICY.leaseSeconds + 0.5) * 1000));
      await h.queue.expireLeases();
      const [again] = await h.queue.claim(1);
      assert.equal(again?.id, first.id);
      assert.equal(again?.retries, 1);
      assert.equal(await h.queue.complete([again!.id]), 1);
      assert.equal(await h.queue.complete([again!.id]), 0, 'a second acknowledgement finds nothing leased');
    });

    test('a failing job is retried a bounded number of times, then parked with its error', async () => {
      const [poison] = fixtureArticles(1, 100);
      await h.queue.enqueue([poison!]);
      let attempts = 0;
      for (;;) {
        const [job] = await h.queue.claim(1);
        if (!job) break;
        attempts += 1;
        await h.queue.fail(job.id, new Error(`cannot read item ${attempts}`));
      }
      assert.equal(attempts, CONTRACT_POLICY.retryLimit + 1);
      assert.equal((await h.queue.counts()).failed, 1);
      const [parked] = await h.queue.parked(5);
      assert.equal(parked?.origin, poison!.origin);
      assert.equal(parked?.error, `cannot read item ${attempts}`);
      assert.equal(parked?.attempts, attempts);
    });
  });
}
