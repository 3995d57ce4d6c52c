/**
 * The tagging API. Speed comes from two things. One cache: for each distinct word, the summed weights of its
 * unigram features at every window offset (features.ts explains why that is exact), so a token costs five
 * vector adds and a handful of pair-feature lookups. And one table for both stages: a feature's row holds the
 * first stage's weights and then the second's, so a lookup serves both, and the first pass over a sentence
 * computes the second stage's scores too; the second pass only adds the document features.
 */
import { itemAt, missingItem } from '../../core/checked.js';
import { EntenteError } from '../../core/errors.js';
import { DocumentMemory, tagTable, type TagTable } from './document-features.js';
import { FeatureTable } from './feature-table.js';
import { WINDOW, gazetteerFeatures, isHeadline, pairFeatures, unigramFeatures } from './features.js';
import type { NerGazetteer } from './gazetteer.js';
import type { LinearChain } from './linear-chain.js';
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
  /**
   * Distinct words kept in the cache before it is cleared (news vocabularies keep growing). About 1 KB a
   * word with two stages; the default, 50,000, covers the working vocabulary of a news stream.
   */
  readonly cacheSize?: number;
}

interface CachedWord {
  readonly info: WordInfo;
  /** Summed unigram weights at offsets -W..W, each a row of all stages: (2W + 1) * stride. */
  readonly sums: Float32Array;
}

// Imported bindings become getter calls once tsx has compiled the module; the hot loops read a local copy.
const W = WINDOW;
const SPAN = 2 * W + 1;
const SENTENCE_END = new Set(['.', '!', '?']);
const fround = Math.fround;

/** The stages' rows merged: row r is [stage 0's n weights, stage 1's n weights, ...], zeros where a stage lacks it. */
function mergeStages(stages: readonly LinearChain[], n: number): { table: FeatureTable; weights: Float32Array } {
  const rowOf = new Map<number, number>();
  for (const c of stages) for (const k of c.keys) if (!rowOf.has(k)) rowOf.set(k, rowOf.size);
  const stride = stages.length * n;
  const weights = new Float32Array(rowOf.size * stride);
  stages.forEach((c, s) => {
    let r = 0;
    for (const key of c.keys) {
      const row = rowOf.get(key);
      if (row === undefined) throw new EntenteError('INTERNAL', `NER stage ${s}: feature ${key} has no merged row`);
      weights.set(c.weights.subarray(r * n, r * n + n), row * stride + s * n);
      r++;
    }
  });
  return { table: new FeatureTable(Int32Array.from(rowOf.keys())), weights };
}

export class NerTagger {
  readonly tags: readonly string[];
  private readonly n: number;
  private readonly stride: number;
  private readonly table: FeatureTable;
  private readonly weights: Float32Array;
  private readonly cache = new Map<string, CachedWord>();
  private readonly cacheSize: number;
  private readonly bioTags: string[];
  private readonly tagInfo: TagTable;
  private readonly buf: number[] = [];
  /** Weight offsets of one token's pair and gazetteer features, reused from token to token. */
  private rowScratch = new Int32Array(64);
  /** The summed unigram rows of the words in one token's window. */
  private readonly window: Float32Array[] = new Array<Float32Array>(SPAN);
  private back = new Int32Array(0);
  /** Scores of a whole document, reused from one document to the next. */
  private emit = new Float32Array(0);

  constructor(
    readonly model: NerModel,
    private readonly options: NerTaggerOptions = {},
  ) {
    const trainedWith = model.meta.gazetteer;
    if (trainedWith !== options.gazetteer?.version) {
      throw new EntenteError(
        'BAD_INPUT',
        `the NER model was trained with ${trainedWith === undefined ? 'no gazetteer' : `gazetteer ${String(trainedWith)}`}, ` +
          `the tagger is given ${options.gazetteer ? `gazetteer ${options.gazetteer.version}` : 'none'}: load both from one model folder (loadNerTagger)`,
      );
    }
    this.tags = model.tags;
    this.n = model.tags.length;
    this.stride = model.stages.length * this.n;
    ({ table: this.table, weights: this.weights } = mergeStages(model.stages, this.n));
    this.cacheSize = options.cacheSize ?? 50_000;
    this.tagInfo = tagTable(model.tags);
    // L- reads as I- and U- as B- in BIO.
    this.bioTags = model.tags.map((t) => t.replace(/^L-/, 'I-').replace(/^U-/, 'B-'));
  }

