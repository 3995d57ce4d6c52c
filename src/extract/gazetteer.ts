import { nameKey } from '../core/normalize.js';
import type { AliasEntry } from '../core/entity.js';
import type { Token } from './analysis.js';
import type { NamedGroup } from './event-coder.js';
import type { NewsGraph } from './news-graph.js';

/** When several entities share an alias, a state wins over a body, a body over a person; names over nicknames. */
const KIND_RANK: Record<string, number> = { state: 0, organization: 1, alliance: 2, agreement: 3, person: 4, base: 5 };
const ALIAS_RANK: Record<string, number> = { name: 0, acronym: 1, capital: 2, demonym: 3, historical: 4, pattern: 5 };

export interface GazetteerHit {
  readonly first: number;
  /** Index of the last token, inclusive. */
  readonly last: number;
  readonly alias: AliasEntry;
}

/** Longest-match lookup of alias keys over token sequences; built once per graph. */
export interface Gazetteer {
  /** Longest alias starting at token `i`, or null. `lowercaseText` lifts the capital-letter requirement. */
  match(tokens: readonly Token[], keys: readonly string[], i: number, lowercaseText: boolean): GazetteerHit | null;
}

const MAX_TOKENS = 8;
/** Tokens inside a name that add nothing to its key ("U.S.-led" splits into U.S. / - / led). */
const JOINERS = new Set(['-', '.', "'", '’', '&']);

/** Token keys repeat (the, of, said...): cached, with plain ASCII words keyed without the Unicode work. */
const keyCache = new Map<string, string>();

export function tokenKey(text: string): string {
  let k = keyCache.get(text);
  if (k !== undefined) return k;
  k = JOINERS.has(text) ? '' : /^[A-Za-z0-9]+$/.test(text) ? text.toLowerCase() : nameKey(text);
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(text, k);
  return k;
}

const cache = new WeakMap<NewsGraph, WeakMap<readonly NamedGroup[], Gazetteer>>();
const NO_GROUPS: readonly NamedGroup[] = [];

/** Prefix of the ids of groups the dictionaries name and the graph does not hold. */
export const GROUP_ID = 'group:';

/**
 * The graph's aliases and the dictionaries' groups, in one index: on a shared name the graph's entity wins. A group's
 * one-word name of at most four letters is an acronym, matched in its capitals ("PKK", "Isis"), never as a word.
 */
export function gazetteerFor(graph: NewsGraph, groups: readonly NamedGroup[] = NO_GROUPS): Gazetteer {
  let byGroups = cache.get(graph);
  if (!byGroups) cache.set(graph, (byGroups = new WeakMap()));
  let g = byGroups.get(groups);
  if (!g) {
    const groupAliases: AliasEntry[] = groups.flatMap((group) =>
      group.phrases.map((p) => {
        const acronym = /^[a-z]{2,4}$/.test(p);
        return { key: nameKey(p), text: acronym ? p.toUpperCase() : p, entityId: group.id, kind: acronym ? 'acronym' : 'name', lang: 'en' } as AliasEntry;
      }),
    );
    g = buildGazetteer(groupAliases.length ? [...graph.aliases, ...groupAliases] : graph.aliases, (id) =>
      id.startsWith(GROUP_ID) ? 'group' : graph.entity(id)?.kind,
    );
    byGroups.set(groups, g);
  }
  return g;
}

/**
 * How an alias must be written to count. `strict`: in its own case, dots aside ("US" the country, never "us"
 * the pronoun; ids and all-capital names too). `capital`: with a capital letter even in lower-cased text
 * (one-word person names: "may", "major" and "begin" are words first).
 */
type CaseRule = 'strict' | 'capital' | 'relaxed';

function caseRuleOf(alias: AliasEntry, kind: string | undefined): CaseRule {
  if (alias.kind === 'id' || alias.kind === 'acronym' || (alias.text.length >= 2 && /^[\p{Lu}\d.&-]+$/u.test(alias.text))) return 'strict';
  if (kind === 'person' && !alias.text.trim().includes(' ')) return 'capital';
  return 'relaxed';
}

const strip = (s: string) => s.replace(/[.\s]/g, '');

function caseOk(surface: string, alias: AliasEntry, rule: CaseRule, lowercaseText: boolean): boolean {
  if (rule === 'strict') {
    const written = strip(surface);
    const wanted = strip(alias.text);
    return (
      written === wanted ||
      // British house style writes an acronym said as a word in title case: "Nato", "Isil", "Opec".
      (wanted.length >= 4 && /^\p{Lu}+$/u.test(wanted) && written === wanted[0] + wanted.slice(1).toLowerCase()) ||
      (lowercaseText && alias.kind === 'acronym' && wanted.length > 3 && written === wanted.toLowerCase())
    );
  }
  if (rule === 'capital') return /^\p{Lu}/u.test(surface);
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

export function buildGazetteer(aliases: readonly AliasEntry[], kindOf: (id: string) => string | undefined): Gazetteer {
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
  const rules = new Map<AliasEntry, CaseRule>();
  for (const a of aliases) rules.set(a, caseRuleOf(a, kindOf(a.entityId)));
  const rank = (a: AliasEntry) => (KIND_RANK[kindOf(a.entityId) ?? ''] ?? 9) * 10 + (ALIAS_RANK[a.kind] ?? 9);
  for (const list of byKey.values()) list.sort((x, y) => rank(x) - rank(y) || x.entityId.localeCompare(y.entityId));

  return {
    match(tokens, keys, i, lowercaseText) {
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
        const found = byKey.get(key);
        if (found) {
          const alias = found.find((a) => {
            const rule = rules.get(a)!;
            return caseOk(
              rule === 'strict'
                ? tokens
                    .slice(i, j + 1)
                    .map((t) => t.text)
                    .join('')
                : tokens[i]!.text,
              a,
              rule,
              lowercaseText,
            );
          });
          if (alias) best = { first: i, last: j, alias };
        }
        if (!prefixes.has(key)) break;
      }
      return best;
    },
  };
}
