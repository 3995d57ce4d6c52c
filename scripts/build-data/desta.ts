import { join } from 'node:path';
import type { Alias } from '../../src/core/entity.js';
import type { Qualifier } from '../../src/core/fact.js';
import type { SourceRow } from './csv-source.js';
import { readCsv } from './csv-source.js';
import { yearStart } from './dates.js';
import type { BuildContext } from './facts.js';
import { makeFact, openEnd } from './facts.js';
import { isoByNumeric } from './iso-codes.js';

export const DESTA_FILE = 'desta_trade_agreements.csv';

/** DESTA's member codes are ISO 3166-1 numeric, plus 900 for Kosovo, which has no ISO code. */
const NON_ISO: Record<number, string> = { 900: 'XKX' };

export interface DestaResult {
  /** The ids of the states DESTA names, for the caller to make sure each has an entity. */
  readonly states: ReadonlySet<string>;
  readonly lastYear: number;
  readonly firstYear: number;
}

/**
 * DESTA -> one `agreement` entity per row (base treaties, accessions, protocols, withdrawals, negotiations) and
 * `party_to` facts for each member: stage `signed` from Jan 1 of the year of signature, and stage `in_force`
 * from Jan 1 of the year it entered into force where DESTA knows it. A withdrawal row makes no party_to facts:
 * its entity names who withdrew (member code 1) from which treaty.
 */
export function convertDesta(ctx: BuildContext, dir: string, dataset: string): DestaResult {
  const states = new Set<string>();
  let firstYear = 9999;
  let lastYear = 0;
  const rows = readCsv(join(dir, DESTA_FILE), {
    delimiter: ';',
    missing: ['NA'],
    required: ['number', 'base_treaty', 'name', 'entry_type', 'year', 'entryforceyear', 'typememb', 'regioncon', 'wto_name', 'c1'],
  });
  const members: string[] = [];
  for (let i = 1; rows[0]?.has(`c${i}`); i++) members.push(`c${i}`);
  for (const row of rows) {
    const number = row.text('number');
    if (!/^[0-9A-Za-z+_]+$/.test(number)) row.fail('number', 'a DESTA agreement number like 811, 3+1, 22_1 or 694a', number);
    const id = `DESTA${number}`;
    const year = row.optInt('year', 1900, 2100);
    const inForce = row.optInt('entryforceyear', 1900, 2100);
    const entryType = row.text('entry_type');
    const parties = readMembers(row, members);
    if (year !== undefined) [firstYear, lastYear] = [Math.min(firstYear, year), Math.max(lastYear, year)];
    if (inForce !== undefined) lastYear = Math.max(lastYear, inForce);
    for (const p of parties) states.add(p.state);
    const attrs: Record<string, unknown> = {
      year: year ?? null,
      entryforceyear: inForce ?? null,
      typememb: row.optInt('typememb') ?? null,
      regioncon: row.opt('regioncon') ?? null,
      base_treaty: `DESTA${row.text('base_treaty')}`,
      entry_type: entryType,
    };
    if (entryType === 'withdrawal') attrs.withdrawing = parties.filter((p) => p.role === 1).map((p) => p.state);
    const wto = row.opt('wto_name');
    const aliases: Alias[] = wto && wto !== row.text('name') ? [{ text: wto, lang: 'en', kind: 'name' }] : [];
    ctx.entities.add({
      id,
      kind: 'agreement',
      name: row.text('name'),
      aliases,
      attrs,
      provenance: { dataset, ref: row.ref(`number=${number}`), rule: 'desta/agreement' },
    });
    if (entryType === 'withdrawal' || year === undefined) continue;
    for (const p of parties) {
      const base = { role: p.role };
      addParty(ctx, dataset, row, id, p.state, 'signed', year, base);
      if (inForce !== undefined) addParty(ctx, dataset, row, id, p.state, 'in_force', inForce, base);
    }
  }
  return { states, firstYear, lastYear };
}

interface Party {
  readonly state: string;
  readonly code: number;
  /** DESTA's `mc` code for the member: which side of the agreement it is on, or who accedes or withdraws. */
  readonly role: number | null;
}

function readMembers(row: SourceRow, columns: readonly string[]): Party[] {
  const out: Party[] = [];
  columns.forEach((col, i) => {
    const code = row.optInt(col, 1, 999);
    if (code === undefined) return;
    const state = NON_ISO[code] ?? isoByNumeric(code)?.alpha3;
    if (!state) row.fail(col, 'an ISO 3166-1 numeric country code', String(code));
    if (out.some((p) => p.state === state)) return;
    const mc = `mc${i + 1}`;
    out.push({ state, code, role: row.has(mc) ? (row.optInt(mc) ?? null) : null });
  });
  return out;
}

function addParty(
  ctx: BuildContext,
  dataset: string,
  row: SourceRow,
  agreement: string,
  state: string,
  stage: string,
  year: number,
  extra: Record<string, Qualifier>,
): void {
  const end = openEnd({ stage, ...extra });
  ctx.addFact(
    dataset,
    makeFact({
      id: `desta:${agreement.slice(5)}:${state}:${stage}`,
      subject: state,
      predicate: 'party_to',
      object: agreement,
      from: yearStart(year),
      to: end.to,
      precision: 'year',
      qualifiers: end.qualifiers,
      provenance: { dataset, ref: row.ref(`number=${agreement.slice(5)}`), rule: `desta/${stage}` },
    }),
  );
}
