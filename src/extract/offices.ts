import { collectiveLeaderName } from './rules/name-rules.js';
import type { Fact } from '../core/fact.js';
import { nameKey } from '../core/normalize.js';
import type { IsoDate } from '../core/time.js';
import type { NewsGraph } from './news-graph.js';

/** Formal offices before the effective leader: "head of state" says more than "effective leader". */
const OFFICE_ORDER = ['head_of_state', 'head_of_government', 'effective_leader'];

const OFFICE_LABEL: Record<string, string> = {
  head_of_state: 'head of state',
  head_of_government: 'head of government',
  effective_leader: 'effective leader',
};

function officeRank(f: Fact): number {
  const i = OFFICE_ORDER.indexOf(String(f.qualifiers.office ?? ''));
  return i === -1 ? OFFICE_ORDER.length : i;
}

export interface OfficeOnDay {
  readonly state: string;
  readonly office: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly former: boolean;
  readonly factId: string;
}

/** Answers already given per graph (which never changes): a name repeated 10,000 times is looked up once. */
const officeCache = new WeakMap<NewsGraph, Map<string, OfficeOnDay | null>>();
/** A long-running server sees many days; past this many answers the cache starts afresh. */
const OFFICE_CACHE_SIZE = 50_000;

/** The person's office on the day; failing that, the latest office held before it (as "former"). */
export function officeOf(graph: NewsGraph, personId: string, on: IsoDate): OfficeOnDay | null {
  let cache = officeCache.get(graph);
  if (!cache || cache.size > OFFICE_CACHE_SIZE) officeCache.set(graph, (cache = new Map()));
  const key = `${personId}|${on}`;
  let answer = cache.get(key);
  if (answer === undefined) cache.set(key, (answer = officeOnDay(graph, personId, on)));
  return answer;
}

/**
 * How firmly each state holds the person on the day: an effective leader there first (the leaders datasets list
 * a state's real ruler, never an ex-officio co-prince), then how many records agree. Emmanuel Macron is France's
 * president in three records and its effective leader in one, Andorra's co-prince in one: France is his office.
 */
function stateWeights(current: readonly Fact[]): Map<string, number> {
  const w = new Map<string, number>();
  for (const f of current) w.set(f.object, (w.get(f.object) ?? 0) + (f.qualifiers.office === 'effective_leader' ? 100 : 1));
  return w;
}

function officeOnDay(graph: NewsGraph, personId: string, on: IsoDate): OfficeOnDay | null {
  const all = graph.facts({ predicate: 'holds_office', subject: personId });
  const held = all.filter((f) => f.valid.from <= on && on <= f.valid.to);
  const weight = stateWeights(held);
  const current = held.sort((a, b) => weight.get(b.object)! - weight.get(a.object)! || officeRank(a) - officeRank(b));
  const pick = current[0];
  if (pick)
    return {
      state: pick.object,
      office: String(pick.qualifiers.office ?? 'effective_leader'),
      from: pick.valid.from,
      to: pick.valid.to,
      former: false,
      factId: pick.id,
    };
  const past = all.filter((f) => f.valid.to < on).sort((a, b) => (a.valid.to < b.valid.to ? 1 : -1) || officeRank(a) - officeRank(b));
  const last = past[0];
  return last
    ? {
        state: last.object,
        office: String(last.qualifiers.office ?? 'effective_leader'),
        from: last.valid.from,
        to: last.valid.to,
        former: true,
        factId: last.id,
      }
    : null;
}

export function describeOffice(o: OfficeOnDay): string {
  return o.former ? `former ${officeSpan(o)}` : officeSpan(o);
}

/** "head of state since 2012-05-07", "head of government to 2010-03-10". */
export function officeSpan(o: OfficeOnDay): string {
  const label = OFFICE_LABEL[o.office] ?? o.office.replace(/_/g, ' ');
  return o.former ? `${label} to ${o.to}` : `${label} since ${o.from}`;
}

/** Office holders by the key of their last name ("doe"), for names that appear without a first name. */
export interface PersonIndex {
  bySurname(key: string): readonly string[];
  /** Office holders whose surname is within one edit of `key` (transliterations: Tymchenko / Timchenko). */
  near(key: string): readonly string[];
}

const indexCache = new WeakMap<NewsGraph, PersonIndex>();

export function surnameKey(name: string): string {
  const words = nameKey(name)
    .split(' ')
    .filter((w) => w.length > 1);
  return words[words.length - 1] ?? '';
}

/** One letter added, dropped or changed: "bihari" and "behari", "kovalenko" and "kowalenko". */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

export function personIndexFor(graph: NewsGraph): PersonIndex {
  let idx = indexCache.get(graph);
  if (idx) return idx;
  const map = new Map<string, string[]>();
  for (const f of graph.facts({ predicate: 'holds_office' })) {
    const e = graph.entity(f.subject);
    if (!e || collectiveLeaderName(e.name)) continue;
    for (const name of [e.name, ...e.aliases.filter((a) => a.kind === 'name' || a.kind === undefined).map((a) => a.text)]) {
      const k = surnameKey(name);
      if (k.length < 3) continue;
      const list = map.get(k) ?? [];
      if (!list.includes(e.id)) list.push(e.id);
      map.set(k, list);
    }
  }
  idx = {
    bySurname: (k) => map.get(k) ?? [],
    near(k) {
      if (k.length < 6) return map.get(k) ?? [];
      // A person spelled two ways ("Kovalenko", "Kowalenko") sits under two keys near `k`: listed once.
      const out = new Set<string>();
      for (const [key, ids] of map) if (key[0] === k[0] && withinOneEdit(key, k)) for (const id of ids) out.add(id);
      return [...out];
    },
  };
  indexCache.set(graph, idx);
  return idx;
}
