import type { Command } from 'commander';
import { EntenteError } from '../../core/errors.js';
import type { BoundAnswer, ObligationLine, ObligationsAnswer } from '../../rules/answers.js';
import { withoutDatabase } from '../../app.js';
import type { ObligationKind, Switches } from '../../rules/provision.js';
import type { CommandModule } from '../context.js';
import { dateOption } from '../options.js';
import { notesText, table, verifiedText } from '../table.js';

interface Options {
  attacked?: string;
  of?: string;
  attacker?: string;
  by?: string;
  on?: string;
  location?: string;
  provoked?: boolean;
  requested?: boolean;
  all?: boolean;
  strict?: boolean;
  json?: boolean;
  [flag: string]: unknown;
}

export const obligationsCommand: CommandModule = (program, ctx) => {
  const cmd = program
    .command('obligations')
    .description('who is bound to act when a state is attacked (--attacked), or whom a state is bound to (--of), on a day, with reasons and sources')
    .option('--attacked <state>', 'the state attacked: id or name (TJK, Tajikistan)')
    .option('--of <state>', 'list whom this state is bound to, and how')
    .option('--attacker <state>', 'the attacker (adds what third states owe it, and what the attack breaks), as in `cascade`')
    .option('--by <state>', 'the same as --attacker (its older name)')
    .option('--on <date>', 'YYYY-MM-DD (default today); a bare year means 1 July of it')
    .option('--location <place>', "where the attack falls: the attacked state's own territory (default) or a place: hawaii, mediterranean, ...")
    .option('--provoked', 'the attacked state provoked the attack (non-provocation conditions fail)')
    .option('--unprovoked', 'the attacked state did not provoke the attack (non-provocation conditions hold)')
    .option('--requested', 'the attacked state asks its allies to act (request conditions hold)')
    .option('--all', 'list every non-aggression line, not only their count')
    .option('--strict', 'leave out obligations resting on memberships carried forward past their sources')
    .option('--json', 'print JSON');
  switchOptions(cmd);
  cmd.action(async (opts: Options) => {
    if ((opts.attacked === undefined) === (opts.of === undefined)) {
      throw new EntenteError('USAGE', 'obligations needs exactly one of --attacked STATE or --of STATE', {
        expected: '--attacked or --of',
        found: opts.attacked && opts.of ? 'both' : 'neither',
      });
    }
    const attacker = attackerOption(opts);
    if (opts.of !== undefined && attacker !== undefined)
      throw new EntenteError('USAGE', '--attacker names an attacker; it goes with --attacked, not with --of', { found: '--of with --attacker' });
    const on = dateOption(opts.on);
    const app = await ctx.app();
    if (opts.of !== undefined) {
      const answer = await app.obligations.boundBy(opts.of, on, switchesFrom(opts), opts.strict === true);
      return opts.json ? ctx.json(answer) : ctx.out(renderBound(answer, ctx.width()));
    }
    const provoked = opts.provoked ? true : opts.unprovoked ? false : undefined;
    const answer = await app.obligations.obligations({
      attacked: opts.attacked!,
      ...(attacker ? { attacker } : {}),
      on,
      ...(opts.location ? { location: opts.location } : {}),
      switches: switchesFrom(opts),
      ...(provoked !== undefined ? { provoked } : {}),
      ...(opts.requested ? { requested: true } : {}),
      ...(opts.strict ? { strict: true } : {}),
    });
    return opts.json ? ctx.json(answer) : ctx.out(renderScenario(answer, opts.all === true, ctx.width()));
  });
};

/** `--attacker`, or `--by` (its older name in this command); both at once must agree. */
export function attackerOption(opts: { attacker?: string; by?: string }): string | undefined {
  if (opts.attacker !== undefined && opts.by !== undefined && opts.attacker !== opts.by) {
    throw new EntenteError('USAGE', `--attacker ${opts.attacker} and --by ${opts.by} name two attackers: --by is the older name of --attacker, give one`, {
      found: `${opts.attacker} and ${opts.by}`,
    });
  }
  return opts.attacker ?? opts.by;
}

/** The flags that settle what an answer leaves open: a switch it used, a condition the scenario did not decide. */
export function flagHints(notes: readonly string[], conditions: ReadonlyArray<{ code: string; holds: boolean | null }>): string[] {
  const hints: string[] = [];
  for (const s of withoutDatabase.ruleSwitches()) {
    const note = notes.find((n) => n.startsWith(`switch ${s.id} is `));
    if (note) hints.push(`--${note.startsWith(`switch ${s.id} is on`) ? 'no-' : ''}${s.id} to change switch ${s.id}`);
  }
  const open = new Set(conditions.filter((c) => c.holds === null).map((c) => c.code));
  if (open.has('non-provocation')) hints.push('--unprovoked or --provoked to say whether the attack was provoked');
  if (open.has('request')) hints.push('--requested to assume the attacked state asks its allies to act');
  return hints.map((h) => `hint: ${h}`);
}

/** `--<switch>` and `--no-<switch>` for every documented switch (rules/switches.json); absent = its default. */
export function switchOptions(cmd: Command): void {
  for (const s of withoutDatabase.ruleSwitches()) {
    cmd.option(`--${s.id}`, `${s.question} Yes${s.default ? ' (default, following ATOP)' : ''}`);
    cmd.option(`--no-${s.id}`, `the same question: No${s.default ? '' : ' (default)'}`);
  }
}

