import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readConll } from '../../src/extract/ner/conll.js';
import { scoreEntities } from '../../src/extract/ner/evaluate.js';
import { FeatureTable } from '../../src/extract/ner/feature-table.js';
import { WINDOW, isHeadline, paddedInfos, tokenFeatures } from '../../src/extract/ner/features.js';
import { encodeModel } from '../../src/extract/ner/model.js';
import { NerTagger } from '../../src/extract/ner/tagger.js';
import { trainNer } from '../../src/extract/ner/train.js';
import { decodeHashed } from '../../src/extract/ner/linear-chain.js';
import { DocumentMemory, tagTable } from '../../src/extract/ner/document-features.js';
import { buildLexicon } from '../../src/extract/ner/clusters.js';

const fixture = readConll(readFileSync(new URL('../fixtures/ner/tiny.conll', import.meta.url), 'utf8'), 'tiny.conll');
const sentences = fixture.sentences.map((s, i) => ({ tokens: s.tokens, tags: s.lastColumn, doc: i % 4 }));

test('training on a tiny corpus learns it, in both schemes', () => {
  for (const scheme of ['BILOU', 'BIO'] as const) {
    const tagger = new NerTagger(trainNer(sentences, { scheme, epochs: 10, seed: 7, stages: 1 }));
    const predicted = sentences.map((s) => tagger.tagTokens(s.tokens));
    assert.equal(
      scoreEntities(
        sentences.map((s) => s.tags),
        predicted,
      ).overall.f1,
      1,
      scheme,
    );
    // Known names in a new arrangement.
    assert.deepEqual(tagger.tagTokens(['John', 'Smith', 'arrived', 'in', 'Madrid', '.']), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  }
});

test('training is deterministic for a seed', () => {
  const lexicon = buildLexicon(
    sentences.map((s) => s.tokens),
    [],
    { seed: 3, levels: [4, 8], minCount: 2 },
  );
  const a = encodeModel(trainNer(sentences, { epochs: 3, seed: 3, lexicon, folds: 2 }));
  const b = encodeModel(trainNer(sentences, { epochs: 3, seed: 3, lexicon, folds: 2 }));
  assert.deepEqual(a, b);
});

test("the tagger's per-word cache scores exactly what training scored, in both stages", () => {
  const model = trainNer(sentences, { epochs: 5, seed: 1, folds: 2 });
  const tagger = new NerTagger(model);
  const [stage1, stage2] = model.stages;
  assert.ok(stage1 && stage2, 'two stages');
  const one = new FeatureTable(stage1.keys);
  const two = new FeatureTable(stage2.keys);
  const doc = [...sentences.map((x) => x.tokens), ['Unseen', 'Words', 'in', 'Nowhere', 'Land'], ['POLICE', 'ARREST', 'KOWALSKI', 'IN', 'PARIS']];
  const hashed = doc.map((s) => {
    const padded = paddedInfos(s, model.lexicon);
    const headline = isHeadline(padded);
    const offsets = new Int32Array(s.length + 1);
    const f: number[] = [];
    s.forEach((_, i) => {
      tokenFeatures(padded, i, headline, undefined, f);
      offsets[i + 1] = f.length;
    });
    return { words: padded.slice(WINDOW, padded.length - WINDOW), offsets, hashes: Int32Array.from(f) };
  });
  const firstPass = hashed.map((h) => ({ ...h, first: decodeHashed(stage1, one, h.offsets, h.hashes) }));
  const memory = new DocumentMemory(tagTable(model.tags));
  for (const h of firstPass) memory.add(h.words, h.first);
  const second = firstPass.map((h) => {
    const offsets = new Int32Array(h.offsets.length);
    const f: number[] = [];
    for (let i = 0; i + 1 < h.offsets.length; i++) {
      f.push(...h.hashes.subarray(h.offsets[i], h.offsets[i + 1]));
      memory.features(h.words, h.first, i, f);
      offsets[i + 1] = f.length;
    }
    return decodeHashed(stage2, two, offsets, Int32Array.from(f));
  });
  assert.deepEqual(tagger.tagIndices(doc), second);
  assert.deepEqual(
    new NerTagger({ ...model, stages: [stage1] }).tagIndices(doc),
    firstPass.map((h) => h.first),
  );
});

test('word clusters group words used in the same slots', () => {
  const text: string[][] = [];
  for (const city of ['paris', 'rome', 'oslo', 'cairo']) for (const v of ['arrived', 'lived', 'met']) text.push(['he', v, 'in', city, '.']);
  for (const day of ['monday', 'tuesday', 'friday']) for (const v of ['arrived', 'left']) text.push(['she', v, 'on', day, '.']);
  const lex = buildLexicon([], text, { seed: 1, levels: [2, 3], minCount: 2, iterations: 20 });
  const c = (w: string) => lex.get(w)!.clusters[0];
  assert.equal(c('paris'), c('oslo'));
  assert.equal(c('monday'), c('friday'));
  assert.notEqual(c('paris'), c('monday'));
  assert.equal(lex.get('paris')!.capBucket, -1);
});
