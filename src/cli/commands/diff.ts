import type { DiffAnswer } from '../../graph/answers.js';
import type { CommandModule } from '../context.js';
import { dateOption } from '../options.js';
import { notesText, sourcesText, table } from '../table.js';

export const diffCommand: CommandModule = (program, ctx) => {
  program
    .command('diff')
    .description('who joined, left or changed status between two days: for an organization, a state, or the whole system')
    .argument('[subject]', 'an organization or a state (id or name: CSTO, Uzbekistan); absent: every organization the system view shows')
    .requiredOption('--from <date>', 'the first day: YYYY-MM-DD, a bare year (1 July) or today')
    .option('--to <date>', 'the second day (default today)')
    .option('--types <list>', 'for the whole system: organization types, comma-separated (alliance, igo, trade_agreement, ...)')
    .option('--region <region>', 'for the whole system: only states of this region')
    .option('--json', 'print JSON')
    .action(async (subject: string | undefined, opts: { from: string; to?: string; types?: string; region?: string; json?: boolean }) => {
      const from = dateOption(opts.from);
      const to = dateOption(opts.to);
      const app = await ctx.app();
      const types = opts.types
        ?.split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      const answer = await app.compare.diff(from, to, subject, { ...(types ? { types } : {}), ...(opts.region ? { region: opts.region } : {}) });
      if (opts.json) return ctx.json(answer);
      ctx.out(render(answer, ctx.width()));
    });
};

const WORDS = { joined: 'joined', left: 'left', changed: 'changed' } as const;

function render(a: DiffAnswer, width: number): string {
  const what = a.subject ? `${a.subject.name} (${a.subject.id})` : 'The system';
  const { joined, left, changed } = a.counts;
  const head = `${what}, ${a.from} to ${a.to}: ${joined} joined, ${left} left, ${changed} changed status`;
  if (a.changes.length === 0) return [head, ...(a.notes.length ? [notesText(a.notes)] : [])].join('\n');
  const rows = a.changes.map((c) => [
    c.on,
    WORDS[c.change],
    `${c.state.name} (${c.state.id})`,
    `${c.organization.name} (${c.organization.id})`,
    c.change === 'changed' ? `${c.was} -> ${c.now}` : (c.now ?? c.was ?? ''),
    sourcesText(c.sources, 1, width),
  ]);
  const parts = [head, table(['on', 'change', 'state', 'organization', 'status', 'source'], rows, width)];
  if (a.notes.length > 0) parts.push(notesText(a.notes));
  return parts.join('\n');
}
