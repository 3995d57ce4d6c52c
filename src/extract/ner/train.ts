/**
 * Training: one or two structured averaged perceptrons (perceptron.ts) over the features of features.ts and,
 * for the second, document-features.ts. Pure: sentences in, model out; the script does the reading and writing.
 */
import { itemAt } from '../../core/checked.js';
import { EntenteError } from '../../core/errors.js';
import { DocumentMemory, tagTable } from './document-features.js';
import { isHeadline, paddedInfos, tokenFeatures, WINDOW } from './features.js';
import type { NerGazetteer } from './gazetteer.js';
import { decodeRows, type LinearChain } from './linear-chain.js';
import type { NerModel } from './model.js';
import { trainPerceptron, type PreparedSentence } from './perceptron.js';
import { spansFromTags, tagSet, tagsFromSpans, transitions, type TagScheme } from './tags.js';
import type { Lexicon, WordInfo } from './word-features.js';

export interface TrainSentence {
  readonly tokens: readonly string[];
  /** Gold tags in IOB1 (as in the CoNLL-2003 files), BIO or BILOU: they are read as spans first. */
  readonly tags: readonly string[];
  /** The document the sentence belongs to; the second stage looks across a document. */
  readonly doc?: number;
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
  /** 2 adds the document-level second stage. */
  readonly stages?: 1 | 2;
  /** Folds of documents for the first stage's held-out tags that train the second. */
  readonly folds?: number;
  readonly lexicon?: Lexicon;
  readonly gazetteer?: NerGazetteer;
  readonly onProgress?: (message: string) => void;
}

interface Hashed {
  /** Feature hashes of token i are hashes[offsets[i] .. offsets[i + 1]). */
  readonly offsets: Int32Array;
  readonly hashes: Int32Array;
}

export function trainNer(sentences: readonly TrainSentence[], options: TrainOptions = {}): NerModel {
  const scheme = options.scheme ?? 'BILOU';
  const lexicon = options.lexicon ?? new Map();
  const types = [...new Set(sentences.flatMap((s) => spansFromTags(s.tags).map((sp) => sp.type)))].sort();
  const tags = tagSet(scheme, types);
  const tagIndex = new Map(tags.map((t, i) => [t, i]));
  const gold = sentences.map((s) => Int32Array.from(tagsFromSpans(spansFromTags(s.tags), s.tokens.length, scheme), (t) => tagIndex.get(t)!));
  const log = options.onProgress ?? (() => undefined);

  const cache = new Map<string, WordInfo>();
  const words: WordInfo[][] = [];
  const base: Hashed[] = sentences.map((s) => {
    const padded = paddedInfos(s.tokens, lexicon, cache);
    words.push(padded.slice(WINDOW, padded.length - WINDOW));
    const gazLabels = options.gazetteer?.labels(s.tokens.map((t) => t.toLowerCase()));
    const headline = isHeadline(padded);
    const buf: number[] = [];
    const offsets = new Int32Array(s.tokens.length + 1);
    for (let i = 0; i < s.tokens.length; i++) {
      tokenFeatures(padded, i, headline, gazLabels?.[i], buf);
      offsets[i + 1] = buf.length;
    }
    return { offsets, hashes: Int32Array.from(buf) };
  });

  const all = sentences.map((_, i) => i);
  const train = (data: Rows, subset: readonly number[], label: string): LinearChain =>
    trainPerceptron(
      subset.map((i) => itemAt(data.sentences, i, 'NER training sentences')),
      data.keys,
      tags.length,
      transitions(tags),
      {
        epochs: options.epochs ?? 10,
        seed: options.seed ?? 1,
        margin: options.margin ?? 1,
        onEpoch: (e) => log(`${label}: epoch ${e.epoch}: ${e.tokenErrors} token errors of ${e.tokens}`),
      },
    );
  const rows1 = toRows(base, gold, options.minCount ?? 1);
  const first = train(rows1, all, 'stage 1');
  // The tagger checks this against the gazetteer it is given (tagger.ts).
  const model = { scheme, tags, lexicon, meta: options.gazetteer ? { gazetteer: options.gazetteer.version } : {} };
  if ((options.stages ?? 2) === 1) return { ...model, stages: [first] };

  // Held-out first-stage tags: each fold of documents tagged by a model trained on the other folds.
  const folds = options.folds ?? 5;
  const doc = sentences.map((s, i) => s.doc ?? i);
  const foldOf = doc.map((d) => d % folds);
  const held = new Array<Int32Array | undefined>(sentences.length);
  for (let k = 0; k < folds; k++) {
    const chain = train(
      rows1,
      all.filter((i) => foldOf[i] !== k),
      `fold ${k + 1}/${folds}`,
    );
    rows1.sentences.forEach((s, i) => {
      if (foldOf[i] === k) held[i] = decodeRows(chain, s.offsets, s.rows);
    });
  }
  // Every sentence is in exactly one fold, so each has held-out tags.
  const firstTags = Array.from(held, (t, i) => {
    if (!t) throw new EntenteError('INTERNAL', `NER training: sentence ${i} got no held-out first-stage tags`);
    return t;
  });
  const second = withDocumentFeatures(base, words, firstTags, doc, tags);
  return { ...model, stages: [first, train(toRows(second, gold, options.minCount ?? 1), all, 'stage 2')] };
}

