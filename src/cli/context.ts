import type { Command } from 'commander';
import { createApp, type App } from '../app.js';
import type { Progress } from '../graph/graph-store.js';
import { progressBar } from './progress.js';

/** What every command gets: the app on the chosen database (loaded on first use) and output helpers. */
export interface CliContext {
  /**
   * Opens the app with the global options; loads the reference data on a fresh database, with a progress bar.
   * `waitForDatabase` (workers) waits out a database that refuses or drops connections meanwhile.
   */
  app(options?: { readonly waitForDatabase?: boolean; readonly isolateAnalysis?: boolean }): Promise<App>;
  out(text: string): void;
  json(value: unknown): void;
  /** How wide tables may be: the terminal's columns, $COLUMNS or 120 when not a terminal, unlimited with --wide. */
  width(): number;
}

/** What a table fits when the output is not a terminal and $COLUMNS says nothing. */
const PIPE_WIDTH = 120;

export type CommandModule = (program: Command, ctx: CliContext) => void;

export function createContext(program: Command): CliContext & { close(): Promise<void> } {
  let opened: Promise<App> | undefined;
  return {
    app(options = {}) {
      opened ??= (async () => {
        const g = program.opts<{ db?: string; logLevel?: string }>();
        const app = await createApp({ db: g.db, logLevel: g.logLevel, waitForDatabase: options.waitForDatabase, isolateAnalysis: options.isolateAnalysis });
        const bar = progressBar('loading reference data');
        const progress: Progress = (done, total) => bar.update(done, total);
        try {
          const report = await app.ensureLoaded(progress);
          if (report) bar.done(`loaded ${report.facts} facts, ${report.entities} entities in ${report.seconds.toFixed(1)} s`);
        } finally {
          bar.stop();
        }
        return app;
      })();
      return opened;
    },
    out(text) {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    width() {
      if (program.opts<{ wide?: boolean }>().wide) return Number.POSITIVE_INFINITY;
      const columns = process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS);
      return Number.isFinite(columns) && columns > 0 ? columns : PIPE_WIDTH;
    },
    json(value) {
      process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    async close() {
      if (opened) await (await opened).close();
    },
  };
}