  /** Adds the rows of features[from..to) into `into` at `at`: `width` weights of each, from column `column`. */
  private addRows(features: readonly number[], from: number, to: number, into: Float32Array, at: number, column = 0, width = this.stride): void {
    const { table, weights, stride } = this;
    // Hot loop: k < to <= features.length, and a row's `width` weights lie inside `weights` and `into` by
    // construction (rows * stride, the caller's scores), so the `!` reads are in bounds.
    for (let k = from; k < to; k++) {
      const r = table.row(features[k]!);
      if (r < 0) continue;
      const o = r * stride + column;
      for (let j = 0; j < width; j++) into[at + j]! += weights[o + j]!;
    }
  }

  private word(token: string): CachedWord {
    let c = this.cache.get(token);
    if (c) return c;
    if (this.cache.size >= this.cacheSize) this.cache.clear();
    const info = wordInfo(token, this.model.lexicon);
    const sums = new Float32Array(SPAN * this.stride);
    for (let d = -W; d <= W; d++) {
      this.buf.length = 0;
      unigramFeatures(info, d, this.buf);
      this.addRows(this.buf, 0, this.buf.length, sums, (d + W) * this.stride);
    }
    c = { info, sums };
    this.cache.set(token, c);
    return c;
  }

  /** Every stage's scores for a sentence but the document features, into emit[at..], len * stride, token-major. */
  private score(tokens: readonly string[], emit: Float32Array, at: number): WordInfo[] {
    const len = tokens.length;
    const stride = this.stride;
    const bos = this.word(BOS);
    const eos = this.word(EOS);
    const words: CachedWord[] = [];
    for (let k = 0; k < W; k++) words.push(bos);
    for (const token of tokens) words.push(this.word(token));
    for (let k = 0; k < W; k++) words.push(eos);
    const infos = words.map((w) => w.info);
    const headline = isHeadline(infos);
    const gaz = this.options.gazetteer;
    const gazLabels = gaz?.labels(tokens.map((t) => t.toLowerCase()));
    const buf = this.buf;
    const { table, weights } = this;
    const win = this.window;
    // Hot loop: words holds len + 2W entries and each sums row SPAN * stride floats, buf's entries are read
    // below buf.length and rows' below nRows, emit holds at + len * stride: the `!` reads are in bounds.
    for (let i = 0; i < len; i++) {
      const e = at + i * stride;
      buf.length = 0;
      pairFeatures(infos, i + W, headline, buf);
      if (gazLabels) gazetteerFeatures(gazLabels[i] ?? [], buf);
      if (this.rowScratch.length < buf.length) this.rowScratch = new Int32Array(buf.length * 2);
      const rows = this.rowScratch;
      let nRows = 0;
      for (let k = 0; k < buf.length; k++) {
        const r = table.row(buf[k]!);
        if (r >= 0) rows[nRows++] = r * stride;
      }
      // Token i sits at i + W in the padded words; its window is words[i .. i + 2W]. Each score is summed in
      // the order the rows come, rounded to float32 at every step, as the Float32Array would store it.
      if (SPAN === 5) {
        // The window of the trained models (WINDOW = 2), unrolled: the same sums in the same order.
        const s0 = words[i]!.sums;
        const s1 = words[i + 1]!.sums;
        const s2 = words[i + 2]!.sums;
        const s3 = words[i + 3]!.sums;
        const s4 = words[i + 4]!.sums;
        for (let j = 0; j < stride; j++) {
          let v = fround(s0[j]! + s1[stride + j]!);
          v = fround(v + s2[2 * stride + j]!);
          v = fround(v + s3[3 * stride + j]!);
          v = fround(v + s4[4 * stride + j]!);
          for (let q = 0; q < nRows; q++) v = fround(v + weights[rows[q]! + j]!);
          emit[e + j] = v;
        }
        continue;
      }
      for (let d = 0; d < SPAN; d++) win[d] = words[i + d]!.sums;
      const s0 = win[0]!;
      for (let j = 0; j < stride; j++) {
        let v = s0[j]!;
        for (let d = 1; d < SPAN; d++) v = fround(v + win[d]![d * stride + j]!);
        for (let q = 0; q < nRows; q++) v = fround(v + weights[rows[q]! + j]!);
        emit[e + j] = v;
      }
    }
    return infos.slice(W, len + W);
  }

