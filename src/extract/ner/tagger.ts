/**
 * The tagging API. Speed comes from one cache: for each distinct word, the summed weights of its unigram
 * features at every window offset (features.ts explains why that is exact). A token then costs five vector
 * adds, a handful of pair-feature lookups and its share of Viterbi, once per stage.
 */
import { DocumentMemory, tagTable, type TagTable } from './document-features.js';
import { FeatureTable } from './feature-table.js';
import { WINDOW, gazetteerFeatures, isHeadline, pairFeatures, unigramFeatures } from './features.js';
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
  /** Per stage: summed unigram weights at offsets -WINDOW..WINDOW, (2 * WINDOW + 1) * tags. */
  readonly sums: readonly Float32Array[];
}

/** A sentence ready for scoring: its words (padded) and the hashes of its context features. */
interface Prepared {
  readonly words: CachedWord[];
  readonly infos: WordInfo[];
  /** Context features of token i: hashes[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly hashes: number[];
}

const SPAN = 2 * WINDOW + 1;
const SENTENCE_END = new Set(['.', '!', '?']);

export class NerTagger {
  readonly tags: readonly string[];
  private readonly tables: FeatureTable[];
  private readonly n: number;
  private readonly cache = new Map<string, CachedWord>();
  private readonly cacheSize: number;
  private readonly bioTags: string[];
  private readonly tagInfo: TagTable;
  private readonly buf: number[] = [];
  private emit = new Float32Array(0);
  private back = new Int32Array(0);

  constructor(
    private readonly model: NerModel,
    private readonly options: NerTaggerOptions = {},
  ) {
    this.tags = model.tags;
    this.n = model.tags.length;
    this.tables = model.stages.map((c) => new FeatureTable(c.keys));
    this.cacheSize = options.cacheSize ?? 200_000;
    this.tagInfo = tagTable(model.tags);
    // L- reads as I- and U- as B- in BIO.
    this.bioTags = model.tags.map((t) => t.replace(/^L-/, 'I-').replace(/^U-/, 'B-'));
  }

  private addRows(stage: number, features: readonly number[], from: number, to: number, into: Float32Array, at: number): void {
    const n = this.n;
    const table = this.tables[stage];
    const w = this.model.stages[stage].weights;
    for (let k = from; k < to; k++) {
      const r = table.row(features[k]);
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
    const sums = this.model.stages.map((_, stage) => {
      const s = new Float32Array(SPAN * this.n);
      for (let d = -WINDOW; d <= WINDOW; d++) {
        this.buf.length = 0;
        unigramFeatures(info, d, this.buf);
        this.addRows(stage, this.buf, 0, this.buf.length, s, (d + WINDOW) * this.n);
      }
      return s;
    });
    c = { info, sums };
    this.cache.set(token, c);
    return c;
  }

  private prepare(tokens: readonly string[]): Prepared {
    const len = tokens.length;
    const words: CachedWord[] = new Array(len + 2 * WINDOW);
    for (let k = 0; k < WINDOW; k++) {
      words[k] = this.word(BOS);
      words[len + WINDOW + k] = this.word(EOS);
    }
    for (let i = 0; i < len; i++) words[i + WINDOW] = this.word(tokens[i]);
    const infos = words.map((w) => w.info);
    const headline = isHeadline(infos);
    const gaz = this.options.gazetteer;
    const lower = gaz ? tokens.map((t) => t.toLowerCase()) : [];
    const hashes: number[] = [];
    const offsets = new Int32Array(len + 1);
    for (let i = 0; i < len; i++) {
      pairFeatures(infos, i + WINDOW, headline, hashes);
      if (gaz) gazetteerFeatures(gaz.lookup(lower, i), hashes);
      offsets[i + 1] = hashes.length;
    }
    return { words, infos, offsets, hashes };
  }

  /** Decodes one sentence with one stage; `extra(i, out)` adds features of token i (the document's, in stage 2). */
  private decode(stage: number, p: Prepared, extra?: (i: number, out: number[]) => void): Int32Array {
    const len = p.offsets.length - 1;
    const n = this.n;
    if (this.emit.length < len * n) {
      this.emit = new Float32Array(len * n * 2);
      this.back = new Int32Array(len * n * 2);
    }
    const emit = this.emit;
    for (let i = 0; i < len; i++) {
      const e = i * n;
      emit.fill(0, e, e + n);
      for (let d = -WINDOW; d <= WINDOW; d++) {
        const s = p.words[i + WINDOW + d].sums[stage];
        const o = (d + WINDOW) * n;
        for (let j = 0; j < n; j++) emit[e + j] += s[o + j];
      }
      this.addRows(stage, p.hashes, p.offsets[i], p.offsets[i + 1], emit, e);
      if (extra) {
        this.buf.length = 0;
        extra(i, this.buf);
        this.addRows(stage, this.buf, 0, this.buf.length, emit, e);
      }
    }
    const out = new Int32Array(len);
    viterbi(emit, len, this.model.stages[stage].transitions, out, this.back);
    return out;
  }

