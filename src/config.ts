import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import envPaths from 'env-paths';
import { parseIsoDate, today as systemToday, type IsoDate } from './core/time.js';
import type { StoreLocation } from './store/open-store.js';

export interface AppConfig {
  /** SQLite file (`--db PATH`). */
  readonly db?: string;
  /** PostgreSQL URL; wins over `db`. */
  readonly databaseUrl?: string;
  /** PostgreSQL schema to work in (`ENTENTE_DATABASE_SCHEMA`), created if missing; default: the server's search path. */
  readonly databaseSchema?: string;
  readonly dataDir?: string;
  readonly logLevel?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Today as `YYYY-MM-DD` (`ENTENTE_TODAY`), for reproducible runs; the system clock otherwise. Later days are refused. */
  readonly today?: string;
  /**
   * Wait out a database that refuses or drops connections while opening it and checking its reference data
   * (a worker started beside a restarting PostgreSQL), instead of failing at once.
   */
  readonly waitForDatabase?: boolean;
  /**
   * Read and analyse uploaded articles in a pool of threads (the server), so that the thread answering requests
   * never runs an analysis; limits from ENTENTE_ANALYSIS_* (analysis-pool.ts).
   */
  readonly isolateAnalysis?: boolean;
}

export interface ResolvedConfig {
  readonly store: StoreLocation;
  readonly dataDir: string;
  readonly logLevel: string;
  readonly env: NodeJS.ProcessEnv;
  /** Today, as the answers take it (days after it are refused). */
  readonly today: () => IsoDate;
}

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `--db` beats `ENTENTE_DATABASE_URL` beats `ENTENTE_DB` beats the per-user data folder. */
export function resolveConfig(config: AppConfig): ResolvedConfig {
  const env = config.env ?? process.env;
  const dataDir = config.dataDir ?? env.ENTENTE_DATA_DIR ?? join(PROJECT_ROOT, 'data');
  const logLevel = config.logLevel ?? env.ENTENTE_LOG_LEVEL ?? 'warn';
  const today = todayFrom(config.today ?? env.ENTENTE_TODAY);
  const url = config.databaseUrl ?? (config.db ? undefined : env.ENTENTE_DATABASE_URL);
  if (url) {
    const schema = config.databaseSchema ?? env.ENTENTE_DATABASE_SCHEMA;
    return { store: { kind: 'postgres', url, ...(schema ? { schema } : {}) }, dataDir, logLevel, env, today };
  }
  const file = config.db ?? env.ENTENTE_DB ?? defaultDbFile();
  return { store: { kind: 'sqlite', file }, dataDir, logLevel, env, today };
}

function defaultDbFile(): string {
  const dir = envPaths('entente', { suffix: '' }).data;
  mkdirSync(dir, { recursive: true });
  return join(dir, 'entente.sqlite');
}

/** Today: a fixed `YYYY-MM-DD` (`ENTENTE_TODAY`, for reproducible runs and tests), else the system clock. */
export function todayFrom(fixed: string | undefined): () => IsoDate {
  const day = fixed ? parseIsoDate(fixed, 'ENTENTE_TODAY') : undefined;
  return day ? () => day : systemToday;
}
