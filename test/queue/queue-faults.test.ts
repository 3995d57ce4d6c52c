import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { openPgBossQueue } from '../../src/queue/pg-boss-queue.js';
import { policyFromEnv, queueSchemaFor } from '../../src/queue/queue-policy.js';
import type { WorkQueue } from '../../src/queue/work-queue.js';
import { fixtureArticles, writeFixtureJsonl } from './article-fixtures.js';
import { queueSuite, type WorkerProcess } from './queue-harness.js';

const KILLS = 5;
const WAVE = 24;
let queue: WorkQueue | undefined;
const suite = await queueSuite(
  'entente_qfault',
  {},
  {
    setup: async (run) => {
      queue = await openPgBossQueue({ url: run.url, schema: queueSchemaFor(run.schema), policy: policyFromEnv(run.env), supervise: false });
    },
    teardown: async () => {
      await queue?.close();
    },
  },
);

/** Events as (article, seq, codes, date, sentence) rows, sorted: the same multiset on both stores means each event once. */
type EventRow = { article_id: string; seq: number; source: string; target: string | null; cameo: string; event_date: string; sentence: string };
const key = (e: EventRow) => [e.article_id, e.seq, e.source, e.target ?? '', e.cameo, e.event_date, e.sentence].join('|');

test('two workers, one SIGKILLed again and again at random points: every article and every event stored exactly once', {
  skip: suite.skip,
  timeout: 900_000,
}, async (t) => {
  const r = suite.run();
  const q = queue!;
  const pause = (ms: number) => new Promise((res) => setTimeout(res, ms));
  let enqueued = 0;
  const wave = async () => {
    assert.equal((await q.enqueue(fixtureArticles(WAVE, enqueued))).added, WAVE);
    enqueued += WAVE;
  };
  const idle = async () => {
    const c = await q.counts();
    return c.queued + c.running === 0;
  };
  const a = r.worker([], {}, true);
  let b: WorkerProcess = r.worker([], {}, true);
  let seed = 6;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  await a.ready();
  for (let k = 0; k < KILLS; k++) {
    // Work arrives once the (re)started victim is claiming, so that the kill finds it busy: after one or two
    // acknowledged batches and a random few milliseconds, mid-analysis, mid-transaction, or between the commit
    // and the acknowledgement. The warm survivor may drain a wave before the victim's next poll: then another.
    await b.ready();
    assert.equal(b.child.exitCode, null, 'the victim started');
    const target = 4 * (1 + Math.floor(rnd() * 2));
    await wave();
    while (b.done() < target) {
      assert.equal(b.child.exitCode, null, 'the victim is alive until killed');
      if (await idle()) await wave();
      await pause(20);
    }
    await pause(Math.floor(rnd() * 30));
    b.child.kill('SIGKILL');
    await b.exited;
    b = r.worker([], {}, true);
  }
  await b.ready();
  await wave();
  for (;;) {
    const c = await q.counts();
    if (c.done === enqueued) break;
    assert.equal(c.failed, 0, 'no job parked');
    await pause(250);
  }
  a.child.kill('SIGTERM');
  b.child.kill('SIGTERM');
  const [ra, rb] = await Promise.all([a.exited, b.exited]);
  assert.equal(ra.code, 0, ra.err);
  assert.equal(rb.code, 0, rb.err);
  const N = enqueued;

  // Jobs a killed worker held came back after their lease: pg-boss counts each return as a retry.
  const [returned] = await r.query<{ n: number }>(`select count(*)::int as n from ${queueSchemaFor(r.schema)}.job where retry_count > 0`);
  t.diagnostic(`${KILLS} kills; ${returned!.n} jobs came back after a lost lease`);
  assert.ok(returned!.n >= 1, 'kills landed while the victim held jobs');
  assert.deepEqual(await q.counts(), { queued: 0, running: 0, done: N, failed: 0 });
  const [articles] = await r.query<{ n: number; hashes: number }>('select count(*)::int as n, count(distinct content_hash)::int as hashes from articles');
  assert.deepEqual(articles, { n: N, hashes: N });

  // The reference: the same articles through the single-process path on SQLite, where nothing was killed.
  const sqlite = join(mkdtempSync(join(tmpdir(), 'entente-qfault-')), 'ref.sqlite');
  const ref = await r.cli(['--db', sqlite, 'ingest', writeFixtureJsonl(r.dir, N)]);
  assert.equal(ref.code, 0, ref.err);
  const db = new BetterSqlite3(sqlite, { readonly: true });
  const expected = (db.prepare('select article_id, seq, source, target, cameo, event_date, sentence from events').all() as EventRow[]).map(key).sort();
  db.close();
  const actual = (await r.query<EventRow>('select article_id, seq, source, target, cameo, event_date, sentence from events')).map(key).sort();
  assert.ok(expected.length > N, `the fixtures yield events (${expected.length})`);
  assert.deepEqual(actual, expected);
});
