import { nameKey } from '../core/normalize.js';
import type { AliasEntry } from '../core/entity.js';
import type { Token } from './analysis.js';
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

export function tokenKey(text: string): string {
  return JOINERS.has(text) ? '' : nameKey(text);
}

const cache = new WeakMap<NewsGraph, Gazetteer>();

export function gazetteerFor(graph: NewsGraph): Gazetteer {
  let g = cache.get(graph);
  if (!g) {
    g = buildGazetteer(graph.aliases, (id) => graph.entity(id)?.kind);
    cache.set(graph, g);
  }
  return g;
}

function caseOk(surface: string, alias: AliasEntry, lowercaseText: boolean): boolean {
  if (alias.kind === 'acronym') {
    // "US" the country, never "us" the pronoun: acronyms match in their own case, dots aside.
    const strip = (s: string) => s.replace(/[.\s]/g, '');
    return strip(surface) === strip(alias.text) || (lowercaseText && strip(surface).toLowerCase() === strip(alias.text).toLowerCase() && surface.length > 3);
  }
  return lowercaseText || /^[\p{Lu}\p{N}]/u.test(surface);
}

export function buildGazetteer(aliases: readonly AliasEntry[], kindOf: (id: string) => string | undefined): Gazetteer {
  const byKey = new Map<string, AliasEntry[]>();
  const prefixes = new Set<string>();
  for (const a of aliases) {
    if (a.key === '' || a.kind === 'pattern') continue;
    const list = byKey.get(a.key);
    if (list) list.push(a);
    else byKey.set(a.key, [a]);
    const words = a.key.split(' ');
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
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
          const surface = tokens[i]!.text;
          const alias = found.find((a) => caseOk(a.kind === 'acronym' ? tokens.slice(i, j + 1).map((t) => t.text).join('') : surface, a, lowercaseText));
          if (alias) best = { first: i, last: j, alias };
        }
        if (!prefixes.has(key)) break;
      }
      return best;
    },
  };
}
