import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { queueSchemaFor } from '../../src/queue/queue-policy.js';
import { writeFixtureJsonl } from './article-fixtures.js';
import { openQueueRun, statusJson, type QueueRun, type WorkerProcess } from './queue-harness.js';

const N = 40;
const KILLS = 5;
const opened = await openQueueRun('entente_qfault');
const run = 'skip' in opened ? null : opened;
const skip = 'skip' in opened ? opened.skip : false;

before(async () => {
  if (!run) return;
  const init = await run.cli(['init']);
  assert.equal(init.code, 0, init.err);
});
after(() => run?.close());

/** Events as (article, seq, codes, date, sentence) rows, sorted: the same multiset on both stores means each event once. */
type EventRow = { article_id: string; seq: number; source: string; target: string | null; cameo: string; event_date: string; sentence: string };
const key = (e: EventRow) => [e.article_id, e.seq, e.source, e.target ?? '', e.cameo, e.event_date, e.sentence].join('|');

test('two workers, one SIGKILLed again and again at random points: every article and every event stored exactly once', { skip, timeout: 600_000 }, async (t) => {
  const r = run!;
  const file = writeFixtureJsonl(r.dir, N);
  const enq = await r.cli(['enqueue', file, '--json']);
  assert.equal(enq.code, 0, enq.err);
  assert.equal(JSON.parse(enq.out).added, N);

  const a = r.worker();
  let b: WorkerProcess = r.worker();
  let seed = 6;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  let kills = 0;
  for (let k = 0; k < KILLS; k++) {
    // Let the victim get into its stride (some articles acknowledged), then kill it a random moment later:
    // mid-analysis, mid-transaction, or between commit and acknowledgement.
    await b.reached(1 + Math.floor(rnd() * 3));
    await new Promise((res) => setTimeout(res, Math.floor(rnd() * 40)));
    if (b.child.exitCode !== null) break;
    b.child.kill('SIGKILL');
    await b.exited;
    kills += 1;
    b = r.worker();
  }
  const [ra, rb] = await Promise.all([a.exited, b.exited]);
  assert.equal(ra.code, 0, ra.err);
  assert.equal(rb.code, 0, rb.err);
  assert.ok(kills >= 1, 'the victim was killed at least once');
  // Jobs a killed worker held came back after their lease: pg-boss counts each return as a retry.
  const [returned] = await r.query<{ n: number }>(`select count(*)::int as n from ${queueSchemaFor(r.schema)}.job where retry_count > 0`);
  t.diagnostic(`${kills} kills; ${returned!.n} jobs came back after a lost lease`);
  assert.ok(returned!.n >= 1, 'at least one kill landed while the victim held a job');

  const status = await statusJson(r);
  assert.deepEqual(status, { queued: 0, running: 0, done: N, failed: 0, articles: N });
  const [articles] = await r.query<{ n: number; hashes: number }>('select count(*)::int as n, count(distinct content_hash)::int as hashes from articles');
  assert.deepEqual(articles, { n: N, hashes: N });

  // The reference: the same file through the single-process path on SQLite, where nothing was killed.
  const sqlite = join(mkdtempSync(join(tmpdir(), 'entente-qfault-')), 'ref.sqlite');
  const ref = await r.cli(['--db', sqlite, 'ingest', file]);
  assert.equal(ref.code, 0, ref.err);
  const db = new BetterSqlite3(sqlite, { readonly: true });
  const expected = (db.prepare('select article_id, seq, source, target, cameo, event_date, sentence from events').all() as EventRow[]).map(key).sort();
  db.close();
  const actual = (await r.query<EventRow>('select article_id, seq, source, target, cameo, event_date, sentence from events')).map(key).sort();
  assert.ok(expected.length > N, `the fixtures yield events (${expected.length})`);
  assert.deepEqual(actual, expected);
});
