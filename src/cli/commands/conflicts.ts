import type { ConflictsAnswer } from '../../rules/answers.js';
import type { CommandModule } from '../context.js';
import { dateOption } from '../options.js';
import { notesText, table } from '../table.js';
import { switchesFrom, switchOptions } from './obligations.js';

export const conflictsCommand: CommandModule = (program, ctx) => {
  const cmd = program
    .command('conflicts')
    .description('states bound to defend both members of some dyad on a day (by default dyads whose members are not allied to each other)')
    .option('--on <date>', 'YYYY-MM-DD (default today); a bare year means 1 July of it')
    .option('--state <state>', "only this state's dyads, each listed")
    .option('--within', 'also list dyads whose members are bound to defend each other')
    .option('--strict', 'leave out memberships carried forward past their sources')
    .option('--json', 'print JSON');
  switchOptions(cmd);
  cmd.action(async (opts: { on?: string; state?: string; within?: boolean; strict?: boolean; json?: boolean }) => {
    const app = await ctx.app();
    const answer = await app.obligations.conflicts(dateOption(opts.on), {
      switches: switchesFrom(opts),
      within: opts.within === true || opts.state !== undefined,
      strict: opts.strict === true,
      ...(opts.state ? { state: opts.state } : {}),
    });
    return opts.json ? ctx.json(answer) : ctx.out(render(answer, opts.state !== undefined, ctx.width()));
  });
};

const TOP = 25;
const EXAMPLES = 2;

function render(a: ConflictsAnswer, oneState: boolean, width: number): string {
  const across = a.byState.reduce((n, b) => n + b.across, 0);
  const within = a.byState.reduce((n, b) => n + b.within, 0);
  const bound = a.byState.filter((b) => b.across > 0).length;
  const parts = [
    `On ${a.on}, ${bound} ${bound === 1 ? 'state is' : 'states are'} bound to defend both members of ${across.toLocaleString('en-US')} dyads whose members are not allied to each other` +
      ` (and of ${within.toLocaleString('en-US')} dyads of allies${oneState ? '' : ', --within to list them'}):`,
  ];
  const treaties = (ts: ReadonlyArray<{ id: string }>) => ts.map((t) => t.id).join(', ');
  if (oneState) {
    const rows = a.conflicts.map((c) => [
      `${c.dyad[0].name} - ${c.dyad[1].name}`,
      c.allied ? 'allies' : 'not allied',
      treaties(c.treaties[0]),
      treaties(c.treaties[1]),
    ]);
    parts.push(table(['dyad', 'to each other', 'bound to the first under', 'bound to the second under'], rows, width));
  } else {
    const shown = a.byState.slice(0, TOP);
    const rows = shown.map((b) => {
      const mine = a.conflicts.filter((c) => c.state.id === b.state.id && !c.allied).slice(0, EXAMPLES);
      return [b.state.name, String(b.across), String(b.within), String(b.defends), mine.map((c) => `${c.dyad[0].name} - ${c.dyad[1].name}`).join('; ')];
    });
    parts.push(table(['state', 'across', 'within', 'defends', 'e.g. (--state ID for all)'], rows, width));
    if (a.byState.length > TOP) parts.push(`... and ${a.byState.length - TOP} more states (--json for all)`);
  }
  if (a.notes.length > 0) parts.push(`\n${notesText(a.notes)}`);
  return parts.join('\n');
}
