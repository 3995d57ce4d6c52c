/**
 * Issue 6's figures on ../shared/bench/india_police_events_docs.jsonl: articles/s through the work queue on
 * PostgreSQL with 1 and 2 worker processes, beside the single-process path (analyse + store, no queue) on SQLite
 * and on PostgreSQL; the scaling ratio; and the queue's own cost per article (claim + acknowledge around a
 * processor that does nothing). Worker start-up (tsx, graph, dictionaries) is outside the timed window, which
 * runs from the first acknowledged article to the last. Standalone: `npx tsx bench/queue.bench.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { createApp, type App } from '../src/app.js';
import type { IsoDate } from '../src/core/time.js';
import { readArticles } from '../src/ingest/read-articles.js';
import type { Article } from '../src/ingest/article.js';
import { openPgBossQueue } from '../src/queue/pg-boss-queue.js';
import { queueSchemaFor } from '../src/queue/queue-policy.js';
import { runWorker } from '../src/queue/worker-loop.js';
import { figure } from '../scripts/figures/figure.js';
import { printTable } from './stats.js';

const FILE = process.env.BENCH_QUEUE_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'bench', 'india_police_events_docs.jsonl');
const PG_URL = process.env.ENTENTE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = 'entente_bench_queue';
const BIN = join(import.meta.dirname, '..', 'bin', 'entente.js');
const quiet = { info() {}, warn() {} };

/**
 * CPU seconds used so far by every PostgreSQL server process on this machine (Linux /proc; NaN elsewhere or
 * when the server runs on another host). Other sessions' queries count too: run the bench on a quiet server.
 */
function postgresCpuSeconds(): number {
  try {
    let ticks = 0;
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue;
      }
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime + stime, and cutime + cstime: backends that exited during the run live on in the postmaster's.
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    }
    return ticks / 100;
  } catch {
    return Number.NaN;
  }
}

interface Rate {
  readonly articles: number;
  readonly seconds: number;
  /** CPU of the analysing process(es), user + system: the machine's other load does not inflate it. */
  readonly cpuSeconds?: number;
  /** CPU of the PostgreSQL server over the run. */
  readonly dbCpuSeconds?: number;
}
const perSecond = (r: Rate) => r.articles / r.seconds;

/** The single-process path (`entente ingest`): analyse and store each article in one transaction, in order. */
async function direct(app: App): Promise<Rate> {
  await app.news.context();
  const t0 = performance.now();
  const cpu = process.cpuUsage();
  const db0 = postgresCpuSeconds();
  let stored = 0;
  for await (const r of app.news.ingest([FILE])) if (r.kind === 'stored') stored += 1;
  const used = process.cpuUsage(cpu);
  const dbCpuSeconds = app.stores.dialect === 'postgres' ? postgresCpuSeconds() - db0 : undefined;
  return { articles: stored, seconds: (performance.now() - t0) / 1000, cpuSeconds: (used.user + used.system) / 1e6, dbCpuSeconds };
}

