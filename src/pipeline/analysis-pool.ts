import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { EntenteError, expectedFound } from '../core/errors.js';
import type { Analysis } from '../extract/analysis.js';
import type { GraphData } from '../extract/news-graph.js';
import type { Article } from '../ingest/article.js';
import type { FileOptions, ReadItem } from '../ingest/read-articles.js';
import type { AnalysisTask, AnalysisTaskResult } from './analysis-task.js';
import { tooCostly } from './pipeline.js';

/** Reading and analysing articles away from the thread that answers requests. */
export interface AnalysisIsolate {
  read(
    file: { readonly name: string; readonly bytes: Uint8Array },
    options: FileOptions,
    signal?: AbortSignal,
  ): Promise<ReadonlyArray<Exclude<ReadItem, { kind: 'duplicate' }>>>;
  analyze(article: Article, signal?: AbortSignal): Promise<Analysis>;
  /** Starts the threads and waits until each has loaded the graph and warmed up (a server calls it before listening). */
  start(): Promise<void>;
  /** Tasks running or waiting: what a caller compares with `capacity` before taking more work. */
  readonly pending: number;
  /** Most tasks running and waiting at once; past it a task is refused (BUSY). */
  readonly capacity: number;
  /** The reference data changed: the threads are replaced, with the new graph. */
  invalidate(): void;
  /** Stops every thread now, whatever it is doing; waiting and running tasks fail with BUSY. */
  close(): Promise<void>;
}

export interface PoolLimits {
  /** Analysis threads (`ENTENTE_ANALYSIS_THREADS`); default: one fewer than the cores, at least one. */
  readonly threads: number;
  /** Per article, per file read (`ENTENTE_ANALYSIS_BUDGET_MS`, default 60 s): past it the thread is stopped. */
  readonly budgetMs: number;
  /** Tasks running and waiting at once (`ENTENTE_MAX_ANALYSES`, default four per thread). */
  readonly capacity: number;
  /** Heap of one thread (`ENTENTE_ANALYSIS_MEMORY_MB`, default 1,536): an article that needs more is refused. */
  readonly memoryMb: number;
}

export function poolLimitsFromEnv(env: NodeJS.ProcessEnv): PoolLimits {
  const threads = whole(env, 'ENTENTE_ANALYSIS_THREADS', Math.max(1, availableParallelism() - 1), 1);
  return {
    threads,
    budgetMs: whole(env, 'ENTENTE_ANALYSIS_BUDGET_MS', 60_000, 100),
    capacity: whole(env, 'ENTENTE_MAX_ANALYSES', 4 * threads, 1),
    memoryMb: whole(env, 'ENTENTE_ANALYSIS_MEMORY_MB', 1536, 64),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new EntenteError('USAGE', `${name}: ${expectedFound(`a whole number >= ${min}`, raw)}`);
  return n;
}

/** A JavaScript entry that brings in tsx, then the TypeScript worker (analysis-worker.ts). */
const WORKER = fileURLToPath(new URL('../../bin/analysis-worker.js', import.meta.url));

interface Waiting {
  readonly start: () => void;
  readonly fail: (e: Error) => void;
}

/**
 * A pool of analysis threads (piscina). At most `threads` tasks run at once, each with its own budget counted
 * from when it starts (not while it waits); a task still running at its budget has its thread stopped and
 * replaced, and the article is refused in words. Up to `capacity` tasks wait in order; more are refused (BUSY).
 * The graph goes to each thread once, as JSON in shared memory, so a thread that is replaced costs the
 * request thread nothing.
 */
export function analysisPool(limits: PoolLimits, graphData: () => Promise<GraphData>): AnalysisIsolate {
  let pool: Promise<Piscina<AnalysisTask, AnalysisTaskResult>> | undefined;
  let closed = false;
  let running = 0;
  const waiting: Waiting[] = [];

  // Threads are warmed up (graph parsed, dictionaries and model loaded) before any budget starts to count.
  const open = () =>
    (pool ??= graphData().then(async (data) => {
      const json = Buffer.from(JSON.stringify(data));
      const shared = new SharedArrayBuffer(json.length);
      new Uint8Array(shared).set(json);
      const piscina = new Piscina<AnalysisTask, AnalysisTaskResult>({
        filename: WORKER,
        minThreads: limits.threads,
        maxThreads: limits.threads,
        idleTimeout: 2 ** 31 - 1,
        workerData: { graph: shared },
        resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
      });
      await warm(piscina);
      return piscina;
    }));
  const warm = (piscina: Piscina<AnalysisTask, AnalysisTaskResult>) =>
    Promise.all(Array.from({ length: limits.threads }, () => piscina.run({ kind: 'ready' })));

  const stopping = () => new EntenteError('BUSY', 'The server is stopping: the analysis was cut short; send the article again once it is back');

  /** Waits for a free thread (in order), refusing when `capacity` tasks are already in. */
  const slot = (signal?: AbortSignal): Promise<void> => {
    if (closed) return Promise.reject(stopping());
    if (running + waiting.length >= limits.capacity) {
      return Promise.reject(
        new EntenteError('BUSY', `The server is analysing ${limits.capacity} articles already, as many as it takes at once: retry in a few seconds`),
      );
    }
    if (running < limits.threads) {
      running++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const entry: Waiting = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          running++;
          resolve();
        },
        fail: reject,
      };
      const onAbort = () => {
        const k = waiting.indexOf(entry);
        if (k !== -1) waiting.splice(k, 1);
        reject(new EntenteError('BUSY', 'The request ended before its analysis started'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(entry);
    });
  };
  const release = () => {
    running--;
    waiting.shift()?.start();
  };

  const run = async (task: AnalysisTask, what: string, signal?: AbortSignal): Promise<AnalysisTaskResult> => {
    await slot(signal);
    try {
      const piscina = await open();
      const budget = AbortSignal.timeout(limits.budgetMs);
      const both = signal ? AbortSignal.any([budget, signal]) : budget;
      let result: AnalysisTaskResult;
      try {
        result = await piscina.run(task, { signal: both });
      } catch (e) {
        if (budget.aborted) {
          // The thread was stopped; its replacement warms up before the next task's budget starts.
          if (!closed) await warm(piscina).catch(() => undefined);
          throw tooCostly(limits.budgetMs, what);
        }
        if (closed || signal?.aborted) throw stopping();
        if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          throw new EntenteError(
            'TOO_COSTLY',
            `analysis needed more than the ${limits.memoryMb} MB one article may use${what}: too costly to analyse, nothing stored`,
          );
        }
        throw e;
      }
      if (result.kind === 'error') throw new EntenteError(result.code, result.message);
      return result;
    } finally {
      release();
    }
  };

  return {
    get pending() {
      return running + waiting.length;
    },
    capacity: limits.capacity,
    async start() {
      await open();
    },
    async read(file, options, signal) {
      const result = await run({ kind: 'read', bytes: file.bytes, name: file.name, options }, ` (reading ${file.name})`, signal);
      return result.kind === 'read' ? result.items : [];
    },
    async analyze(article, signal) {
      const result = await run({ kind: 'analyze', article, budgetMs: limits.budgetMs }, '', signal);
      if (result.kind !== 'analysis') throw new EntenteError('INTERNAL', `an analysis thread answered ${result.kind} to an analysis`);
      return result.analysis;
    },
    invalidate() {
      const old = pool;
      pool = undefined;
      void old?.then((p) => p.destroy());
    },
    async close() {
      closed = true;
      for (const w of waiting.splice(0)) w.fail(stopping());
      const old = pool;
      pool = undefined;
      await (await old?.catch(() => undefined))?.destroy();
    },
  };
}
