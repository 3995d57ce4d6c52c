import { distance } from 'fastest-levenshtein';
import type { IsoDate } from '../../src/core/time.js';
import { nameKey } from '../../src/core/normalize.js';

export interface Tenure {
  readonly person: string;
  readonly state: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly name: string;
}

/**
 * Finds the person a leader row of Archigos or REIGN is, among tenures already known (Wikidata's, or
 * Archigos' for REIGN): same state, overlapping tenure, and a surname that matches the full name,
 * allowing one or two letters of transliteration difference (Yanukovych / Yanukovytch).
 */
export class LeaderIndex {
  private readonly byState = new Map<string, Tenure[]>();

  add(t: Tenure): void {
    let list = this.byState.get(t.state);
    if (!list) this.byState.set(t.state, (list = []));
    list.push(t);
  }

  find(state: string, surname: string, from: IsoDate, to: IsoDate): string | undefined {
    let best: { person: string; days: number } | undefined;
    for (const t of this.byState.get(state) ?? []) {
      if (t.from > to || from > t.to || !surnameMatches(surname, t.name)) continue;
      const days = overlapDays(t, from, to);
      if (!best || days > best.days || (days === best.days && t.person < best.person)) best = { person: t.person, days };
    }
    return best?.person;
  }
}

/** "Putin" ~ "Vladimir Putin"; "Duvalier, Jean-" ~ "Jean-Claude Duvalier"; "Turchynov" ~ "Oleksandr Turtchynov". */
function surnameMatches(surname: string, fullName: string): boolean {
  // REIGN writes some leaders "Surname, Given".
  const [family = '', given = ''] = surname.split(',');
  const own = nameKey(`${family} ${given}`).split(' ').filter(Boolean);
  const full = nameKey(fullName).split(' ').filter(Boolean);
  if (own.length === 0 || full.length === 0) return false;
  if (own.every((t) => full.includes(t))) return true;
  const familyTokens = nameKey(family)
    .split(' ')
    .filter((t) => t.length >= 4);
  return familyTokens.some((a) => full.some((b) => close(a, b)));
}

function close(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  const d = n >= 5 ? distance(a, b) : Infinity;
  return d <= (n >= 8 ? 2 : 1);
}

function overlapDays(t: Tenure, from: IsoDate, to: IsoDate): number {
  const a = Date.parse(t.from > from ? t.from : from);
  const endText = t.to < to ? t.to : to;
  const b = Date.parse(endText === '9999-12-31' ? '2100-01-01' : endText);
  return Math.round((b - a) / 86_400_000) + 1;
}
