import { EntenteError } from '../../core/errors.js';
import type { CommandModule } from '../context.js';
import { table } from '../table.js';

export const claimsCommand: CommandModule = (program, ctx) => {
  program
    .command('claims')
    .description('check the claims of stored articles again against the graph as it is now (after accepted facts changed it)')
    .option('--recheck', 'read every stored article again and replace the claims that come out differently')
    .option('--json', 'print JSON')
    .action(async (opts: { recheck?: boolean; json?: boolean }) => {
      if (!opts.recheck) throw new EntenteError('USAGE', 'claims takes --recheck: expected `entente claims --recheck`');
      const app = await ctx.app();
      const answer = await app.news.recheckClaims();
      if (opts.json) return ctx.json(answer);
      const n = (c: { supported: number; contradicted: number; unverifiable: number }) => `${c.supported}/${c.contradicted}/${c.unverifiable}`;
      if (answer.changed.length > 0)
        ctx.out(
          table(
            ['article', 'title', 'supported/contradicted/unverifiable before', 'after'],
            answer.changed.map((c) => [c.id, c.title ?? '', n(c.before), n(c.after)]),
            ctx.width(),
          ),
        );
      ctx.out(`checked ${answer.checked} stored articles: ${answer.changed.length} with changed claims`);
    });
};
