/**
 * Feature templates. A token's features are the union of "unigram" features of each word in a window of
 * -2..+2 (each a function of that one word and its offset) and a few "pair" features joining neighbours.
 * Keeping the unigram part a function of (word, offset) alone is deliberate: the tagger sums each word's
 * unigram weights once per distinct word and reuses the sum, so tagging costs a few lookups per token.
 */
import { itemAt, missingItem } from '../../core/checked.js';
import { feature1, feature2, fmix32, hashString } from './hash.js';
import { BOS, EOS, FLAG, MAX_AFFIX, wordInfo, type Lexicon, type WordInfo } from './word-features.js';

export const WINDOW = 2;

// tsx compiles imported bindings to getter calls; the per-token functions below call local copies instead.
const f1 = feature1;
const f2 = feature2;
const mix = fmix32;
const NO_LETTERS = FLAG.noLetters;
const ALL_CAPS = FLAG.allCaps;

// Template ids: offset slot (0..4 for -2..+2) * 64 + template within the slot; pairs and gazetteer above 512.
const at = (d: number, k: number): number => (d + WINDOW) * 64 + k;
const K = { bias: 0, word: 1, lower: 2, shape: 3, short: 4, flags: 5, len: 6, cap: 7, freq: 8, cluster: 10, prefix: 20, suffix: 30 };
const PAIR = { lowerPrevCur: 512, lowerCurNext: 513, shortPrevCur: 514, shortCurNext: 515, shortTri: 516, lowerPrevCap: 517 };
const HEADLINE = { bias: 540, short: 541, cap: 542 };
const GAZ = 600;

/** Pushes the features of one word seen at offset d from the token being tagged. */
export function unigramFeatures(w: WordInfo, d: number, out: number[]): void {
  if (d === 0) {
    out.push(feature1(at(0, K.bias), 0));
    out.push(feature1(at(0, K.word), w.word));
    out.push(feature1(at(0, K.lower), w.lower));
    out.push(feature1(at(0, K.shape), w.shape));
    out.push(feature1(at(0, K.short), w.short));
    out.push(feature1(at(0, K.flags), w.flags));
    out.push(feature1(at(0, K.len), w.length));
    out.push(feature1(at(0, K.cap), w.cap));
    out.push(feature1(at(0, K.freq), w.freq));
    for (let k = 0; k < MAX_AFFIX; k++) {
      out.push(feature1(at(0, K.prefix + k), itemAt(w.prefixes, k, 'word prefixes')));
      out.push(feature1(at(0, K.suffix + k), itemAt(w.suffixes, k, 'word suffixes')));
    }
    w.clusters.forEach((cluster, l) => {
      if (cluster !== -1) out.push(feature1(at(0, K.cluster + l), cluster));
    });
    return;
  }
  out.push(feature1(at(d, K.lower), w.lower));
  out.push(feature1(at(d, K.short), w.short));
  if (d === -1 || d === 1) {
    out.push(feature1(at(d, K.flags), w.flags));
    out.push(feature1(at(d, K.suffix + 2), itemAt(w.suffixes, 2, 'word suffixes')));
    w.clusters.forEach((cluster, l) => {
      if (cluster !== -1) out.push(feature1(at(d, K.cluster + l), cluster));
    });
    return;
  }
  const cluster = itemAt(w.clusters, 1, 'word clusters');
  if (cluster !== -1) out.push(feature1(at(d, K.cluster + 1), cluster));
}

/**
 * Whether a sentence is mostly upper-case words, like the headlines and datelines of news wires. There,
 * capitals say nothing of names, so the tokens get features that let the model weigh shape and case
 * statistics separately for such lines.
 */
export function isHeadline(padded: readonly WordInfo[]): boolean {
  let words = 0;
  let caps = 0;
  for (const w of padded) {
    if (w.flags < 0 || w.flags & NO_LETTERS) continue;
    words++;
    if (w.flags & ALL_CAPS) caps++;
  }
  return words > 0 && caps * 2 > words;
}

/** Pushes the features joining token i (index into the padded array) with its neighbours. */
export function pairFeatures(padded: readonly WordInfo[], i: number, headline: boolean, out: number[]): void {
  const p = padded[i - 1];
  const c = padded[i];
  const n = padded[i + 1];
  if (!p || !c || !n) throw missingItem('padded words', i, padded.length);
  out.push(f2(PAIR.lowerPrevCur, p.lower, c.lower));
  out.push(f2(PAIR.lowerCurNext, c.lower, n.lower));
  out.push(f2(PAIR.shortPrevCur, p.short, c.short));
  out.push(f2(PAIR.shortCurNext, c.short, n.short));
  out.push(f2(PAIR.shortTri, mix(p.short ^ Math.imul(c.short, 31)), n.short));
  // The word before and how often this word is capitalized: "the Bank" after a sentence start is not "Bank".
  out.push(f2(PAIR.lowerPrevCap, p.lower, c.cap));
  if (headline) {
    out.push(f1(HEADLINE.bias, 0));
    out.push(f1(HEADLINE.short, c.short));
    out.push(f1(HEADLINE.cap, c.cap));
  }
}

/** The features of the gazetteer's labels, a few dozen strings: hashed once each. */
const gazetteerHashes = new Map<string, number>();

/** Gazetteer labels (e.g. "B-LOC", "I-ORG") as features of the token. */
export function gazetteerFeatures(labels: readonly string[], out: number[]): void {
  for (const l of labels) {
    let h = gazetteerHashes.get(l);
    if (h === undefined) gazetteerHashes.set(l, (h = feature1(GAZ, hashString(l, 7))));
    out.push(h);
  }
}

/** The word infos of a sentence with WINDOW boundary pseudo-words on each side. */
export function paddedInfos(tokens: readonly string[], lexicon: Lexicon, cache?: Map<string, WordInfo>): WordInfo[] {
  const info = (w: string): WordInfo => {
    if (!cache) return wordInfo(w, lexicon);
    let v = cache.get(w);
    if (!v) {
      v = wordInfo(w, lexicon);
      cache.set(w, v);
    }
    return v;
  };
  const out: WordInfo[] = [];
  for (let k = 0; k < WINDOW; k++) out.push(info(BOS));
  for (const t of tokens) out.push(info(t));
  for (let k = 0; k < WINDOW; k++) out.push(info(EOS));
  return out;
}

/** All features of token i of a sentence (unpadded index), as used in training. */
export function tokenFeatures(padded: readonly WordInfo[], i: number, headline: boolean, gazLabels: readonly string[] | undefined, out: number[]): void {
  const pi = i + WINDOW;
  for (let d = -WINDOW; d <= WINDOW; d++) unigramFeatures(itemAt(padded, pi + d, 'padded words'), d, out);
  pairFeatures(padded, pi, headline, out);
  if (gazLabels) gazetteerFeatures(gazLabels, out);
}
