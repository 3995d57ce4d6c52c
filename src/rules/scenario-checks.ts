import type { Entity } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import { nameKey } from '../core/normalize.js';
import { refuseFuture, type DateQuery, type IsoDate } from '../core/time.js';
import { NameMatcher } from '../graph/name-matcher.js';
import type { Switches } from './provision.js';
import type { RuleBook } from './rule-book.js';

/** Where the treaty data begins and ends. */
export interface Coverage {
  readonly name: string;
  readonly from: string;
  readonly to: string;
}

/** ATOP's first year; a date before it is outside any data the engine has. */
const FIRST_YEAR = 1815;

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
    throw new EntenteError('USAGE', `Bad year range: expected --from <= --to, both years, found ${from}..${to}`, {
      expected: 'YYYY <= YYYY',
      found: `${from}..${to}`,
    });
  }
  if (from < FIRST_YEAR)
    throw new EntenteError('OUT_OF_RANGE', `No treaty data before ${FIRST_YEAR}: --from ${from} is before ATOP begins`, {
      expected: `${FIRST_YEAR}..${last}`,
      found: String(from),
    });
  if (to > last)
    throw new EntenteError('OUT_OF_RANGE', `--to ${to} is after this year (today is ${todayIs}): no source speaks of the future`, {
      expected: `${FIRST_YEAR}..${last}`,
      found: String(to),
    });
}

/**
 * A resolver over the loaded entities, for when no graph resolver is given (tests, eval, bench), ranking as the
 * graph's does (the same NameMatcher): id, name or alias, another spelling, a pattern; else UNKNOWN_ENTITY
 * with the closest names.
 */
export function stateResolver(entities: readonly Entity[]): (ref: string) => Promise<Entity> {
  const states = new Map(entities.filter((e) => e.kind === 'state').map((e) => [e.id, e]));
  const entries = [...states.values()].flatMap((e) => [
    { key: nameKey(e.name), text: e.name, entityId: e.id, kind: 'name' },
    ...e.aliases.map((a) => ({ key: a.kind === 'pattern' ? `re:${a.text}` : nameKey(a.text), text: a.text, entityId: e.id, kind: a.kind ?? 'name' })),
  ]);
  const matcher = new NameMatcher(entries, (id) => {
    const e = states.get(id);
    return e && { id: e.id, kind: e.kind, name: e.name, curated: e.provenance.some((p) => p.dataset === 'curated') };
  });
  const kinds = ['state'] as const;
  return async (ref) => {
    const text = ref.trim();
    for (const found of [matcher.exact(text, kinds), matcher.spelling(text, kinds), matcher.pattern(text, kinds)]) {
      if (found.length === 1) return states.get(found[0]!.id)!;
    }
    const suggestions = matcher.rank(text, kinds, 3).map((e) => `${e.id} (${e.name})`);
    throw new EntenteError('UNKNOWN_ENTITY', `No state is called ${JSON.stringify(text)}`, { found: text, suggestions });
  };
}

/**
 * Where an attack may fall: the attacked state's own territory (nothing, `home`, or its id) or a place some area
 * of the rule book names. Anything else would leave every area condition unjudged, so it is refused with the list.
 */
export function checkLocation(location: string | undefined, book: RuleBook, attacked: { id: string }): void {
  const raw = location?.trim() ?? '';
  if (raw === '' || raw.toUpperCase() === attacked.id) return;
  const slug = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const places = new Set<string>(['home']);
  for (const a of book.areas.values()) for (const p of [...a.includes, ...a.excludes]) places.add(p.place);
  if (places.has(slug)) return;
  const known = [...places].sort();
  throw new EntenteError('USAGE', `Unknown place ${JSON.stringify(raw)}: expected the attacked state's own territory (home) or one of ${known.join(', ')}`, {
    expected: known.join(', '),
    found: raw,
    suggestions: known,
  });
}

/** One note per switch that changes or could change the lines given: what it is set to and why. */
export function switchNotes(book: RuleBook, switches: Switches, rules: readonly string[]): string[] {
  const used = new Set(rules);
  const notes: string[] = [];
  for (const s of book.switches.values()) {
    if (!s.provisions.some((id) => used.has(id))) continue;
    const on = switches[s.id] ?? s.default;
    const def = on === s.default ? ' (the default)' : '';
    notes.push(`switch ${s.id} is ${on ? 'on' : 'off'}${def}: ${on ? s.on : s.off}`);
  }
  return notes;
}
