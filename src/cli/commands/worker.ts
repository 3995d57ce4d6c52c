import { fork } from 'node:child_process';
import { EntenteError, expectedFound } from '../../core/errors.js';
import type { CommandModule } from '../context.js';

export const workerCommand: CommandModule = (program, ctx) => {
  program
    .command('worker')
    .description('process queued articles (PostgreSQL): claim, analyze, store with events and facts in one transaction, acknowledge')
    .option('--concurrency <n>', 'worker processes on this machine (analysis uses one core each)', '1')
    .option('--exit-when-idle', 'exit once nothing is queued or running (a batch run)')
    .option('--batch <n>', 'jobs claimed, and acknowledged, per round trip', '4')
    .option('--json', "print each worker process's report as one JSON line")
    .action(async (opts: { concurrency: string; exitWhenIdle?: boolean; batch: string; json?: boolean }) => {
      const concurrency = whole(opts.concurrency, '--concurrency');
      const batch = whole(opts.batch, '--batch');
      // The first command on a fresh database loads the reference data: here once, not in every child. A worker
      // started while PostgreSQL restarts waits for it, through migrations, that check and the preload alike.
      const app = await ctx.app({ waitForDatabase: true });
      const controller = new AbortController();
      let signals = 0;
      const onSignal = () => {
        signals += 1;
        // A second signal means "now": jobs in hand return to the queue after their lease.
        if (signals > 1) process.exit(130);
        controller.abort();
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
      // A child of a pool drains when its parent goes away (the IPC channel closes); the channel itself must not
      // keep a drained child alive.
      if (process.send) {
        process.channel?.unref();
        process.once('disconnect', () => controller.abort());
      }
      try {
        if (concurrency > 1) {
          const g = program.opts<{ db?: string; logLevel?: string }>();
          const args = [...(g.db ? ['--db', g.db] : []), ...(g.logLevel ? ['--log-level', g.logLevel] : []), 'worker', '--batch', String(batch)];
          if (opts.exitWhenIdle) args.push('--exit-when-idle');
          if (opts.json) args.push('--json');
          const code = await app.queue.pool({
            size: concurrency,
            spawn: () => fork(process.argv[1]!, args, { stdio: 'inherit' }),
            signal: controller.signal,
          });
          if (code !== 0) throw new EntenteError('INTERNAL', `a worker process exited with code ${code}`);
          return;
        }
        const report = await app.queue.work({ signal: controller.signal, exitWhenIdle: opts.exitWhenIdle, batch });
        if (opts.json) process.stdout.write(`${JSON.stringify({ pid: process.pid, ...report })}\n`);
        else
          process.stderr.write(
            `worker ${process.pid}: ${report.processed} articles (${report.stored} stored, ${report.duplicates} already stored, ${report.failed} failed), ${report.events} events in ${report.seconds.toFixed(1)} s\n`,
          );
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
      }
    });
};

function whole(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new EntenteError('USAGE', `${name}: ${expectedFound('a whole number >= 1', value)}`);
  return n;
}
