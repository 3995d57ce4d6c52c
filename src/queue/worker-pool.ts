import type { ChildProcess } from 'node:child_process';
import { sleep } from './transient-error.js';
import type { WorkerLog } from './worker-loop.js';

export interface PoolOptions {
  /** Worker processes to keep running: analysis is CPU-bound, so concurrency on one machine means processes. */
  readonly size: number;
  readonly spawn: (slot: number) => ChildProcess;
  /** Aborting sends SIGTERM to every worker, which drains; the pool returns when all have exited. */
  readonly signal: AbortSignal;
  readonly log: WorkerLog;
}

/** A worker that dies this many times within CRASH_WINDOW_MS of starting is not started again. */
const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 10_000;

/**
 * Keeps `size` worker processes alive: one that exits 0 (idle, in a batch run) is done; one that dies is
 * restarted after a second (its jobs return to the queue after their lease). Returns the highest exit code.
 */
export async function runPool(options: PoolOptions): Promise<number> {
  const running = new Set<ChildProcess>();
  const stopAll = () => {
    for (const child of running) child.kill('SIGTERM');
  };
  options.signal.addEventListener('abort', stopAll, { once: true });
  try {
    const codes = await Promise.all(Array.from({ length: options.size }, (_, slot) => keep(slot)));
    return Math.max(0, ...codes);
  } finally {
    options.signal.removeEventListener('abort', stopAll);
  }

  async function keep(slot: number): Promise<number> {
    let crashes = 0;
    for (;;) {
      const started = Date.now();
      const child = options.spawn(slot);
      running.add(child);
      const code = await new Promise<number>((resolve) => {
        child.once('exit', (c, signal) => resolve(c ?? (signal === 'SIGTERM' ? 143 : 137)));
        child.once('error', () => resolve(1));
      });
      running.delete(child);
      if (code === 0 || options.signal.aborted) return code;
      crashes = Date.now() - started < CRASH_WINDOW_MS ? crashes + 1 : 0;
      if (crashes >= CRASH_LIMIT) {
        options.log.warn({ slot, code, crashes }, 'worker keeps dying at start; not restarting it');
        return code;
      }
      options.log.warn({ slot, code }, 'worker died; restarting it (its jobs return after their lease)');
      await sleep(1000, options.signal);
      if (options.signal.aborted) return code;
    }
  }
}
