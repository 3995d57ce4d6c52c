import { EntenteError } from '../core/errors.js';
import type { Article } from '../ingest/article.js';
import { isTransient, retryTransient, sleep } from './transient-error.js';
import type { ClaimedJob, WorkQueue } from './work-queue.js';

/** Stores one article with all it yields (events, proposed facts) in one transaction; a no-op if already stored. */
export type ArticleProcessor = (article: Article) => Promise<ProcessOutcome>;

export interface ProcessOutcome {
  /** False when the content hash was already stored: a redelivered job. */
  readonly stored: boolean;
  readonly events: number;
}

export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface WorkerOptions {
  readonly queue: WorkQueue;
  readonly process: ArticleProcessor;
  readonly log: WorkerLog;
  /** Aborting drains: the jobs in hand are finished and acknowledged, no new ones are claimed. */
  readonly signal: AbortSignal;
  /** Return once nothing is queued or running anywhere (a batch run). */
  readonly exitWhenIdle?: boolean;
  /** Jobs claimed per round trip: more saves queries, but a killed worker returns them all a lease later. */
  readonly batch?: number;
  readonly pollMs?: number;
}

export interface WorkerReport {
  readonly processed: number;
  readonly stored: number;
  /** Redelivered articles that were already stored: at-least-once delivery seen working. */
  readonly duplicates: number;
  readonly failed: number;
  readonly events: number;
  readonly seconds: number;
}

/**
 * Claim, process, acknowledge, until drained or idle. The database may vanish at any step: a claim that fails
 * is tried again after a pause; a job whose processing or acknowledgement hit a lost connection is tried again by
 * this worker until its lease runs out, and after that some worker gets it back from the queue. Only errors of
 * the article itself count against its retries.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { queue, log, signal } = options;
  const batch = options.batch ?? 1;
  const pollMs = options.pollMs ?? 1000;
  const started = performance.now();
  const tally = { processed: 0, stored: 0, duplicates: 0, failed: 0, events: 0 };
  let backoff = 250;
  const pause = async (e: unknown, what: string) => {
    log.warn({ err: message(e), waitMs: backoff }, `${what}: database unavailable, retrying`);
    await sleep(backoff, signal);
    backoff = Math.min(backoff * 2, 5000);
  };

  log.info({ batch }, 'worker started');
  while (!signal.aborted) {
    let jobs: ClaimedJob[];
    try {
      jobs = await queue.claim(batch);
    } catch (e) {
      if (!isTransient(e)) throw e;
      await pause(e, 'claim');
      continue;
    }
    if (jobs.length === 0) {
      if (options.exitWhenIdle) {
        try {
          const c = await queue.counts();
          if (c.queued + c.running === 0) break;
        } catch (e) {
          if (!isTransient(e)) throw e;
          await pause(e, 'status');
          continue;
        }
      }
      await sleep(pollMs, signal);
      continue;
    }
    backoff = 250;
    // Jobs in hand are finished even when a drain was asked for meanwhile: that is what draining means.
    for (const job of jobs) await handle(job);
  }
  return { ...tally, seconds: (performance.now() - started) / 1000 };

  async function handle(job: ClaimedJob): Promise<void> {
    // Stop trying a little before the lease ends, so that this worker and the next one rarely overlap.
    const deadline = Date.now() + Math.max(1, job.leaseSeconds - 2) * 1000;
    const onRetry = (e: unknown, waitMs: number) => log.warn({ job: job.id, err: message(e), waitMs }, 'database unavailable, retrying the job');
    try {
      if (!job.article) throw new EntenteError('BAD_INPUT', job.payloadError ?? 'unreadable job payload');
      const article = job.article;
      const outcome = await retryTransient(() => options.process(article), deadline, onRetry);
      const acknowledged = await retryTransient(() => queue.complete(job.id), deadline, onRetry);
      if (!acknowledged) log.warn({ job: job.id, leaseSeconds: job.leaseSeconds }, 'lease ran out before the acknowledgement: the job comes back once, harmlessly; raise ENTENTE_QUEUE_LEASE if this repeats');
      log.info({ job: job.id, stored: outcome.stored, events: outcome.events }, 'article done');
      tally.processed += 1;
      tally.events += outcome.events;
      if (outcome.stored) tally.stored += 1;
      else tally.duplicates += 1;
    } catch (e) {
      if (isTransient(e)) {
        log.warn({ job: job.id, err: message(e) }, 'lease ran out while the database was away; the job returns to the queue');
        return;
      }
      tally.failed += 1;
      log.warn({ job: job.id, origin: job.article?.origin, retries: job.retries, err: message(e) }, 'article failed');
      await retryTransient(() => queue.fail(job.id, e), deadline, onRetry).catch((e2: unknown) => {
        log.warn({ job: job.id, err: message(e2) }, 'could not record the failure; the job returns after its lease');
      });
    }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
