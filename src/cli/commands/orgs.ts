import type { OrganizationsAnswer } from '../../graph/answers.js';
import type { CommandModule } from '../context.js';
import { dateOption, statusesOption } from '../options.js';
import { notesText, sourcesText, table, verifiedText } from '../table.js';

export const orgsCommand: CommandModule = (program, ctx) => {
  program
    .command('orgs')
    .description("a state's organizations and alliances on a day")
    .argument('<state>', 'ISO3 id or name: TJK, Tajikistan, ...')
    .option('--on <date>', 'YYYY-MM-DD (default today); a bare year means 1 July of it')
    .option('--source <dataset>', 'follow one dataset instead of the default precedence')
    .option('--status <list>', 'statuses to list, comma-separated (default: member, associate, observer, suspended)')
    .option('--all', 'every standing: candidates, partners and signatories too')
    .option('--strict', 'leave out lines carried forward past the last day their sources speak of')
    .option('--json', 'print JSON')
    .action(async (state: string, opts: { on?: string; source?: string; status?: string; all?: boolean; strict?: boolean; json?: boolean }) => {
      const on = dateOption(opts.on);
      const app = await ctx.app();
      const answer = await app.graph.organizations(state, on, {
        source: opts.source,
        statuses: statusesOption(opts.status, opts.all),
        strict: opts.strict === true,
      });
      if (opts.json) return ctx.json(answer);
      ctx.out(render(answer, ctx.width()));
    });
};

function render(a: OrganizationsAnswer, width: number): string {
  const parts = [
    `${a.state.name} (${a.state.id}) on ${a.on}: ${a.organizations.length} organizations, ${a.alliances.length} alliances (following ${a.following})`,
    table(
      ['id', 'organization', 'status', 'from', 'to', 'verified', 'sources'],
      a.organizations.map((o) => [o.id, o.name, o.status, o.from, o.to, verifiedText(o), sourcesText(o.sources, 1, width)]),
      width,
    ),
  ];
  if (a.alliances.length > 0) {
    parts.push(
      '',
      table(
        ['alliance', 'name', 'phase', 'from', 'to', 'verified', 'source'],
        a.alliances.map((x) => [x.id, x.name, String(x.phase ?? ''), x.from, x.to, verifiedText(x), sourcesText(x.sources, 1, width)]),
        width,
      ),
    );
  }
  if (a.notes.length > 0) parts.push(notesText(a.notes));
  return parts.join('\n');
}
