import { join } from 'node:path';
import type { Qualifier } from '../../src/core/fact.js';
import type { IsoDate, Precision } from '../../src/core/time.js';
import { OPEN_END, addDays, daysInMonth, makeDate } from '../../src/core/time.js';
import { addState } from './cow-states.js';
import type { SourceRow } from './csv-source.js';
import { readCsv } from './csv-source.js';
import { Crosswalk } from './crosswalk.js';
import { dayBefore, isoCell, startOf } from './dates.js';
import type { BuildContext } from './facts.js';
import { makeFact, openEnd } from './facts.js';
import type { Tenure } from './leader-links.js';
import { LeaderIndex } from './leader-links.js';
import { readWikidataLeaders } from './wikidata-leaders.js';

const ARCHIGOS = 'archigos-4.1';
const REIGN = 'reign-3.21';

export interface LeaderSummary {
  readonly coverage: Record<string, { from: string; to: string }>;
  readonly linked: Record<string, number>;
}

/**
 * Persons and `holds_office` facts from Wikidata (formal heads of state and government), then Archigos and
 * REIGN (effective leaders). An Archigos or REIGN leader becomes the Wikidata person when state, surname and
 * tenure agree, so one person carries the facts of all three datasets.
 */
export function convertLeaders(ctx: BuildContext, dir: string, cw: Crosswalk): LeaderSummary {
  const wiki = readWikidataLeaders(ctx, dir);
  const wikiIndex = new LeaderIndex();
  for (const t of wiki.tenures) wikiIndex.add(t);
  const archigos = readArchigos(ctx, dir, cw, wikiIndex);
  const archIndex = new LeaderIndex();
  for (const t of archigos.tenures) archIndex.add(t);
  const reign = readReign(ctx, dir, cw, wikiIndex, archIndex);
  return {
    coverage: { 'wikidata-leaders': wiki.coverage, [ARCHIGOS]: archigos.coverage, [REIGN]: reign.coverage },
    linked: { archigosToWikidata: archigos.linked, reignToWikidata: reign.linked, reignToArchigos: reign.linkedToArchigos },
  };
}

interface Leader {
  readonly dataset: string;
  readonly row: SourceRow;
  readonly code: number;
  readonly scheme: 'cow' | 'gw';
  readonly surname: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly precision: Precision;
  readonly censored: boolean;
  readonly fallbackId: string;
  readonly born: number | undefined;
  readonly gender: 'M' | 'F' | undefined;
  readonly factId: string;
  readonly qualifiers: Record<string, Qualifier>;
}

function readArchigos(ctx: BuildContext, dir: string, cw: Crosswalk, wiki: LeaderIndex) {
  const rows = readCsv(join(dir, 'archigos_4.1_peacesciencer.csv'), {
    required: ['obsid', 'gwcode', 'leadid', 'leader', 'yrborn', 'gender', 'startdate', 'enddate', 'entry', 'exit'],
  });
  const tenures: Tenure[] = [];
  let linked = 0;
  let last = '0000-00-00';
  const starts = new Set(rows.map((row) => `${row.raw('gwcode')}:${row.raw('startdate')}`));
  for (const row of rows) {
    const from = isoCell(row, 'startdate');
    const end = isoCell(row, 'enddate');
    if (end < from) row.fail('enddate', `a date on or after ${from}`, end);
    last = end > last ? end : last;
    const censored = row.text('exit') === 'Still in Office';
    const gender = row.opt('gender');
    if (gender !== undefined && gender !== 'M' && gender !== 'F') row.fail('gender', 'M or F', gender);
    const sex = gender as 'M' | 'F' | undefined;
    const leader: Leader = {
      dataset: ARCHIGOS,
      row,
      code: row.int('gwcode', 1, 9999),
      scheme: 'gw',
      surname: row.text('leader'),
      from,
      // Archigos mostly ends a tenure on the day the successor takes office, sometimes on the day before.
      to: censored ? OPEN_END : starts.has(`${row.raw('gwcode')}:${end}`) ? dayBefore(end, from) : end,
      precision: 'day',
      censored,
      fallbackId: `ARCHIGOS:${row.text('leadid')}`,
      born: row.optInt('yrborn', 1000, 2100),
      gender: sex,
      factId: `archigos:${row.text('obsid')}`,
      qualifiers: { office: 'effective_leader', entry: row.text('entry'), exit: row.text('exit') },
    };
    const result = addLeader(ctx, cw, leader, (state) => wiki.find(state, leader.surname, leader.from, leader.to));
    if (result.linked) linked++;
    tenures.push(...result.tenures);
  }
  return { tenures, linked, coverage: { from: rows.length ? minOf(rows.map((r) => r.text('startdate'))) : '', to: last } };
}

