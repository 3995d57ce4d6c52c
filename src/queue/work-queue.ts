import type { Article } from '../ingest/article.js';

/**
 * The seam between Entente and a durable work queue: jobs carry whole articles, so a worker on any machine can
 * process them with nothing but a database connection. Delivery is at least once; the article store's
 * content-hash idempotency turns that into exactly-once effects.
 */
export interface WorkQueue {
  /** Adds one job per article; an article whose job is still on the queue (same content hash) is not added twice. */
  enqueue(articles: readonly Article[]): Promise<EnqueueReport>;
  /** Takes up to `max` jobs for this worker, each leased for `leaseSeconds`; after that it returns to the queue. */
  claim(max: number): Promise<ClaimedJob[]>;
  /**
   * The jobs' effects are committed: they will not be delivered again. Returns how many were still leased; one
   * whose lease had run out is back on the queue (or done by another worker), and the store's idempotency
   * absorbs the repeat.
   */
  complete(jobIds: readonly string[]): Promise<number>;
  /** The job failed: it returns after the retry delay, or is parked with its error once its retries are spent. */
  fail(jobId: string, error: unknown): Promise<void>;
  counts(): Promise<QueueCounts>;
  /** Parked jobs, newest first, each with the error that parked it. */
  parked(limit: number): Promise<ParkedJob[]>;
  /** Returns jobs whose lease ran out (their worker died) to the queue now; maintenance does it on a timer too. */
  expireLeases(): Promise<void>;
  close(): Promise<void>;
}

export interface EnqueueReport {
  readonly added: number;
  /** Already on the queue (queued, running, done or parked) under the same content hash. */
  readonly present: number;
}

/** A job as a worker holds it. `article` is null when the payload could not be read: a poison job. */
export interface ClaimedJob {
  readonly id: string;
  readonly article: Article | null;
  readonly payloadError: string | null;
  /** 0 on the first delivery; each failure or lost lease adds one. */
  readonly retries: number;
  readonly leaseSeconds: number;
}

export interface QueueCounts {
  /** Waiting, including failed jobs waiting out their retry delay. */
  readonly queued: number;
  /** Leased by a worker. */
  readonly running: number;
  readonly done: number;
  /** Parked after their retries were spent. */
  readonly failed: number;
}

export interface ParkedJob {
  readonly id: string;
  readonly origin: string | null;
  readonly title: string | null;
  readonly error: string;
  readonly attempts: number;
  readonly parkedAt: string | null;
}

/** How jobs are retried and leased; `queueOptionsFromEnv` reads them from the environment. */
export interface QueuePolicy {
  /** Retries after the first attempt before a job is parked. */
  readonly retryLimit: number;
  readonly retryDelaySeconds: number;
  /** How long a worker holds a job before it returns to the queue (a SIGKILLed worker's jobs come back then). */
  readonly leaseSeconds: number;
  /** How often a worker looks for expired leases (one worker at a time does it). */
  readonly maintenanceSeconds: number;
}

export const DEFAULT_POLICY: QueuePolicy = {
  retryLimit: 3,
  retryDelaySeconds: 10,
  leaseSeconds: 300,
  maintenanceSeconds: 30,
};
