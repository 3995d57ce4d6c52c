/**
 * The lexicon learned from unlabelled text: word clusters and case statistics.
 *
 * Clusters: each frequent word becomes a vector of positive PMI with its left and right neighbours (the
 * most frequent words standing as contexts), and spherical k-means groups those vectors at several
 * granularities. It is a cheap stand-in for Brown clustering (which is O(V * k^2) and would take hours here)
 * built on the same signal: words used in the same slots ("in X", "X said") share a cluster.
 */
import { itemAt } from '../../core/checked.js';
import { seededRandom } from '../../core/random.js';
import type { LexiconEntry } from './word-features.js';

export interface LexiconOptions {
  /** Cluster counts, coarse to fine. */
  readonly levels?: readonly number[];
  readonly seed?: number;
  /** A word needs this many occurrences to enter the lexicon at all (see buildLexicon). */
  readonly minCount?: number;
  /** How many of the most frequent words serve as contexts, on each side. */
  readonly contexts?: number;
  readonly iterations?: number;
}

/**
 * `cased` is text whose capitalization means something (for the case statistics); `lowercased` is more text
 * that only feeds the clusters and the frequencies. Words seen fewer than minCount times get no entry: a word
 * seen once in the training text looks, to the model, like a word never seen, which is what the words of new
 * text will be; so the model learns to do without the lexicon when it has to.
 */
export function buildLexicon(
  cased: readonly (readonly string[])[],
  lowercased: readonly (readonly string[])[],
  options: LexiconOptions = {},
): Map<string, LexiconEntry> {
  const levels = options.levels ?? [64, 256, 1024];
  const minCount = options.minCount ?? 2;
  const sentences = [...cased.map((s) => s.map((t) => t.toLowerCase())), ...lowercased];
  const freq = new Map<string, number>();
  for (const s of sentences) for (const t of s) freq.set(t, (freq.get(t) ?? 0) + 1);
  const caps = caseCounts(cased);
  const vectors = contextVectors(sentences, freq, options);
  const clusterIds = levels.map((k) => clusterWords(vectors, k, options));
  const lex = new Map<string, LexiconEntry>();
  for (const [w, c] of freq) {
    if (c < minCount) continue;
    const cc = caps.get(w);
    lex.set(w, {
      clusters: clusterIds.map((m) => m.get(w) ?? -1),
      capBucket: cc ? capBucket(cc.upper, cc.upper + cc.lower) : -1,
      freqBucket: Math.min(15, Math.floor(Math.log2(c))),
    });
  }
  return lex;
}

function capBucket(upper: number, total: number): number {
  const r = upper / total;
  return r === 0 ? 0 : r <= 0.3 ? 1 : r < 0.7 ? 2 : r < 1 ? 3 : 4;
}

/** Capitalized vs lower-case occurrences, leaving out sentence starts and mostly upper-case lines (headlines). */
function caseCounts(sentences: readonly (readonly string[])[]): Map<string, { upper: number; lower: number }> {
  const counts = new Map<string, { upper: number; lower: number }>();
  for (const s of sentences) {
    const letters = s.filter((t) => /\p{L}/u.test(t));
    const shouting = letters.filter((t) => t === t.toUpperCase()).length;
    if (letters.length === 0 || shouting / letters.length > 0.5) continue;
    for (const [i, t] of s.entries()) {
      if (i === 0) continue;
      const first = t.charAt(0);
      if (first.toLowerCase() === first.toUpperCase()) continue;
      const w = t.toLowerCase();
      let c = counts.get(w);
      if (!c) counts.set(w, (c = { upper: 0, lower: 0 }));
      if (first === first.toUpperCase()) c.upper++;
      else c.lower++;
    }
  }
  return counts;
}