function readReign(ctx: BuildContext, dir: string, cw: Crosswalk, wiki: LeaderIndex, archigos: LeaderIndex) {
  const file = 'reign_leaderlist_3_21.csv';
  const rows = readCsv(join(dir, file), {
    required: ['ccode', 'leadid', 'leader', 'sdate', 'smonth', 'syear', 'emonth', 'eyear', 'birthyear', 'gender'],
  });
  for (const row of rows) {
    if (row.has('notes') && row.raw('notes').includes('\uFFFD')) ctx.note(`${file} line ${row.line}: a byte that is not UTF-8 in the notes column (not kept)`);
  }
  const starts = rows.map((row) => startOf(row, 'syear', 'smonth', 'sdate'));
  // REIGN gives the end only as month and year; the next leader's first day, when it falls in that month, says the day.
  const nextStart = new Map<SourceRow, IsoDate>();
  const byState = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const code = row.int('ccode', 1, 9999);
    byState.set(code, [...(byState.get(code) ?? []), i]);
  });
  for (const idx of byState.values()) {
    idx.sort((a, b) => (starts[a]!.date < starts[b]!.date ? -1 : 1));
    idx.forEach((i, k) => {
      const next = idx[k + 1];
      if (next !== undefined) nextStart.set(rows[i]!, starts[next]!.date);
    });
  }
  let linked = 0;
  let linkedToArchigos = 0;
  let last = '0000-00-00';
  rows.forEach((row, i) => {
    const start = starts[i]!;
    const end = reignEnd(row, start.date, nextStart.get(row));
    if (end && end.date > last) last = end.date;
    if (start.date > last) last = start.date;
    const g = row.int('gender', -99, 1);
    const leader: Leader = {
      dataset: REIGN,
      row,
      code: row.int('ccode'),
      scheme: 'cow',
      surname: row.text('leader'),
      from: start.date,
      to: end?.date ?? OPEN_END,
      precision: end?.precision === 'month' || start.precision !== 'day' ? 'month' : 'day',
      censored: end === undefined,
      fallbackId: `REIGN:${row.text('leadid')}`,
      born: row.optInt('birthyear', -99, 2100),
      gender: g === 1 ? 'M' : g === 0 ? 'F' : undefined,
      factId: `reign:${row.text('leadid')}:${start.date}`,
      qualifiers: { office: 'effective_leader' },
    };
    const result = addLeader(ctx, cw, leader, (state) => {
      const w = wiki.find(state, leader.surname, leader.from, leader.to);
      if (w) return w;
      const a = archigos.find(state, leader.surname, leader.from, leader.to);
      if (a) linkedToArchigos++;
      return a;
    });
    if (result.linked && result.person.startsWith('Q')) linked++;
  });
  const first = starts.length ? minOf(starts.map((s) => s.date)) : '';
  return { linked, linkedToArchigos, coverage: { from: first, to: last } };
}

/** The last day in office: the day before the successor's first day if that is in the end month, else the month's last day. */
function reignEnd(row: SourceRow, from: IsoDate, next: IsoDate | undefined): { date: IsoDate; precision: Precision } | undefined {
  const y = row.optInt('eyear', 1000, 2100);
  if (y === undefined) return undefined;
  const m = row.int('emonth', 1, 12);
  const monthEnd = makeDate(y, m, daysInMonth(y, m));
  if (monthEnd < from) row.fail('eyear', `an end on or after the start ${from}`, `${y}-${m}`);
  if (next && next.slice(0, 7) === monthEnd.slice(0, 7) && next > from) return { date: addDays(next, -1), precision: 'day' };
  return { date: monthEnd, precision: 'month' };
}

function addLeader(ctx: BuildContext, cw: Crosswalk, l: Leader, link: (state: string) => string | undefined) {
  const spans = cw.split(l.code, l.from, l.to, l.scheme);
  let person: string | undefined;
  for (const s of spans) person ??= link(s.id);
  const linked = person !== undefined;
  person ??= l.fallbackId;
  const attrs: Record<string, unknown> = {};
  if (l.born !== undefined && l.born > 0) attrs.born = l.born;
  if (l.gender) attrs.gender = l.gender;
  const provenance = { dataset: l.dataset, ref: l.row.ref(`leadid=${l.row.text('leadid')}`), rule: linked ? 'leaders/link-wikidata' : 'leaders/person' };
  ctx.entities.add({ id: person, kind: 'person', name: l.surname, aliases: [{ text: l.surname, lang: 'en', kind: 'name' }], attrs, provenance });
  const tenures: Tenure[] = [];
  const ids = Crosswalk.spanIds(l.factId, spans);
  for (const [i, s] of spans.entries()) {
    if (!ctx.entities.has(s.id)) addState(ctx, cw, s.id, l.code, l.row.file, l.dataset, l.scheme);
    const end = l.censored && s.to === OPEN_END ? openEnd(l.qualifiers) : { to: s.to, qualifiers: l.qualifiers };
    ctx.addFact(
      l.dataset,
      makeFact({
        id: ids[i]!,
        subject: person,
        predicate: 'holds_office',
        object: s.id,
        from: s.from,
        to: end.to,
        precision: l.precision,
        qualifiers: end.qualifiers,
        provenance: { dataset: l.dataset, ref: l.row.ref(`leadid=${l.row.text('leadid')}`), rule: `leaders/${l.dataset}` },
      }),
    );
    tenures.push({ person, state: s.id, from: s.from, to: s.to, name: l.surname });
  }
  return { person, linked, tenures };
}

function minOf(values: string[]): string {
  return values.reduce((a, b) => (b < a ? b : a));
}