  private decode(at: number, len: number, stage: number): Int32Array {
    if (this.back.length < len * this.n) this.back = new Int32Array(len * this.n * 2);
    const out = new Int32Array(len);
    viterbi(this.emit, len, itemAt(this.model.stages, stage, 'NER model stages').transitions, out, this.back, this.stride, at + stage * this.n);
    return out;
  }

  /** Tag indices (into model.tags) for the sentences of one document. */
  tagIndices(sentences: readonly (readonly string[])[]): Int32Array[] {
    const stride = this.stride;
    const starts: number[] = [];
    let total = 0;
    for (const s of sentences) {
      starts.push(total * stride);
      total += s.length;
    }
    if (this.emit.length < total * stride) this.emit = new Float32Array(total * stride * 2);
    const scored = sentences.map((s, k) => {
      const at = itemAt(starts, k, 'NER sentence starts');
      const infos = this.score(s, this.emit, at);
      return { at, infos, first: this.decode(at, s.length, 0) };
    });
    if (this.model.stages.length < 2) return scored.map((s) => s.first);
    const memory = new DocumentMemory(this.tagInfo);
    for (const { infos, first } of scored) memory.add(infos, first);
    const n = this.n;
    return scored.map(({ at, infos, first }) => {
      for (let i = 0; i < infos.length; i++) {
        this.buf.length = 0;
        memory.features(infos, first, i, this.buf);
        this.addRows(this.buf, 0, this.buf.length, this.emit, at + i * stride + n, n, n);
      }
      return this.decode(at, infos.length, 1);
    });
  }

  /** BIO tags (B-PER, I-ORG, O, ...) for the sentences of one document; names repeated across it help. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.tagIndices(sentences).map((tags) => Array.from(tags, (t) => this.bioTags[t] ?? fail(missingItem('NER tags', t, this.bioTags.length))));
  }

  /** BIO tags for the tokens of one sentence, taken as a document of its own. */
  tagTokens(tokens: readonly string[]): string[] {
    return itemAt(this.tagDocument([tokens]), 0, 'NER tagged sentences');
  }

  /**
   * The entities of a text given its tokens' offsets (from tokenize.ts or any tokenizer): the tokens are cut
   * into sentences after ".", "!" and "?" and at blank lines, and tagged as one document.
   */
  findEntities(text: string, tokens: readonly TextToken[]): NerEntity[] {
    const sentences: (readonly TextToken[])[] = [];
    let from = 0;
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      const end = SENTENCE_END.has(text.slice(token.start, token.end));
      const gap = next !== undefined && /\n\s*\n/.test(text.slice(token.end, next.start));
      if (next === undefined || end || gap) {
        sentences.push(tokens.slice(from, i + 1));
        from = i + 1;
      }
    });
    const tags = this.tagDocument(sentences.map((s) => s.map((t) => text.slice(t.start, t.end))));
    return sentences.flatMap((s, k) =>
      spansFromTags(itemAt(tags, k, 'NER tagged sentences')).map(({ start, end, type }) => {
        const a = itemAt(s, start, 'NER sentence tokens').start;
        const b = itemAt(s, end - 1, 'NER sentence tokens').end;
        return { text: text.slice(a, b), start: a, end: b, type };
      }),
    );
  }
}

function fail(e: Error): never {
  throw e;
}

/** Tags CoNLL-like sentences document by document (consecutive sentences with the same `doc`), in order. */
export function tagByDocument(tagger: NerTagger, sentences: readonly { readonly doc: number; readonly tokens: readonly string[] }[]): string[][] {
  const out: string[][] = [];
  let doc: (readonly string[])[] = [];
  let docId: number | undefined;
  for (const s of sentences) {
    if (s.doc !== docId && doc.length > 0) {
      out.push(...tagger.tagDocument(doc));
      doc = [];
    }
    docId = s.doc;
    doc.push(s.tokens);
  }
  if (doc.length > 0) out.push(...tagger.tagDocument(doc));
  return out;
}
