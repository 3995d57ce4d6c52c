import { nameKey } from '../core/normalize.js';
import type { Token } from './analysis.js';
import { tokenKey } from './gazetteer.js';

/** Tokens inside a phrase that add nothing to its key: "cpi(m)" is cpi ( m ), "u.s." one token. */
const JOINERS = new Set(['(', ')', '-', '.', "'", '’']);

/** Longest-match lookup of lower-case phrases over a sentence's tokens, by the gazetteer's token keys. */
export class PhraseIndex<T> {
  readonly #byKey = new Map<string, T>();
  readonly #prefixes = new Set<string>();
  readonly #maxWords: number;

  /** On a phrase listed twice the first value stays. */
  constructor(entries: Iterable<readonly [string, T]>) {
    let max = 1;
    for (const [phrase, value] of entries) {
      const key = nameKey(phrase);
      if (key === '' || this.#byKey.has(key)) continue;
      this.#byKey.set(key, value);
      const words = key.split(' ');
      max = Math.max(max, words.length);
      for (let n = 1; n < words.length; n++) this.#prefixes.add(words.slice(0, n).join(' '));
    }
    this.#maxWords = max;
  }

  get(phrase: string): T | undefined {
    return this.#byKey.get(nameKey(phrase));
  }

  /** The longest phrase starting at token `i`: its value and the index of its last token. */
  match(tokens: readonly Token[], i: number): { last: number; value: T } | null {
    let key = '';
    let words = 0;
    let best: { last: number; value: T } | null = null;
    for (let j = i; j < tokens.length && words < this.#maxWords; j++) {
      const k = tokenKey(tokens[j]!.text);
      if (k === '') {
        if (j > i && JOINERS.has(tokens[j]!.text)) continue;
        break;
      }
      key = key === '' ? k : `${key} ${k}`;
      words += k.split(' ').length;
      const value = this.#byKey.get(key);
      if (value !== undefined) best = { last: j, value };
      if (!this.#prefixes.has(key)) break;
    }
    return best;
  }

  /** The longest phrase ending at token `last` (no joiners inside): its value and the index of its first token. */
  endingAt(tokens: readonly Token[], last: number): { first: number; value: T } | null {
    for (let n = Math.min(this.#maxWords, last + 1); n >= 1; n--) {
      const key = tokens
        .slice(last - n + 1, last + 1)
        .map((t) => tokenKey(t.text))
        .join(' ');
      const value = this.#byKey.get(key);
      if (value !== undefined) return { first: last - n + 1, value };
    }
    return null;
  }
}
