import { EntenteError } from '../core/errors.js';
import { today, type IsoDate } from '../core/time.js';
import type { Article } from '../ingest/article.js';
import { readArticles } from '../ingest/read-articles.js';
import { isFeedUrl, pollFeeds, type FeedStateStore } from './feed-poller.js';
import { HostGate } from './host-gate.js';
import { openPgBossQueue } from './pg-boss-queue.js';
import { queueSchemaFor } from './queue-policy.js';
import { sleep, waitingForDatabase } from './transient-error.js';
import type { ParkedJob, QueueCounts, QueuePolicy, WorkQueue } from './work-queue.js';
import { runWorker, type ArticleProcessor, type WorkerLog, type WorkerReport } from './worker-loop.js';
import { runPool, type PoolOptions } from './worker-pool.js';

export interface QueueDeps {
  /** The PostgreSQL the store is on; null when the store is SQLite (the queue needs PostgreSQL). */
  readonly connection: { readonly url: string; readonly schema?: string } | null;
  /** Read when a queue is opened, so that a bad ENTENTE_QUEUE_* value troubles only the queue commands. */
  readonly policy: () => QueuePolicy;
  readonly process: ArticleProcessor;
  /**
   * Loads what analysis needs (graph, dictionaries) before the first claim, so no lease ticks while it loads.
   * Run again after a dropped connection: a failed load must leave nothing cached.
   */
  readonly warmUp?: () => Promise<void>;
  /** Distinct articles in the store. */
  readonly countArticles: () => Promise<number>;
  readonly feeds: FeedStateStore;
  /** Feeds on private, loopback or link-local addresses may be polled (`ENTENTE_ALLOW_PRIVATE_FETCH=1`). */
  readonly allowPrivateFetch?: boolean;
  readonly log: WorkerLog & { error(obj: object, msg: string): void };
  readonly applicationName?: string;
}

interface EnqueueOptions {
  readonly ingestDay?: IsoDate;
  /** Poll the feeds again every so many seconds until the signal fires (a running poller). */
  readonly everySeconds?: number;
  readonly signal?: AbortSignal;
  readonly politenessMs?: number;
  /** After each batch handed to the queue: for a progress line. */
  readonly onBatch?: (summary: EnqueueSummary) => void;
}

interface EnqueueSummary {
  readonly read: number;
  readonly added: number;
  /** Already on the queue under the same content hash, or repeated within the input. */
  readonly present: number;
  readonly problems: readonly string[];
  readonly feeds: readonly { readonly url: string; readonly outcome: string; readonly items: number }[];
}

interface WorkOptions {
  readonly signal: AbortSignal;
  readonly exitWhenIdle?: boolean;
  readonly batch?: number;
  readonly pollMs?: number;
}

interface QueueStatus extends QueueCounts {
  readonly articles: number;
  readonly parked: readonly ParkedJob[];
}

export interface QueueService {
  enqueue(inputs: readonly string[], options?: EnqueueOptions): Promise<EnqueueSummary>;
  work(options: WorkOptions): Promise<WorkerReport>;
  status(options?: { readonly parked?: number }): Promise<QueueStatus>;
  /** Keeps `size` worker processes (each running `work`) alive until they are idle or the signal fires. */
  pool(options: Omit<PoolOptions, 'log'>): Promise<number>;
}

const CHUNK = 500;

export function createQueueService(deps: QueueDeps): QueueService {
  const patiently = waitingForDatabase(deps.log);
  /** Workers supervise (return expired leases) and may commit their bookkeeping lazily; enqueue and status do not. */
  const open = async (worker: boolean): Promise<WorkQueue> => {
    const c = deps.connection;
    if (!c) {
      throw new EntenteError('USAGE', 'The work queue runs on PostgreSQL: expected ENTENTE_DATABASE_URL to be set, found the embedded SQLite store');
    }
    const onError = (e: Error) => deps.log.warn({ err: e.message }, 'queue connection error (reconnecting)');
    const options = {
      url: c.url,
      schema: queueSchemaFor(c.schema),
      policy: deps.policy(),
      supervise: worker,
      relaxedCommit: worker,
      applicationName: deps.applicationName,
      onError,
    };
    return patiently(() => openPgBossQueue(options));
  };

  return {
    async enqueue(inputs, options = {}) {
      const ingestDay = options.ingestDay ?? today();
      const feeds = inputs.filter(isFeedUrl);
      const paths = inputs.filter((i) => !isFeedUrl(i));
      const queue = await open(false);
      const totals = { read: 0, added: 0, present: 0, problems: [] as string[], feeds: [] as EnqueueSummary['feeds'][number][] };
      const hand = async (articles: readonly Article[]) => {
        if (articles.length === 0) return;
        const r = await queue.enqueue(articles);
        totals.read += articles.length;
        totals.added += r.added;
        totals.present += r.present;
        options.onBatch?.(totals);
      };
      try {
        let buffer: Article[] = [];
        for await (const item of readArticles(paths, { ingestDay })) {
          if (item.kind === 'problem') totals.problems.push(item.problem.message);
          else if (item.kind === 'duplicate') totals.present += 1;
          else buffer.push(item.article);
          if (buffer.length >= CHUNK) {
            await hand(buffer);
            buffer = [];
          }
        }
        await hand(buffer);
        const gate = new HostGate(options.politenessMs ?? 2000);
        while (feeds.length > 0) {
          const polls = await pollFeeds(feeds, { state: deps.feeds, ingestDay, gate, allowPrivate: deps.allowPrivateFetch });
          for (const p of polls) {
            totals.problems.push(...p.problems);
            totals.feeds.push({ url: p.url, outcome: p.outcome, items: p.articles.length });
            await hand(p.articles);
          }
          if (!options.everySeconds || !options.signal || options.signal.aborted) break;
          await sleep(options.everySeconds * 1000, options.signal);
          if (options.signal.aborted) break;
        }
      } finally {
        await queue.close();
      }
      return totals;
    },

    async work(options) {
      const warmUp = deps.warmUp;
      if (warmUp) await patiently(warmUp);
      const queue = await open(true);
      try {
        return await runWorker({ queue, process: deps.process, log: deps.log, ...options });
      } finally {
        await queue.close();
      }
    },

    pool(options) {
      return runPool({ ...options, log: deps.log });
    },

    async status(options = {}) {
      const queue = await open(false);
      try {
        const [counts, articles, parked] = await Promise.all([queue.counts(), deps.countArticles(), queue.parked(options.parked ?? 10)]);
        return { ...counts, articles, parked };
      } finally {
        await queue.close();
      }
    },
  };
}
