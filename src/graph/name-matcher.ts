import type { EntityKind } from '../core/entity.js';
import { nameKey } from '../core/normalize.js';

/** What the matcher needs of an entity: enough to filter by kind and to break ties. */
export interface NameCandidate {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly curated: boolean;
}

/** One alias row: `key` is `nameKey(text)`, or `re:<regex>` for a country-name pattern. */
export interface NameEntry {
  readonly key: string;
  readonly text: string;
  readonly entityId: string;
  readonly kind: string;
}

/**
 * How a name was found, best first: the id itself, an exact name or alias, the same name in another spelling
 * (Kyrgyzia for Kirghizia), a country-name pattern, the start of a name, the start of one of its words, a piece
 * of it, or a name a typo or two away (Armenai).
 */
export type MatchHow = 'id' | 'name' | 'spelling' | 'pattern' | 'prefix' | 'word' | 'contains' | 'typo';

export interface NameMatch extends NameCandidate {
  /** The alias that matched, as written in the data. */
  readonly matched: string;
  readonly how: MatchHow;
  /** Lower is better; comparable across one query only. */
  readonly score: number;
}

const TIER: Record<MatchHow, number> = { id: 0, name: 1, spelling: 1.5, pattern: 1.8, prefix: 2, word: 2.5, contains: 3, typo: 4 };

/** Names people use before the ones they might: a state's name before its capital ("Moscow" as Russia). */
const ALIAS_RANK: Record<string, number> = { id: 0, name: 0, acronym: 0.01, historical: 0.02, demonym: 0.03, capital: 0.04 };

/** A typo is a match while at most this share of the longer spelling differs (Armenai: one swap in seven; Argentina is three edits from Armenia, too many). */
const MAX_TYPO = 0.3;

interface Row {
  readonly key: string;
  readonly loose: string;
  readonly text: string;
  readonly entity: NameCandidate;
  readonly aliasRank: number;
}

/**
 * The one forgiving name matcher behind the CLI, the API and the UI: ranks every entity whose id, name or
 * alias (in any language the data has) matches what was typed, exactly, in another transliteration, as a start
 * or as a typo. Pure: built from alias rows and an entity lookup, so the graph, the rules and the search
 * endpoint rank alike.
 */
export class NameMatcher {
  private readonly rows: Row[] = [];
  private readonly patterns: Array<{ re: RegExp; entity: NameCandidate; text: string }> = [];
  private readonly byKey = new Map<string, Row[]>();
  private readonly byLoose = new Map<string, Row[]>();
  private readonly byId = new Map<string, NameCandidate>();

  constructor(entries: Iterable<NameEntry>, entity: (id: string) => NameCandidate | undefined) {
    for (const a of entries) {
      const e = entity(a.entityId);
      if (!e) continue;
      if (a.kind === 'pattern' || a.key.startsWith('re:')) {
        try {
          this.patterns.push({ re: new RegExp(a.text, 'iu'), entity: e, text: a.text });
        } catch {
          // A pattern this engine cannot compile only costs a fallback, never the matcher.
        }
        continue;
      }
      this.byId.set(e.id, e);
      const row: Row = { key: a.key, loose: spellingKey(a.key), text: a.text, entity: e, aliasRank: ALIAS_RANK[a.kind] ?? 0.02 };
      this.rows.push(row);
      push(this.byKey, row.key, row);
      push(this.byLoose, row.loose, row);
    }
  }

  /** Entities whose id is the text, else whose name or alias is exactly it (case, accents and punctuation aside). */
  exact(text: string, kinds: readonly EntityKind[]): NameCandidate[] {
    const upper = text.trim().toUpperCase();
    const byId = this.byId.get(upper);
    if (byId && kinds.includes(byId.kind)) return [byId];
    return unique((this.byKey.get(nameKey(text)) ?? []).map((r) => r.entity).filter((e) => kinds.includes(e.kind)));
  }

  /** Entities with a name spelt the same way once transliteration variants are folded (Kyrgyzia, Weissrussland). */
  spelling(text: string, kinds: readonly EntityKind[]): NameCandidate[] {
    return unique((this.byLoose.get(spellingKey(nameKey(text))) ?? []).map((r) => r.entity).filter((e) => kinds.includes(e.kind)));
  }

