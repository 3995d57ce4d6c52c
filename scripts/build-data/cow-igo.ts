import { join } from 'node:path';
import type { Alias } from '../../src/core/entity.js';
import type { MembershipStatus } from '../../src/core/fact.js';
import { OPEN_END } from '../../src/core/time.js';
import { addState } from './cow-states.js';
import type { SourceRow } from './csv-source.js';
import { readCsv } from './csv-source.js';
import { Crosswalk } from './crosswalk.js';
import { yearEnd, yearStart } from './dates.js';
import type { BuildContext } from './facts.js';
import { makeFact, openEnd } from './facts.js';

export const COW_IGO = 'cow-igo-3';
const FILE = 'cow_igo_v3_membership_long.csv';
export const COW_IGO_LAST_YEAR = 2014;

/** A full name for a COW IGO abbreviation (data/curated/igo-names.json). */
export interface IgoName {
  readonly id?: string;
  readonly name: string;
  readonly orgType?: string;
  readonly aliases?: readonly Alias[];
}

const STATUS: Record<number, MembershipStatus | null> = { 1: 'member', 2: 'associate', 3: 'observer', 0: null, [-9]: null };

interface Year {
  readonly year: number;
  readonly status: MembershipStatus;
  readonly row: SourceRow;
}

/**
 * The organization id for a COW abbreviation: the curated id if there is one (eaec -> EURASEC), else upper case,
 * suffixed `-IGO` where that would be a state's id (COW's `nam`, the Non-Aligned Movement, is not Namibia).
 */
function igoId(abbr: string, names: ReadonlyMap<string, IgoName>, isState: (id: string) => boolean): string {
  const named = names.get(abbr)?.id;
  if (named) return named;
  const upper = abbr.toUpperCase();
  return isState(upper) ? `${upper}-IGO` : upper;
}

/**
 * COW IGO v3 state-years -> one organization entity per ioname and one `member_of` fact per run of consecutive
 * years with the same status (Jan 1 of the first year to Dec 31 of the last; a run reaching 2014, the last
 * year coded, is open-ended and censored).
 */
export function convertCowIgo(ctx: BuildContext, dir: string, cw: Crosswalk, names: ReadonlyMap<string, IgoName>): void {
  const runs = new Map<string, Year[]>();
  for (const row of readCsv(join(dir, FILE), { required: ['ccode', 'year', 'ioname', 'status'] })) {
    const ioname = row.text('ioname');
    if (!/^[a-z0-9]+$/.test(ioname)) row.fail('ioname', 'a lower-case COW IGO abbreviation', ioname);
    const code = row.int('ccode', 1, 9999);
    const year = row.int('year', 1800, COW_IGO_LAST_YEAR);
    const raw = row.optInt('status');
    if (raw !== undefined && !(raw in STATUS)) row.fail('status', 'one of 1, 2, 3 (or 0, -9, empty for none)', String(raw));
    const status = raw === undefined ? null : STATUS[raw];
    addOrg(ctx, ioname, names);
    if (!status) continue;
    const key = `${ioname}:${code}`;
    let list = runs.get(key);
    if (!list) runs.set(key, (list = []));
    list.push({ year, status, row });
  }
  for (const [key, years] of runs) {
    const [ioname, codeText] = key.split(':') as [string, string];
    const code = Number(codeText);
    years.sort((a, b) => a.year - b.year);
    let start = 0;
    for (let i = 1; i <= years.length; i++) {
      const prev = years[i - 1]!;
      const cur = years[i];
      if (cur && cur.year === prev.year) cur.row.fail('year', `one row per state, organization and year (${key})`, String(cur.year));
      if (cur && cur.year === prev.year + 1 && cur.status === prev.status) continue;
      addRun(ctx, cw, names, ioname, code, years.slice(start, i));
      start = i;
    }
  }
}

function addOrg(ctx: BuildContext, ioname: string, names: ReadonlyMap<string, IgoName>): void {
  const id = igoId(ioname, names, stateTest(ctx));
  const existing = ctx.entities.get(id);
  if (existing && existing.kind !== 'organization') {
    throw new Error(`COW IGO ${ioname} would take the id ${id} of a ${existing.kind}: give it an id in data/curated/igo-names.json`);
  }
  if (existing) return;
  const n = names.get(ioname);
  ctx.entities.add({
    id,
    kind: 'organization',
    name: n?.name ?? ioname.toUpperCase(),
    aliases: [{ text: ioname.toUpperCase(), lang: 'en', kind: 'acronym' }, ...(n?.aliases ?? [])],
    attrs: { cowIgo: ioname, orgType: n?.orgType ?? 'igo' },
    provenance: { dataset: COW_IGO, ref: `${FILE} ioname=${ioname}`, rule: 'cow-igo/organization' },
  });
}

function addRun(ctx: BuildContext, cw: Crosswalk, names: ReadonlyMap<string, IgoName>, ioname: string, code: number, run: Year[]): void {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const censored = last.year === COW_IGO_LAST_YEAR;
  const spans = cw.split(code, yearStart(first.year), censored ? OPEN_END : yearEnd(last.year));
  const base = `cow-igo:${ioname}:${code}:${first.year}`;
  const ids = Crosswalk.spanIds(base, spans);
  for (const [i, span] of spans.entries()) {
    if (!ctx.entities.has(span.id)) addState(ctx, cw, span.id, code, FILE, COW_IGO);
    const end = censored && span.to === OPEN_END ? openEnd() : { to: span.to, qualifiers: {} };
    ctx.addFact(
      COW_IGO,
      makeFact({
        id: ids[i]!,
        subject: span.id,
        predicate: 'member_of',
        object: igoId(ioname, names, stateTest(ctx)),
        from: span.from,
        to: end.to,
        precision: 'year',
        status: first.status,
        qualifiers: end.qualifiers,
        provenance: {
          dataset: COW_IGO,
          ref: first.row.ref(`ccode=${code} ioname=${ioname} years=${first.year}-${last.year}`),
          rule: 'cow-igo/collapse-years',
        },
      }),
    );
  }
}

function stateTest(ctx: BuildContext): (id: string) => boolean {
  return (id) => ctx.entities.get(id)?.kind === 'state';
}
