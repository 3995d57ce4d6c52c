/**
 * First-order Viterbi over emission scores and tag-to-tag transition scores. Forbidden transitions (an I-LOC
 * after B-PER, say) carry -Infinity in the transition tables, so the best path is always a well-formed one.
 */
import { itemAt } from '../../core/checked.js';

export interface TransitionScores {
  readonly n: number;
  /** [prev * n + next] */
  readonly trans: Float32Array;
  readonly start: Float32Array;
  readonly end: Float32Array;
}

/**
 * Writes the best tag index of each of `len` tokens into `out`. Token i's n scores are
 * emit[i * stride + offset ...]; by default the scores are packed (stride n, offset 0).
 * `back` must hold at least len * n ints (back-pointers) and is reused across calls to spare the GC.
 */
export function viterbi(emit: Float32Array, len: number, t: TransitionScores, out: Int32Array, back: Int32Array, stride = t.n, offset = 0): void {
  const n = t.n;
  if (len === 0) return;
  const from = predecessors(t);
  if (scratch.length < 2 * n) scratch = new Float64Array(2 * n);
  const sc = scratch;
  // Hot loops: j, k < n, i < len; emit, back and out hold len tokens (the caller's contract above), sc 2n and
  // the transition tables n or n * n, so every `!` read below is in bounds.
  // Path scores of the previous and current token: two rows of `sc`, swapped by offset.
  let prev = 0;
  let cur = n;
  for (let j = 0; j < n; j++) sc[j] = t.start[j]! + emit[offset + j]!;
  for (let i = 1; i < len; i++) {
    const e = i * stride + offset;
    const b = i * n;
    for (let j = 0; j < n; j++) {
      let best = -Infinity;
      let arg = 0;
      const ks = from[j]!;
      for (let q = 0; q < ks.length; q++) {
        const k = ks[q]!;
        const s = sc[prev + k]! + t.trans[k * n + j]!;
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      sc[cur + j] = best + emit[e + j]!;
      back[b + j] = arg;
    }
    [prev, cur] = [cur, prev];
  }
  let best = -Infinity;
  let arg = 0;
  for (let j = 0; j < n; j++) {
    const s = sc[prev + j]! + t.end[j]!;
    if (s > best) {
      best = s;
      arg = j;
    }
  }
  out[len - 1] = arg;
  for (let i = len - 1; i > 0; i--) out[i - 1] = back[i * n + out[i]!]!;
}

/** Two rows of path scores, reused across calls: tagging is single-threaded and calls never nest. */
let scratch = new Float64Array(64);

const predecessorCache = new WeakMap<Float32Array, Int32Array[]>();

/**
 * For each tag, the tags allowed before it. BILOU allows an I-PER only after B-PER or I-PER, so skipping the
 * forbidden pairs makes the inner loop about three times shorter.
 */
function predecessors(t: TransitionScores): Int32Array[] {
  let p = predecessorCache.get(t.trans);
  if (!p) {
    p = [];
    for (let j = 0; j < t.n; j++) {
      const ks: number[] = [];
      for (let k = 0; k < t.n; k++) if (itemAt(t.trans, k * t.n + j, 'NER transition scores') > -Infinity) ks.push(k);
      // A tag with no allowed predecessor still needs one candidate so back-pointers stay valid.
      p.push(Int32Array.from(ks.length ? ks : [0]));
    }
    predecessorCache.set(t.trans, p);
  }
  return p;
}
