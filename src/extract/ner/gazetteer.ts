/**
 * Gazetteer features come through one small interface so that the graph's names (states, organizations,
 * people) can feed the recognizer without the recognizer knowing about the graph. A model trained with a
 * gazetteer records its version, and the tagger refuses a different one (tagger.ts): weights learned on one
 * list mean little on another.
 */
import { hashString } from './hash.js';

export interface NerGazetteer {
  /** 16 hex digits of a hash of the typed names, whatever order they were given in. */
  readonly version: string;
  /**
   * Labels of every token of a sentence given as lower-cased tokens: ["B-LOC"] where a known place name starts,
   * I- inside, L- at the end of a match and U- for a one-token name, with the type; empty where nothing matches.
   */
  labels(tokensLowercased: readonly string[]): readonly (readonly string[])[];
}

/** At most this many tokens in a name: names longer than this are rare. */
const MAX_NAME_TOKENS = 6;
const NONE: readonly string[] = [];

/** The words of a name as the gazetteer keys them: lower case, split on spaces. */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * A gazetteer over lists of names by type ("LOC": ["new york", ...]), matched case-insensitively. A sentence
 * costs one Set lookup per token that no name starts with; every match covering a token adds a label.
 */
export function nameListGazetteer(names: Readonly<Record<string, readonly string[]>>): NerGazetteer {
  const entries = new Map<string, string[]>();
  /** Every name and every leading part of one, so that a scan stops at the first word no name continues with. */
  const prefixes = new Set<string>();
  const lines = new Set<string>();
  for (const type of Object.keys(names).sort()) {
    for (const name of names[type] ?? []) {
      const words = nameWords(name);
      if (words.length === 0 || words.length > MAX_NAME_TOKENS) continue;
      const key = words.join(' ');
      if (lines.has(`${type}\t${key}`)) continue;
      lines.add(`${type}\t${key}`);
      const types = entries.get(key);
      if (types) types.push(type);
      else entries.set(key, [type]);
      let prefix = '';
      for (const w of words) prefixes.add((prefix = prefix ? `${prefix} ${w}` : w));
    }
  }
  const labelTable = new Map<string, readonly [string, string, string, string]>();
  const labelsOf = (t: string): readonly [string, string, string, string] => {
    let v = labelTable.get(t);
    if (!v) labelTable.set(t, (v = [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`]));
    return v;
  };
  const sorted = [...lines].sort().join('\n');
  const version = [hashString(sorted, 1), hashString(sorted, 2)].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  return {
    version,
    labels(tokens) {
      const out: (readonly string[])[] = new Array(tokens.length).fill(NONE);
      const add = (i: number, label: string): void => {
        const had = out[i] ?? NONE;
        out[i] = had === NONE ? [label] : [...had, label];
      };
      for (let s = 0; s < tokens.length; s++) {
        let key = tokens[s] ?? '';
        for (let e = s + 1; ; e++) {
          if (!prefixes.has(key)) break;
          for (const t of entries.get(key) ?? NONE) {
            const [b, i, l, u] = labelsOf(t);
            if (e - s === 1) add(s, u);
            else for (let k = s; k < e; k++) add(k, k === s ? b : k === e - 1 ? l : i);
          }
          if (e >= tokens.length || e - s >= MAX_NAME_TOKENS) break;
          key = `${key} ${tokens[e]}`;
        }
      }
      return out;
    },
  };
}