  /** Tag indices (into model.tags) for the sentences of one document. */
  tagIndices(sentences: readonly (readonly string[])[]): Int32Array[] {
    const prepared = sentences.map((s) => this.prepare(s));
    const first = prepared.map((p) => this.decode(0, p));
    if (this.model.stages.length < 2) return first;
    const memory = new DocumentMemory(this.tagInfo);
    const unpadded = prepared.map((p) => p.infos.slice(WINDOW, p.infos.length - WINDOW));
    unpadded.forEach((w, s) => memory.add(w, first[s]));
    return prepared.map((p, s) => this.decode(1, p, (i, out) => memory.features(unpadded[s], first[s], i, out)));
  }

  /** BIO tags (B-PER, I-ORG, O, ...) for the sentences of one document; names repeated across it help. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    return this.tagIndices(sentences).map((tags) => Array.from(tags, (t) => this.bioTags[t]));
  }

  /** BIO tags for the tokens of one sentence, taken as a document of its own. */
  tagTokens(tokens: readonly string[]): string[] {
    return this.tagDocument([tokens])[0];
  }

  /**
   * The entities of a text given its tokens' offsets (from tokenize.ts or any tokenizer): the tokens are cut
   * into sentences after ".", "!" and "?" and at blank lines, and tagged as one document.
   */
  findEntities(text: string, tokens: readonly TextToken[]): NerEntity[] {
    const sentences: (readonly TextToken[])[] = [];
    let from = 0;
    for (let i = 0; i < tokens.length; i++) {
      const last = i + 1 === tokens.length;
      const end = SENTENCE_END.has(text.slice(tokens[i].start, tokens[i].end));
      const gap = !last && /\n\s*\n/.test(text.slice(tokens[i].end, tokens[i + 1].start));
      if (last || end || gap) {
        sentences.push(tokens.slice(from, i + 1));
        from = i + 1;
      }
    }
    const tags = this.tagDocument(sentences.map((s) => s.map((t) => text.slice(t.start, t.end))));
    return sentences.flatMap((s, k) =>
      spansFromTags(tags[k]).map(({ start, end, type }) => {
        const a = s[start].start;
        const b = s[end - 1].end;
        return { text: text.slice(a, b), start: a, end: b, type };
      }),
    );
  }
}

/** Tags CoNLL-like sentences document by document (consecutive sentences with the same `doc`), in order. */
export function tagByDocument(tagger: NerTagger, sentences: readonly { readonly doc: number; readonly tokens: readonly string[] }[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < sentences.length; ) {
    let j = i;
    while (j < sentences.length && sentences[j].doc === sentences[i].doc) j++;
    out.push(...tagger.tagDocument(sentences.slice(i, j).map((s) => s.tokens)));
    i = j;
  }
  return out;
}