  /** Entities whose country-name pattern matches the text (`kirghiz` in "Kirghiz Republic"). */
  pattern(text: string, kinds: readonly EntityKind[]): NameCandidate[] {
    return unique(this.patterns.filter((p) => kinds.includes(p.entity.kind) && p.re.test(text)).map((p) => p.entity));
  }

  /** Every entity of the kinds asked that the text could mean, best first, one line per entity. */
  rank(text: string, kinds: readonly EntityKind[], limit = 10): NameMatch[] {
    const key = nameKey(text);
    const loose = spellingKey(key);
    const upper = text.trim().toUpperCase();
    if (key.length === 0) return [];
    const best = new Map<string, NameMatch>();
    const offer = (e: NameCandidate, how: MatchHow, matched: string, extra: number) => {
      const score = TIER[how] + extra;
      const have = best.get(e.id);
      if (!have || score < have.score) best.set(e.id, { ...e, matched, how, score });
    };
    for (const r of this.rows) {
      if (!kinds.includes(r.entity.kind)) continue;
      const how = this.how(r, key, loose, upper);
      if (how === undefined) continue;
      const extra = how === 'typo' ? typoOf(loose, r.loose) : r.aliasRank + Math.min(r.key.length, 60) / 1000;
      offer(r.entity, how, r.text, extra + (r.entity.curated ? 0 : 0.001));
    }
    for (const p of this.patterns) if (kinds.includes(p.entity.kind) && p.re.test(text)) offer(p.entity, 'pattern', p.entity.name, 0);
    return [...best.values()]
      .sort((a, b) => a.score - b.score || kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.name.length - b.name.length || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  private how(r: Row, key: string, loose: string, upper: string): MatchHow | undefined {
    if (r.entity.id === upper) return 'id';
    if (r.key === key) return 'name';
    if (r.loose === loose) return 'spelling';
    if (key.length >= 2 && (r.key.startsWith(key) || r.loose.startsWith(loose))) return 'prefix';
    if (key.length >= 2 && (r.key.includes(` ${key}`) || r.loose.includes(` ${loose}`))) return 'word';
    if (key.length >= 3 && r.key.includes(key)) return 'contains';
    if (loose.length >= 4 && typoOf(loose, r.loose) <= MAX_TYPO) return 'typo';
    return undefined;
  }
}

/**
 * How far a typed spelling is from a name, as a share of the longer (0 same, 1 nothing alike): the whole name,
 * or its start when only part was typed ("Collective secrity"), which costs a little more.
 */
function typoOf(typed: string, name: string): number {
  const slack = Math.ceil(typed.length * MAX_TYPO);
  let best = Number.POSITIVE_INFINITY;
  if (Math.abs(name.length - typed.length) <= slack) best = share(typed, name);
  if (name.length > typed.length + 1) {
    for (const cut of [typed.length - 1, typed.length, typed.length + 1]) best = Math.min(best, share(typed, name.slice(0, cut)) + 0.05);
  }
  return best;
}

function share(a: string, b: string): number {
  return editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two neighbours each
 * cost one, so "Armenai" is one edit from "Armenia", not two.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? 0;
}

/** Cyrillic letters as an English-speaking reader transliterates them, so "Kirgiziya" meets "Киргизия". */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'i',
  є: 'e',
  ґ: 'g',
  ў: 'u',
  қ: 'k',
  ғ: 'g',
  ң: 'n',
  ү: 'u',
  ұ: 'u',
  һ: 'h',
  ә: 'a',
  ө: 'o',
};

/**
 * A match key that forgives spelling variants across transliterations and languages: Cyrillic to Latin,
 * German ß as ss, then the letters transliterations disagree on folded (y/i, k/c/q, gh/g, kh/h, ph/f, w/v,
 * doubled letters). "Kyrgyzia" and "Kirghizia" both become "kirgizia"; "Weißrussland" and "Weissrusland" meet.
 * Takes a `nameKey`.
 */
export function spellingKey(key: string): string {
  let s = '';
  for (const ch of key) s += CYRILLIC[ch] ?? (ch === 'ß' ? 'ss' : ch);
  s = s
    .replace(/([ptkgszcd])h/g, '$1')
    .replace(/ck|q|c/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/([a-z])\1+/g, '$1');
  return s;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function unique(list: readonly NameCandidate[]): NameCandidate[] {
  return [...new Map(list.map((e) => [e.id, e])).values()];
}
