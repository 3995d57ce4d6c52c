import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EntenteError } from '../../src/core/errors.js';
import { buildLexicon } from '../../src/extract/ner/clusters.js';
import { readConll } from '../../src/extract/ner/conll.js';
import { decodeLexicon, decodeModel, encodeLexicon, encodeModel, pruneModel } from '../../src/extract/ner/model.js';
import { loadNerModel, saveNerModel } from '../../src/pipeline/ner-model-file.js';
import { NerTagger } from '../../src/extract/ner/tagger.js';
import { trainNer } from '../../src/extract/ner/train.js';

const fixture = readConll(readFileSync(new URL('../fixtures/ner/tiny.conll', import.meta.url), 'utf8'), 'tiny.conll');
const sentences = fixture.sentences.map((s, i) => ({ tokens: s.tokens, tags: s.lastColumn, doc: i % 4 }));
const lexicon = buildLexicon(
  sentences.map((s) => s.tokens),
  [],
  { seed: 1, levels: [4, 8], minCount: 2 },
);
const model = { ...trainNer(sentences, { epochs: 8, seed: 5, lexicon, folds: 2 }), meta: { seed: 5, note: 'fixture' } };

test('model bytes round-trip: same keys, transitions, meta; weights within one quantization step', () => {
  const back = decodeModel(encodeModel(model), model.lexicon);
  assert.equal(back.stages.length, 2);
  assert.deepEqual(back.tags, model.tags);
  assert.deepEqual(back.meta, model.meta);
  model.stages.forEach((chain, s) => {
    assert.deepEqual(back.stages[s].keys, chain.keys);
    assert.deepEqual(back.stages[s].transitions, chain.transitions);
    let max = 0;
    for (const w of chain.weights) max = Math.max(max, Math.abs(w));
    chain.weights.forEach((w, i) => assert.ok(Math.abs(w - back.stages[s].weights[i]) <= max / 32767, `weight ${i}`));
  });
  const a = new NerTagger(model);
  const b = new NerTagger(back);
  assert.deepEqual(b.tagDocument(sentences.map((s) => s.tokens)), a.tagDocument(sentences.map((s) => s.tokens)));
});

test('lexicon text round-trips', () => {
  assert.deepEqual(decodeLexicon(encodeLexicon(lexicon)), lexicon);
  assert.throws(
    () => decodeLexicon('paris\t1\t2\t3\t4\nrome\tx\n', 'lex.tsv'),
    (e: unknown) => e instanceof EntenteError && e.code === 'BAD_ROW' && e.details.line === 2,
  );
});

test('pruning drops rows with only tiny weights', () => {
  const pruned = pruneModel(model, 0.5);
  pruned.stages.forEach((chain, s) => {
    assert.ok(chain.keys.length < model.stages[s].keys.length);
    assert.equal(chain.weights.length, chain.keys.length * model.tags.length);
  });
});

test('save and load a model folder; a wrong file is a BAD_INPUT error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-'));
  try {
    const sizes = saveNerModel(model, dir, { seed: 5 });
    assert.ok(sizes['model.bin.gz'] > 0 && sizes['lexicon.tsv.gz'] > 0);
    assert.equal(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')).seed, 5);
    const loaded = loadNerModel(dir);
    assert.deepEqual(
      loaded.stages.map((c) => c.keys),
      model.stages.map((c) => c.keys),
    );
    assert.deepEqual(loaded.lexicon, model.lexicon);
    writeFileSync(join(dir, 'model.bin.gz'), 'not gzip');
    assert.throws(() => loadNerModel(dir));
    assert.throws(
      () => decodeModel(new TextEncoder().encode('NOTAMODEL...'), lexicon),
      (e: unknown) => e instanceof EntenteError && e.code === 'BAD_INPUT',
    );
    assert.throws(
      () => loadNerModel(join(dir, 'missing')),
      (e: unknown) => e instanceof EntenteError && e.code === 'BAD_INPUT',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
