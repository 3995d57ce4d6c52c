import { join } from 'node:path';
import type { Alias } from '../../src/core/entity.js';
import { OPEN_END } from '../../src/core/time.js';
import { readCsv } from './csv-source.js';
import type { CodeName, CountryPattern } from './crosswalk.js';
import { Crosswalk, compilePattern } from './crosswalk.js';
import { startOf } from './dates.js';
import type { BuildContext } from './facts.js';
import { makeFact, openEnd } from './facts.js';
import { isoByAlpha3 } from './iso-codes.js';

export const COW_STATES = 'cow-states-2016';
const LAST_DAY = '2016-12-31';

/** Wikidata ids where GeoPolHist's first id for the code is a predecessor or a wrong item. */
const WIKIDATA_BY_ID: Record<string, string> = {
  RUS: 'Q159',
  SUN: 'Q15180',
  SRB: 'Q403',
  YEM: 'Q805',
  VNM: 'Q881',
  TLS: 'Q574',
  PAP: 'Q170174',
};

/** Reads the COW code list, GeoPolHist and manystates' patterns into the crosswalk every converter uses. */
export function readCrosswalk(dir: string): Crosswalk {
  const cow = new Map<number, CodeName>();
  for (const row of readCsv(join(dir, 'COW_country_codes.csv'), { required: ['StateAbb', 'CCode', 'StateNme'] })) {
    const code = row.int('CCode', 1, 9999);
    if (!cow.has(code)) cow.set(code, { name: row.text('StateNme'), abb: row.text('StateAbb') });
  }
  const gph = new Map<number, CodeName>();
  for (const row of readCsv(join(dir, 'GeoPolHist_entities.csv'), { required: ['GPH_code', 'GPH_name', 'continent', 'wikidata'] })) {
    const code = row.int('GPH_code', 0, 99999);
    const wikidata = /Q\d+$/.exec(row.opt('wikidata') ?? '')?.[0];
    gph.set(code, { name: row.text('GPH_name'), continent: row.opt('continent'), ...(wikidata ? { wikidata } : {}) });
  }
  const patterns: CountryPattern[] = [];
  for (const row of readCsv(join(dir, 'manystates_countryregex.csv'), { required: ['StatID', 'Label', 'Regex'] })) {
    try {
      patterns.push(compilePattern(row.text('StatID'), row.text('Label'), row.text('Regex')));
    } catch (e) {
      row.fail('Regex', 'a regular expression', `${row.raw('Regex')} (${(e as Error).message})`);
    }
  }
  // GeoPolHist's continent and Wikidata id are keyed by the same codes; COW names take precedence.
  const merged = new Map<number, CodeName>();
  for (const [code, n] of cow) merged.set(code, { ...n, ...pick(gph.get(code)) });
  return new Crosswalk(merged, gph, patterns);
}

function pick(g: CodeName | undefined): Partial<CodeName> {
  if (!g) return {};
  return { ...(g.continent ? { continent: g.continent } : {}), ...(g.wikidata ? { wikidata: g.wikidata } : {}) };
}

/** A state entity for every id a COW code maps to, then `state_exists` facts from states2016. */
export function convertCowStates(ctx: BuildContext, dir: string, cw: Crosswalk): void {
  for (const code of cw.cowCodes()) {
    for (const id of new Set(cw.mapping(code).steps.map((s) => s.id))) addState(ctx, cw, id, code, 'COW_country_codes.csv');
  }
  const file = 'states2016.csv';
  for (const row of readCsv(join(dir, file), { required: ['ccode', 'styear', 'stmonth', 'stday', 'endyear', 'endmonth', 'endday'] })) {
    const code = row.int('ccode', 1, 9999);
    const from = startOf(row, 'styear', 'stmonth', 'stday');
    const end = startOf(row, 'endyear', 'endmonth', 'endday');
    if (end.date < from.date) row.fail('endyear', `an end on or after ${from.date}`, end.date);
    const censored = end.date === LAST_DAY;
    const spans = cw.split(code, from.date, censored ? OPEN_END : end.date);
    const base = `cow-states:${code}:${row.int('styear')}`;
    const ids = Crosswalk.spanIds(base, spans);
    for (const [i, span] of spans.entries()) {
      const open = censored && span.to === OPEN_END ? openEnd() : { to: span.to, qualifiers: {} };
      ctx.addFact(
        COW_STATES,
        makeFact({
          id: ids[i]!,
          subject: span.id,
          predicate: 'state_exists',
          object: span.id,
          from: span.from,
          to: open.to,
          precision: 'day',
          qualifiers: { ccode: code, ...open.qualifiers },
          provenance: { dataset: COW_STATES, ref: row.ref(`ccode=${code} styear=${row.int('styear')}`), rule: 'cow-states/system-membership' },
        }),
      );
    }
  }
}

/**
 * Adds (or enriches) the state entity `id` from what the code tables say about `code`. Also used for ids that
 * other sources reach through the crosswalk (an Archigos-only GW code, ATOP's 8152).
 */
export function addState(
  ctx: BuildContext,
  cw: Crosswalk,
  id: string,
  code: number | undefined,
  file: string,
  dataset = COW_STATES,
  scheme: 'cow' | 'gw' = 'cow',
): void {
  const names = code === undefined ? undefined : cw.nameOf(code, scheme);
  const iso = isoByAlpha3(id);
  const isOwnName = code !== undefined && cw.mapping(code, scheme).nameId === id;
  const name = (isOwnName ? names?.name : undefined) ?? iso?.name ?? names?.name ?? id;
  const aliases: Alias[] = [];
  if (isOwnName && names) aliases.push({ text: names.name, lang: 'en', kind: 'name' });
  const pattern = cw.patternFor(id);
  if (pattern) aliases.push({ text: pattern.label, lang: 'en', kind: 'name' }, { text: pattern.pattern, kind: 'pattern' });
  const attrs: Record<string, unknown> = {};
  if (code !== undefined) attrs.ccode = code;
  if (names?.abb && isOwnName) attrs.cowAbb = names.abb;
  const wikidata = WIKIDATA_BY_ID[id] ?? (isOwnName ? names?.wikidata : undefined);
  if (wikidata) attrs.wikidata = wikidata;
  if (names?.continent) attrs.region = names.continent;
  if (iso) {
    attrs.iso2 = iso.alpha2;
    if (iso.numeric !== undefined) attrs.isoNumeric = iso.numeric;
  }
  const existing = ctx.entities.get(id);
  if (existing && code !== undefined && existing.attrs.ccode !== undefined && existing.attrs.ccode !== code) {
    const codes = new Set([...((existing.attrs.ccodes as number[] | undefined) ?? [existing.attrs.ccode as number]), code]);
    ctx.entities.setAttr(
      id,
      'ccodes',
      [...codes].sort((a, b) => a - b),
    );
  }
  ctx.entities.add({
    id,
    kind: 'state',
    name,
    aliases,
    attrs,
    provenance: { dataset, ref: code === undefined ? file : `${file} ccode=${code}`, rule: 'cow-states/crosswalk' },
  });
}
