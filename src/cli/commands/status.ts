import type { CommandModule } from '../context.js';
import { table } from '../table.js';

export const statusCommand: CommandModule = (program, ctx) => {
  program
    .command('status')
    .description('the work queue: queued, running, done, failed (with reasons), and distinct articles stored')
    .option('--json', 'print { "queued", "running", "done", "failed", "articles" }')
    .option('--failures', 'with --json, add "parked": the failed jobs with their errors')
    .action(async (opts: { json?: boolean; failures?: boolean }) => {
      const app = await ctx.app();
      const s = await app.queue.status({ parked: opts.json && !opts.failures ? 0 : 20 });
      const counts = { queued: s.queued, running: s.running, done: s.done, failed: s.failed, articles: s.articles };
      if (opts.json) return ctx.json(opts.failures ? { ...counts, parked: s.parked } : counts);
      const lines = [
        table(['queued', 'running', 'done', 'failed', 'articles'], [[s.queued, s.running, s.done, s.failed, s.articles].map(String)], ctx.width()),
      ];
      if (s.parked.length > 0) {
        lines.push('', `parked after their retries (newest ${s.parked.length} of ${s.failed}):`);
        lines.push(
          table(
            ['job', 'origin', 'attempts', 'error'],
            s.parked.map((p) => [p.id.slice(0, 8), p.origin ?? '', String(p.attempts), p.error]),
            ctx.width(),
          ),
        );
      }
      ctx.out(lines.join('\n'));
    });
};
