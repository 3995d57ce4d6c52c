/**
 * The tagging API. Speed comes from one cache: for each distinct word, the summed weights of its unigram
 * features at every window offset (features.ts explains why that is exact). A token then costs five vector
 * adds, a handful of pair-feature lookups and its share of Viterbi.
 */
import { FeatureTable } from './feature-table.js';
import { WINDOW, gazetteerFeatures, pairFeatures, unigramFeatures } from './features.js';
import type { NerGazetteer } from './gazetteer.js';
import type { NerModel } from './model.js';
import { spansFromTags } from './tags.js';
import { viterbi } from './viterbi.js';
import { BOS, EOS, wordInfo, type WordInfo } from './word-features.js';

/** A token of some text: its offsets [start, end) in the text. */
export interface TextToken {
  readonly start: number;
  readonly end: number;
}

export interface NerEntity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface NerTaggerOptions {
  readonly gazetteer?: NerGazetteer;
  /** Distinct words kept in the cache before it is cleared; news vocabularies keep growing. */
  readonly cacheSize?: number;
}

interface CachedWord {
  readonly info: WordInfo;
  /** Summed unigram weights at offsets -WINDOW..WINDOW, (2 * WINDOW + 1) * tags. */
  readonly sums: Float32Array;
}

const SPAN = 2 * WINDOW + 1;

export class NerTagger {
  readonly tags: readonly string[];
  private readonly table: FeatureTable;
  private readonly n: number;
  private readonly cache = new Map<string, CachedWord>();
  private readonly cacheSize: number;
  private readonly bioTags: string[];
  private readonly buf: number[] = [];
  private emit = new Float32Array(0);
  private out = new Int32Array(0);
  private back = new Int32Array(0);

  constructor(
    private readonly model: NerModel,
    private readonly options: NerTaggerOptions = {},
  ) {
    this.tags = model.tags;
    this.n = model.tags.length;
    this.table = new FeatureTable(model.keys);
    this.cacheSize = options.cacheSize ?? 200_000;
    // L- reads as I- and U- as B- in BIO.
    this.bioTags = model.tags.map((t) => t.replace(/^L-/, 'I-').replace(/^U-/, 'B-'));
  }

  private addRows(features: readonly number[], into: Float32Array, at: number): void {
    const { n, table } = this;
    const w = this.model.weights;
    for (const f of features) {
      const r = table.row(f);
      if (r < 0) continue;
      const o = r * n;
      for (let j = 0; j < n; j++) into[at + j] += w[o + j];
    }
  }

  private word(token: string): CachedWord {
    let c = this.cache.get(token);
    if (c) return c;
    if (this.cache.size >= this.cacheSize) this.cache.clear();
    const info = wordInfo(token, this.model.lexicon);
    const sums = new Float32Array(SPAN * this.n);
    for (let d = -WINDOW; d <= WINDOW; d++) {
      this.buf.length = 0;
      unigramFeatures(info, d, this.buf);
      this.addRows(this.buf, sums, (d + WINDOW) * this.n);
    }
    c = { info, sums };
    this.cache.set(token, c);
    return c;
  }

  /** Tag indices (into model.tags) for the tokens of one sentence. */
  tagIndices(tokens: readonly string[]): Int32Array {
    const len = tokens.length;
    const n = this.n;
    if (this.emit.length < len * n) {
      this.emit = new Float32Array(len * n * 2);
      this.out = new Int32Array(len * 2);
      this.back = new Int32Array(len * n * 2);
    }
    const words: CachedWord[] = new Array(len + 2 * WINDOW);
    for (let k = 0; k < WINDOW; k++) {
      words[k] = this.word(BOS);
      words[len + WINDOW + k] = this.word(EOS);
    }
    for (let i = 0; i < len; i++) words[i + WINDOW] = this.word(tokens[i]);
    const infos = words.map((w) => w.info);
    const emit = this.emit;
    const gaz = this.options.gazetteer;
    const lower = gaz ? tokens.map((t) => t.toLowerCase()) : [];
    for (let i = 0; i < len; i++) {
      const e = i * n;
      emit.fill(0, e, e + n);
      for (let d = -WINDOW; d <= WINDOW; d++) {
        const s = words[i + WINDOW + d].sums;
        const o = (d + WINDOW) * n;
        for (let j = 0; j < n; j++) emit[e + j] += s[o + j];
      }
      this.buf.length = 0;
      pairFeatures(infos, i + WINDOW, this.buf);
      if (gaz) gazetteerFeatures(gaz.lookup(lower, i), this.buf);
      this.addRows(this.buf, emit, e);
    }
    viterbi(emit, len, this.model.transitions, this.out, this.back);
    return this.out.slice(0, len);
  }

  /** BIO tags (B-PER, I-ORG, O, ...) for the tokens of one sentence. */
  tagTokens(tokens: readonly string[]): string[] {
    return Array.from(this.tagIndices(tokens), (t) => this.bioTags[t]);
  }

  /**
   * The entities in `text`, given its tokens' offsets (one sentence at a time gives the best results: the
   * model was trained on sentences). Entity offsets are into `text`.
   */
  findEntities(text: string, tokens: readonly TextToken[]): NerEntity[] {
    const words = tokens.map((t) => text.slice(t.start, t.end));
    return spansFromTags(this.tagTokens(words)).map(({ start, end, type }) => {
      const s = tokens[start].start;
      const e = tokens[end - 1].end;
      return { text: text.slice(s, e), start: s, end: e, type };
    });
  }
}
