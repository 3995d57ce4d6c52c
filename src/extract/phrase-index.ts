import { nameKey } from '../core/normalize.js';
import type { Token } from './analysis.js';
import { tokenKey } from './gazetteer.js';

/** Tokens inside a phrase that add nothing to its key: "cpi(m)" is cpi ( m ), "u.s." one token. */
const JOINERS = new Set(['(', ')', '-', '.', "'", '’']);

const keyCache = new WeakMap<readonly { readonly text: string }[], string[]>();

/** The gazetteer's keys of a sentence's tokens, made once per token list however many stages ask. */
export function keysOf(tokens: readonly { readonly text: string }[]): readonly string[] {
  let keys = keyCache.get(tokens);
  if (!keys) keyCache.set(tokens, (keys = tokens.map((t) => tokenKey(t.text))));
  return keys;
}

/** Longest-match lookup of lower-case phrases over a sentence's tokens, by the gazetteer's token keys. */
export class PhraseIndex<T> {
  readonly #byKey = new Map<string, T>();
  readonly #prefixes = new Set<string>();
  /** Trailing word runs of the phrases ("minister", "home minister" of "union home minister"): when to stop looking left. */
  readonly #suffixes = new Set<string>();
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
      for (let n = 1; n < words.length; n++) {
        this.#prefixes.add(words.slice(0, n).join(' '));
        this.#suffixes.add(words.slice(n).join(' '));
      }
    }
    this.#maxWords = max;
  }

  get(phrase: string): T | undefined {
    return this.#byKey.get(nameKey(phrase));
  }

  /** By a key already made of token keys ("home minister"): no normalizing. */
  getKey(key: string): T | undefined {
    return this.#byKey.get(key);
  }

  /** The longest phrase starting at token `i`: its value and the index of its last token. */
  match(tokens: readonly Token[], i: number): { last: number; value: T } | null {
    const keys = keysOf(tokens);
    if (!this.#byKey.has(keys[i]!) && !this.#prefixes.has(keys[i]!)) return null;
    let key = '';
    let words = 0;
    let best: { last: number; value: T } | null = null;
    for (let j = i; j < tokens.length && words < this.#maxWords; j++) {
      const k = keys[j]!;
      if (k === '') {
        if (j > i && JOINERS.has(tokens[j]!.text)) continue;
        break;
      }
      key = key === '' ? k : `${key} ${k}`;
      words += k.includes(' ') ? k.split(' ').length : 1;
      const value = this.#byKey.get(key);
      if (value !== undefined) best = { last: j, value };
      if (!this.#prefixes.has(key)) break;
    }
    return best;
  }

  /** The longest phrase ending at token `last` ("office-bearers" through its hyphen, as `match` reads joiners): its value and first token. */
  endingAt(tokens: readonly Token[], last: number): { first: number; value: T } | null {
    const keys = keysOf(tokens);
    let key = '';
    let best: { first: number; value: T } | null = null;
    for (let j = last; j >= 0 && last - j < this.#maxWords * 2; j--) {
      const k = keys[j]!;
      if (k === '') {
        if (j < last && key !== '' && JOINERS.has(tokens[j]!.text) && tokens[j]!.text !== '(' && tokens[j]!.text !== ')') continue;
        break;
      }
      key = key === '' ? k : `${k} ${key}`;
      const value = this.#byKey.get(key);
      if (value !== undefined) best = { first: j, value };
      if (!this.#suffixes.has(key)) break;
    }
    return best;
  }
}
