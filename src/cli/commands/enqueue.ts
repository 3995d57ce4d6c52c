import { EntenteError, expectedFound } from '../../core/errors.js';
import type { CommandModule } from '../context.js';

export const enqueueCommand: CommandModule = (program, ctx) => {
  program
    .command('enqueue')
    .description('queue articles for the workers (PostgreSQL): files, folders, JSONL, or RSS/Atom feed URLs to poll')
    .argument('<inputs...>', 'paths (files or folders) and http(s) feed URLs')
    .option('--every <seconds>', 'keep polling the feeds, every so many seconds, until SIGTERM')
    .option('--politeness <ms>', 'milliseconds between two requests to the same host', '2000')
    .option('--json', 'print the summary as JSON')
    .action(async (inputs: string[], opts: { every?: string; politeness: string; json?: boolean }) => {
      const every = opts.every === undefined ? undefined : whole(opts.every, '--every', 1);
      const politenessMs = whole(opts.politeness, '--politeness', 0);
      const app = await ctx.app();
      const controller = new AbortController();
      const stop = () => controller.abort();
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
      try {
        const summary = await app.queue.enqueue(inputs, {
          everySeconds: every,
          politenessMs,
          signal: controller.signal,
          onBatch: (s) => process.stderr.isTTY && process.stderr.write(`\rread ${s.read}, queued ${s.added}`),
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        for (const p of summary.problems) process.stderr.write(`skipped: ${p}\n`);
        if (opts.json) return ctx.json(summary);
        const feeds = summary.feeds.map((f) => `  ${f.url}: ${f.outcome}${f.outcome === 'fetched' ? `, ${f.items} items` : ''}`);
        ctx.out([`queued ${summary.added} articles (${summary.present} already queued or done, ${summary.problems.length} skipped)`, ...feeds].join('\n'));
      } finally {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
      }
    });
};

function whole(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new EntenteError('USAGE', `${name}: ${expectedFound(`a whole number >= ${min}`, value)}`);
  return n;
}
