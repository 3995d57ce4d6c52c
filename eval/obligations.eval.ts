/**
 * Issue 3's measure: `export atop-dyad-years --from 1815 --to 2018`, derived from the engine's own facts and
 * rules, against ATOP's own directed dyad-year file (../shared, the answer key: read here and nowhere else).
 * Prints agreement per obligation type, then every disagreement grouped by its cause, then a check that the
 * rules (rules/, generated from the member-level CSV) agree with the member-level facts (data/reference).
 * Run alone: npx tsx eval/obligations.eval.ts. ENTENTE_EVAL_DB reuses a loaded SQLite file.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { createApp } from '../src/app.js';
import type { DyadYearRow } from '../src/rules/answers.js';
import { dyadYearSources, type DyadYearSource } from '../src/rules/dyad-years.js';
import type { Engine } from '../src/rules/evaluator.js';
import { ATOP_COLUMN, OBLIGATION_KINDS, type ObligationKind } from '../src/rules/provision.js';
import { headline } from './headline.js';

const KEY = resolve(process.env.ENTENTE_SHARED ?? '../shared', 'data', 'reference', 'atop5_1_directed_dyad_year.csv');
const COLUMNS: Record<ObligationKind, keyof DyadYearRow> = {
  defense: 'defense',
  offense: 'offense',
  neutrality: 'neutral',
  nonaggression: 'nonagg',
  consultation: 'consul',
};
const DEFAULT_READING = /^ATOP codes that this member owes different things/;

interface Disagreement {
  readonly ccode1: number;
  readonly ccode2: number;
  readonly year: number;
  readonly kind: ObligationKind | 'row';
  readonly atop: number | 'absent';
  readonly engine: number | 'absent';
}

export async function run(): Promise<void> {
  if (!existsSync(KEY)) {
    process.stdout.write(`skipped: no answer key at ${KEY} (set ENTENTE_SHARED)\n`);
    return;
  }
  const db = process.env.ENTENTE_EVAL_DB ?? join(mkdtempSync(join(tmpdir(), 'entente-eval-')), 'eval.sqlite');
  const app = await createApp({ db });
  try {
    let t = performance.now();
    await app.ensureLoaded();
    const { engine, coverage } = await app.obligations.engine();
    const loadSeconds = (performance.now() - t) / 1000;
    t = performance.now();
    const mine = await app.obligations.dyadYears(1815, 2018);
    const exportSeconds = (performance.now() - t) / 1000;
    const key = readKey(KEY);
    process.stdout.write(
      `engine: ${engine.book.provisions.size} provisions over the party_to facts of ${coverage.name} (load ${loadSeconds.toFixed(1)} s); export 1815-2018: ${mine.length.toLocaleString('en-US')} rows in ${exportSeconds.toFixed(1)} s\n`,
    );
    process.stdout.write(`answer key: ${KEY}, ${key.size.toLocaleString('en-US')} rows\n`);
    const disagreements = compare(mine, key);
    explain(engine, coverage.to, disagreements);
    checkRulesAgainstFacts(engine);
  } finally {
    await app.close();
  }
}

function readKey(file: string): Map<string, number[]> {
  const [header = [], ...records] = parse(readFileSync(file, 'utf8'), { skip_empty_lines: true, trim: true }) as string[][];
  const want = ['ccode1', 'ccode2', 'year', 'atop_defense', 'atop_offense', 'atop_neutral', 'atop_nonagg', 'atop_consul'];
  if (want.some((c, i) => header[i] !== c)) throw new Error(`${file}: expected columns ${want.join(',')}, found ${header.join(',')}`);
  const out = new Map<string, number[]>();
  for (const record of records) {
    const cells = record.map(Number);
    out.set(`${cells[0]},${cells[1]},${cells[2]}`, cells.slice(3, 8));
  }
  return out;
}

function compare(mine: readonly DyadYearRow[], key: ReadonlyMap<string, number[]>): Disagreement[] {
  const ours = new Map(mine.map((r) => [`${r.ccode1},${r.ccode2},${r.year}`, OBLIGATION_KINDS.map((k) => r[COLUMNS[k]] as number)]));
  const all = new Set([...key.keys(), ...ours.keys()]);
  const out: Disagreement[] = [];
  const stats = OBLIGATION_KINDS.map(() => ({ agree: 0, both: 0, atopOnly: 0, engineOnly: 0 }));
  let rowsAgree = 0;
  for (const k of all) {
    const [ccode1, ccode2, year] = k.split(',').map(Number) as [number, number, number];
    const a = key.get(k);
    const e = ours.get(k);
    if (a && e) rowsAgree += 1;
    else out.push({ ccode1, ccode2, year, kind: 'row', atop: a ? 1 : 'absent', engine: e ? 1 : 'absent' });
    OBLIGATION_KINDS.forEach((kind, i) => {
      const av = a?.[i] ?? 0;
      const ev = e?.[i] ?? 0;
      const s = stats[i]!;
      if (av === ev) s.agree += 1;
      else out.push({ ccode1, ccode2, year, kind, atop: av, engine: ev });
      if (av === 1 && ev === 1) s.both += 1;
      else if (av === 1) s.atopOnly += 1;
      else if (ev === 1) s.engineOnly += 1;
    });
  }
  headline('obligations.atop-dyad-years.rows', rowsAgree / all.size);
  OBLIGATION_KINDS.forEach((kind, i) => headline(`obligations.atop-dyad-years.${kind}`, stats[i]!.agree / all.size));
  const rows = [
    ['dyad-year rows', rowsAgree, all.size, '', '', ''],
    ...OBLIGATION_KINDS.map((kind, i) => [kind, stats[i]!.agree, all.size, stats[i]!.both, stats[i]!.atopOnly, stats[i]!.engineOnly]),
  ].map((r) => [
    String(r[0]),
    fmt(r[1]),
    fmt(r[2]),
    typeof r[1] === 'number' && typeof r[2] === 'number' ? `${((100 * r[1]) / r[2]).toFixed(3)}%` : '',
    fmt(r[3]),
    fmt(r[4]),
    fmt(r[5]),
  ]);
  table('Agreement with ATOP 5.1 directed dyad-years, 1815-2018', ['obligation', 'agree', 'rows', 'agreement', 'both 1', 'ATOP only', 'engine only'], rows);
  return out;
}

/** Names the cause of each disagreement from the engine's own facts and rules, and prints every one. */
function explain(engine: Engine, dataEnd: string, disagreements: readonly Disagreement[]): void {
  if (disagreements.length === 0) {
    process.stdout.write('\nno disagreement\n');
    return;
  }
  const groups = new Map<string, { why: string; items: Disagreement[] }>();
  for (const d of disagreements) {
    const { cause, why } = causeOf(engine, dataEnd, d);
    const g = groups.get(cause) ?? { why, items: [] };
    g.items.push(d);
    groups.set(cause, g);
  }
  process.stdout.write(`\n${disagreements.length} disagreements, by cause:\n`);
  for (const [cause, g] of [...groups].sort((a, b) => b[1].items.length - a[1].items.length)) {
    const kinds = [...new Set(g.items.map((d) => d.kind))].join(', ');
    process.stdout.write(`\n[${cause}] ${g.items.length} (${kinds})\n  why: ${g.why}\n`);
    for (const d of g.items) process.stdout.write(`  ${d.ccode1} -> ${d.ccode2} ${d.year} ${d.kind}: ATOP ${d.atop}, engine ${d.engine}\n`);
  }
}

