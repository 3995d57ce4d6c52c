import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../src/ingest/article.js';
import { EntenteError } from '../../src/core/errors.js';
import { isTransient } from '../../src/queue/transient-error.js';
import type { ClaimedJob, QueueCounts, WorkQueue } from '../../src/queue/work-queue.js';
import { runWorker, type ProcessOutcome } from '../../src/queue/worker-loop.js';
import { fixtureArticles } from './article-fixtures.js';

/** A queue in memory that records what the worker told it; `down` makes every call fail like a lost server. */
function memoryQueue(articles: Article[]) {
  const waiting = articles.map((a) => a.id);
  const completed: string[] = [];
  const failed: string[] = [];
  let down = 0;
  const guard = () => {
    if (down > 0) {
      down -= 1;
      throw new Error('Connection terminated unexpectedly');
    }
  };
  const queue: WorkQueue = {
    async enqueue() {
      return { added: 0, present: 0 };
    },
    async claim(max) {
      guard();
      return waiting
        .splice(0, max)
        .map((id): ClaimedJob => ({ id, article: articles.find((a) => a.id === id)!, payloadError: null, retries: 0, leaseSeconds: 30 }));
    },
    async complete(ids) {
      guard();
      completed.push(...ids);
      return ids.length;
    },
    async fail(id) {
      guard();
      failed.push(id);
    },
    async counts(): Promise<QueueCounts> {
      guard();
      return { queued: waiting.length, running: 0, done: completed.length, failed: failed.length };
    },
    async parked() {
      return [];
    },
    async expireLeases() {},
    async close() {},
  };
  return { queue, completed, failed, failNextCalls: (n: number) => (down = n) };
}

const quiet = { info() {}, warn() {} };
const ok = async (): Promise<ProcessOutcome> => ({ stored: true, events: 2 });

test('processes every job once and exits when idle', async () => {
  const articles = fixtureArticles(5);
  const m = memoryQueue(articles);
  const report = await runWorker({ queue: m.queue, process: ok, log: quiet, signal: new AbortController().signal, exitWhenIdle: true, batch: 2, pollMs: 10 });
  assert.deepEqual(
    m.completed,
    articles.map((a) => a.id),
  );
  assert.equal(report.processed, 5);
  assert.equal(report.events, 10);
});

test('a lost connection while storing is retried in place, not counted against the article', async () => {
  const articles = fixtureArticles(3);
  const m = memoryQueue(articles);
  let calls = 0;
  const flaky = async (): Promise<ProcessOutcome> => {
    calls += 1;
    if (calls === 2) throw Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    return { stored: true, events: 1 };
  };
  const report = await runWorker({ queue: m.queue, process: flaky, log: quiet, signal: new AbortController().signal, exitWhenIdle: true, pollMs: 10 });
  assert.equal(report.processed, 3);
  assert.deepEqual(m.failed, []);
  assert.equal(calls, 4);
});

test('a lost connection while claiming or acknowledging is waited out', async () => {
  const articles = fixtureArticles(2);
  const m = memoryQueue(articles);
  m.failNextCalls(2);
  const report = await runWorker({ queue: m.queue, process: ok, log: quiet, signal: new AbortController().signal, exitWhenIdle: true, pollMs: 10 });
  assert.equal(report.processed, 2);
  assert.deepEqual(
    m.completed,
    articles.map((a) => a.id),
  );
});

test('an article that fails is reported to the queue and the worker goes on', async () => {
  const articles = fixtureArticles(3);
  const m = memoryQueue(articles);
  const poison = async (a: Article): Promise<ProcessOutcome> => {
    if (a.id === articles[1]!.id) throw new RangeError('Invalid time value');
    return { stored: true, events: 0 };
  };
  const report = await runWorker({ queue: m.queue, process: poison, log: quiet, signal: new AbortController().signal, exitWhenIdle: true, pollMs: 10 });
  assert.deepEqual(m.failed, [articles[1]!.id]);
  assert.equal(report.failed, 1);
  assert.equal(report.processed, 2);
});

test('a drain finishes and acknowledges the jobs in hand, then claims no more', async () => {
  const articles = fixtureArticles(6);
  const m = memoryQueue(articles);
  const controller = new AbortController();
  const slow = async (): Promise<ProcessOutcome> => {
    controller.abort();
    await new Promise((r) => setTimeout(r, 20));
    return { stored: true, events: 0 };
  };
  const report = await runWorker({ queue: m.queue, process: slow, log: quiet, signal: controller.signal, batch: 2, pollMs: 10 });
  assert.equal(report.processed, 2);
  assert.deepEqual(
    m.completed,
    articles.slice(0, 2).map((a) => a.id),
  );
});

test('connection errors are told apart from article errors', () => {
  assert.equal(isTransient(Object.assign(new Error('x'), { code: '57P01' })), true);
  assert.equal(isTransient(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })), true);
  assert.equal(isTransient(new Error('Connection terminated unexpectedly')), true);
  assert.equal(isTransient(new Error('wrapped', { cause: Object.assign(new Error('y'), { code: '08006' }) })), true);
  // Kysely's error after a failed rollback on a dropped connection, which replaces the one that dropped it.
  assert.equal(isTransient(new Error('Postgres connection has been discarded')), true);
  // The store's own error when opening or migrating failed keeps the driver's as its cause.
  const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
  assert.equal(isTransient(Object.assign(new EntenteError('STORE', 'Cannot open the postgres database'), { cause: terminated })), true);
  assert.equal(isTransient(new EntenteError('STORE', 'Migration 007 failed: syntax error')), false);
  assert.equal(isTransient(Object.assign(new Error('duplicate key'), { code: '23505' })), false);
  assert.equal(isTransient(new RangeError('Invalid time value')), false);
});
