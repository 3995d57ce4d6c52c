import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor, Sentence } from '../../src/extract/analysis.js';
import { loadNerTagger } from '../../src/pipeline/ner-gazetteer-file.js';
import { emptyDraft, type Draft } from '../../src/extract/stage.js';
import { unknownActorsStage, type DocumentTagger } from '../../src/extract/unknown-actors.js';

function sentence(text: string, index = 0, offset = 0): Sentence {
  const tokens = [...text.matchAll(/\w+(?:[-']\w+)*|[^\s\w]/g)].map((m) => ({
    text: m[0],
    start: offset + m.index!,
    end: offset + m.index! + m[0].length,
    pos: 'X',
    lemma: m[0].toLowerCase(),
  }));
  return { index, text, start: offset, end: offset + text.length, tokens };
}

function draft(text: string, actors: Actor[] = []): Draft {
  const article = { id: 'a1', title: null, authors: [], published: '2020-01-01' as never, dateEstimated: false, url: null, captions: [], text, warnings: [] };
  return { ...emptyDraft(article), sentences: [sentence(text)], actors };
}

/** Tags from a table: the test says which words the recognizer marks, so the stage alone is under test. */
function fakeTagger(tags: Record<string, string>): DocumentTagger {
  return { tagDocument: (sentences) => sentences.map((s) => s.map((w) => tags[w] ?? 'O')) };
}

const known: Actor = {
  text: 'Russia',
  start: 0,
  end: 6,
  sentence: 0,
  id: 'RUS',
  type: 'state',
  role: null,
  name: 'Russia',
  state: 'RUS',
  cameo: 'RUS',
  refersTo: null,
  confidence: 0.95,
  ruleId: 'actor.state.name',
};

const rows: Array<[string, Record<string, string>, Array<[string, string, string]>]> = [
  [
    'Russia hired Anna Volkova of Baltic Analytics.',
    { Anna: 'B-PER', Volkova: 'I-PER', Baltic: 'B-ORG', Analytics: 'I-ORG' },
    [
      ['Anna Volkova', 'candidate:person:anna-volkova', 'person'],
      ['Baltic Analytics', 'candidate:organization:baltic-analytics', 'organization'],
    ],
  ],
  ['Russia met them in Upper Vale.', { Upper: 'B-LOC', Vale: 'L-LOC' }, [['Upper Vale', 'candidate:place:upper-vale', 'place']]],
  ['Russia and Soviet veterans.', { Soviet: 'U-MISC' }, []],
  ['Russia spoke.', { Russia: 'U-LOC' }, []],
];
for (const [text, tags, expected] of rows) {
  test(`unknown actors: ${text}`, () => {
    const out = unknownActorsStage(fakeTagger(tags)).run(draft(text, [known]), {} as never);
    const found = out.actors.filter((a) => a.ruleId.startsWith('actor.ner')).map((a) => [a.text, a.id, a.type]);
    assert.deepEqual(found, expected);
    assert.ok(out.actors.includes(known), 'actors found by dictionaries stay');
  });
}

test('a later surname refers back to the person already found', () => {
  const text = 'Anna Volkova spoke. Volkova left.';
  const d = { ...draft(text), sentences: [sentence('Anna Volkova spoke.'), sentence('Volkova left.', 1, 20)] };
  const out = unknownActorsStage(fakeTagger({ Anna: 'B-PER', Volkova: 'I-PER' })).run(d, {} as never);
  const second = out.actors.find((a) => a.start === 20)!;
  assert.equal(second.id, 'candidate:person:anna-volkova');
  assert.equal(second.refersTo, 0);
});

test('the committed model finds a person and an organization no dictionary has', () => {
  const text = 'Igor Petrenko, editor of the Northern Shield magazine, said on Monday.';
  const out = unknownActorsStage(loadNerTagger()).run(draft(text), {} as never);
  const byType = Object.fromEntries(out.actors.map((a) => [a.type, a.text]));
  assert.equal(byType.person, 'Igor Petrenko');
  assert.match(byType.organization ?? '', /Northern Shield/);
});

test('lower-cased text is not given to the recognizer, which reads capitals', () => {
  const tagger = fakeTagger({ anna: 'B-PER', volkova: 'I-PER' });
  let asked = 0;
  const counting: DocumentTagger = { tagDocument: (s) => (asked++, tagger.tagDocument(s)) };
  const text = 'police said anna volkova was held on monday. the court heard the case. she was released. the family thanked the lawyers.';
  const out = unknownActorsStage(counting).run(draft(text), {} as never);
  assert.equal(asked, 0);
  assert.deepEqual(out.actors, []);
  const cased = unknownActorsStage(counting).run(draft('Police said anna volkova was held on Monday. The court heard it. She was released.'), {} as never);
  assert.equal(asked, 1);
  assert.ok(cased.actors.some((a) => a.text === 'anna volkova'));
});
