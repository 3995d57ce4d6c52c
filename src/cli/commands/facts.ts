import { EntenteError } from '../../core/errors.js';
import type { Review } from '../../pipeline/fact-review-store.js';
import type { FactView } from '../../pipeline/fact-views.js';
import type { CliContext, CommandModule } from '../context.js';
import { table } from '../table.js';

function rows(facts: readonly FactView[]): string[][] {
  return facts.map((f) => [
    f.id,
    `${f.subject.name} ${f.predicate === 'applied_to' ? 'applied to' : f.status} ${f.object.name}`,
    `${f.from}${f.precision === 'day' ? '' : ` (${f.precision})`}`,
    f.confidence.toFixed(2),
    String(f.corroboration),
    `${f.article.published} ${f.article.title ?? f.article.id}`,
    f.review === 'rejected' ? `rejected: ${f.reason ?? ''}` : f.review,
  ]);
}

function print(ctx: CliContext, facts: readonly FactView[]): void {
  ctx.out(table(['id', 'fact', 'from', 'conf', 'articles', 'article', 'review'], rows(facts), ctx.width()));
}

export const factsCommand: CommandModule = (program, ctx) => {
  const facts = program.command('facts');
  facts
    .description('the review queue of facts the news proposes (membership changes); accepted ones join the graph as the `news` source')
    .option('--pending', 'facts waiting for review (the default)')
    .option('--accepted', 'facts accepted into the graph')
    .option('--rejected', 'facts rejected, with the reason')
    .option('--limit <n>', 'how many', '500')
    .option('--json', 'print JSON')
    .action(async (opts: { pending?: boolean; accepted?: boolean; rejected?: boolean; limit: string; json?: boolean }) => {
      const chosen = (['pending', 'accepted', 'rejected'] as const).filter((r) => opts[r]);
      if (chosen.length > 1) throw new EntenteError('USAGE', `Choose one of --pending, --accepted, --rejected; found ${chosen.map((c) => `--${c}`).join(' ')}`);
      const review: Review = chosen[0] ?? 'pending';
      const app = await ctx.app();
      const answer = await app.facts.list(review, Math.max(1, Number(opts.limit) || 500));
      if (opts.json) return ctx.json(answer);
      if (answer.facts.length === 0) return ctx.out(`no ${review} facts`);
      print(ctx, answer.facts);
      if (review === 'pending') ctx.out('accept: entente facts accept ID...; reject: entente facts reject ID... --reason TEXT');
    });
  facts
    .command('accept')
    .description('accept proposed facts: each joins the graph as the `news` source, citing its article')
    .argument('<id...>', 'fact ids, as `entente facts --pending` lists them')
    .option('--json', 'print JSON')
    .action(async (ids: string[], opts: { json?: boolean }) => {
      const app = await ctx.app();
      const answer = await app.facts.accept(ids);
      if (opts.json) return ctx.json(answer);
      print(ctx, answer.facts);
      ctx.out(answer.changed === 0 ? 'nothing changed: already accepted' : `accepted ${answer.changed}`);
    });
  facts
    .command('reject')
    .description('reject proposed facts; they keep their record and the reason')
    .argument('<id...>', 'fact ids, as `entente facts --pending` lists them')
    .requiredOption('--reason <text>', 'why the fact is wrong')
    .option('--json', 'print JSON')
    .action(async (ids: string[], opts: { reason: string; json?: boolean }) => {
      const app = await ctx.app();
      const answer = await app.facts.reject(ids, opts.reason);
      if (opts.json) return ctx.json(answer);
      print(ctx, answer.facts);
      ctx.out(answer.changed === 0 ? 'nothing changed: already rejected' : `rejected ${answer.changed}`);
    });
};
