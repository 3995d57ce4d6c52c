import type { HistoryAnswer } from '../../graph/answers.js';
import type { CommandModule } from '../context.js';
import { notesText, table } from '../table.js';

export const historyCommand: CommandModule = (program, ctx) => {
  program
    .command('history')
    .description(
      'every membership change of an organization, day by day, from every source (* = followed by default, ~ = left open by a source whose last word is older than today)',
    )
    .argument('<organization>', 'id, name or acronym')
    .option('--source <dataset>', 'only this dataset')
    .option('--json', 'print JSON')
    .action(async (org: string, opts: { source?: string; json?: boolean }) => {
      const app = await ctx.app();
      const answer = await app.graph.history(org, { source: opts.source });
      if (opts.json) return ctx.json(answer);
      ctx.out(render(answer, ctx.width()));
    });
};

function render(a: HistoryAnswer, width: number): string {
  const rows = a.entries.map((e) => [
    e.date,
    `${e.followed ? '*' : ''}${e.carriedForward ? '~' : ''}`,
    e.change,
    `${e.state.name} (${e.state.id})`,
    e.status,
    `${e.source.dataset} ${e.source.ref}${e.source.precision === 'day' ? '' : ` (${e.source.precision} precision)`}`,
  ]);
  const parts = [
    `${a.organization.name} (${a.organization.id}): ${a.entries.length} changes`,
    table(['date', '', 'change', 'state', 'status', 'source'], rows, width),
  ];
  if (a.notes.length > 0) parts.push(notesText(a.notes));
  return parts.join('\n');
}
