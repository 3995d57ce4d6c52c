import { join } from 'node:path';
import type { IsoDate } from '../../src/core/time.js';
import { OPEN_END, isValidDay } from '../../src/core/time.js';
import type { SourceRow } from './csv-source.js';
import { readCsv } from './csv-source.js';
import { dayBefore } from './dates.js';
import type { BuildContext } from './facts.js';
import { makeFact, openEnd } from './facts.js';
import { ensureIsoState } from './country-names.js';
import type { Tenure } from './leader-links.js';

const WIKIDATA_LEADERS = 'wikidata-leaders';
const FILE = 'wikidata_leaders_history_cfmessias.csv';
const ROLES = new Set(['head_of_state', 'head_of_government']);

/** A Wikidata time value (`1999-08-09T00:00:00Z`, `-0659-02-11T...`) or a blank node for "some unknown value". */
const TIME = /^([+-]?)(\d{1,5})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}Z$/;
const BLANK = /^https?:\/\/www\.wikidata\.org\/\.well-known\/genid\/[0-9a-f]+$/;

interface Row {
  readonly row: SourceRow;
  readonly state: string;
  readonly role: string;
  readonly qid: string;
  readonly name: string;
  readonly from: IsoDate;
  readonly end: IsoDate | undefined;
}

/**
 * Wikidata's formal heads of state and government. Rows whose start or person is unknown (empty, a blank
 * node, a year outside 100..9999) are skipped and counted in the notes. An end is the last day in office
 * unless a successor took office that day. A missing end is closed the day before the next holder of the
 * same office starts (qualifier `endInferred`); with no later holder the tenure is open and censored.
 */
export function readWikidataLeaders(ctx: BuildContext, dir: string): { tenures: Tenure[]; coverage: { from: string; to: string } } {
  const rows: Row[] = [];
  let skipped = 0;
  let last = '0000-00-00';
  for (const row of readCsv(join(dir, FILE), { required: ['iso3', 'country', 'role', 'person', 'person_qid', 'start', 'end'] })) {
    const state = row.text('iso3');
    if (!/^[A-Z]{3}$/.test(state)) row.fail('iso3', 'an ISO 3166-1 alpha-3 code', state);
    const role = row.text('role');
    if (!ROLES.has(role)) row.fail('role', 'head_of_state or head_of_government', role);
    const qid = row.text('person_qid');
    // A bare 32-hex id is a blank node: Wikidata knows someone held the office, not who.
    const unknownPerson = /^[0-9a-f]{32}$/.test(qid);
    if (!unknownPerson && !/^Q\d+$/.test(qid)) row.fail('person_qid', 'a Wikidata id like Q7747', qid);
    const from = wikidataDay(row, 'start');
    const end = wikidataDay(row, 'end');
    if (!from || unknownPerson) {
      skipped++;
      continue;
    }
    for (const d of [from, end]) if (d && d > last) last = d;
    rows.push({ row, state, role, qid, name: row.text('person'), from, end: end && end >= from ? end : undefined });
  }
  if (skipped) ctx.note(`${FILE}: ${skipped} rows without a usable start date or a known person skipped`);
  const tenures: Tenure[] = [];
  const byOffice = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.state}:${r.role}`;
    byOffice.set(key, [...(byOffice.get(key) ?? []), r]);
  }
  let duplicates = 0;
  for (const list of byOffice.values()) {
    list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    list.forEach((r, i) => {
      const id = `wikidata:${r.state}:${r.role}:${r.qid}:${r.from}`;
      if (ctx.hasFact(WIKIDATA_LEADERS, id)) {
        duplicates++;
        return;
      }
      const next = list.slice(i + 1).find((n) => n.from > r.from && n.qid !== r.qid);
      const base = { office: r.role };
      // The end is the last day in office, unless a successor took office that same day.
      const handedOver = r.end !== undefined && list.some((n) => n.from === r.end && n.qid !== r.qid);
      const span = r.end
        ? { to: handedOver ? dayBefore(r.end, r.from) : r.end, qualifiers: base }
        : next
          ? { to: dayBefore(next.from, r.from), qualifiers: { ...base, endInferred: true } }
          : openEnd(base);
      ensureIsoState(ctx, r.state, WIKIDATA_LEADERS, `${FILE} iso3=${r.state}`, r.row.text('country'));
      ctx.entities.add({
        id: r.qid,
        kind: 'person',
        name: r.name,
        attrs: { wikidata: r.qid },
        provenance: { dataset: WIKIDATA_LEADERS, ref: r.row.ref(`person_qid=${r.qid}`), rule: 'leaders/wikidata-person' },
      });
      ctx.addFact(
        WIKIDATA_LEADERS,
        makeFact({
          id,
          subject: r.qid,
          predicate: 'holds_office',
          object: r.state,
          from: r.from,
          to: span.to,
          precision: 'day',
          qualifiers: span.qualifiers,
          provenance: { dataset: WIKIDATA_LEADERS, ref: r.row.ref(`person_qid=${r.qid} role=${r.role}`), rule: 'leaders/wikidata' },
        }),
      );
      tenures.push({ person: r.qid, state: r.state, from: r.from, to: span.to === OPEN_END ? OPEN_END : span.to, name: r.name });
    });
  }
  if (duplicates) ctx.note(`${FILE}: ${duplicates} repeated rows (same person, office and start) kept once`);
  const first = rows.reduce((a, r) => (r.from < a ? r.from : a), '9999-12-31');
  return { tenures, coverage: { from: first, to: last } };
}

function wikidataDay(row: SourceRow, column: string): IsoDate | undefined {
  const v = row.opt(column);
  if (v === undefined || BLANK.test(v)) return undefined;
  const m = TIME.exec(v);
  if (!m) row.fail(column, 'a Wikidata time like 1999-08-09T00:00:00Z or a blank node', v);
  const [y, mo, d] = [Number(m[2]), Number(m[3]), Number(m[4])];
  // BCE dates, year 0 and five-digit years (a typo, 20254) cannot be ISO days; years before 100 are left out
  // too, because JavaScript dates read them as 19xx. Either way the row's date is unusable.
  if (m[1] === '-' || y < 100 || !isValidDay(y, mo, d)) return undefined;
  return `${m[2]!.padStart(4, '0')}-${m[3]}-${m[4]}` as IsoDate;
}
