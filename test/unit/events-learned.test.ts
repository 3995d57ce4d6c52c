import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  classify,
  codeSentenceLearned,
  compileDictionaries,
  explainText,
  formatExplanation,
  grammarTable,
  LEARNED_MODES,
  learnedTypes,
  tokenizeSentences,
  trainEventTypes,
  type EventTypeModel,
  type LearnedTypes,
} from '../../src/extract/events/index.js';
import { features } from '../../src/extract/events/sentence-classifier.js';
import { loadEventDictionaries } from '../../src/pipeline/dictionary-files.js';
import { learnedEventsOn } from '../../src/pipeline/event-coder-adapter.js';
import { loadEventTypeModel, saveEventTypeModel } from '../../src/pipeline/event-classifier-file.js';

// Invented sentences: each type has its own words, the shared words ("the", "on Monday") carry no type.
const TRAIN = [
  ['Rebels shelled the village on Monday.', 'ASSAULT'],
  ['Troops bombed the town and shelled its outskirts.', 'ASSAULT'],
  ['Gunmen zorbed a market on Monday.', 'ASSAULT'],
  ['Rebels zorbed the camp.', 'ASSAULT'],
  ['Militias bombed the bridge.', 'ASSAULT'],
  ['The ministers held talks on Monday.', 'CONSULT'],
  ['The envoys met and held talks in the capital.', 'CONSULT'],
  ['Leaders met for talks on trade.', 'CONSULT'],
  ['The two presidents met on Monday.', 'CONSULT'],
  ['Thousands marched and chanted slogans on Monday.', 'PROTEST'],
  ['Students marched through the capital chanting.', 'PROTEST'],
  ['Workers chanted outside the ministry.', 'PROTEST'],
  ['Crowds marched to the parliament.', 'PROTEST'],
].map(([text, label]) => ({ text: text!, label: label! }));

const model = trainEventTypes(TRAIN, { epochs: 30, seed: 3, rate: 1, minCount: 1, prune: 0 });

test('features are the lower-cased words and their adjacent pairs, numbers as 0', () => {
  assert.deepEqual(features('Troops shelled 12 towns'), ['troops', 'shelled', '0', 'towns', 'troops_shelled', 'shelled_0', '0_towns']);
});

test('the classifier learns invented types and reads them in new sentences', () => {
  for (const [text, label] of [
    ['Soldiers shelled a camp.', 'ASSAULT'],
    ['The foreign ministers met for talks.', 'CONSULT'],
    ['Farmers marched and chanted.', 'PROTEST'],
  ] as const) {
    const ranked = classify(model, text);
    assert.equal(ranked[0]!.label, label, text);
    assert.ok(Math.abs(ranked.reduce((a, r) => a + r.p, 0) - 1) < 1e-9, 'probabilities sum to 1');
  }
  // A sentence of no type's words is read with no confidence.
  assert.ok(classify(model, 'The weather was mild.')[0]!.p < 0.6);
});

test('training is deterministic for a seed, and balance lifts a rare class', () => {
  assert.deepEqual(trainEventTypes(TRAIN, { seed: 9, minCount: 1 }), trainEventTypes(TRAIN, { seed: 9, minCount: 1 }));
  const skewed = [...TRAIN, ...Array.from({ length: 24 }, (_, i) => ({ text: `Talks were held in round ${i}.`, label: 'CONSULT' }))];
  const p = (balance: boolean): number =>
    classify(trainEventTypes(skewed, { seed: 1, minCount: 1, prune: 0, balance }), 'Rebels fired.').find((r) => r.label === 'ASSAULT')!.p;
  assert.ok(p(true) > p(false));
  assert.throws(() => trainEventTypes([]), /expected labelled texts, found none/);
});

