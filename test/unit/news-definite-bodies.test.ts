import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { DEFINITE_BODIES } from '../../src/extract/rules/definite-bodies.js';
import { stateEntity as state } from './state-entity.js';

/** Invented sentences only; the parties are India's of data/curated/parties.json, the other bodies invented names. */
const graph = createNewsGraph({ entities: [state('IND', 'India', 'Indian')], facts: [] });

function read(text: string) {
  const article = finishArticle({ text, title: null, published: '2002-03-04' } as never, '2002-03-04' as IsoDate);
  return analyze(article, { graph, coder: noEventCoder }).actors;
}
const at = (text: string, word: string, nth = 1) => {
  let from = -1;
  for (let k = 0; k < nth; k++) from = text.indexOf(word, from + 1);
  return read(text).find((a) => a.start === from);
};

test('definite bodies: every row has an id, an example and a reason', () => {
  for (const r of DEFINITE_BODIES) {
    assert.match(r.id, /^coref\.definite-/);
    assert.ok(r.example.length > 0 && r.reason.length > 0 && r.words.length > 0);
  }
});

test('coref.definite-party: "the party" is the party named before, not a body of another kind named since', () => {
  const text = 'patna: the bjp on friday demanded a judicial probe. the river law board met later. the party alleged that the police fired first.';
  const party = at(text, 'the party');
  assert.equal(party?.id, 'party:IND-BJP');
  assert.equal(party?.ruleId, 'coref.definite-party');
  assert.equal(party?.refersTo, text.indexOf('bjp'));
  // A party whose name holds no "party": by its role.
  const congress = 'patna: the congress held a rally. the party alleged that the officials had lied.';
  assert.equal(at(congress, 'the party')?.id, 'party:IND-INC');
  // No party named: no link (a board is no party).
  const none = 'patna: the river law board met. the party alleged that the officials had lied.';
  assert.equal(at(none, 'the party'), undefined);
  // "the party workers": the workers, not the party.
  const workers = 'patna: the bjp held a rally. the party workers shouted slogans.';
  assert.equal(at(workers, 'the party'), undefined);
});

test('coref.definite-board and -committee: the body of the kind named before, never one of another kind', () => {
  const text = 'patna: the river law board met on sunday. the bjp held a rally. the board demanded that the government act.';
  const board = at(text, 'the board');
  assert.equal(board?.id, 'org:river-law-board');
  assert.equal(board?.ruleId, 'coref.definite-board');
  const committee = 'patna: the old bridge action committee met. the bjp held a rally. the committee warned of a strike.';
  assert.equal(at(committee, 'the committee')?.ruleId, 'coref.definite-committee');
  // A trust named in Hindi, then in English.
  const trust = 'patna: the ram temple nyas met on sunday. the land would go to the trust, the mahant said.';
  assert.equal(at(trust, 'the trust')?.id, 'org:ram-temple-nyas');
  // Too far back (more than five sentences): no link.
  const far = [
    'patna: the river law board met.',
    'it rained on monday.',
    'the shops were shut.',
    'the roads were empty.',
    'the schools were closed.',
    'the trains ran late.',
    'the buses did not run.',
    'the board demanded a probe.',
  ].join(' ');
  assert.equal(at(far, 'the board'), undefined);
});

test('coref.definite-outfit: "the outfit" is the latest organization named, not a state body', () => {
  const text = 'patna: the congress met. the vhp said it would go on. the outfit said it would hold a rally.';
  assert.equal(at(text, 'the outfit')?.id, 'party:IND-VHP');
});

test('person.title-name.apposition-place: a title held in a place, a comma, then a name is the holder', () => {
  const text = 'surat: the joint secretary of vhp in gujarat, ramesh kantilal, said the march would go on.';
  const p = at(text, 'ramesh kantilal');
  assert.equal(p?.type, 'person');
  assert.equal(p?.cameo, 'INDHIN');
  assert.equal(p?.ruleId, 'person.title-name');
  // No title before the place: no person.
  const none = 'surat: the riots in gujarat, ramesh kantilal said, were planned.';
  assert.equal(at(none, 'ramesh kantilal'), undefined);
});

test('person.title-name.apposition-opening: a title opening the sentence, a comma, then a name is the holder', () => {
  const text = 'surat: general secretary of the state congress, ramesh kantilal, has demanded a probe.';
  const p = at(text, 'ramesh kantilal');
  assert.equal(p?.type, 'person');
  assert.equal(p?.cameo, 'INDOPPPTY');
  // Mid-sentence with no determiner before the title: not set off as an apposition.
  const mid = 'surat: they met general secretary of the state congress, ramesh kantilal, and left.';
  assert.notEqual(at(mid, 'ramesh kantilal')?.role, 'general secretary of the state congress');
});

test('coref.definite-alliance: "the alliance" is a body named as an alliance, not the last party named', () => {
  const text = 'patna: the nda met on monday. the bjp chief spoke. there was friction within the alliance on the bill.';
  assert.equal(at(text, 'the alliance')?.id, 'party:IND-NDA');
});
