/**
 * A structured averaged perceptron (Collins 2002) over prepared sentences: feature rows per token and gold tag
 * indices. Decoding is the constrained Viterbi the tagger uses, so training sees the tagger's own mistakes.
 */
import { itemAt } from '../../core/checked.js';
import type { LinearChain } from './linear-chain.js';
import { seededRandom, shuffleInPlace } from '../../core/random.js';
import type { Transitions } from './tags.js';
import { viterbi, type TransitionScores } from './viterbi.js';

export interface PreparedSentence {
  readonly gold: Int32Array;
  /** Feature rows of token i are rows[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}

export interface PerceptronOptions {
  readonly epochs: number;
  readonly seed: number;
  /** Loss-augmented decoding: each wrong tag gets this bonus while training, so gold must win by a margin. */
  readonly margin: number;
  readonly onEpoch?: (e: { epoch: number; tokenErrors: number; tokens: number }) => void;
}

/** Trains on `data` and returns the averaged weights for rows labelled by `keys`. */
export function trainPerceptron(
  data: readonly PreparedSentence[],
  keys: Int32Array,
  tagCount: number,
  allowed: Transitions,
  options: PerceptronOptions,
): LinearChain {
  const learner = new Perceptron(keys.length, tagCount, allowed, options.margin);
  const random = seededRandom(options.seed);
  const order = Int32Array.from(data, (_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let tokenErrors = 0;
    let tokens = 0;
    for (const i of order) {
      const sentence = itemAt(data, i, 'NER training sentences');
      tokenErrors += learner.learn(sentence);
      tokens += sentence.gold.length;
    }
    options.onEpoch?.({ epoch, tokenErrors, tokens });
  }
  return { keys, ...learner.averaged() };
}

/** Weights plus the running sums for averaging (Daumé's trick: average = w - u / c). */
class Perceptron {
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  /** Transition weights and their running sums: [tag-to-tag, start, end]. */
  private readonly tw: readonly [Float32Array, Float32Array, Float32Array];
  private readonly tu: readonly [Float64Array, Float64Array, Float64Array];
  private c = 1;
  private emit = new Float32Array(0);
  private pred = new Int32Array(0);
  private back = new Int32Array(0);

  constructor(
    rows: number,
    private readonly T: number,
    allowed: Transitions,
    private readonly margin: number,
  ) {
    this.w = new Float32Array(rows * T);
    this.u = new Float64Array(rows * T);
    const mask = (a: Uint8Array): Float32Array => Float32Array.from(a, (ok) => (ok ? 0 : -Infinity));
    this.tw = [mask(allowed.allowed), mask(allowed.start), mask(allowed.end)];
    const sums = (a: Float32Array): Float64Array => new Float64Array(a.length);
    this.tu = [sums(this.tw[0]), sums(this.tw[1]), sums(this.tw[2])];
  }

  private scores(): TransitionScores {
    return { n: this.T, trans: this.tw[0], start: this.tw[1], end: this.tw[2] };
  }

  /** Decodes one sentence with the current weights and corrects them; returns the number of wrong tokens. */
  learn(s: PreparedSentence): number {
    const { T, w, u, c } = this;
    const len = s.gold.length;
    if (len === 0) return 0;
    if (this.emit.length < len * T) {
      this.emit = new Float32Array(len * T * 2);
      this.pred = new Int32Array(len * 2);
      this.back = new Int32Array(len * T * 2);
    }
    const emit = this.emit;
    const { gold, offsets, rows } = s;
    // Hot loops: i < len = gold.length, offsets holds len + 1 entries, k stays inside rows, tags are < T and
    // emit, pred, w and u were sized for them above, so the `!` reads below are in bounds.
    emit.fill(this.margin, 0, len * T);
    for (let i = 0; i < len; i++) {
      const e = i * T;
      emit[e + gold[i]!]! -= this.margin;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const r = rows[k]! * T;
        for (let j = 0; j < T; j++) emit[e + j]! += w[r + j]!;
      }
    }
    const pred = this.pred;
    viterbi(emit, len, this.scores(), pred, this.back);
    let errors = 0;
    for (let i = 0; i < len; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        errors++;
        for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
          const r = rows[k]! * T;
          w[r + g]! += 1;
          u[r + g]! += c;
          w[r + p]! -= 1;
          u[r + p]! -= c;
        }
      }
      const gp = i === 0 ? -1 : gold[i - 1]!;
      const pp = i === 0 ? -1 : pred[i - 1]!;
      if (gp !== pp || g !== p) {
        if (i === 0) this.bump(1, g, p);
        else this.bump(0, gp * T + g, pp * T + p);
      }
    }
    if (gold[len - 1] !== pred[len - 1]) this.bump(2, gold[len - 1]!, pred[len - 1]!);
    this.c++;
    return errors;
  }

  /** good and bad are tag indices (or tag pairs for table 0) from learn(), inside the tables by construction. */
  private bump(table: 0 | 1 | 2, good: number, bad: number): void {
    const tw = this.tw[table];
    const tu = this.tu[table];
    tw[good]! += 1;
    tu[good]! += this.c;
    tw[bad]! -= 1;
    tu[bad]! -= this.c;
  }

  averaged(): { weights: Float32Array; transitions: TransitionScores } {
    // w and u have the same length, so u[i]! is in bounds.
    const avg = (w: Float32Array, u: Float64Array): Float32Array => Float32Array.from(w, (x, i) => x - u[i]! / this.c);
    const [tw, tu] = [this.tw, this.tu];
    const transitions = { n: this.T, trans: avg(tw[0], tu[0]), start: avg(tw[1], tu[1]), end: avg(tw[2], tu[2]) };
    return { weights: avg(this.w, this.u), transitions };
  }
}