function causeOf(engine: Engine, dataEnd: string, d: Disagreement): { cause: string; why: string } {
  const sources = dyadYearSources(engine, d.ccode1, d.ccode2, d.year, dataEnd);
  if (d.kind === 'row') {
    return d.engine === 'absent'
      ? { cause: 'row-missing', why: 'ATOP counts the two states together in this year; no alliance phase of the engine does (membership dates differ)' }
      : { cause: 'row-extra', why: `the engine counts them together under ${sources.map((s) => `${s.treaty} phase ${s.phase}`).join(', ')}; ATOP does not` };
  }
  const kind = d.kind;
  const phasesByAlliance = new Map<string, Set<number>>();
  for (const s of sources) phasesByAlliance.set(s.treaty, (phasesByAlliance.get(s.treaty) ?? new Set()).add(s.phase));
  const changing = [...phasesByAlliance].filter(([, p]) => p.size > 1).map(([a]) => a.replace(/^ATOP/, ''));
  if (changing.length > 0)
    return {
      cause: `phase-change:${changing.join(',')}`,
      why: `ATOP ${changing.join(', ')} changes phase in this year; the export takes the later phase, as ATOP's file does elsewhere`,
    };
  const directed = directedProvisions(engine, sources, kind, d.ccode1);
  const reading = directed.find((p) => !DEFAULT_READING.test(p.direction));
  if (reading)
    return {
      cause: `reading:${reading.id}`,
      why: `the project's hand-written reading of the treaty (rules/atop-directed.json) differs from ATOP's directed coding: ${reading.direction}`,
    };
  const fallback = directed[0];
  if (fallback)
    return {
      cause: `default-reading:${fallback.id}`,
      why: `ATOP's member-level data does not say to whom (OBVARY); the default reading was used: ${fallback.direction}`,
    };
  return {
    cause: 'unexplained',
    why: `${sources.length} alliance phases in common (${sources.map((s) => `${s.treaty}/${s.phase}`).join(', ')}); the engine ${d.engine === 1 ? 'finds' : 'does not find'} a ${kind} obligation`,
  };
}

