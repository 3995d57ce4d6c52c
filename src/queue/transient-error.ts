/**
 * Errors that say "the database went away", not "this article is bad": a worker waits and tries the same job
 * again instead of spending one of the job's retries on them.
 */
const TRANSIENT_SQLSTATE = /^(08|57P0[1-3]|53300|40001|40P01)/;
const TRANSIENT_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH']);
// Kysely says "connection has been discarded" when a rollback failed on a connection the server dropped, and
// that error replaces the one that dropped it.
const TRANSIENT_MESSAGE =
  /Connection terminated|connection error|not queryable|Client was closed|connection has been discarded|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery)/i;

export function isTransient(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    if (typeof cur !== 'object') return false;
    const err = cur as { code?: unknown; message?: unknown; cause?: unknown };
    // 08xxx connection exceptions, 57P01-03 admin shutdown / crash / cannot connect now, 53300 too many
    // connections, 40001/40P01 serialization failure and deadlock (safe to run again).
    if (typeof err.code === 'string' && (TRANSIENT_SQLSTATE.test(err.code) || TRANSIENT_NODE.has(err.code))) return true;
    if (typeof err.message === 'string' && TRANSIENT_MESSAGE.test(err.message)) return true;
    cur = err.cause;
  }
  return false;
}

/** Waits `ms`, or less if the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Runs `fn` until it succeeds, waiting longer after each transient failure (0.25 s doubling to 5 s), until
 * `deadline` (ms since the epoch); other errors, and the last transient one, are thrown.
 */
export async function retryTransient<T>(fn: () => Promise<T>, deadline: number, onRetry?: (e: unknown, waitMs: number) => void): Promise<T> {
  let wait = 250;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (!isTransient(e) || Date.now() + wait > deadline) throw e;
      onRetry?.(e, wait);
      await sleep(wait);
      wait = Math.min(wait * 2, 5000);
    }
  }
}

/** How long a worker starting up waits for a database that is away (restarting, or not yet up) before giving up. */
const STARTUP_PATIENCE_MS = 120_000;

/**
 * `retryTransient` with a patience counted from each call, every wait logged: how a worker's start-up steps
 * (opening and migrating the store, checking the reference data, preloading the graph, opening the queue) wait
 * out a database that drops or refuses connections. A patience of 0 runs `fn` once.
 */
export function waitingForDatabase(log: { warn(obj: object, msg: string): void }, patienceMs = STARTUP_PATIENCE_MS) {
  return <T>(fn: () => Promise<T>): Promise<T> =>
    patienceMs <= 0
      ? fn()
      : retryTransient(fn, Date.now() + patienceMs, (e, waitMs) =>
          log.warn({ err: e instanceof Error ? e.message : String(e), waitMs }, 'waiting for the database'),
        );
}
