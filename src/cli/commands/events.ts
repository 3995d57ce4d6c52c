import type { App } from '../../app.js';
import { isEntenteError } from '../../core/errors.js';
import { parseIsoDate } from '../../core/time.js';
import type { CommandModule } from '../context.js';
import { table } from '../table.js';

/** A state or organization by id, name or alias ("Russia" -> RUS); anything else is taken as a CAMEO code prefix (RUSGOV). */
async function actorId(app: App, ref: string): Promise<string> {
  for (const resolve of [(r: string) => app.graph.resolveState(r), (r: string) => app.graph.resolveOrganization(r)]) {
    try {
      return (await resolve(ref)).id;
    } catch (e) {
      if (!isEntenteError(e)) throw e;
    }
  }
  return ref.toUpperCase();
}

export const eventsCommand: CommandModule = (program, ctx) => {
  program
    .command('events')
    .description('coded events from stored articles, by actor and date range')
    .option('--actor <ref>', 'state or organization (RUS, Russia, CSTO) or a CAMEO code prefix (RUSGOV): as source or target')
    .option('--from <date>', 'YYYY-MM-DD, inclusive')
    .option('--to <date>', 'YYYY-MM-DD, inclusive')
    .option('--limit <n>', 'how many', '200')
    .option('--json', 'print JSON')
    .action(async (opts: { actor?: string; from?: string; to?: string; limit: string; json?: boolean }) => {
      const from = opts.from ? parseIsoDate(opts.from, '--from') : undefined;
      const to = opts.to ? parseIsoDate(opts.to, '--to') : undefined;
      const app = await ctx.app();
      const actor = opts.actor ? await actorId(app, opts.actor.trim()) : undefined;
      const events = await app.news.events({ actor, from, to, limit: Math.max(1, Number(opts.limit) || 200) });
      if (opts.json) return ctx.json(events);
      if (events.length === 0) return ctx.out('no events match');
      const rows = events.map((e) => [e.date, e.source, e.target ?? '', e.cameo, e.plover ?? '', e.ruleId, e.sentence.length > 70 ? `${e.sentence.slice(0, 67)}...` : e.sentence]);
      ctx.out(table(['date', 'source', 'target', 'cameo', 'plover', 'rule', 'sentence'], rows));
    });
};
