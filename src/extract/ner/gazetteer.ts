/**
 * Gazetteer features come through one small interface so that the graph's names (states, organizations,
 * people) can feed the recognizer without the recognizer knowing about the graph.
 */
import { itemAt } from '../../core/checked.js';

export interface NerGazetteer {
  /**
   * Labels for token i of a sentence given as lower-cased tokens, e.g. ["B-LOC"] when a known place name
   * starts at i, ["I-ORG", "L-ORG"]-style labels inside and at the end of a match. Empty when nothing matches.
   */
  lookup(tokensLowercased: readonly string[], i: number): string[];
}

/** Longest name first, at most this many tokens: names longer than this are rare and slow the lookup down. */
const MAX_NAME_TOKENS = 6;

/**
 * A gazetteer over lists of names by type ("LOC": ["new york", ...]); names are split on spaces and matched
 * case-insensitively. Every match covering token i contributes a label: B- (first token), I- (inside),
 * L- (last) or U- (a one-token name), with the type.
 */
export function nameListGazetteer(names: Readonly<Record<string, readonly string[]>>): NerGazetteer {
  const entries = new Map<string, Set<string>>();
  const firsts = new Set<string>();
  for (const [type, list] of Object.entries(names)) {
    for (const name of list) {
      const words = name.toLowerCase().split(/\s+/).filter(Boolean);
      const [first] = words;
      if (first === undefined || words.length > MAX_NAME_TOKENS) continue;
      const key = words.join(' ');
      let types = entries.get(key);
      if (!types) entries.set(key, (types = new Set()));
      types.add(type);
      firsts.add(first);
    }
  }
  return {
    lookup(tokens, i) {
      const labels: string[] = [];
      for (let s = Math.max(0, i - MAX_NAME_TOKENS + 1); s <= i; s++) {
        if (!firsts.has(itemAt(tokens, s, 'gazetteer tokens'))) continue;
        for (let e = i + 1; e <= Math.min(tokens.length, s + MAX_NAME_TOKENS); e++) {
          const types = entries.get(tokens.slice(s, e).join(' '));
          if (!types) continue;
          const p = e - s === 1 ? 'U' : i === s ? 'B' : i === e - 1 ? 'L' : 'I';
          for (const t of types) labels.push(`${p}-${t}`);
        }
      }
      return labels;
    },
  };
}
