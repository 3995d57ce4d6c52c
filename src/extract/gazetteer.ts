import { nameKey } from '../core/normalize.js';
import type { AliasEntry } from '../core/entity.js';
import type { Token } from './analysis.js';
import type { NamedGroup } from './event-coder.js';
import type { NewsGraph } from './news-graph.js';
import { CAPITAL_WORD_SET, collectiveLeaderName } from './rules/name-rules.js';

/** When several entities share an alias, a state wins over a body, a body over a person; names over nicknames. */
const KIND_RANK: Record<string, number> = { state: 0, organization: 1, alliance: 2, agreement: 3, person: 4, base: 5, 'dictionary-person': 10 };
const ALIAS_RANK: Record<string, number> = { name: 0, acronym: 1, capital: 2, demonym: 3, historical: 4, pattern: 5 };

interface GazetteerHit {
  readonly first: number;
  /** Index of the last token, inclusive. */
  readonly last: number;
  readonly alias: AliasEntry;
}

/** Longest-match lookup of alias keys over token sequences; built once per graph. */
export interface Gazetteer {
  /**
   * Longest alias starting at token `i`, or null. `lowercaseText` lifts the capital-letter requirement but for
   * one-word person names, which `afterOfficeTitle` lifts too ("prime minister vajpayee").
   */
  match(tokens: readonly Token[], keys: readonly string[], i: number, lowercaseText: boolean, afterOfficeTitle?: boolean): GazetteerHit | null;
}

const MAX_TOKENS = 8;
/** Tokens inside a name that add nothing to its key ("U.S.-led" splits into U.S. / - / led). */
const JOINERS = new Set(['-', '.', "'", '’', '&']);

/** Token keys repeat (the, of, said...): cached, with plain ASCII words keyed without the Unicode work. */
const keyCache = new Map<string, string>();

export function tokenKey(text: string): string {
  // A word of lower-case ASCII letters and digits is its own key (most words of lower-cased text): no lookup.
  if (plainLower(text)) return text;
  let k = keyCache.get(text);
  if (k !== undefined) return k;
  k = JOINERS.has(text) ? '' : /^[A-Za-z0-9]+$/.test(text) ? text.toLowerCase() : nameKey(text);
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(text, k);
  return k;
}

