import { addDays, type IsoDate } from '../core/time.js';
import type { DyadYearRow } from './answers.js';
import { isCowSystemCode } from './atop-codes.js';
import type { Membership } from './alliance-world.js';
import type { Engine } from './evaluator.js';
import { owes } from './rule-book.js';
import type { ObligationKind, Switches } from './provision.js';

export const DYAD_YEAR_HEADER = 'ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul';

const BIT: Readonly<Record<ObligationKind, number>> = { defense: 1, offense: 2, neutrality: 4, nonaggression: 8, consultation: 16 };
const PRESENT = 32;

export interface DyadYearOptions {
  readonly from: number;
  readonly to: number;
  /** The last day of the data: open memberships count to here, not to 9999. */
  readonly dataEnd: string;
  readonly switches: Switches;
}

/**
 * Directed dyad-years of obligations, derived from the member-level facts and the provisions: for every two
 * parties of one alliance phase whose memberships share a day, the years they share, with what the first owes
 * the second. Three conventions follow how ATOP builds its own file (codebook §2.7): members without a
 * three-digit COW code are left out; a membership counts in every year from the year of entry to the year of
 * exit, so one that ended on 1 January still counts in that year; and in a year in which an alliance changes
 * phase, a dyad takes the obligations of the later phase (ATOP lists alliances, not phases, per year).
 */
export function dyadYears(e: Engine, o: DyadYearOptions): DyadYearRow[] {
  const endYear = Math.min(o.to, Number(o.dataEnd.slice(0, 4)));
  const years = endYear - o.from + 1;
  if (years <= 0) return [];
  const byAlliance = new Map<string, Membership[][]>();
  for (const members of e.world.byPhase.values()) {
    const list = byAlliance.get(members[0]!.treaty) ?? [];
    list.push(members);
    byAlliance.set(members[0]!.treaty, list);
  }
  // dyad (ccode1 * 1000 + ccode2) -> per year: PRESENT | obligation bits, or 0 when the dyad shares nothing that year.
  const all = new Map<number, Uint8Array>();
  for (const phases of byAlliance.values()) {
    // Within one alliance the later phase of a year wins: per dyad and year, the phase seen and its bits.
    const mine = new Map<number, { phase: Int16Array; bits: Uint8Array }>();
    for (const members of phases) {
      const { treaty, phase } = members[0]!;
      const provisions = e.book.inPhase(treaty, phase).filter((c) => c.provision.switch === undefined || o.switches[c.provision.switch] !== false);
      for (const a of members) {
        if (!isCowSystemCode(a.ccode)) continue;
        for (const b of members) {
          if (b.ccode === a.ccode || !isCowSystemCode(b.ccode)) continue;
          const span = sharedYears(a, b, o.dataEnd);
          if (!span) continue;
          let bits = PRESENT;
          for (const c of provisions) if (owes(c, a.ccode, b.ccode)) bits |= BIT[c.provision.kind];
          const key = a.ccode * 1000 + b.ccode;
          let cell = mine.get(key);
          if (!cell) mine.set(key, (cell = { phase: new Int16Array(years).fill(-1), bits: new Uint8Array(years) }));
          for (let y = Math.max(span.from, o.from); y <= Math.min(span.to, endYear); y++) {
            const i = y - o.from;
            if (phase > cell.phase[i]!) {
              cell.phase[i] = phase;
              cell.bits[i] = bits;
            } else if (phase === cell.phase[i]) cell.bits[i] = cell.bits[i]! | bits;
          }
        }
      }
    }
    for (const [key, cell] of mine) {
      let total = all.get(key);
      if (!total) all.set(key, (total = new Uint8Array(years)));
      for (let i = 0; i < years; i++) total[i] = total[i]! | cell.bits[i]!;
    }
  }
  const rows: DyadYearRow[] = [];
  const bit = (v: number, b: number): 0 | 1 => ((v & b) !== 0 ? 1 : 0);
  for (const key of [...all.keys()].sort((x, y) => x - y)) {
    const total = all.get(key)!;
    for (let i = 0; i < years; i++) {
      const v = total[i]!;
      if (v === 0) continue;
      rows.push({
        ccode1: Math.floor(key / 1000),
        ccode2: key % 1000,
        year: o.from + i,
        defense: bit(v, BIT.defense),
        offense: bit(v, BIT.offense),
        neutral: bit(v, BIT.neutrality),
        nonagg: bit(v, BIT.nonaggression),
        consul: bit(v, BIT.consultation),
      });
    }
  }
  return rows;
}

/**
 * The years two memberships are counted together, or undefined when they share no day (facts end the day
 * before exit, so a state that joins on the day another leaves shares none with it). The last year is the year
 * of exit: the day after a day-precise end.
 */
function sharedYears(a: Membership, b: Membership, dataEnd: string): { from: number; to: number } | undefined {
  const from = a.from > b.from ? a.from : b.from;
  const first = a.to < b.to ? a : b;
  if (from > first.to) return undefined;
  const to = first.to >= dataEnd ? dataEnd : first.fact.precision === 'day' ? addDays(first.to as IsoDate, 1) : first.to;
  return { from: Number(from.slice(0, 4)), to: Number(to.slice(0, 4)) };
}

export function dyadYearCsv(rows: readonly DyadYearRow[]): string {
  const lines = [DYAD_YEAR_HEADER];
  for (const r of rows) lines.push(`${r.ccode1},${r.ccode2},${r.year},${r.defense},${r.offense},${r.neutral},${r.nonagg},${r.consul}`);
  return `${lines.join('\n')}\n`;
}

/** What one alliance phase contributes to a dyad-year: for the eval's "why does this row differ?". */
export interface DyadYearSource {
  /** The alliance entity id (`ATOP4220`). */
  readonly treaty: string;
  readonly phase: number;
  /** The provisions under which ccode1 owes ccode2 something in this phase. */
  readonly provisions: ReadonlyArray<{ readonly id: string; readonly kind: ObligationKind; readonly direction?: string }>;
  /** The memberships' first and last days, ccode1's then ccode2's. */
  readonly spans: readonly [readonly [string, string], readonly [string, string]];
}

/** Every alliance phase in which the two states are counted together in `year`, with what it makes ccode1 owe. */
export function dyadYearSources(e: Engine, ccode1: number, ccode2: number, year: number, dataEnd: string): DyadYearSource[] {
  const out: DyadYearSource[] = [];
  for (const members of e.world.byPhase.values()) {
    for (const a of members.filter((m) => m.ccode === ccode1)) {
      for (const b of members.filter((m) => m.ccode === ccode2)) {
        const span = sharedYears(a, b, dataEnd);
        if (!span || year < span.from || year > span.to) continue;
        const provisions = e.book
          .inPhase(a.treaty, a.phase)
          .filter((c) => owes(c, ccode1, ccode2))
          .map((c) => ({ id: c.provision.id, kind: c.provision.kind, ...(c.provision.direction ? { direction: c.provision.direction } : {}) }));
        out.push({
          treaty: a.treaty,
          phase: a.phase,
          provisions,
          spans: [
            [a.from, a.to],
            [b.from, b.to],
          ],
        });
      }
    }
  }
  return out;
}
