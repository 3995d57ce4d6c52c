import type { CascadeAnswer, CascadeReason } from '../../rules/answers.js';
import type { CommandModule } from '../context.js';
import { dateOption } from '../options.js';
import { notesText } from '../table.js';
import { EntenteError } from '../../core/errors.js';
import { attackerOption, flagHints, switchesFrom, switchOptions, treatyText } from './obligations.js';

export const cascadeCommand: CommandModule = (program, ctx) => {
  const cmd = program
    .command('cascade')
    .description('escalation round by round: who joins which side and why, until nothing changes; flags states bound to both sides')
    .option('--attacker <state>', 'the state that attacks (required)')
    .option('--by <state>', 'the same as --attacker, as `obligations` once named it')
    .requiredOption('--attacked <state>', 'the state attacked')
    .option('--on <date>', 'YYYY-MM-DD (default today); a bare year means 1 July of it')
    .option('--location <place>', "where the first attack falls (default: the attacked state's own territory)")
    .option('--unprovoked', 'assume no side provoked the attack it answers (non-provocation conditions hold)')
    .option('--strict', 'leave out memberships carried forward past their sources')
    .option('--json', 'print JSON');
  switchOptions(cmd);
  cmd.action(
    async (opts: {
      attacker?: string;
      by?: string;
      attacked: string;
      on?: string;
      location?: string;
      unprovoked?: boolean;
      strict?: boolean;
      json?: boolean;
    }) => {
      const attacker = attackerOption(opts);
      if (attacker === undefined)
        throw new EntenteError('USAGE', 'cascade needs the state that attacks: --attacker STATE', { expected: '--attacker STATE', found: 'none' });
      const app = await ctx.app();
      const answer = await app.obligations.cascade({
        attacker,
        attacked: opts.attacked,
        on: dateOption(opts.on),
        ...(opts.location ? { location: opts.location } : {}),
        ...(opts.unprovoked ? { provoked: false } : {}),
        ...(opts.strict ? { strict: true } : {}),
        switches: switchesFrom(opts),
      });
      return opts.json ? ctx.json(answer) : ctx.out(render(answer));
    },
  );
};

function render(a: CascadeAnswer): string {
  const s = a.scenario;
  const parts = [`${s.attacker.name} (${s.attacker.id}) attacks ${s.attacked.name} (${s.attacked.id}) on ${s.on}:`];
  for (const r of a.rounds) {
    if (r.joined.length === 0) {
      parts.push(`round ${r.round}: nobody joins`);
      uncertainText(parts, r);
      continue;
    }
    const bySide = (side: 'attacked' | 'attacker') => r.joined.filter((j) => j.side === side).map((j) => j.state.name);
    const joins = [
      ['attacked', s.attacked.name],
      ['attacker', s.attacker.name],
    ] as const;
    const joinText = ([side, name]: readonly [string, string]) => {
      const who = bySide(side as 'attacked' | 'attacker');
      return `${who.join(', ')} ${who.length === 1 ? 'joins' : 'join'} ${name}'s side`;
    };
    parts.push(
      `round ${r.round}: ${joins
        .filter(([side]) => bySide(side).length > 0)
        .map(joinText)
        .join('; ')}`,
    );
    for (const j of r.joined) parts.push(`  ${j.state.name}${j.carriedForward ? ' ~' : ''}: ${reasonsText(j.because)}`);
    uncertainText(parts, r);
  }
  parts.push(`\nsides: ${a.sides.attacked.map((x) => x.name).join(', ')}  |  ${a.sides.attacker.map((x) => x.name).join(', ')}`);
  if (a.bothSides.length > 0) {
    parts.push(`\nbound to both sides: ${a.bothSides.length}`);
    for (const b of a.bothSides) {
      const where = b.joined === null ? 'stands aside' : `fights on ${b.joined === 'attacked' ? s.attacked.name : s.attacker.name}'s side`;
      const other = b.joined === 'attacked' ? b.toAttacker : b.joined === 'attacker' ? b.toAttacked : [...b.toAttacked, ...b.toAttacker];
      parts.push(`  ${b.state.name} ${where}, but is also bound: ${reasonsText(other)}`);
    }
  }
  if (a.breaches.length > 0) {
    parts.push(
      `\nthe attack itself breaks what ${s.attacker.name} owes ${s.attacked.name}: ${a.breaches.map((l) => `${l.kind} (${treatyText(l)})`).join('; ')}`,
    );
  }
  if (a.rounds.some((r) => r.joined.some((j) => j.carriedForward)))
    parts.push('\n~ joins only on memberships carried forward past their sources (--strict leaves them out)');
  if (a.notes.length > 0) parts.push(`\n${notesText(a.notes)}`);
  parts.push(...flagHints(a.notes, []));
  return parts.join('\n');
}

/** Who may also be bound but is not assumed to join, and the first reason of one of them. */
function uncertainText(parts: string[], r: CascadeAnswer['rounds'][number]): void {
  if (r.uncertain.length === 0) return;
  const who = [...new Set(r.uncertain.map((u) => u.state.name))];
  const shown = who.length > 12 ? `${who.slice(0, 12).join(', ')} and ${who.length - 12} more` : who.join(', ');
  parts.push(`  may also be bound, not assumed: ${shown} (--json for why; e.g. ${r.uncertain[0]!.state.name}: ${r.uncertain[0]!.reason})`);
}

/** "defend Armenia against Azerbaijan under Collective Security Treaty [ATOP4220 phase 2], ..." grouped by obligation. */
function reasonsText(reasons: readonly CascadeReason[]): string {
  const groups = new Map<string, { head: string; against: Set<string>; treaties: Set<string> }>();
  for (const r of reasons) {
    const key = `${r.kind}|${r.toward.id}`;
    const g = groups.get(key) ?? { head: `${r.kind === 'defense' ? 'defend' : 'fight beside'} ${r.toward.name}`, against: new Set(), treaties: new Set() };
    g.against.add(r.against.name);
    g.treaties.add(treatyText(r));
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => `${g.head} against ${[...g.against].join(', ')} under ${[...g.treaties].join(', ')}`).join('; ');
}