export function switchesFrom(opts: Record<string, unknown>): Switches {
  const out: Record<string, boolean> = {};
  for (const s of withoutDatabase.ruleSwitches()) {
    const value = opts[s.id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
    if (typeof value === 'boolean') out[s.id] = value;
  }
  return out;
}

const HEADINGS: Record<ObligationKind, string> = {
  defense: 'Bound to defend',
  offense: 'Bound to fight beside',
  neutrality: 'Bound to stay out of a war against',
  nonaggression: 'Bound not to attack',
  consultation: 'Bound to consult',
};

function renderScenario(a: ObligationsAnswer, all: boolean, width: number): string {
  const s = a.scenario;
  const where = s.location === 'home' ? 'on its own territory' : `at ${s.location}`;
  const parts = [
    `If ${s.attacked.name} (${s.attacked.id}) is attacked on ${s.on}, ${where}, ${s.attacker ? `by ${s.attacker.name} (${s.attacker.id})` : 'by an attacker not named'}:`,
  ];
  for (const side of ['attacked', 'attacker'] as const) {
    const target = side === 'attacked' ? s.attacked : s.attacker;
    if (!target) continue;
    for (const kind of ['defense', 'offense', 'neutrality', 'consultation', 'nonaggression'] as const) {
      const lines = a.obligations.filter((l) => l.side === side && l.kind === kind);
      if (lines.length === 0) continue;
      const states = new Set(lines.map((l) => l.state.id)).size;
      const head = `\n${HEADINGS[kind]} ${target.name}: ${states} ${states === 1 ? 'state' : 'states'}, ${lines.length} ${lines.length === 1 ? 'obligation' : 'obligations'}`;
      if (kind === 'nonaggression' && !all) {
        parts.push(`${head} (--all lists them)\n  ${[...new Set(lines.map((l) => l.state.name))].sort().join(', ')}`);
        continue;
      }
      parts.push(head, indent(table(['state', 'treaty', 'article', 'conditions', 'verified', 'sources'], lines.map(row), width - 2)));
    }
  }
  if (a.inactive.length > 0) {
    parts.push(`\nIn force, but not binding in this scenario: ${a.inactive.length}`);
    parts.push(
      indent(
        table(
          ['state', 'obligation', 'treaty', 'verified', 'why not'],
          a.inactive.map((l) => [l.state.name, l.kind, treatyText(l), verifiedText(l), l.reason]),
          width - 2,
        ),
      ),
    );
  }
  if (a.breaches.length > 0) {
    parts.push(`\nThe attack itself breaks what ${s.attacker!.name} owes ${s.attacked.name}:`);
    parts.push(
      indent(
        table(
          ['obligation', 'treaty', 'rule'],
          a.breaches.map((l) => [l.kind, treatyText(l), l.rule]),
          width - 2,
        ),
      ),
    );
  }
  if (a.obligations.length === 0 && a.inactive.length === 0) parts.push('\nNo state is bound to act.');
  if (a.notes.length > 0) parts.push(`\n${notesText(a.notes)}`);
  parts.push(
    ...flagHints(
      a.notes,
      [...a.obligations, ...a.inactive].flatMap((l) => l.conditions),
    ),
  );
  return parts.join('\n');
}

function row(l: ObligationLine): string[] {
  const conditions =
    l.conditions.length === 0
      ? 'none'
      : l.conditions.map((c) => `${c.code} ${c.holds === true ? 'holds' : c.holds === false ? 'fails' : 'unknown'}`).join(', ');
  return [l.state.name, treatyText(l), l.article ? `art. ${l.article.article}` : '', conditions, verifiedText(l), sourcesShort(l)];
}

function renderBound(a: BoundAnswer, width: number): string {
  const parts = [`${a.state.name} (${a.state.id}) on ${a.on} is bound by ${a.obligations.length} provisions:`];
  const rows = a.obligations.map((o) => [
    o.kind + (o.off ? ' (off)' : ''),
    `${o.treaty.name} [${o.treaty.id}${o.treaty.phase ? ` phase ${o.treaty.phase}` : ''}]${o.article ? ` art. ${o.article.article}` : ''}`,
    o.conditions.length === 0 ? 'none' : o.conditions.map((c) => c.code).join(', '),
    towardText(o.toward),
    verifiedText(o),
    o.rule,
  ]);
  parts.push(indent(table(['obligation', 'treaty', 'conditions', 'toward', 'verified', 'rule'], rows, width - 2)));
  if (a.notes.length > 0) parts.push(`\n${notesText(a.notes)}`);
  parts.push(...flagHints(a.notes, []));
  return parts.join('\n');
}

function towardText(states: ReadonlyArray<{ name: string }>): string {
  const names = states.map((s) => s.name);
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 6).join(', ')} and ${names.length - 6} more`;
}

export function treatyText(l: { treaty: { id: string; name: string; phase: number } }): string {
  return `${l.treaty.name} [${l.treaty.id}${l.treaty.phase ? ` phase ${l.treaty.phase}` : ''}]`;
}

/** The rule, then the rows of the two parties' facts, by file: "atop-4220-2-defense; atop5_1m.csv lines 1769, 1772". */
function sourcesShort(l: ObligationLine): string {
  const byFile = new Map<string, string[]>();
  for (const s of l.sources.slice(1)) {
    const m = /^(\S+) line (\d+)/.exec(s.ref);
    const [file, line] = m ? [m[1]!, m[2]!] : [s.ref, ''];
    byFile.set(file, [...(byFile.get(file) ?? []), line]);
  }
  const parts = [...byFile].map(([file, lines]) => (lines.every((x) => x) ? `${file} ${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}` : file));
  return [l.rule, ...parts].join('; ');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((x) => `  ${x}`)
    .join('\n');
}
