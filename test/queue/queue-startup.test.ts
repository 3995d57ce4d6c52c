import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';
import { writeFixtureJsonl } from './article-fixtures.js';
import { queueSuite, statusJson, terminateRunConnections, type QueueRun, type WorkerProcess } from './queue-harness.js';

const suite = await queueSuite('entente_qstartup', { ENTENTE_QUEUE_LEASE: '120' });

/**
 * The first table each start-up step of a worker reads, in the order a worker reaches them: the migrator its
 * list of applied migrations, the reference check the stored version, the preload every alias.
 */
const STEPS = [
  { step: 'migrations', table: 'kysely_migration' },
  { step: 'reference-data check', table: 'meta' },
  { step: 'graph preload', table: 'aliases' },
] as const;

/** A connection of the test's own (not tagged as the run's, so not terminated) holding `table` locked. */
async function lockTable(r: QueueRun, table: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: r.url, application_name: 'entente-test-lock' });
  await client.connect();
  await client.query('begin');
  await client.query(`lock table "${r.schema}"."${table}" in access exclusive mode`);
  return client;
}

/**
 * Waits until a connection of the run other than `previous` waits for the lock on `table`, and returns its pid;
 * throws if the worker exits first.
 */
async function blockedOn(r: QueueRun, w: WorkerProcess, table: string, previous?: number): Promise<number> {
  for (;;) {
    const rows = await r.query<{ pid: number }>(
      `select l.pid from pg_locks l join pg_stat_activity a on a.pid = l.pid
        where not l.granted and l.relation = $1::regclass and a.application_name = $2`,
      [`"${r.schema}"."${table}"`, r.schema],
    );
    const pid = rows.map((row) => row.pid).find((p) => p !== previous);
    if (pid !== undefined) return pid;
    if (w.child.exitCode !== null) {
      const res = await w.exited;
      throw new Error(`the worker exited (${res.code}) instead of waiting on ${table} again:\n${res.err}`);
    }
    await new Promise((res) => setTimeout(res, 25));
  }
}

test('connections dropped during each start-up step of a worker (migrations, reference check, graph preload): it waits each out and finishes its jobs', {
  skip: suite.skip,
  timeout: 300_000,
}, async (t) => {
  const r = suite.run();
  const N = 6;
  const enq = await r.cli(['enqueue', writeFixtureJsonl(r.dir, N)]);
  assert.equal(enq.code, 0, enq.err);

  // Every step is held at its table before the worker starts, then let through one at a time: the worker stops
  // at each in turn, and there its connections are dropped, as a restarting server would.
  const locks = await Promise.all(STEPS.map((s) => lockTable(r, s.table)));
  const w = r.worker();
  try {
    for (const [i, { step, table }] of STEPS.entries()) {
      const first = await blockedOn(r, w, table);
      const terminated = await terminateRunConnections(r);
      assert.ok(terminated > 0, `${step}: the worker's connections were there to terminate`);
      // The same step asked again, on a new connection: the worker waited the drop out instead of exiting.
      await blockedOn(r, w, table, first);
      await locks[i]!.query('commit');
      t.diagnostic(`${step}: ${terminated} connections dropped, the worker tried again`);
    }
  } finally {
    await Promise.all(locks.map((c) => c.end()));
  }
  const res = await w.exited;
  assert.equal(res.code, 0, res.err);
  assert.ok(w.warnings().filter((line) => line.includes('waiting for the database')).length >= STEPS.length, 'each drop was waited out');
  assert.deepEqual(await statusJson(r), { queued: 0, running: 0, done: N, failed: 0, articles: N });
});
