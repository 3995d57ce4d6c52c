/**
 * One linear-chain model: a weight row per feature hash and tag-to-tag transition scores. The recognizer has
 * one or two of them (see document-features.ts for the second).
 */
import type { FeatureTable } from './feature-table.js';
import { viterbi, type TransitionScores } from './viterbi.js';

export interface LinearChain {
  /** The feature hash of each weight row. */
  readonly keys: Int32Array;
  /** rows * tags, row-major. */
  readonly weights: Float32Array;
  /** Forbidden transitions hold -Infinity. */
  readonly transitions: TransitionScores;
}

/**
 * Best tags for a sentence given every token's weight rows (token i's are rows[offsets[i]..offsets[i+1]), -1
 * for none). The plain path, for training-time predictions and as the reference the tagger's cache must match.
 */
export function decodeRows(chain: LinearChain, offsets: Int32Array, rows: Int32Array): Int32Array {
  const n = chain.transitions.n;
  const len = offsets.length - 1;
  const emit = new Float32Array(len * n);
  // i < len = offsets.length - 1, k inside rows (offsets' contract), r a row of weights and j < n: the `!`
  // reads are in bounds.
  for (let i = 0; i < len; i++) {
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const r = rows[k]!;
      if (r < 0) continue;
      for (let j = 0; j < n; j++) emit[i * n + j]! += chain.weights[r * n + j]!;
    }
  }
  const out = new Int32Array(len);
  viterbi(emit, len, chain.transitions, out, new Int32Array(len * n));
  return out;
}

/** decodeRows for feature hashes, looked up in the chain's table. */
export function decodeHashed(chain: LinearChain, table: FeatureTable, offsets: Int32Array, hashes: Int32Array): Int32Array {
  return decodeRows(
    chain,
    offsets,
    Int32Array.from(hashes, (h) => table.row(h)),
  );
}