/** The base features of every sentence plus the second-stage ones from first-stage tags, per document. */
function withDocumentFeatures(
  base: readonly Hashed[],
  words: readonly WordInfo[][],
  firstTags: readonly Int32Array[],
  doc: readonly number[],
  tags: readonly string[],
): Hashed[] {
  const table = tagTable(tags);
  const memories = new Map<number, DocumentMemory>();
  const sentences = base.map((hashed, i) => ({
    ...hashed,
    doc: itemAt(doc, i, 'sentence documents'),
    words: itemAt(words, i, 'sentence words'),
    tags: itemAt(firstTags, i, 'first-stage tags'),
  }));
  for (const s of sentences) {
    let m = memories.get(s.doc);
    if (!m) memories.set(s.doc, (m = new DocumentMemory(table)));
    m.add(s.words, s.tags);
  }
  return sentences.map(({ offsets, hashes, doc: d, words: w, tags: t }) => {
    const buf: number[] = [];
    const off = new Int32Array(offsets.length);
    const memory = memories.get(d)!;
    // i + 1 < offsets.length and k inside hashes (offsets' contract): the `!` reads are in bounds.
    for (let i = 0; i + 1 < offsets.length; i++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) buf.push(hashes[k]!);
      memory.features(w, t, i, buf);
      off[i + 1] = buf.length;
    }
    return { offsets: off, hashes: Int32Array.from(buf) };
  });
}

interface Rows {
  readonly keys: Int32Array;
  readonly sentences: readonly PreparedSentence[];
}

/**
 * Weight rows for the features seen at least minCount times, in first-seen order (so deterministic). The
 * fold models share these rows: a row whose feature a fold never sees keeps zero weights, as if absent.
 */
function toRows(data: readonly Hashed[], gold: readonly Int32Array[], minCount: number): Rows {
  const counts = new Map<number, number>();
  for (const d of data) for (const h of d.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const keys: number[] = [];
  for (const [h, c] of counts) {
    if (c >= minCount) {
      rowOf.set(h, keys.length);
      keys.push(h);
    }
  }
  const sentences = data.map(({ offsets, hashes }, i) => {
    const rows: number[] = [];
    const off = new Int32Array(offsets.length);
    // t + 1 < offsets.length and k inside hashes (offsets' contract): the `!` reads are in bounds.
    for (let t = 0; t + 1 < offsets.length; t++) {
      for (let k = offsets[t]!; k < offsets[t + 1]!; k++) {
        const r = rowOf.get(hashes[k]!);
        if (r !== undefined) rows.push(r);
      }
      off[t + 1] = rows.length;
    }
    return { gold: itemAt(gold, i, 'gold tags'), offsets: off, rows: Int32Array.from(rows) };
  });
  return { keys: Int32Array.from(keys), sentences };
}
