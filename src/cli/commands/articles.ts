import type { CommandModule } from '../context.js';
import { table } from '../table.js';

export const articlesCommand: CommandModule = (program, ctx) => {
  const articles = program.command('articles');
  articles
    .command('delete')
    .description('delete stored articles and everything found in them (actors, events, facts, claims)')
    .argument('<id...>', 'article ids, as `entente articles` lists them')
    .option('--json', 'print JSON')
    .action(async (ids: string[], opts: { json?: boolean }) => {
      const app = await ctx.app();
      // All in one transaction: an unknown id deletes nothing.
      const done = await app.news.delete(ids);
      if (opts.json) return ctx.json({ deleted: done });
      for (const d of done)
        ctx.out(`deleted ${d.id}: ${d.deleted.actors} actors, ${d.deleted.events} events, ${d.deleted.facts} facts, ${d.deleted.claims} claims`);
    });
  articles
    .description('stored articles, newest first, with what was found in each')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .action(async (opts: { limit: string; json?: boolean }) => {
      const app = await ctx.app();
      const list = await app.news.articles(Math.max(1, Number(opts.limit) || 50));
      if (opts.json) return ctx.json(list);
      if (list.length === 0) return ctx.out('no articles stored yet: entente ingest PATHS...');
      // Deleting one: `entente articles delete ID`.
      const rows = list.map((a) => [
        a.published + (a.dateEstimated ? '*' : ''),
        a.id,
        a.title ?? '(untitled)',
        String(a.counts.actors),
        String(a.counts.events),
        String(a.counts.facts),
        String(a.counts.claims),
      ]);
      ctx.out(table(['published', 'id', 'title', 'actors', 'events', 'facts', 'claims'], rows, ctx.width()));
      if (list.some((a) => a.dateEstimated)) ctx.out('* undated: the ingest day');
    });
};
