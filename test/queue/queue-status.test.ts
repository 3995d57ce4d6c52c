import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeFixtureJsonl } from './article-fixtures.js';
import { queueSuite, statusJson } from './queue-harness.js';

// A long lease: this file checks counts, and a loaded machine must not make a slow first article come back.
const suite = await queueSuite('entente_qstatus', { ENTENTE_QUEUE_LEASE: '120' });

test('status --json has exactly the documented keys, all counts', { skip: suite.skip, timeout: 300_000 }, async () => {
  const r = suite.run();
  const empty = await statusJson(r);
  assert.deepEqual(Object.keys(empty), ['queued', 'running', 'done', 'failed', 'articles']);
  assert.deepEqual(empty, { queued: 0, running: 0, done: 0, failed: 0, articles: 0 });

  const file = writeFixtureJsonl(r.dir, 6);
  const first = await r.cli(['enqueue', file, '--json']);
  assert.equal(first.code, 0, first.err);
  assert.deepEqual(JSON.parse(first.out), { read: 6, added: 6, present: 0, problems: [], feeds: [] });
  assert.deepEqual(await statusJson(r), { queued: 6, running: 0, done: 0, failed: 0, articles: 0 });
  const again = JSON.parse((await r.cli(['enqueue', file, '--json'])).out);
  assert.deepEqual([again.added, again.present], [0, 6]);

  const w = await r.cli(['worker', '--exit-when-idle', '--json']);
  assert.equal(w.code, 0, w.err);
  const report = JSON.parse(w.out);
  assert.deepEqual([report.processed, report.stored, report.duplicates, report.failed], [6, 6, 0, 0]);
  assert.deepEqual(await statusJson(r), { queued: 0, running: 0, done: 6, failed: 0, articles: 6 });
});

test('the queue commands on the SQLite store say they need PostgreSQL, exit 2', { skip: suite.skip, timeout: 120_000 }, async () => {
  const r = suite.run();
  const sqlite = join(mkdtempSync(join(tmpdir(), 'entente-qstatus-')), 'db.sqlite');
  const res = await r.cli(['--db', sqlite, 'status']);
  assert.equal(res.code, 2);
  assert.match(res.err, /The work queue runs on PostgreSQL: expected ENTENTE_DATABASE_URL to be set/);
});