async function resetPg(app: App): Promise<void> {
  await sql`truncate articles cascade`.execute(app.stores.db);
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${queueSchemaFor(SCHEMA)} cascade`);
  await client.end();
}

/** Starts `processes` workers (a pool when more than one), waits until they are warm, enqueues the corpus. */
async function throughQueue(app: App, processes: number): Promise<Rate & { enqueuePerSecond: number }> {
  await resetPg(app);
  const env = { ...process.env, ENTENTE_DATABASE_URL: PG_URL, ENTENTE_DATABASE_SCHEMA: SCHEMA };
  const child: ChildProcess = spawn(process.execPath, [BIN, '--log-level', 'info', 'worker', '--json', '--concurrency', String(processes)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let reports = '';
  child.stdout!.on('data', (d: Buffer) => (reports += d.toString()));
  const acks: number[] = [];
  let started = 0;
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.includes('"msg":"article done"')) acks.push(Number(/"time":(\d+)/.exec(line)?.[1]));
    else if (line.includes('"msg":"worker started"')) started += 1;
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 300_000;
  while (started < processes) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${processes} worker(s) did not start (exit code ${child.exitCode})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const t0 = performance.now();
  const db0 = postgresCpuSeconds();
  const summary = await app.queue.enqueue([FILE], { ingestDay: '2026-01-01' as IsoDate });
  const enqueueSeconds = (performance.now() - t0) / 1000;
  // Watched with a plain count: `status` would start a pg-boss instance every time, on a machine it shares.
  const watch = new pg.Client({ connectionString: PG_URL });
  await watch.connect();
  const waiting = `select count(*)::int as n from ${queueSchemaFor(SCHEMA)}.job where state in ('created', 'retry', 'active')`;
  while ((await watch.query(waiting)).rows[0].n > 0) await new Promise((r) => setTimeout(r, 500));
  await watch.end();
  const dbCpuSeconds = postgresCpuSeconds() - db0;
  child.kill('SIGTERM');
  await exited;
  acks.sort((a, b) => a - b);
  const cpuSeconds = reports
    .trim()
    .split('\n')
    .reduce((sum, line) => sum + (JSON.parse(line) as { cpuSeconds: number }).cpuSeconds, 0);
  return { articles: acks.length - 1, seconds: (acks.at(-1)! - acks[0]!) / 1000, cpuSeconds, dbCpuSeconds, enqueuePerSecond: summary.added / enqueueSeconds };
}

/** The queue alone: claim and acknowledge every article around a processor that does nothing. */
async function queueOnly(articles: readonly Article[], batch: number): Promise<Rate> {
  const schema = `${SCHEMA}_noop`;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  const queue = await openPgBossQueue({
    url: PG_URL,
    schema,
    policy: { retryLimit: 0, retryDelaySeconds: 0, leaseSeconds: 300, maintenanceSeconds: 300 },
    supervise: false,
  });
  await queue.enqueue(articles);
  const r = await runWorker({
    queue,
    process: async () => ({ stored: true, events: 0 }),
    log: quiet,
    signal: new AbortController().signal,
    exitWhenIdle: true,
    batch,
  });
  await queue.close();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
  return { articles: r.processed, seconds: r.seconds };
}

export async function run(): Promise<void> {
  const articles: Article[] = [];
  for await (const item of readArticles([FILE], { ingestDay: '2026-01-01' as IsoDate })) if (item.kind === 'article') articles.push(item.article);

  const sqliteApp = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'bench-queue-')), 'bench.sqlite'), logLevel: 'silent' });
  await sqliteApp.ensureLoaded();
  const onSqlite = await direct(sqliteApp);
  await sqliteApp.close();
  process.stdout.write(`single process, SQLite: ${perSecond(onSqlite).toFixed(1)} articles/s\n`);

  let pgApp: App;
  try {
    pgApp = await createApp({ databaseUrl: PG_URL, databaseSchema: SCHEMA, logLevel: 'silent' });
  } catch (e) {
    process.stdout.write(`(PostgreSQL skipped: ${(e as Error).message})\n`);
    return;
  }
  await pgApp.ensureLoaded();
  await resetPg(pgApp);
  const onPg = await direct(pgApp);
  process.stdout.write(`single process, PostgreSQL: ${perSecond(onPg).toFixed(1)} articles/s\n`);
  const one = await throughQueue(pgApp, 1);
  process.stdout.write(`queue, 1 worker: ${perSecond(one).toFixed(1)} articles/s\n`);
  const two = await throughQueue(pgApp, 2);
  await resetPg(pgApp);
  await pgApp.close();
  const noop1 = await queueOnly(articles, 1);
  const noop10 = await queueOnly(articles, 10);

  const perArticle = (cpu: number | undefined, r: Rate) => (cpu === undefined ? NaN : (cpu / r.articles) * 1000);
  const row = (name: string, r: Rate) => [name, r.articles, perSecond(r), r.seconds, perArticle(r.cpuSeconds, r), perArticle(r.dbCpuSeconds, r)];
  printTable(
    `${articles.length} articles of ${FILE.split('/').pop()}`,
    ['run', 'articles', 'articles/s', 'seconds', 'worker CPU ms/art', 'db CPU ms/art'],
    [
      row('single process, SQLite (analyse + store)', onSqlite),
      row('single process, PostgreSQL (analyse + store)', onPg),
      row('queue, 1 worker process (PostgreSQL)', one),
      row('queue, 2 worker processes (PostgreSQL)', two),
    ],
  );
  const ms = (r: Rate) => (r.seconds / r.articles) * 1000;
  printTable(
    'Scaling and queue overhead',
    ['figure', 'value'],
    [
      ['2 workers / 1 worker (articles/s)', perSecond(two) / perSecond(one)],
      ['queue, 1 worker / single process, PostgreSQL', perSecond(one) / perSecond(onPg)],
      ['queue overhead per article, end to end (ms)', ms(one) - ms(onPg)],
      ['claim + acknowledge per article, no-op processor, batch 1 (ms)', ms(noop1)],
      ['claim + acknowledge per article, no-op processor, batch 10 (ms)', ms(noop10)],
      ['enqueue from JSONL (articles/s)', one.enqueuePerSecond],
    ],
  );
  figure('queue.sqlite-single.articles-per-second', perSecond(onSqlite), 'per s');
  figure('queue.postgres-single.articles-per-second', perSecond(onPg), 'per s');
  figure('queue.one-worker.articles-per-second', perSecond(one), 'per s');
  figure('queue.two-workers.articles-per-second', perSecond(two), 'per s');
  figure('queue.overhead-ms-per-article', ms(one) - ms(onPg), 'ms');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
