/**
 * What can be said of a word on its own, computed once per distinct word and cached by the caller: its
 * lower-cased form, shapes, affixes, flags, and what the unlabelled text says of it (word clusters, how often it
 * is capitalized mid-sentence, how frequent it is). Everything is kept as 32-bit hashes ready for features.
 */
import { hashString } from './hash.js';

/** Distributional facts about a lower-cased word, learned from unlabelled text by the training script. */
export interface LexiconEntry {
  /** Cluster ids from coarse to fine; -1 where the word was too rare to cluster at that level. */
  readonly clusters: readonly number[];
  /** Share of its mid-sentence occurrences that are capitalized, in 0..4 (0: always lower, 4: always capital). */
  readonly capBucket: number;
  /** floor(log2(count)) in the unlabelled text, capped at 15. */
  readonly freqBucket: number;
}

export type Lexicon = ReadonlyMap<string, LexiconEntry>;

const CLUSTER_LEVELS = 3;
export const MAX_AFFIX = 4;

export interface WordInfo {
  readonly word: number;
  readonly lower: number;
  readonly shape: number;
  readonly short: number;
  readonly flags: number;
  readonly length: number;
  readonly prefixes: readonly number[];
  readonly suffixes: readonly number[];
  readonly clusters: readonly number[];
  readonly cap: number;
  readonly freq: number;
}

/** "McDonald's" -> "XxXxxxx'x" with runs capped at 4 ("XxXxxxx'x"), and collapsed to "XxXx'x". */
export function wordShapes(word: string): { shape: string; short: string } {
  let shape = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (const ch of word) {
    const c = charClass(ch);
    run = c === prev ? run + 1 : 1;
    if (run <= 4) shape += c;
    if (run === 1) short += c;
    prev = c;
  }
  return { shape, short };
}

function charClass(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'X';
  if (c >= 97 && c <= 122) return 'x';
  if (c >= 48 && c <= 57) return 'd';
  if (c < 128) return ch;
  // Non-ASCII: letters by case (é -> x, Ł -> X), anything else as a generic symbol so rare scripts share one.
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo !== up) return ch === up ? 'X' : 'x';
  return /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : '*';
}

export const FLAG = {
  allCaps: 1,
  initCap: 2,
  hasDigit: 4,
  allDigits: 8,
  hasHyphen: 16,
  hasPeriod: 32,
  innerCap: 64,
  noLetters: 128,
} as const;

export function wordFlags(word: string): number {
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let f = 0;
  let prev = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    const c = charClass(ch);
    if (c === 'X') {
      upper++;
      // Camel case, as in McDonald or iPhone; not the capitals of NATO or U.S.
      if (prev === 'x') f |= FLAG.innerCap;
    } else if (c === 'x') lower++;
    else if (c === 'd') digits++;
    else if (ch === '-') f |= FLAG.hasHyphen;
    else if (ch === '.') f |= FLAG.hasPeriod;
    prev = c;
  }
  if (upper > 0 && lower === 0) f |= FLAG.allCaps;
  if (upper > 0 && charClass(word.charAt(0)) === 'X') f |= FLAG.initCap;
  if (digits > 0) f |= FLAG.hasDigit;
  if (digits === word.length) f |= FLAG.allDigits;
  if (upper + lower === 0) f |= FLAG.noLetters;
  return f;
}

function lengthBucket(n: number): number {
  return n <= 4 ? n : n <= 6 ? 5 : n <= 9 ? 6 : 7;
}

/** Pseudo-words standing for the positions before the first token and after the last one. */
export const BOS = '\u0000<s>';
export const EOS = '\u0000</s>';

export function wordInfo(word: string, lexicon: Lexicon): WordInfo {
  if (word === BOS || word === EOS) return boundaryInfo(word);
  const lower = word.toLowerCase();
  const { shape, short } = wordShapes(word);
  const prefixes: number[] = [];
  const suffixes: number[] = [];
  for (let k = 1; k <= MAX_AFFIX; k++) {
    // An affix longer than the word is one shared value (0): "too short to have one" is itself a signal.
    prefixes.push(k <= lower.length ? hashString(lower.slice(0, k), k) : 0);
    suffixes.push(k <= lower.length ? hashString(lower.slice(-k), 16 + k) : 0);
  }
  const entry = lexicon.get(lower);
  const clusters: number[] = [];
  for (let l = 0; l < CLUSTER_LEVELS; l++) {
    const id = entry?.clusters[l] ?? -1;
    clusters.push(id < 0 ? -1 : Math.imul(id + 1, 0x9e3779b1) ^ l);
  }
  return {
    word: hashString(word),
    lower: hashString(lower, 1),
    shape: hashString(shape, 2),
    short: hashString(short, 3),
    flags: wordFlags(word),
    length: lengthBucket(word.length),
    prefixes,
    suffixes,
    clusters,
    cap: entry ? entry.capBucket : -1,
    freq: entry ? entry.freqBucket : -1,
  };
}

function boundaryInfo(word: string): WordInfo {
  const h = hashString(word, 99);
  return {
    word: h,
    lower: h,
    shape: h,
    short: h,
    flags: -1,
    length: -1,
    prefixes: [h, h, h, h],
    suffixes: [h, h, h, h],
    clusters: [h, h, h],
    cap: -2,
    freq: -2,
  };
}
