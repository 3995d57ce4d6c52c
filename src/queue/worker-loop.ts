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
  /**
   * Jobs claimed, and acknowledged, per round trip (default 4): more saves queries, but a killed worker's whole
   * batch returns a lease later (committed articles then come back as harmless duplicates).
   */
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
  /** User + system CPU of this process over the run: what an article costs whatever else the machine is doing. */
  readonly cpuSeconds: number;
}

/**
 * Claim, process, acknowledge, until drained or idle. The database may vanish at any step: a claim that fails
 * is tried again after a pause; a job whose processing or acknowledgement hit a lost connection is tried again by
 * this worker until its lease runs out, and after that some worker gets it back from the queue. Only errors of
 * the article itself count against its retries.
 */
export async function runWorker(options: WorkerOptions): Promise<WorkerReport> {
  const { queue, log, signal } = options;
  const batch = options.batch ?? 4;
  const pollMs = options.pollMs ?? 1000;
  const started = performance.now();
  const cpu = process.cpuUsage();
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
    // Each article commits on its own; the batch is acknowledged in one round trip after the last of them.
    const deadline = Date.now() + Math.max(1, Math.min(...jobs.map((j) => j.leaseSeconds)) - 2) * 1000;
    const done: { job: ClaimedJob; outcome: ProcessOutcome }[] = [];
    for (const job of jobs) {
      const outcome = await handle(job, deadline);
      if (outcome) done.push({ job, outcome });
    }
    if (done.length > 0) await acknowledge(done, deadline);
  }
  const used = process.cpuUsage(cpu);
  return { ...tally, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };

  function onRetry(e: unknown, waitMs: number) {
    log.warn({ err: message(e), waitMs }, 'database unavailable, retrying the job');
  }

  /** The outcome of a processed article, or null when it failed (reported) or its lease ran out. */
  async function handle(job: ClaimedJob, deadline: number): Promise<ProcessOutcome | null> {
    try {
      if (!job.article) throw new EntenteError('BAD_INPUT', job.payloadError ?? 'unreadable job payload');
      const article = job.article;
      // Stop trying a little before the lease ends, so that this worker and the next one rarely overlap.
      return await retryTransient(() => options.process(article), deadline, onRetry);
    } catch (e) {
      if (isTransient(e)) {
        log.warn({ job: job.id, err: message(e) }, 'lease ran out while the database was away; the job returns to the queue');
        return null;
      }
      tally.failed += 1;
      log.warn({ job: job.id, origin: job.article?.origin, retries: job.retries, err: message(e) }, 'article failed');
      await retryTransient(() => queue.fail(job.id, e), deadline, onRetry).catch((e2: unknown) => {
        log.warn({ job: job.id, err: message(e2) }, 'could not record the failure; the job returns after its lease');
      });
      return null;
    }
  }

  async function acknowledge(done: readonly { job: ClaimedJob; outcome: ProcessOutcome }[], deadline: number): Promise<void> {
    let acknowledged: number;
    try {
      acknowledged = await retryTransient(() => queue.complete(done.map((d) => d.job.id)), deadline, onRetry);
    } catch (e) {
      if (!isTransient(e)) throw e;
      // Committed but not acknowledged: the jobs come back after their lease and find their articles stored.
      log.warn({ jobs: done.length, err: message(e) }, 'could not acknowledge; the jobs return after their lease, harmlessly');
      return;
    }
    if (acknowledged < done.length) {
      log.warn(
        { jobs: done.length - acknowledged },
        'lease ran out before the acknowledgement: those jobs come back once, harmlessly; raise ENTENTE_QUEUE_LEASE if this repeats',
      );
    }
    for (const { job, outcome } of done) {
      log.info({ job: job.id, stored: outcome.stored, events: outcome.events }, 'article done');
      tally.processed += 1;
      tally.events += outcome.events;
      if (outcome.stored) tally.stored += 1;
      else tally.duplicates += 1;
    }
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
