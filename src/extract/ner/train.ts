/**
 * Training: a structured averaged perceptron (Collins 2002) over the features of features.ts, decoded with
 * constrained Viterbi. Pure: sentences in, model out; the script does the reading and writing.
 */
import { tokenFeatures, paddedInfos } from './features.js';
import type { NerGazetteer } from './gazetteer.js';
import type { NerModel } from './model.js';
import { seededRandom, shuffleInPlace } from './rng.js';
import { spansFromTags, tagSet, tagsFromSpans, transitions, type TagScheme } from './tags.js';
import { viterbi, type TransitionScores } from './viterbi.js';
import type { Lexicon, WordInfo } from './word-features.js';

export interface TrainSentence {
  readonly tokens: readonly string[];
  /** Gold tags in IOB1 (as in the CoNLL-2003 files), BIO or BILOU: they are read as spans first. */
  readonly tags: readonly string[];
}

export interface TrainOptions {
  readonly scheme?: TagScheme;
  readonly epochs?: number;
  readonly seed?: number;
  /** Features seen fewer times than this in training get no weights: fewer rows, little lost. */
  readonly minCount?: number;
  /**
   * Loss-augmented decoding while training: every wrong tag gets this bonus, so the gold path must win by a
   * margin, not by a tie (with all-zero weights, a tie goes to O, and words that were O by luck never learn it).
   */
  readonly margin?: number;
  readonly lexicon?: Lexicon;
  readonly gazetteer?: NerGazetteer;
  readonly onEpoch?: (e: { epoch: number; tokenErrors: number; tokens: number }) => void;
}

interface Prepared {
  readonly gold: Int32Array;
  /** Feature rows of token i are rows[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}

export function trainNer(sentences: readonly TrainSentence[], options: TrainOptions = {}): NerModel {
  const scheme = options.scheme ?? 'BILOU';
  const epochs = options.epochs ?? 10;
  const seed = options.seed ?? 1;
  const lexicon = options.lexicon ?? new Map();
  const types = [...new Set(sentences.flatMap((s) => spansFromTags(s.tags).map((sp) => sp.type)))].sort();
  const tags = tagSet(scheme, types);
  const T = tags.length;
  const tagIndex = new Map(tags.map((t, i) => [t, i]));

  // Pass 1: every token's feature hashes, and how often each feature occurs.
  const cache = new Map<string, WordInfo>();
  const hashed: { gold: Int32Array; offsets: Int32Array; hashes: Int32Array }[] = [];
  const counts = new Map<number, number>();
  const buf: number[] = [];
  for (const s of sentences) {
    const padded = paddedInfos(s.tokens, lexicon, cache);
    const lower = options.gazetteer ? s.tokens.map((t) => t.toLowerCase()) : [];
    const offsets = new Int32Array(s.tokens.length + 1);
    buf.length = 0;
    for (let i = 0; i < s.tokens.length; i++) {
      tokenFeatures(padded, i, options.gazetteer?.lookup(lower, i), buf);
      offsets[i + 1] = buf.length;
    }
    const hashes = Int32Array.from(buf);
    for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
    const goldTags = tagsFromSpans(spansFromTags(s.tags), s.tokens.length, scheme);
    hashed.push({ gold: Int32Array.from(goldTags, (t) => tagIndex.get(t)!), offsets, hashes });
  }

  // Pass 2: rows for the features frequent enough, in first-seen order (deterministic).
  const minCount = options.minCount ?? 1;
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const [h, c] of counts) {
    if (c >= minCount) {
      rowOf.set(h, keys.length);
      keys.push(h);
    }
  }
  const data: Prepared[] = hashed.map(({ gold, offsets, hashes }) => {
    const rows: number[] = [];
    const off = new Int32Array(offsets.length);
    for (let i = 0; i + 1 < offsets.length; i++) {
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const r = rowOf.get(hashes[k]);
        if (r !== undefined) rows.push(r);
      }
      off[i + 1] = rows.length;
    }
    return { gold, offsets: off, rows: Int32Array.from(rows) };
  });

  const learner = new Perceptron(keys.length, T, transitions(tags), options.margin ?? 1);
  const random = seededRandom(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let tokenErrors = 0;
    let tokens = 0;
    for (const i of order) {
      tokenErrors += learner.learn(data[i]);
      tokens += data[i].gold.length;
    }
    options.onEpoch?.({ epoch, tokenErrors, tokens });
  }
  const avg = learner.averaged();
  return { scheme, tags, keys: Int32Array.from(keys), weights: avg.weights, transitions: avg.transitions, lexicon, meta: {} };
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
    allowed: { allowed: Uint8Array; start: Uint8Array; end: Uint8Array },
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
  learn(s: Prepared): number {
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
