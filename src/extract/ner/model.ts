/**
 * The trained model and its compact byte form. Weights are quantized to int16, one scale per stage (averaged
 * perceptron weights span a few hundred units; int16 keeps ~4 significant digits, which changes no decision
 * we could measure) and rows whose weights are all tiny are pruned before writing.
 */
import { EntenteError } from '../../core/errors.js';
import type { LinearChain } from './linear-chain.js';
import type { Lexicon, LexiconEntry } from './word-features.js';
import type { TagScheme } from './tags.js';

export interface NerModel {
  readonly scheme: TagScheme;
  readonly tags: readonly string[];
  /** The sentence-level model and, when trained, the document-level second stage (document-features.ts). */
  readonly stages: readonly LinearChain[];
  readonly lexicon: Lexicon;
  /** Seed, training data hash, epochs: whatever the trainer recorded. */
  readonly meta: Readonly<Record<string, unknown>>;
}

/** Drops rows whose largest absolute weight is below `threshold`. */
export function pruneModel(model: NerModel, threshold: number): NerModel {
  const n = model.tags.length;
  const stages = model.stages.map((chain) => {
    // r < keys.length, j < n, and weights holds keys.length * n floats: the `!` reads are in bounds.
    const keep: number[] = [];
    for (let r = 0; r < chain.keys.length; r++) {
      let max = 0;
      for (let j = 0; j < n; j++) max = Math.max(max, Math.abs(chain.weights[r * n + j]!));
      if (max >= threshold) keep.push(r);
    }
    const keys = new Int32Array(keep.length);
    const weights = new Float32Array(keep.length * n);
    keep.forEach((r, i) => {
      keys[i] = chain.keys[r]!;
      weights.set(chain.weights.subarray(r * n, r * n + n), i * n);
    });
    return { ...chain, keys, weights };
  });
  return { ...model, stages };
}

const MAGIC = 'ENTNER02';

interface Header {
  scheme: TagScheme;
  tags: string[];
  stages: { rows: number; scale: number }[];
  meta: Record<string, unknown>;
}

/**
 * magic, header length (u32), header JSON, then per stage: keys (i32), weights (i16), transitions, start, end
 * (f32); little-endian.
 */
export function encodeModel(model: NerModel): Uint8Array {
  const n = model.tags.length;
  const scaled = model.stages.map((chain) => {
    let maxAbs = 0;
    for (const w of chain.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
    return { chain, rows: chain.keys.length, scale: maxAbs > 0 ? maxAbs / 32767 : 1 };
  });
  const header: Header = {
    scheme: model.scheme,
    tags: [...model.tags],
    stages: scaled.map(({ rows, scale }) => ({ rows, scale })),
    meta: { ...model.meta },
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const size = 12 + headerBytes.length + header.stages.reduce((a, st) => a + stageBytes(st.rows, n), 0);
  const buf = new ArrayBuffer(size);
  const bytes = new Uint8Array(buf);
  const view = new DataView(buf);
  let o = 0;
  for (let i = 0; i < MAGIC.length; i++) bytes[o++] = MAGIC.charCodeAt(i);
  view.setUint32(o, headerBytes.length, true);
  o += 4;
  bytes.set(headerBytes, o);
  o += headerBytes.length;
  for (const { chain, scale } of scaled) {
    for (const k of chain.keys) {
      view.setInt32(o, k, true);
      o += 4;
    }
    for (const w of chain.weights) {
      view.setInt16(o, Math.round(w / scale), true);
      o += 2;
    }
    for (const arr of [chain.transitions.trans, chain.transitions.start, chain.transitions.end]) {
      for (const v of arr) {
        view.setFloat32(o, v, true);
        o += 4;
      }
    }
  }
  return bytes;
}

function stageBytes(rows: number, n: number): number {
  return rows * 4 + rows * n * 2 + (n * n + 2 * n) * 4;
}

export function decodeModel(bytes: Uint8Array, lexicon: Lexicon, source = 'model'): NerModel {
  const bad = (found: string): EntenteError =>
    new EntenteError('BAD_INPUT', `${source}: expected an Entente NER model (${MAGIC}), found ${found}`, { file: source });
  if (bytes.length < 12) throw bad(`${bytes.length} bytes`);
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (magic !== MAGIC) throw bad(JSON.stringify(magic));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = view.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as Header;
  const n = header.tags.length;
  let o = 12 + hlen;
  const expected = o + header.stages.reduce((a, st) => a + stageBytes(st.rows, n), 0);
  if (bytes.length !== expected) throw bad(`${bytes.length} bytes where the header promises ${expected}`);
  const f32 = (len: number): Float32Array => {
    const a = new Float32Array(len);
    for (let i = 0; i < len; i++, o += 4) a[i] = view.getFloat32(o, true);
    return a;
  };
  const stages: LinearChain[] = header.stages.map(({ rows, scale }) => {
    const keys = new Int32Array(rows);
    for (let r = 0; r < rows; r++, o += 4) keys[r] = view.getInt32(o, true);
    const weights = new Float32Array(rows * n);
    for (let i = 0; i < weights.length; i++, o += 2) weights[i] = view.getInt16(o, true) * scale;
    const trans = f32(n * n);
    const start = f32(n);
    const end = f32(n);
    return { keys, weights, transitions: { n, trans, start, end } };
  });
  return { scheme: header.scheme, tags: header.tags, stages, lexicon, meta: header.meta };
}

/** One line a word: word, cluster ids (coarse to fine, -1 for none), cap bucket, frequency bucket. */
export function encodeLexicon(lexicon: Lexicon): string {
  const words = [...lexicon.keys()].sort();
  const lines = words.map((w) => {
    const e = lexicon.get(w)!;
    return [w, ...e.clusters, e.capBucket, e.freqBucket].join('\t');
  });
  return `${lines.join('\n')}\n`;
}

export function decodeLexicon(text: string, source = 'lexicon'): Map<string, LexiconEntry> {
  const lex = new Map<string, LexiconEntry>();
  for (const [i, line] of text.split('\n').entries()) {
    if (line === '') continue;
    const [word, ...rest] = line.split('\t');
    const nums = rest.map(Number);
    // The last two columns are the buckets; a line with fewer than two numbers lacks freqBucket.
    const [capBucket, freqBucket] = nums.slice(-2);
    if (word === undefined || capBucket === undefined || freqBucket === undefined || nums.some((x) => !Number.isInteger(x))) {
      throw new EntenteError('BAD_ROW', `${source}:${i + 1}: expected a word and integer columns, found ${JSON.stringify(line.slice(0, 80))}`, {
        file: source,
        line: i + 1,
      });
    }
    lex.set(word, { clusters: nums.slice(0, -2), capBucket, freqBucket });
  }
  return lex;
}
