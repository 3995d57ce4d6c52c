import { join } from 'node:path';
import type { AlliancePhase } from '../../src/core/entity.js';
import type { Qualifier } from '../../src/core/fact.js';
import { OPEN_END } from '../../src/core/time.js';
import { addState } from './cow-states.js';
import type { SourceRow } from './csv-source.js';
import { readCsv } from './csv-source.js';
import { Crosswalk } from './crosswalk.js';
import { coarser, lastDayBefore, startOf } from './dates.js';
import type { BuildContext } from './facts.js';
import { makeFact, openEnd } from './facts.js';

export const ATOP = 'atop-5.1';
export const ATOP_LAST_DAY = '2018-12-31';

/** Alliance-level codes kept on the alliance entity: the obligations and the features a reader asks about first. */
const ALLIANCE_FLAGS = [
  'defense',
  'offense',
  'neutral',
  'nonagg',
  'consul',
  'active',
  'conditio',
  'asymm',
  'specthrt',
  'milcon',
  'milaid',
  'intcom',
  'base',
  'organ1',
  'ineffect',
] as const;

/** Member-level obligations and every condition on them: the rules engine derives treaty provisions from these. */
const MEMBER_CODES = [
  'defense',
  'offense',
  'neutral',
  'nonagg',
  'consul',
  'active',
  'conditio',
  'defcon',
  'offcon',
  'neucon',
  'concon',
  'defcoadv',
  'defcoloc',
  'defcocon',
  'defconum',
  'defcodem',
  'defconpr',
  'offcoadv',
  'offcoloc',
  'offcocon',
  'offconum',
  'offcodem',
  'neucoadv',
  'neucoloc',
  'neucocon',
  'neuconum',
  'neucodem',
  'neuconpr',
  'neucoatt',
  'concoadv',
  'concoloc',
  'concocon',
  'concoreq',
  'specthrt',
  'asymm',
  'obvary',
] as const;

const DATE_COLUMNS = ['yrent', 'moent', 'dayent', 'yrexit', 'moexit', 'dayexit'];

/**
 * ATOP 5.1 -> one `alliance` entity per atopid (with its phases) and one `party_to` fact per member-level row:
 * from the day the state signed to the day before it left (exit year 0 = still in force at the end of 2018).
 */
export function convertAtop(ctx: BuildContext, dir: string, cw: Crosswalk, names: ReadonlyMap<number, string>): void {
  const phases = readPhases(dir);
  const members = readCsv(join(dir, 'atop5_1m.csv'), { required: ['atopid', 'member', 'phase', 'ineffect', ...DATE_COLUMNS, ...MEMBER_CODES] });
  const byAlliance = new Map<number, SourceRow[]>();
  for (const row of members) {
    const id = row.int('atopid', 1, 99999);
    let list = byAlliance.get(id);
    if (!list) byAlliance.set(id, (list = []));
    list.push(row);
  }
  for (const row of readCsv(join(dir, 'atop5_1a.csv'), { required: ['atopid', 'begyr', 'begmo', 'begday', 'bilat', ...ALLIANCE_FLAGS] })) {
    const atopid = row.int('atopid', 1, 99999);
    const signed = startOf(row, 'begyr', 'begmo', 'begday');
    const attrs: Record<string, unknown> = {
      atopid,
      signed: signed.date,
      bilateral: row.int('bilat', 0, 1) === 1,
      phases: phases.get(atopid) ?? [],
    };
    for (const f of ALLIANCE_FLAGS) attrs[f] = row.optInt(f) ?? null;
    const rows = byAlliance.get(atopid) ?? [];
    ctx.entities.add({
      id: `ATOP${atopid}`,
      kind: 'alliance',
      name: names.get(atopid) ?? defaultName(ctx, cw, atopid, rows, signed.date),
      aliases: [{ text: `ATOP ${atopid}`, lang: 'en', kind: 'acronym' }],
      attrs,
      provenance: { dataset: ATOP, ref: row.ref(`atopid=${atopid}`), rule: 'atop/alliance' },
    });
  }
  const seen = new Map<string, number>();
  for (const row of members) seen.set(rowKey(row), (seen.get(rowKey(row)) ?? 0) + 1);
  for (const row of members) {
    const atopid = row.int('atopid');
    if (!ctx.entities.has(`ATOP${atopid}`)) row.fail('atopid', 'an alliance listed in atop5_1a.csv', String(atopid));
    addMemberFact(ctx, cw, row, (seen.get(rowKey(row)) ?? 0) > 1);
  }
}