/** The directed provisions of the dyad's alliances for this obligation that bind ccode1 (whether or not toward ccode2). */
function directedProvisions(
  engine: Engine,
  sources: readonly DyadYearSource[],
  kind: ObligationKind,
  ccode1: number,
): Array<{ id: string; direction: string }> {
  const out: Array<{ id: string; direction: string }> = [];
  for (const s of sources) {
    for (const c of engine.book.inPhase(s.treaty, s.phase)) {
      const p = c.provision;
      if (p.kind !== kind || !p.direction || (c.bound !== null && !c.bound.has(ccode1))) continue;
      out.push({ id: p.id, direction: p.direction });
    }
  }
  return out;
}

/** Rules come from atop5_1m.csv, facts from data/reference: every obligation flag of every fact should have its provision. */
function checkRulesAgainstFacts(engine: Engine): void {
  let checked = 0;
  const problems: string[] = [];
  for (const members of engine.world.byPhase.values()) {
    for (const m of members) {
      // The member-level codes are ATOP's own facts; curated treaties and organization-derived parties have none.
      if (!m.fact.provenance.dataset.startsWith('atop')) continue;
      const provisions = engine.book.inPhase(m.treaty, m.phase);
      for (const kind of OBLIGATION_KINDS) {
        checked += 1;
        const flag = m.fact.qualifiers[ATOP_COLUMN[kind]] === 1;
        const ruled = provisions.some((c) => c.provision.kind === kind && (c.bound === null || c.bound.has(m.ccode)));
        if (flag !== ruled) problems.push(`${m.fact.id} ${kind}: fact says ${flag ? 1 : 0}, rules say ${ruled ? 1 : 0}`);
      }
    }
  }
  process.stdout.write(`\nrules against member-level facts: ${checked - problems.length} of ${checked} (fact, obligation) pairs agree\n`);
  for (const p of problems.slice(0, 50)) process.stdout.write(`  ${p}\n`);
  if (problems.length > 50) process.stdout.write(`  ... and ${problems.length - 50} more\n`);
}

function fmt(v: unknown): string {
  return typeof v === 'number' ? v.toLocaleString('en-US') : String(v ?? '');
}

function table(title: string, headers: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  process.stdout.write(`\n${title}\n${line(headers)}\n${line(widths.map((w) => '-'.repeat(w)))}\n${rows.map(line).join('\n')}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