function plainLower(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

const cache = new WeakMap<NewsGraph, WeakMap<readonly NamedGroup[], WeakMap<readonly NamedGroup[], Gazetteer>>>();
const NO_GROUPS: readonly NamedGroup[] = [];

/** Prefix of the ids of groups the dictionaries name and the graph does not hold. */
export const GROUP_ID = 'group:';
/** Prefix of the ids of people the dictionaries name with dated codes and the graph does not hold. */
export const PERSON_ID = 'dictionary-person:';

/**
 * The graph's aliases and the dictionaries' groups, in one index: on a shared name the graph's entity wins. A group's
 * one-word name of at most four letters is an acronym, matched in its capitals ("PKK", "Isis"), never as a word.
 */
export function gazetteerFor(graph: NewsGraph, groups: readonly NamedGroup[] = NO_GROUPS, people: readonly NamedGroup[] = NO_GROUPS): Gazetteer {
  let byGroups = cache.get(graph);
  if (!byGroups) cache.set(graph, (byGroups = new WeakMap()));
  let byPeople = byGroups.get(groups);
  if (!byPeople) byGroups.set(groups, (byPeople = new WeakMap()));
  let g = byPeople.get(people);
  if (!g) {
    const groupAliases: AliasEntry[] = groups.flatMap((group) =>
      group.phrases.map((p) => {
        const acronym = /^[a-z]{2,4}$/.test(p);
        return { key: nameKey(p), text: acronym ? p.toUpperCase() : p, entityId: group.id, kind: acronym ? 'acronym' : 'name', lang: 'en' } as AliasEntry;
      }),
    );
    // "council of ministers": a collective leadership the leaders data holds as a person names no one (rules/name-rules.ts).
    const own = graph.aliases.filter((a) => !collectiveLeader(graph, a));
    // The dictionaries' people by their names of two words or more, after the graph's and the groups' on a shared name.
    const peopleAliases: AliasEntry[] = people.flatMap((p) =>
      p.phrases.map((text) => ({ key: nameKey(text), text, entityId: p.id, kind: 'name', lang: 'en' }) as AliasEntry),
    );
    g = buildGazetteer([...own, ...groupAliases, ...peopleAliases], (id) =>
      id.startsWith(GROUP_ID) ? 'group' : id.startsWith(PERSON_ID) ? 'dictionary-person' : graph.entity(id)?.kind,
    );
    byPeople.set(people, g);
  }
  return g;
}

function collectiveLeader(graph: NewsGraph, a: AliasEntry): boolean {
  return graph.entity(a.entityId)?.kind === 'person' && collectiveLeaderName(a.text);
}

/**
 * How an alias must be written to count. `strict`: in its own case, dots aside ("US" the country, never "us"
 * the pronoun; ids and all-capital names too). `capital`: with a capital letter even in lower-cased text
 * (a one-word state name in another language: "grenade" is a word first). `person`: a one-word person name, with a
 * capital, or in lower-cased text right after a title of office ("may", "major" and "begin" are words first; "prime
 * minister vajpayee" is a name).
 */
type CaseRule = 'strict' | 'capital' | 'person' | 'relaxed';

function caseRuleOf(alias: AliasEntry, kind: string | undefined): CaseRule {
  if (alias.kind === 'id' || alias.kind === 'acronym' || (alias.text.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(alias.text))) return 'strict';
  if (kind === 'person' && !alias.text.trim().includes(' ')) return 'person';
  // A state's one-word name in another language ("Grenade", Grenada in French) is often an English word: in
  // lower-cased English text ("a grenade exploded") only a capital may make it a name.
  if (alias.lang !== undefined && alias.lang !== 'en' && !alias.text.trim().includes(' ')) return 'capital';
  if (alias.kind === 'capital' && CAPITAL_WORD_SET.has(nameKey(alias.text))) return 'capital';
  return 'relaxed';
}

const strip = (s: string) => (/[.\s]/.test(s) ? s.replace(/[.\s]/g, '') : s);

/** An alias's case rule with what it compares against, made once per alias (matching runs at every token). */
interface CaseCheck {
  readonly rule: CaseRule;
  /** Strict: the alias's text without dots and spaces. */
  readonly wanted: string;
  /** Strict: the title-case form of an all-capital acronym of 4+ letters ("Nato"), else null. */
  readonly title: string | null;
  /** Strict: an acronym of 4+ letters in lower case, as lower-cased text writes it, else null. */
  readonly lower: string | null;
}

function caseCheckOf(alias: AliasEntry, rule: CaseRule): CaseCheck {
  const wanted = strip(alias.text);
  return {
    rule,
    wanted,
    title: wanted.length >= 4 && /^\p{Lu}+$/u.test(wanted) ? wanted[0] + wanted.slice(1).toLowerCase() : null,
    lower: alias.kind === 'acronym' && wanted.length > 3 ? wanted.toLowerCase() : null,
  };
}

function caseOk(surface: string, check: CaseCheck, lowercaseText: boolean, afterOfficeTitle: boolean): boolean {
  if (check.rule === 'strict') {
    const written = strip(surface);
    return (
      written === check.wanted ||
      // British house style writes an acronym said as a word in title case: "Nato", "Isil", "Opec".
      written === check.title ||
      (lowercaseText && written === check.lower)
    );
  }
  if (check.rule === 'person' && lowercaseText && afterOfficeTitle) return true;
  if (check.rule === 'capital' || check.rule === 'person') return /^\p{Lu}/u.test(surface);
  return lowercaseText || /^[\p{Lu}\p{N}]/u.test(surface);
}

/**
 * The key of an acronym as the other house style writes it: "U.S." is also "US", "UN" also "U.N." (the case rule
 * still asks for the capitals, so "us" stays a pronoun). Null for other aliases.
 */
function otherHouseStyle(text: string): string | null {
  if (/^(?:\p{Lu}\.){2,5}$/u.test(text)) return text.replace(/\./g, '').toLowerCase();
  if (/^\p{Lu}{2,5}$/u.test(text)) return text.toLowerCase().split('').join(' ');
  return null;
}

/** The texts of tokens `i`..`j` (inclusive), run together. */
function joined(tokens: readonly Token[], i: number, j: number): string {
  let out = '';
  for (let k = i; k <= j; k++) out += tokens[k]!.text;
  return out;
}

function buildGazetteer(aliases: readonly AliasEntry[], kindOf: (id: string) => string | undefined): Gazetteer {
  const byKey = new Map<string, AliasEntry[]>();
  const prefixes = new Set<string>();
  const index = (key: string, a: AliasEntry) => {
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  };
  for (const a of aliases) {
    if (a.key === '' || a.kind === 'pattern') continue;
    index(a.key, a);
    const other = otherHouseStyle(a.text);
    if (other !== null && other !== a.key) index(other, a);
  }
  const checks = new Map<AliasEntry, CaseCheck>();
  for (const a of aliases) checks.set(a, caseCheckOf(a, caseRuleOf(a, kindOf(a.entityId))));
  const rank = (a: AliasEntry) => (KIND_RANK[kindOf(a.entityId) ?? ''] ?? 9) * 10 + (ALIAS_RANK[a.kind] ?? 9);
  for (const list of byKey.values()) list.sort((x, y) => rank(x) - rank(y) || x.entityId.localeCompare(y.entityId));
  const entries = new Map<string, { readonly aliases: readonly AliasEntry[] | undefined; readonly prefix: boolean }>();
  for (const key of new Set([...byKey.keys(), ...prefixes])) entries.set(key, { aliases: byKey.get(key), prefix: prefixes.has(key) });

  return {
    match(tokens, keys, i, lowercaseText, afterOfficeTitle = false) {
      if (keys[i] === '') return null;
      let key = '';
      let best: GazetteerHit | null = null;
      for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
        const k = keys[j]!;
        if (k === '') {
          if (JOINERS.has(tokens[j]!.text)) continue;
          break;
        }
        key = key === '' ? k : `${key} ${k}`;
        // One lookup per key: its aliases and whether a longer alias starts with it.
        const entry = entries.get(key);
        if (!entry) break;
        const found = entry.aliases;
        if (found) {
          let alias: AliasEntry | undefined;
          for (const a of found) {
            const check = checks.get(a)!;
            const surface = check.rule !== 'strict' || j === i ? tokens[i]!.text : joined(tokens, i, j);
            if (caseOk(surface, check, lowercaseText, afterOfficeTitle)) {
              alias = a;
              break;
            }
          }
          if (alias) best = { first: i, last: j, alias };
        }
        if (!entry.prefix) break;
      }
      return best;
    },
  };
}