function rowKey(row: SourceRow): string {
  return `atop:${row.int('atopid')}:${row.int('member', 1, 99999)}:${row.int('phase', 0, 99)}`;
}

function addMemberFact(ctx: BuildContext, cw: Crosswalk, row: SourceRow, repeated: boolean): void {
  const atopid = row.int('atopid');
  const code = row.int('member');
  const phase = row.int('phase');
  const entry = startOf(row, 'yrent', 'moent', 'dayent');
  const open = row.int('yrexit', 0, 9999) === 0;
  const exit = open ? { date: OPEN_END, precision: entry.precision } : lastDayBefore(row, 'yrexit', 'moexit', 'dayexit', entry.date);
  if (exit.date < entry.date) row.fail('yrexit', `an exit after the entry ${entry.date}`, exit.date);
  if (open !== (row.int('ineffect', 0, 1) === 1)) ctx.note(`${row.ref('')}: ineffect=${row.raw('ineffect')} but yrexit=${row.raw('yrexit')}`);
  const qualifiers: Record<string, Qualifier> = { phase, ccode: code };
  for (const c of MEMBER_CODES) qualifiers[c] = row.optInt(c) ?? null;
  // Egypt left and rejoined the Arab League pacts in the same phase: the entry year tells the rows apart.
  const base = `atop:${atopid}:${code}:${phase}${repeated ? `:${entry.date.slice(0, 4)}` : ''}`;
  const spans = cw.split(code, entry.date, exit.date);
  const ids = Crosswalk.spanIds(base, spans);
  for (const [i, span] of spans.entries()) {
    if (!ctx.entities.has(span.id)) addState(ctx, cw, span.id, code, 'atop5_1m.csv', ATOP);
    const end = open && span.to === OPEN_END ? openEnd(qualifiers) : { to: span.to, qualifiers };
    ctx.addFact(
      ATOP,
      makeFact({
        id: ids[i]!,
        subject: span.id,
        predicate: 'party_to',
        object: `ATOP${atopid}`,
        from: span.from,
        to: end.to,
        precision: coarser(entry.precision, exit.precision),
        qualifiers: end.qualifiers,
        provenance: { dataset: ATOP, ref: row.ref(`atopid=${atopid};member=${code};phase=${phase}`), rule: 'atop/member-exit-minus-one' },
      }),
    );
  }
}

function readPhases(dir: string): Map<number, AlliancePhase[]> {
  const out = new Map<number, AlliancePhase[]>();
  for (const row of readCsv(join(dir, 'atop5_1aph.csv'), { required: ['atopid', 'phase', 'begyr', 'begmo', 'begday', 'endyr', 'endmo', 'endday'] })) {
    const atopid = row.int('atopid', 1, 99999);
    const from = startOf(row, 'begyr', 'begmo', 'begday').date;
    const to = row.int('endyr', 0, 9999) === 0 ? OPEN_END : lastDayBefore(row, 'endyr', 'endmo', 'endday', from).date;
    let list = out.get(atopid);
    if (!list) out.set(atopid, (list = []));
    list.push({ phase: row.int('phase', 0, 99), from, to });
  }
  for (const list of out.values()) list.sort((a, b) => a.phase - b.phase);
  return out;
}

/** "ATOP 3285: German Democratic Republic, Poland, Hungary and 5 more, 1955" when no curated name is known. */
function defaultName(ctx: BuildContext, cw: Crosswalk, atopid: number, rows: SourceRow[], signed: string): string {
  const names: string[] = [];
  for (const row of rows) {
    const id = cw.idAt(row.int('member', 1, 99999), startOf(row, 'yrent', 'moent', 'dayent').date);
    const name = ctx.entities.get(id)?.name ?? cw.nameOf(row.int('member'))?.name ?? id;
    if (!names.includes(name)) names.push(name);
  }
  const shown = names.length > 4 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
  return `ATOP ${atopid}: ${shown} ${signed.slice(0, 4)}`;
}
