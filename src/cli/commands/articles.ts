import type { CommandModule } from '../context.js';
import { table } from '../table.js';

export const articlesCommand: CommandModule = (program, ctx) => {
  program
    .command('articles')
    .description('stored articles, newest first, with what was found in each')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .action(async (opts: { limit: string; json?: boolean }) => {
      const app = await ctx.app();
      const list = await app.news.articles(Math.max(1, Number(opts.limit) || 50));
      if (opts.json) return ctx.json(list);
      if (list.length === 0) return ctx.out('no articles stored yet: entente ingest PATHS...');
      const rows = list.map((a) => [a.published + (a.dateEstimated ? '*' : ''), a.id, (a.title ?? '(untitled)').slice(0, 60), String(a.counts.actors), String(a.counts.events), String(a.counts.facts), String(a.counts.claims)]);
      ctx.out(table(['published', 'id', 'title', 'actors', 'events', 'facts', 'claims'], rows));
      if (list.some((a) => a.dateEstimated)) ctx.out('* undated: the ingest day');
    });
};
