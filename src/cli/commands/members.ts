import type { MembersAnswer } from '../../graph/answers.js';
import type { CommandModule } from '../context.js';
import { dateOption, statusesOption } from '../options.js';
import { notesText, sourcesText, table, verifiedText } from '../table.js';

export const membersCommand: CommandModule = (program, ctx) => {
  program
    .command('members')
    .description('members of an organization or alliance on a day, each with its sources')
    .argument('<organization>', 'id, name or acronym: CSTO, "Collective Security Treaty Organization", ATOP4220, ...')
    .option('--on <date>', 'YYYY-MM-DD (default today); a bare year means 1 July of it')
    .option('--source <dataset>', 'follow one dataset (curated, atop, cow-igo, desta) instead of the default precedence')
    .option('--status <list>', 'statuses to list as members, comma-separated (default: member)')
    .option('--all', 'every standing: associates, observers, suspended members, candidates, partners and signatories too')
    .option('--strict', 'leave out lines carried forward past the last day their sources speak of')
    .option('--json', 'print JSON')
    .action(async (org: string, opts: { on?: string; source?: string; status?: string; all?: boolean; strict?: boolean; json?: boolean }) => {
      const on = dateOption(opts.on);
      const app = await ctx.app();
      const answer = await app.graph.members(org, on, { source: opts.source, statuses: statusesOption(opts.status, opts.all), strict: opts.strict === true });
      if (opts.json) return ctx.json(answer);
      ctx.out(render(answer, ctx.width()));
    });
};

function render(a: MembersAnswer, width: number): string {
  const head = `${a.organization.name} (${a.organization.id}) on ${a.on}: ${a.members.length} members (following ${a.following})`;
  const rows = a.members.map((m) => [m.id, m.name, m.status, m.from, m.to, verifiedText(m), sourcesText(m.sources, 2, width)]);
  const parts = [head, table(['id', 'name', 'status', 'from', 'to', 'verified', 'sources'], rows, width)];
  if (a.others.length > 0) {
    parts.push(`also: ${a.others.map((m) => `${m.name} (${m.status} since ${m.from}${m.carriedForward ? ', ~' : ''})`).join(', ')}`);
  }
  for (const d of a.disagreements) {
    parts.push(`sources disagree on ${d.name}: ${d.says.map((s) => `${s.dataset} says ${s.status ?? 'not a member'}`).join('; ')}`);
  }
  if (a.notes.length > 0) parts.push(notesText(a.notes));
  return parts.join('\n');
}
