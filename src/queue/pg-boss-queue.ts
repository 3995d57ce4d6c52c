import pg from 'pg';
import PgBoss from 'pg-boss';
import { EntenteError } from '../core/errors.js';
import type { Article } from '../ingest/article.js';
import { fromPayload, jobIdFor, toPayload, type ArticlePayload } from './job-payload.js';
import type { ClaimedJob, EnqueueReport, ParkedJob, QueueCounts, QueuePolicy, WorkQueue } from './work-queue.js';

export interface PgBossQueueOptions {
  readonly url: string;
  /** The schema pg-boss keeps its tables in (created on first use). */
  readonly schema: string;
  readonly queueName?: string;
  readonly policy: QueuePolicy;
  /** Workers return expired leases on a timer; `enqueue` and `status` need not. */
  readonly supervise: boolean;
  /**
   * Commit claims, acknowledgements and failures without waiting for the WAL flush (workers set it; enqueue does
   * not, so that a reported enqueue survives a server crash).
   */
  readonly relaxedCommit?: boolean;
  /** Shows in pg_stat_activity, so an operator (or the restart test) can tell our connections apart. */
  readonly applicationName?: string;
  /** pg-boss reports a lost connection here instead of throwing; the worker loop reconnects on its own. */
  readonly onError?: (e: Error) => void;
}

/** Rows per INSERT when enqueueing: one statement per 500 articles keeps a 100,000-article archive quick. */
const ENQUEUE_CHUNK = 500;
/** Queued jobs are kept this long before pg-boss gives up on them (its default is 14 days). */
const QUEUED_RETENTION_MINUTES = 90 * 24 * 60;

/**
 * The work queue on pg-boss, in the same PostgreSQL as the graph: one service to run. Jobs live in
 * `<schema>.job` while waiting, running or recently finished, and in `<schema>.archive` after 12 hours (for 7
 * days); counts read both tables, which pg-boss 10 documents as its storage.
 */
export async function openPgBossQueue(options: PgBossQueueOptions): Promise<WorkQueue> {
  const { schema, policy } = options;
  if (!/^[a-z_][a-z0-9_]{0,49}$/.test(schema)) {
    throw new EntenteError('USAGE', `Queue schema: expected lowercase letters, digits and _ (at most 50), found ${JSON.stringify(schema)}`);
  }
  const name = options.queueName ?? 'articles';
  // Our own pool rather than pg-boss's: pg-boss listens for errors on idle connections only, and a connection
  // dropped while checked out (a restarted server) would crash the worker. A worker's bookkeeping may commit
  // without waiting for the WAL flush: a claim or acknowledgement lost in a server crash only redelivers a job,
  // which the article store's content-hash idempotency absorbs; the articles themselves commit synchronously.
  // Measured: claim 5.3-7.5 -> 3.5-3.7 ms, acknowledge 4.6-6.0 -> 3.1-3.7 ms (p50, loaded 2-core machine).
  const pool = new pg.Pool({
    connectionString: options.url,
    application_name: options.applicationName ?? 'entente-queue',
    max: 3,
    options: options.relaxedCommit ? '-c synchronous_commit=off' : undefined,
  });
  pool.on('error', (e) => options.onError?.(e));
  pool.on('connect', (client) => client.on('error', () => undefined));
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema,
    supervise: options.supervise,
    maintenanceIntervalSeconds: policy.maintenanceSeconds,
    schedule: false,
    migrate: true,
  });
  boss.on('error', (e) => options.onError?.(e));
  try {
    await boss.start();
    await boss.createQueue(name, {
      name,
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelaySeconds,
      expireInSeconds: policy.leaseSeconds,
      retentionMinutes: QUEUED_RETENTION_MINUTES,
    });
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw e;
  }
  const db = boss.getDb();
  const both = (columns: string, where: string) =>
    `select ${columns} from ${schema}.job where name = $1 and ${where} union all select ${columns} from ${schema}.archive where name = $1 and ${where}`;

  return {
    async enqueue(articles: readonly Article[]): Promise<EnqueueReport> {
      let added = 0;
      let present = 0;
      for (let i = 0; i < articles.length; i += ENQUEUE_CHUNK) {
        const byId = new Map<string, Article>();
        for (const a of articles.slice(i, i + ENQUEUE_CHUNK)) byId.set(jobIdFor(a.contentHash), a);
        present += articles.slice(i, i + ENQUEUE_CHUNK).length - byId.size;
        const ids = [...byId.keys()];
        const { rows } = await db.executeSql(both('id::text', 'id = any($2::uuid[])'), [name, ids]);
        for (const r of rows as { id: string }[]) byId.delete(r.id);
        present += ids.length - byId.size;
        if (byId.size === 0) continue;
        // Job-level policy: the policy in force when an article is enqueued is the one its job keeps.
        await boss.insert(
          [...byId].map(([id, article]) => ({
            id,
            name,
            data: toPayload(article),
            retryLimit: policy.retryLimit,
            retryDelay: policy.retryDelaySeconds,
            expireInSeconds: policy.leaseSeconds,
          })),
        );
        added += byId.size;
      }
      return { added, present };
    },

    async claim(max: number): Promise<ClaimedJob[]> {
      const jobs = await boss.fetch<ArticlePayload>(name, { batchSize: max, includeMetadata: true });
      return jobs.map((j) => {
        const read = fromPayload(j.data);
        return {
          id: j.id,
          article: 'article' in read ? read.article : null,
          payloadError: 'error' in read ? read.error : null,
          retries: j.retryCount,
          leaseSeconds: Number(j.expireInSeconds),
        };
      });
    },

    async complete(jobIds) {
      if (jobIds.length === 0) return 0;
      const r = (await boss.complete(name, [...jobIds])) as unknown as { affected: number };
      return r.affected;
    },

    async fail(jobId, error) {
      const e = error instanceof Error ? error : new Error(String(error));
      await boss.fail(name, jobId, { message: e.message, name: e.name, ...(e instanceof EntenteError ? { code: e.code } : {}) });
    },

    async counts(): Promise<QueueCounts> {
      const { rows } = await db.executeSql(`select state::text as state, count(*)::int as n from (${both('state', 'true')}) s group by state`, [name]);
      const n = (state: string) => (rows as { state: string; n: number }[]).find((r) => r.state === state)?.n ?? 0;
      return { queued: n('created') + n('retry'), running: n('active'), done: n('completed'), failed: n('failed') };
    },

    async parked(limit: number): Promise<ParkedJob[]> {
      const columns = `id::text as id, data->'article'->>'origin' as origin, data->'article'->>'title' as title,
        coalesce(output->>'message', output->'value'->>'message', output::text, 'no error recorded') as error,
        retry_count + 1 as attempts, completed_on`;
      const { rows } = await db.executeSql(`select * from (${both(columns, "state = 'failed'")}) p order by completed_on desc nulls last limit $2`, [
        name,
        limit,
      ]);
      return (rows as { id: string; origin: string | null; title: string | null; error: string; attempts: number; completed_on: Date | null }[]).map((r) => ({
        id: r.id,
        origin: r.origin,
        title: r.title,
        error: r.error,
        attempts: Number(r.attempts),
        parkedAt: r.completed_on ? r.completed_on.toISOString() : null,
      }));
    },

    async expireLeases() {
      await boss.expire();
    },

    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
      await pool.end();
    },
  };
}
