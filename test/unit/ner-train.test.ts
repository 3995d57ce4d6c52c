import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { readConll } from '../../src/extract/ner/conll.js';
import { scoreEntities } from '../../src/extract/ner/evaluate.js';
import { FeatureTable } from '../../src/extract/ner/feature-table.js';
import { paddedInfos, tokenFeatures } from '../../src/extract/ner/features.js';
import { encodeModel } from '../../src/extract/ner/model.js';
import { NerTagger } from '../../src/extract/ner/tagger.js';
import { trainNer } from '../../src/extract/ner/train.js';
import { viterbi } from '../../src/extract/ner/viterbi.js';
import { buildLexicon } from '../../src/extract/ner/clusters.js';

const fixture = readConll(readFileSync(new URL('../fixtures/ner/tiny.conll', import.meta.url), 'utf8'), 'tiny.conll');
const sentences = fixture.sentences.map((s) => ({ tokens: s.tokens, tags: s.lastColumn }));

test('training on a tiny corpus learns it, in both schemes', () => {
  for (const scheme of ['BILOU', 'BIO'] as const) {
    const tagger = new NerTagger(trainNer(sentences, { scheme, epochs: 10, seed: 7 }));
    const predicted = sentences.map((s) => tagger.tagTokens(s.tokens));
    assert.equal(scoreEntities(sentences.map((s) => s.tags), predicted).overall.f1, 1, scheme);
    // Known names in a new arrangement.
    assert.deepEqual(tagger.tagTokens(['John', 'Smith', 'arrived', 'in', 'Madrid', '.']), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  }
});

test('training is deterministic for a seed', () => {
  const lexicon = buildLexicon(sentences.map((s) => s.tokens), [], { seed: 3, levels: [4, 8], minCount: 2 });
  const a = encodeModel(trainNer(sentences, { epochs: 3, seed: 3, lexicon }));
  const b = encodeModel(trainNer(sentences, { epochs: 3, seed: 3, lexicon }));
  assert.deepEqual(a, b);
});

test("the tagger's per-word cache scores exactly what training scored", () => {
  const model = trainNer(sentences, { epochs: 5, seed: 1 });
  const tagger = new NerTagger(model);
  const table = new FeatureTable(model.keys);
  const n = model.tags.length;
  for (const s of [...sentences.map((x) => x.tokens), ['Unseen', 'Words', 'in', 'Nowhere', 'Land']]) {
    const padded = paddedInfos(s, model.lexicon);
    const emit = new Float32Array(s.length * n);
    s.forEach((_, i) => {
      const f: number[] = [];
      tokenFeatures(padded, i, undefined, f);
      for (const h of f) {
        const r = table.row(h);
        if (r >= 0) for (let j = 0; j < n; j++) emit[i * n + j] += model.weights[r * n + j];
      }
    });
    const out = new Int32Array(s.length);
    viterbi(emit, s.length, model.transitions, out, new Int32Array(s.length * n));
    assert.deepEqual(tagger.tagIndices(s), out, s.join(' '));
  }
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
