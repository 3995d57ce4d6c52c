import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { after, before } from 'node:test';
import pg from 'pg';
import { queueSchemaFor } from '../../src/queue/queue-policy.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from '../contract/pg-test-db.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { FIXTURE_BUNDLE } from '../fixtures/news/fixture-graph.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');

export interface CliResult {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** A worker process whose stderr is watched for pino lines ("article done", warnings). */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<CliResult>;
  /** Articles this process has acknowledged so far. */
  done(): number;
  /** Resolves once this process has acknowledged `n` articles (or has exited). */
  reached(n: number): Promise<void>;
  /** Resolves once the worker has loaded what it needs and is claiming (or has exited). */
  ready(): Promise<void>;
  warnings(): string[];
}

/**
 * One PostgreSQL schema (and its queue schema) per test file, the news fixture graph as reference data, and a
 * short lease so that a killed worker's job returns in seconds. Every process of the run tags its connections
 * with one application_name, so the restart test terminates ours and nobody else's.
 */
export interface QueueRun {
  readonly url: string;
  readonly schema: string;
  readonly env: Record<string, string>;
  readonly dir: string;
  cli(args: readonly string[], env?: Record<string, string>): Promise<CliResult>;
  /** `entente worker`, with `--exit-when-idle` unless `untilStopped`. */
  worker(args?: readonly string[], env?: Record<string, string>, untilStopped?: boolean): WorkerProcess;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

async function openQueueRun(prefix: string, policy: Record<string, string> = {}): Promise<QueueRun | { skip: string }> {
  const { url, skip } = await testDatabaseUrl();
  if (!url) return { skip: skip! };
  const schema = uniqueSchema(prefix);
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const env: Record<string, string> = {
    ENTENTE_DATABASE_URL: url,
    ENTENTE_DATABASE_SCHEMA: schema,
    ENTENTE_DATA_DIR: writeDataDir(FIXTURE_BUNDLE),
    ENTENTE_QUEUE_LEASE: '3',
    ENTENTE_QUEUE_MAINTENANCE: '1',
    ENTENTE_QUEUE_RETRY_DELAY: '0',
    ENTENTE_QUEUE_RETRIES: '20',
    PGAPPNAME: schema,
    ...policy,
  };
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  const children = new Set<ChildProcess>();
  const run = (args: readonly string[], extra: Record<string, string> = {}) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    return child;
  };
  const collect = (child: ChildProcess): Promise<CliResult> =>
    new Promise((resolve) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (d) => (out += d));
      child.stderr!.on('data', (d) => (err += d));
      child.on('close', (code) => resolve({ code, out, err }));
    });
  return {
    url,
    schema,
    env,
    dir,
    cli: (args, extra) => collect(run(args, extra)),
    worker(args = [], extra = {}, untilStopped = false) {
      const child = run(['--log-level', 'info', 'worker', ...(untilStopped ? [] : ['--exit-when-idle']), ...args], extra);
      let acknowledged = 0;
      let started = false;
      let onStarted: () => void = () => undefined;
      const startedPromise = new Promise<void>((resolve) => (onStarted = resolve));
      const warnings: string[] = [];
      const waiters: { n: number; resolve: () => void }[] = [];
      createInterface({ input: child.stderr! }).on('line', (line) => {
        if (line.includes('"msg":"article done"')) acknowledged += 1;
        else if (line.includes('"msg":"worker started"')) {
          started = true;
          onStarted();
        } else if (line.includes('"level":40')) warnings.push(line);
        for (const w of waiters.filter((x) => acknowledged >= x.n)) w.resolve();
      });
      const exited = collect(child);
      void exited.then(() => {
        waiters.forEach((w) => w.resolve());
        onStarted();
      });
      return {
        child,
        exited,
        done: () => acknowledged,
        reached: (n) => (acknowledged >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
        ready: () => (started ? Promise.resolve() : startedPromise),
        warnings: () => warnings,
      };
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async close() {
      // A failed or timed-out test leaves its workers running: they must not outlive the run or its schemas.
      for (const child of children) child.kill('SIGKILL');
      await client.end();
      await dropSchema(url, schema);
      await dropSchema(url, queueSchemaFor(schema));
    },
  };
}

export interface QueueSuite {
  /** False, or why the file's tests are skipped (no PostgreSQL answers and CI did not ask for one). */
  readonly skip: string | false;
  /** The file's run, for use inside a test that `skip` guards. */
  run(): QueueRun;
}

export interface QueueSuiteHooks {
  /** After `entente init`, before the first test: servers, extra connections. */
  readonly setup?: (run: QueueRun) => Promise<void>;
  /** After the last test, before the run's processes are killed and its schemas dropped. */
  readonly teardown?: () => Promise<void>;
}

/**
 * The prelude of a queue test file: its own run (schemas, environment), the reference data loaded by
 * `entente init` before the tests, and everything closed after them, failed tests included.
 */
export async function queueSuite(prefix: string, policy: Record<string, string> = {}, hooks: QueueSuiteHooks = {}): Promise<QueueSuite> {
  const opened = await openQueueRun(prefix, policy);
  if ('skip' in opened) {
    const reason = opened.skip;
    return {
      skip: reason,
      run: () => {
        throw new Error(`the queue suite ${prefix} is skipped: ${reason}`);
      },
    };
  }
  before(async () => {
    const init = await opened.cli(['init']);
    assert.equal(init.code, 0, init.err);
    await hooks.setup?.(opened);
  });
  after(async () => {
    try {
      await hooks.teardown?.();
    } finally {
      await opened.close();
    }
  });
  return { skip: false, run: () => opened };
}

/** Terminates every connection of this run (not other runs', not this one's own test client). */
export async function terminateRunConnections(run: QueueRun): Promise<number> {
  const rows = await run.query<{ n: number }>(
    'select count(*) filter (where pg_terminate_backend(pid))::int as n from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()',
    [run.schema],
  );
  return rows[0]?.n ?? 0;
}

/** The run's queue as `entente status --json` reports it. */
export async function statusJson(run: QueueRun): Promise<Record<string, unknown>> {
  const r = await run.cli(['status', '--json']);
  if (r.code !== 0) throw new Error(`status exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as Record<string, unknown>;
}
