import { parseIsoDate } from '../../core/time.js';
import type { CommandModule } from '../context.js';
import { table } from '../table.js';

export const eventsCommand: CommandModule = (program, ctx) => {
  program
    .command('events')
    .description('coded events from stored articles, by actor and date range')
    .option('--actor <ref>', 'any name the graph knows (RUS, Russia, CSTO) or a CAMEO code prefix in capitals (RUSGOV): as source or target')
    .option('--from <date>', 'YYYY-MM-DD, inclusive')
    .option('--to <date>', 'YYYY-MM-DD, inclusive')
    .option('--limit <n>', 'how many', '200')
    .option('--json', 'print JSON')
    .action(async (opts: { actor?: string; from?: string; to?: string; limit: string; json?: boolean }) => {
      const from = opts.from ? parseIsoDate(opts.from, '--from') : undefined;
      const to = opts.to ? parseIsoDate(opts.to, '--to') : undefined;
      const app = await ctx.app();
      const events = await app.news.events({ actor: opts.actor, from, to, limit: Math.max(1, Number(opts.limit) || 200) });
      if (opts.json) return ctx.json(events);
      if (events.length === 0) return ctx.out('no events match');
      // An undated event's date is the ingest day: the table says "undated" rather than show it as the event's day.
      const rows = events.map((e) => [
        e.datePrecision === 'undated' ? 'undated' : e.date,
        e.source,
        e.target ?? '',
        e.cameo,
        e.plover ?? '',
        e.ruleId,
        e.sentence,
      ]);
      ctx.out(table(['date', 'source', 'target', 'cameo', 'plover', 'rule', 'sentence'], rows, ctx.width()));
    });
};