test('the model file round-trips, and a bad one is refused with what was expected', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-learned-'));
  try {
    const file = join(dir, 'model.json');
    saveEventTypeModel(model, file, { seed: 3 });
    const back = loadEventTypeModel(file);
    assert.deepEqual(back.classes, model.classes);
    assert.deepEqual(classify(back, 'Rebels shelled the camp.'), classify(model, 'Rebels shelled the camp.'));
    writeFileSync(file, JSON.stringify({ classes: ['A', 'B'], weights: { x: [1] } }));
    assert.throws(() => loadEventTypeModel(file), /expected \{ classes: string\[\], weights/);
    assert.throws(() => loadEventTypeModel(join(dir, 'none.json')), /npm run train:events/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the learned event is added only where the grammar coded none, an actor is known and the classifier is sure', () => {
  const dicts = loadEventDictionaries();
  const d = compileDictionaries(dicts);
  const sure: EventTypeModel = model;
  const learned = learnedTypes(sure, dicts.cameo, 0.5);
  const code = (text: string, l: LearnedTypes | null = learned): string[] =>
    tokenizeSentences(text).flatMap((s) =>
      codeSentenceLearned({ text: s.text, tokens: s.tokens, date: '2020-01-01' }, d, l ?? undefined).map(
        (e) => `${e.source} ${e.cameo} ${e.target} ${e.ruleId}`,
      ),
    );
  // No dictionary verb ("zorbed" is an invented one): the classifier's ASSAULT, base code 180, between the two actors.
  assert.deepEqual(code('Syrian rebels zorbed a Turkish village.'), ['SYRREB 180 TURCVL learned.type-add']);
  // Off, or unsure, or no known actor: nothing.
  assert.deepEqual(code('Syrian rebels zorbed a Turkish village.', null), []);
  const p = classify(sure, 'Syrian rebels zorbed a Turkish village.')[0]!.p;
  assert.deepEqual(code('Syrian rebels zorbed a Turkish village.', learnedTypes(sure, dicts.cameo, p + 1e-9)), []);
  assert.equal(code('Syrian rebels zorbed a Turkish village.', learnedTypes(sure, dicts.cameo, p - 1e-9)).length, 1);
  assert.deepEqual(code('Some rebels zorbed a village.'), []);
  // The grammar's own event stays as it is.
  assert.deepEqual(
    code('France condemned Syria.').map((e) => e.split(' ')[3]),
    ['cameo2:BLAME'],
  );
});

test('--explain names the learned event and why, over the sentence it is in', () => {
  const dicts = loadEventDictionaries();
  const d = compileDictionaries(dicts);
  const text = 'France condemned Syria. Syrian rebels zorbed a Turkish village.';
  const explained = explainText(text, '2020-01-01', d, {}, learnedTypes(model, dicts.cameo, 0.5));
  assert.deepEqual(
    explained.map((s) => s.events.map((e) => `${e.source} ${e.cameo} ${e.target}`)),
    [['FRA 111 SYR'], ['SYRREB 180 TURCVL']],
  );
  const lines = formatExplanation(text, explained, grammarTable(dicts.additions), d);
  assert.ok(
    lines.includes('    fired learned.type-add: no dictionary verb coded an event here; the sentence classifier read this PLOVER type with high confidence'),
    lines.join('\n'),
  );
});

test('ENTENTE_LEARNED_EVENTS is on by default, off when said, and refuses anything else', () => {
  assert.equal(learnedEventsOn(undefined), true);
  assert.equal(learnedEventsOn('on'), true);
  assert.equal(learnedEventsOn('off'), false);
  assert.throws(() => learnedEventsOn('yes'), /expected "on" or "off", found "yes"/);
});

test('an ACCUSE the classifier adds takes the mode its words name: an inquiry is 090, a petition 115, else 110', () => {
  const dicts = loadEventDictionaries();
  const d = compileDictionaries(dicts);
  const accuse = trainEventTypes(
    [
      ['Officials launched an inquiry into the deaths.', 'ACCUSE'],
      ['The union filed a petition against the company.', 'ACCUSE'],
      ['Leaders zorbled the government over the deaths.', 'ACCUSE'],
      ['The ministers held talks on Monday.', 'CONSULT'],
      ['The envoys met and held talks in the capital.', 'CONSULT'],
    ].map(([text, label]) => ({ text: text!, label: label! })),
    { epochs: 30, seed: 3, rate: 1, minCount: 1, prune: 0 },
  );
  const learned = learnedTypes(accuse, dicts.cameo, 0.5);
  const code = (text: string): string[] =>
    tokenizeSentences(text).flatMap((s) =>
      codeSentenceLearned({ text: s.text, tokens: s.tokens, date: '2020-01-01' }, d, learned).map(
        (e) => `${e.source} ${e.cameo} ${e.target} ${e.rules.join(' ')}`,
      ),
    );
  for (const m of LEARNED_MODES) assert.ok(m.example && m.reason && m.words.size > 0, m.id);
  // "zorbed", "zorbled": invented verbs, so that no dictionary verb codes the sentence and the classifier is asked.
  assert.deepEqual(code('Chadian officials zorbed an inquiry into the deaths of Sudanese students.'), [
    'TCDGOV 090 SDNEDU learned.type-add learned.mode-investigate',
  ]);
  assert.deepEqual(code('A Chadian union filed a petition against the Sudanese company.'), ['TCD 115 SDNBUS learned.type-add learned.mode-lawsuit']);
  assert.deepEqual(code('Chadian leaders zorbled the Sudanese government over the deaths.'), ['TCDGOV 110 SDNGOV learned.type-add']);
});