/** Sparse L2-normalized PPMI vectors of the words seen at least minCount times. */
function contextVectors(sentences: readonly (readonly string[])[], freq: Map<string, number>, options: LexiconOptions) {
  const minCount = Math.max(options.minCount ?? 2, 3);
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const words = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const wordIndex = new Map(words.map((w, i) => [w, i]));
  const C = options.contexts ?? 1000;
  const ctxIndex = new Map(byFreq.slice(0, C).map(([w], i) => [w, i]));
  // Context ids: left neighbour in [0, C], right neighbour in [C + 1, 2C + 1]; id C means "sentence edge".
  const D = 2 * (C + 1);
  const pairs = new Map<number, number>();
  const ctxTotals = new Float64Array(D);
  const wordTotals = new Float64Array(words.length);
  // ctx < D and w < words.length by construction, so the `!` updates of the typed arrays are in bounds.
  for (const s of sentences) {
    for (const [i, t] of s.entries()) {
      const w = wordIndex.get(t);
      if (w === undefined) continue;
      const prev = i > 0 ? s[i - 1] : undefined;
      const next = i + 1 < s.length ? s[i + 1] : undefined;
      const left = prev === undefined ? C : ctxIndex.get(prev);
      const right = next === undefined ? C : ctxIndex.get(next);
      for (const ctx of [left, right === undefined ? undefined : C + 1 + right]) {
        if (ctx === undefined) continue;
        const key = w * D + ctx;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        ctxTotals[ctx]!++;
        wordTotals[w]!++;
      }
    }
  }
  // Context counts raised to 0.75 (Levy et al. 2015) so rare contexts do not dominate PMI.
  let smoothed = 0;
  for (const c of ctxTotals) smoothed += c ** 0.75;
  const rows: { idx: number[]; val: number[] }[] = words.map(() => ({ idx: [], val: [] }));
  for (const [key, c] of [...pairs.entries()].sort((a, b) => a[0] - b[0])) {
    const w = Math.floor(key / D);
    const ctx = key % D;
    const pmi = Math.log((c * smoothed) / (itemAt(wordTotals, w, 'word totals') * itemAt(ctxTotals, ctx, 'context totals') ** 0.75));
    if (pmi > 0) {
      const row = itemAt(rows, w, 'context rows');
      row.idx.push(ctx);
      row.val.push(pmi);
    }
  }
  const vectors = rows.map(({ idx, val }) => {
    const norm = Math.hypot(...val) || 1;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val, (v) => v / norm) };
  });
  return { words, vectors, D };
}

/** Spherical k-means (cosine); centroids start at k distinct words picked by a seeded draw. */
function clusterWords(space: ReturnType<typeof contextVectors>, k: number, options: LexiconOptions): Map<string, number> {
  const { words, vectors, D } = space;
  const n = words.length;
  if (n === 0) return new Map();
  k = Math.min(k, n);
  const random = seededRandom((options.seed ?? 1) * 7919 + k);
  // Dimension-major centroids (D x k): one sparse word adds whole rows of k scores at a time.
  let cent = new Float32Array(D * k);
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  // Hot loops: j < v.idx.length = v.val.length, every idx < D, c < k, w < n = assign.length, i < next.length,
  // and cent, next hold D * k floats: the `!` reads and updates of the typed arrays are in bounds.
  [...picked].forEach((w, c) => {
    const v = itemAt(vectors, w, 'word vectors');
    for (let j = 0; j < v.idx.length; j++) cent[v.idx[j]! * k + c] = v.val[j]!;
  });
  const assign = new Int32Array(n).fill(-1);
  const scores = new Float32Array(k);
  for (let it = 0; it < (options.iterations ?? 12); it++) {
    let moved = 0;
    for (const [w, v] of vectors.entries()) {
      if (v.idx.length === 0) continue;
      scores.fill(0);
      for (let j = 0; j < v.idx.length; j++) {
        const o = v.idx[j]! * k;
        const x = v.val[j]!;
        for (let c = 0; c < k; c++) scores[c]! += x * cent[o + c]!;
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c]! > scores[best]!) best = c;
      if (assign[w] !== best) moved++;
      assign[w] = best;
    }
    const next = new Float32Array(D * k);
    for (const [w, v] of vectors.entries()) {
      const a = assign[w]!;
      if (a < 0) continue;
      for (let j = 0; j < v.idx.length; j++) next[v.idx[j]! * k + a]! += v.val[j]!;
    }
    const norms = new Float64Array(k);
    for (let i = 0; i < next.length; i++) norms[i % k]! += next[i]! * next[i]!;
    for (let i = 0; i < next.length; i++) if (norms[i % k]! > 0) next[i]! /= Math.sqrt(norms[i % k]!);
    cent = next;
    if (moved === 0) break;
  }
  return new Map(words.map((w, i): [string, number] => [w, itemAt(assign, i, 'cluster assignments')]));
}
