import type { LeadersAnswer } from '../../graph/answers.js';
import type { CommandModule } from '../context.js';
import { dateOption } from '../options.js';
import { notesText, sourcesText, table, verifiedText } from '../table.js';

export const leadersCommand: CommandModule = (program, ctx) => {
  program
    .command('leaders')
    .description("a state's heads of state and government and its effective leader on a day")
    .argument('<state>', 'ISO3 id or name')
    .option('--on <date>', 'YYYY-MM-DD (default today)')
    .option('--strict', 'leave out terms carried forward past the last day their sources speak of')
    .option('--json', 'print JSON')
    .action(async (state: string, opts: { on?: string; strict?: boolean; json?: boolean }) => {
      const on = dateOption(opts.on);
      const app = await ctx.app();
      const answer = await app.graph.leaders(state, on, { strict: opts.strict === true });
      if (opts.json) return ctx.json(answer);
      ctx.out(render(answer, ctx.width()));
    });
};

function render(a: LeadersAnswer, width: number): string {
  const rows = a.leaders.map((l) => [
    l.office.replaceAll('_', ' '),
    l.person.name,
    l.person.id,
    l.from,
    l.to,
    verifiedText(l),
    sourcesText(l.sources, 2, width),
  ]);
  const parts = [`${a.state.name} (${a.state.id}) on ${a.on}`, table(['office', 'person', 'id', 'from', 'to', 'verified', 'sources'], rows, width)];
  if (a.notes.length > 0) parts.push(notesText(a.notes));
  return parts.join('\n');
}
