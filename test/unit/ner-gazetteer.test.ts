import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EntenteError } from '../../src/core/errors.js';
import { nameListGazetteer } from '../../src/extract/ner/gazetteer.js';
import { gazetteerNames } from '../../src/extract/ner/gazetteer-names.js';
import { NerTagger } from '../../src/extract/ner/tagger.js';
import { trainNer } from '../../src/extract/ner/train.js';
import { loadNerGazetteer, loadNerTagger, saveNerGazetteer } from '../../src/pipeline/ner-gazetteer-file.js';
import { saveNerModel } from '../../src/pipeline/ner-model-file.js';

// Invented names made of the same syllables, so that only the lists say which are places and which are firms.
const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'dra', 'tus', 'bel', 'qui', 'ron', 'sa', 'fen', 'gol'];
let state = 7;
const pick = (): string => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return SYLLABLES[(state >>> 8) % SYLLABLES.length] ?? '';
};
const word = (): string => {
  const w = pick() + pick() + pick();
  return w.charAt(0).toUpperCase() + w.slice(1);
};
const names = (k: number): string[] => Array.from({ length: k }, (_, i) => (i % 2 ? word() : `${word()} ${word()}`));
const LISTS = { LOC: names(40), ORG: names(40) };
const gazetteer = nameListGazetteer(LISTS);

function sentence(name: string, type: string): { tokens: string[]; tags: string[] } {
  const words = name.split(' ');
  const tokens = ['They', 'spoke', 'of', ...words, 'on', 'Monday', '.'];
  const tags = ['O', 'O', 'O', ...words.map((_, k) => `${k === 0 ? 'B' : 'I'}-${type}`), 'O', 'O', 'O'];
  return { tokens, tags };
}
// Train on the first 30 names of each list; the last 10 of each are never seen in training.
const train = (['LOC', 'ORG'] as const).flatMap((type) => LISTS[type].slice(0, 30).map((n, i) => ({ ...sentence(n, type), doc: i })));
const model = trainNer(train, { epochs: 10, seed: 3, stages: 1, gazetteer });
const unseenRight = (tagger: NerTagger): number =>
  (['LOC', 'ORG'] as const).reduce(
    (a, type) => a + LISTS[type].slice(30).filter((n) => tagger.tagTokens(sentence(n, type).tokens)[3] === `B-${type}`).length,
    0,
  );

test('the gazetteer labels every token of a match, longest and shorter ones, case-insensitively', () => {
  const g = nameListGazetteer({ LOC: ['Tollen Bay', 'Brask'], ORG: ['Ombra Cables Group'] });
  assert.deepEqual(g.labels(['at', 'tollen', 'bay', 'and', 'brask']), [[], ['B-LOC'], ['L-LOC'], [], ['U-LOC']]);
  assert.deepEqual(g.labels(['ombra', 'cables', 'group']), [['B-ORG'], ['I-ORG'], ['L-ORG']]);
  assert.deepEqual(g.labels(['ombra', 'cables']), [[], []]);
});

test('the version is the lists, not their order or case', () => {
  const again = nameListGazetteer({ ORG: [...LISTS.ORG].reverse(), LOC: LISTS.LOC.map((n) => n.toUpperCase()) });
  assert.equal(again.version, gazetteer.version);
  assert.match(gazetteer.version, /^[0-9a-f]{16}$/);
  assert.notEqual(nameListGazetteer({ ...LISTS, PER: ['Ida Brennholt'] }).version, gazetteer.version);
});

test('the gazetteer feature tells unseen names apart in the same words; without it the model guesses', () => {
  assert.ok(unseenRight(new NerTagger(model, { gazetteer })) >= 18);
  assert.ok(unseenRight(new NerTagger(trainNer(train, { epochs: 10, seed: 3, stages: 1 }))) <= 14);
});

test('a model trained with a gazetteer records it and refuses to tag without it or with another', () => {
  assert.equal(model.meta.gazetteer, gazetteer.version);
  const isBadInput = (e: unknown): boolean => e instanceof EntenteError && e.code === 'BAD_INPUT';
  assert.throws(() => new NerTagger(model), isBadInput);
  assert.throws(() => new NerTagger(model, { gazetteer: nameListGazetteer({ LOC: ['Zembla'] }) }), isBadInput);
  const plain = trainNer(train, { epochs: 2, seed: 3, stages: 1 });
  assert.throws(() => new NerTagger(plain, { gazetteer }), isBadInput);
});

test('the model folder carries its gazetteer: loadNerTagger reads both, and a changed list fails to load', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-gaz-'));
  try {
    saveNerModel(model, dir, {});
    saveNerGazetteer(LISTS, dir);
    assert.equal(loadNerGazetteer(dir).version, gazetteer.version);
    assert.ok(unseenRight(loadNerTagger(dir)) >= 18);
    saveNerGazetteer({ ...LISTS, LOC: ['Zembla'] }, dir);
    assert.throws(
      () => loadNerTagger(dir),
      (e: unknown) => e instanceof EntenteError && e.code === 'BAD_INPUT',
    );
    saveNerGazetteer(undefined, dir);
    assert.throws(
      () => loadNerGazetteer(dir),
      (e: unknown) => e instanceof EntenteError && e.code === 'BAD_INPUT',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('name lists from the reference data: offices make persons, a bare country code places, demonyms MISC only', () => {
  const names = gazetteerNames({
    entities: [
      {
        kind: 'state',
        aliases: [
          { text: 'Velmora', lang: 'en', kind: 'name' },
          { text: 'Velmoran', lang: 'en', kind: 'demonym' },
          { text: 'Velmorie', lang: 'fr', kind: 'name' },
        ],
      },
      { kind: 'organization', aliases: [{ text: 'Tollen Bay Council', lang: 'en', kind: 'name' }] },
      { kind: 'person', aliases: [{ text: 'Ida Brennholt', lang: 'en', kind: 'name' }] },
    ],
    homePlaces: { VLM: { 'un-wup-2018': ['Port Calder'], 'ipu-parline': ['Velmoran Diet'] } },
    parties: [{ phrases: ['velmoran unity party'], short: ['vup'] }],
    actors: [
      [['velmora', 'velmoran', 'quillhaven'], ['VLM']],
      [['osric pell'], ['VLMGOV@2001-01-01/2004-12-31']],
      [['halvard freight'], ['MNCVLM']],
      [['cardew falls front'], ['VLMREB']],
    ],
  });
  assert.deepEqual(names, {
    LOC: ['port calder', 'quillhaven', 'velmora'],
    MISC: ['velmoran'],
    ORG: ['cardew falls front', 'halvard freight', 'tollen bay council', 'velmoran diet', 'velmoran unity party', 'vup'],
    PER: ['ida brennholt', 'osric pell'],
  });
});
