import type { App } from '../../app.js';
import { parseDateQuery } from '../../core/time.js';
import type { CommandModule } from '../context.js';

/**
 * `npm start` before the web UI existed, and still `entente tour`: the system the project was created from
 * (a May 2012 CSTO summit), asked of the graph on that day.
 */
export const tourCommand: CommandModule = (program, ctx) => {
  program
    .command('tour')
    .description('a short guided tour of the post-Soviet security system on a day (default 2012-05-15)')
    .option('--on <date>', 'YYYY-MM-DD', '2012-05-15')
    .action(async (opts: { on: string }) => {
      const app = await ctx.app();
      ctx.out(await tour(app, opts.on));
    });
};

async function tour(app: App, day: string): Promise<string> {
  const on = parseDateQuery(day, '--on date');
  const names = (xs: ReadonlyArray<{ name: string }>) => xs.map((x) => x.name).join(', ');
  const out: string[] = [`Entente: the post-Soviet security system on ${on.date}`, ''];
  const csto = await app.graph.members('CSTO', on);
  out.push(`The ${csto.organization.name} has ${csto.members.length} members: ${names(csto.members)}.`);
  for (const d of csto.disagreements) {
    out.push(`  sources disagree on ${d.name}: ${d.says.map((s) => `${s.dataset}: ${s.status ?? 'not a member'}`).join('; ')}`);
  }
  const cis = await app.graph.members('CIS', on);
  out.push(`The ${cis.organization.name} has ${cis.members.length} members: ${names(cis.members)}.`);
  const cu = await app.graph.members('Customs Union', on);
  out.push(`The ${cu.organization.name}: ${names(cu.members)}.`);
  const nato = await app.graph.members('NATO', on);
  out.push(`For comparison, ${nato.organization.name} has ${nato.members.length} members.`);
  const tjk = await app.graph.organizations('TJK', on);
  out.push(
    '',
    `Tajikistan belongs to ${tjk.organizations.length} organizations, among them ${names(tjk.organizations.slice(0, 8))}${tjk.organizations.length > 8 ? ', ...' : ''}.`,
  );
  out.push(`It is party to ${tjk.alliances.length} alliances: ${tjk.alliances.map((a) => `${a.name} (phase ${a.phase ?? '-'})`).join('; ')}.`);
  const bases = await app.graph.bases(on);
  const russian = bases.bases.filter((b) => b.user.id === 'RUS');
  if (russian.length > 0) out.push('', `Russian military bases abroad: ${russian.map((b) => `${b.base} (${b.host.name})`).join('; ')}.`);
  for (const state of ['RUS', 'UKR']) {
    const l = await app.graph.leaders(state, on);
    const line = l.leaders.map((x) => `${x.office.replaceAll('_', ' ')} ${x.person.name} (since ${x.from})`).join(', ');
    out.push(`${l.state.name}: ${line || 'no leader recorded'}.`);
  }
  out.push(
    '',
    'Try: npx entente members CSTO --on 2012-05-15',
    '     npx entente members CSTO --on 2013-01-01 --json',
    '     npx entente history CSTO',
    '     npx entente orgs TJK --on 2012-05-15',
    '     npx entente leaders RUS --on 2012-05-15',
  );
  return out.join('\n');
}
