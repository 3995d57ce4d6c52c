import { distance } from 'fastest-levenshtein';
import type { Entity } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import { nameKey } from '../core/normalize.js';
import { refuseFuture, type DateQuery, type IsoDate } from '../core/time.js';
import type { Switches } from './provision.js';
import type { RuleBook } from './rule-book.js';

/** Where the treaty data begins and ends. */
export interface Coverage {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** ATOP's first year; a date before it is outside any data the engine has. */
export const FIRST_YEAR = 1815;

/**
 * Refuses a day before 1815 (no alliance data) or after today (no source speaks of the future). Every day between
 * answers: after the treaty data ends, with what it coded carried forward and marked so.
 */
export function checkDate(on: DateQuery, todayIs: IsoDate): void {
  const date = on.date;
  if (Number(date.slice(0, 4)) < FIRST_YEAR) {
    throw new EntenteError('OUT_OF_RANGE', `No treaty data before ${FIRST_YEAR}: ATOP begins with the alliances of 1815; ${date} is before it`, {
      expected: `a date from ${FIRST_YEAR}-01-01 to today (${todayIs})`,
      found: date,
    });
  }
  refuseFuture(on, todayIs);
}

export function checkYears(from: number, to: number, todayIs: IsoDate): void {
  const last = Number(todayIs.slice(0, 4));
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new EntenteError('USAGE', `Bad year range: expected --from <= --to, both years, found ${from}..${to}`, { expected: 'YYYY <= YYYY', found: `${from}..${to}` });
  }
  if (from < FIRST_YEAR) throw new EntenteError('OUT_OF_RANGE', `No treaty data before ${FIRST_YEAR}: --from ${from} is before ATOP begins`, { expected: `${FIRST_YEAR}..${last}`, found: String(from) });
  if (to > last) throw new EntenteError('OUT_OF_RANGE', `--to ${to} is after this year (today is ${todayIs}): no source speaks of the future`, { expected: `${FIRST_YEAR}..${last}`, found: String(to) });
}

/**
 * A resolver over the loaded entities, for when no graph resolver is given (tests, eval, bench): id, then
 * name or alias (case- and accent-insensitive), else UNKNOWN_ENTITY with the closest names.
 */
export function stateResolver(entities: readonly Entity[]): (ref: string) => Promise<Entity> {
  const states = entities.filter((e) => e.kind === 'state');
  const byId = new Map(states.map((e) => [e.id, e]));
  const byKey = new Map<string, Entity>();
  for (const e of states) for (const text of [e.name, ...e.aliases.filter((a) => a.kind !== 'pattern').map((a) => a.text)]) if (!byKey.has(nameKey(text))) byKey.set(nameKey(text), e);
  return async (ref) => {
    const text = ref.trim();
    const hit = byId.get(text.toUpperCase()) ?? byKey.get(nameKey(text));
    if (hit) return hit;
    const key = nameKey(text);
    const suggestions = [...byKey.entries()]
      .map(([k, e]) => ({ e, d: distance(key, k) }))
      .sort((a, b) => a.d - b.d)
      .map((x) => `${x.e.id} (${x.e.name})`)
      .filter((s, i, all) => all.indexOf(s) === i)
      .slice(0, 3);
    throw new EntenteError('UNKNOWN_ENTITY', `No state is called ${JSON.stringify(text)}`, { found: text, suggestions });
  };
}

/** One note per switch that changes or could change the lines given: what it is set to and why. */
export function switchNotes(book: RuleBook, switches: Switches, rules: readonly string[]): string[] {
  const used = new Set(rules);
  const notes: string[] = [];
  for (const s of book.switches.values()) {
    if (!s.provisions.some((id) => used.has(id))) continue;
    const on = switches[s.id] ?? s.default;
    const def = on === s.default ? ' (the default)' : '';
    notes.push(`switch ${s.id} is ${on ? 'on' : 'off'}${def}: ${on ? s.on : s.off} (--${on ? 'no-' : ''}${s.id} to change)`);
  }
  return notes;
}
