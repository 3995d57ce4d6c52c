import { CONDITION_COLUMNS } from '../../src/rules/atop-codes.js';
import { ATOP_COLUMN, OBLIGATION_KINDS, type Condition, type ObligationKind, type Provision } from '../../src/rules/provision.js';
import { exampleSentence } from './examples.js';

/** One row of atop5_1m.csv as text cells, with its line number in the file. */
export interface MemberRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

const ATOP_DATASET = 'atop-5.1';
const CITATION = 'Leeds, Ritter, Mitchell and Long 2002; ATOP 5.1 codebook';

/** Why an OBVARY member's obligation is read as owed to the members that do not undertake it themselves. */
const GUARANTEE_READING =
  'ATOP codes that this member owes different things to different partners (OBVARY) without saying to whom; ' +
  'read as the common pattern the codebook describes (§2.7: states that jointly promise to defend a third state): ' +
  'owed to the members that do not undertake this obligation themselves';

/**
 * The member-level rows of ATOP -> provisions: one per alliance, phase and obligation, split by member where
 * members undertake it under different conditions. Pure; the caller reads the files.
 */
export function provisionsFromAtop(rows: readonly MemberRow[], names: ReadonlyMap<number, string>): Provision[] {
  const groups = new Map<string, MemberRow[]>();
  for (const row of rows) {
    const key = `${int(row, 'atopid')}:${int(row, 'phase')}`;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  const out: Provision[] = [];
  for (const group of groups.values()) {
    for (const kind of OBLIGATION_KINDS) out.push(...provisionsOfKind(group, kind, names));
  }
  return out.sort(
    (a, b) => a.atopid! - b.atopid! || a.phase - b.phase || OBLIGATION_KINDS.indexOf(a.kind) - OBLIGATION_KINDS.indexOf(b.kind) || (a.id < b.id ? -1 : 1),
  );
}

function provisionsOfKind(group: readonly MemberRow[], kind: ObligationKind, names: ReadonlyMap<number, string>): Provision[] {
  const column = ATOP_COLUMN[kind];
  const holders = group.filter((r) => int(r, column) === 1);
  if (holders.length === 0) return [];
  const members = unique(group.map((r) => int(r, 'member')));
  const holding = new Set(holders.map((r) => int(r, 'member')));
  const nonHolders = members.filter((m) => !holding.has(m));
  const bySignature = new Map<string, MemberRow[]>();
  for (const row of holders) {
    const sig = JSON.stringify(conditionsOf(row, kind));
    bySignature.set(sig, [...(bySignature.get(sig) ?? []), row]);
  }
  const atopid = int(group[0]!, 'atopid');
  const phase = int(group[0]!, 'phase');
  const split = bySignature.size > 1;
  const provisions: Provision[] = [];
  for (const [sig, list] of bySignature) {
    const bound = unique(list.map((r) => int(r, 'member')));
    const toward: Record<string, number[]> = {};
    for (const row of list) {
      if (int(row, 'obvary') === 1 && nonHolders.length > 0) toward[String(int(row, 'member'))] = nonHolders;
    }
    const directed = Object.keys(toward).length > 0;
    const provision: Provision = {
      id: `atop-${atopid}-${phase}-${kind}${split ? `-${bound[0]}` : ''}`,
      treaty: `ATOP${atopid}`,
      atopid,
      phase,
      kind,
      bound: !split && bound.length === members.length ? 'all' : bound,
      toward: directed ? toward : 'others',
      conditions: JSON.parse(sig) as Condition[],
      example: '',
      source: {
        dataset: ATOP_DATASET,
        ref: `atop5_1m.csv ${lineRanges(list.map((r) => r.line))} (atopid=${atopid}, phase=${phase}, ${ATOP_COLUMN[kind]}=1)`,
        rule: 'build-rules/atop-member-level',
        citation: CITATION,
      },
      ...(directed ? { direction: GUARANTEE_READING } : {}),
    };
    provisions.push({ ...provision, example: exampleSentence(provision, members, names) });
  }
  return provisions;
}

function conditionsOf(row: MemberRow, kind: ObligationKind): Condition[] {
  const out: Condition[] = [];
  for (const [column, code] of CONDITION_COLUMNS[kind]) {
    if (optInt(row, column) !== 1) continue;
    const named = code === 'adversary' ? namedThreats(row) : [];
    out.push(named.length > 0 ? { code, atop: column, named } : { code, atop: column });
  }
  return out;
}

/** STATTHR1/2: the states an alliance names as the threat it counters (0 none, -9 or blank unknown). */
function namedThreats(row: MemberRow): number[] {
  return unique(['statthr1', 'statthr2'].map((c) => optInt(row, c) ?? 0).filter((c) => c > 0));
}

export function int(row: MemberRow, column: string): number {
  const v = optInt(row, column);
  if (v === undefined)
    throw new Error(`atop5_1m.csv line ${row.line}: column ${column}: expected an integer, found ${JSON.stringify(row.cells[column] ?? '')}`);
  return v;
}

function optInt(row: MemberRow, column: string): number | undefined {
  const text = (row.cells[column] ?? '').trim();
  if (text === '') return undefined;
  const n = Number(text);
  if (!Number.isInteger(n)) throw new Error(`atop5_1m.csv line ${row.line}: column ${column}: expected an integer, found ${JSON.stringify(text)}`);
  return n;
}

function unique(xs: readonly number[]): number[] {
  return [...new Set(xs)].sort((a, b) => a - b);
}

/** `lines 1769-1775, 1777` from line numbers. */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j += 1;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return `${sorted.length === 1 ? 'line' : 'lines'} ${parts.join(', ')}`;
}
