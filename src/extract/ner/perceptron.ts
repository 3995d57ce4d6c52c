/**
 * A structured averaged perceptron (Collins 2002) over prepared sentences: feature rows per token and gold tag
 * indices. Decoding is the constrained Viterbi the tagger uses, so training sees the tagger's own mistakes.
 */
import type { LinearChain } from './linear-chain.js';
import { seededRandom, shuffleInPlace } from './rng.js';
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
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let tokenErrors = 0;
    let tokens = 0;
    for (const i of order) {
      tokenErrors += learner.learn(data[i]);
      tokens += data[i].gold.length;
    }
    options.onEpoch?.({ epoch, tokenErrors, tokens });
  }
  return { keys, ...learner.averaged() };
}

/** Weights plus the running sums for averaging (Daumé's trick: average = w - u / c). */
class Perceptron {
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly tw: Float32Array[];
  private readonly tu: Float64Array[];
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
    this.tu = this.tw.map((a) => new Float64Array(a.length));
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
    emit.fill(this.margin, 0, len * T);
    for (let i = 0; i < len; i++) {
      const e = i * T;
      emit[e + s.gold[i]] -= this.margin;
      for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
        const r = s.rows[k] * T;
        for (let j = 0; j < T; j++) emit[e + j] += w[r + j];
      }
    }
    const pred = this.pred;
    viterbi(emit, len, this.scores(), pred, this.back);
    let errors = 0;
    for (let i = 0; i < len; i++) {
      const g = s.gold[i];
      const p = pred[i];
      if (g !== p) {
        errors++;
        for (let k = s.offsets[i]; k < s.offsets[i + 1]; k++) {
          const r = s.rows[k] * T;
          w[r + g] += 1;
          u[r + g] += c;
          w[r + p] -= 1;
          u[r + p] -= c;
        }
      }
      const gp = i === 0 ? -1 : s.gold[i - 1];
      const pp = i === 0 ? -1 : pred[i - 1];
      if (gp !== pp || g !== p) {
        if (i === 0) this.bump(1, g, p);
        else this.bump(0, gp * T + g, pp * T + p);
      }
    }
    if (s.gold[len - 1] !== pred[len - 1]) this.bump(2, s.gold[len - 1], pred[len - 1]);
    this.c++;
    return errors;
  }

  private bump(table: number, good: number, bad: number): void {
    this.tw[table][good] += 1;
    this.tu[table][good] += this.c;
    this.tw[table][bad] -= 1;
    this.tu[table][bad] -= this.c;
  }

  averaged(): { weights: Float32Array; transitions: TransitionScores } {
    const avg = (w: Float32Array, u: Float64Array): Float32Array => Float32Array.from(w, (x, i) => x - u[i] / this.c);
    const [trans, start, end] = this.tw.map((w, t) => avg(w, this.tu[t]));
    return { weights: avg(this.w, this.u), transitions: { n: this.T, trans, start, end } };
  }
}
