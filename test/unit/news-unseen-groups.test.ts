import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { stateEntity as state } from './state-entity.js';

/**
 * The rows written after reading real Indian news for the groups and officers it names with no name (issue 13): police
 * ranks alone, "sp" as a rank only in a rank's context, "the state" as its government when it acts, the things that
 * are no actor ("form the government", "teachers' constituency"), and "the outfit" never a group of common words. Each
 * pinned by an invented sentence (the criminals', armed men's and radicals' rows by their own examples in
 * news-domestic-groups.test.ts).
 */
const graph = createNewsGraph({ entities: [state('IND', 'India', 'Indian')], facts: [] });

function read(text: string) {
  const article = finishArticle({ text, title: null, published: '2002-03-04' } as never, '2002-03-04' as IsoDate);
  return analyze(article, { graph, coder: noEventCoder }).actors;
}
/** [words, CAMEO code, rule] of the actors, in order. */
const coded = (text: string) => read(text).map((a) => [a.text, a.cameo, a.ruleId.replace(/^domestic\.body-at-home\+/, '')] as const);

test('body.police-chief: a police rank with no name after it is the home police; with a name, the person is', () => {
  assert.deepEqual(coded('kanpur: the ssp and the dgp reached the spot in uttar pradesh.').slice(0, 2), [
    ['ssp', 'INDCOP', 'body.police-chief'],
    ['dgp', 'INDCOP', 'body.police-chief'],
  ]);
  const named = read('kanpur: city police chief mohan lal verma said the curfew would stay in uttar pradesh.');
  assert.deepEqual(
    named.map((a) => [a.text, a.cameo]),
    [['mohan lal verma', 'INDCOP']],
  );
});

test('body.police-rank-the: "the dig" is the deputy inspector general, "a dig at" a jibe', () => {
  assert.deepEqual(coded('kanpur: the dig maintained that the raid was legal in uttar pradesh.')[0], ['dig', 'INDCOP', 'body.police-rank-the']);
  assert.deepEqual(
    read('kanpur: the leader took a dig at the rivals in uttar pradesh.').filter((a) => a.text === 'dig'),
    [],
  );
});

test('body.police-sp: "sp" is a superintendent after a rank word or before a wing, never "the sp" of a party', () => {
  const police = coded('kanpur: the railway sp said two men were held. the sp (rural) added that the road was open in uttar pradesh.');
  assert.deepEqual(
    police.filter((a) => a[0] === 'sp'),
    [
      ['sp', 'INDCOP', 'body.police-sp'],
      ['sp', 'INDCOP', 'body.police-sp'],
    ],
  );
  const party = read('lucknow: the sp walked out of the house. sp chief ram lal yadav and the railway sp mla spoke. ram (sp) objected in uttar pradesh.');
  assert.equal(party.filter((a) => a.cameo === 'INDCOP').length, 0, JSON.stringify(party.map((a) => [a.text, a.cameo])));
});

test('body.police-officers: "police officials" are the police, one actor, not the police beside the government’s officials', () => {
  assert.deepEqual(coded('kanpur: senior police officials said the curfew would stay in uttar pradesh.'), [
    ['senior police officials', 'INDCOP', 'body.police-officers'],
  ]);
});

test('body.state-acting: "the state" that fails, pays or decides is the government; "in the state" is a place', () => {
  const acting = coded('patna: the state has failed the weavers and the state will pay them in bihar.');
  assert.deepEqual(
    acting.filter((a) => a[0] === 'state'),
    [
      ['state', 'INDGOV', 'body.state-acting'],
      ['state', 'INDGOV', 'body.state-acting'],
    ],
  );
  for (const place of ['patna: peace in the state has returned to bihar.', 'patna: the state has been tense since the bihar floods.'])
    assert.deepEqual(
      read(place).filter((a) => a.text === 'state'),
      [],
      place,
    );
});

test('body.government notObjectOf: "form the government" is a thing made, no actor; the government that acts still is', () => {
  assert.deepEqual(
    read('patna: the front staked claim to form the government in bihar.').filter((a) => a.text === 'government'),
    [],
  );
  assert.deepEqual(coded('patna: the government announced relief in bihar.')[0], ['government', 'INDGOV', 'body.government']);
});

test("BODY_NOT_BEFORE through a possessive: the teachers' constituency is an electorate, not teachers", () => {
  assert.deepEqual(
    read("patna: he won the teachers' constituency seat in bihar.").filter((a) => a.text === 'teachers'),
    [],
  );
});

test('coref.named-body-only: "the outfit" and "the organisation" are the body named before, never miscreants or a crowd', () => {
  const actors = read(
    'kanpur: the river sangh held a meeting. later, miscreants torched a bus. the outfit denied a hand in it and the organisation sought a probe in uttar pradesh.',
  );
  const sangh = actors.find((a) => a.text === 'river sangh');
  const outfit = actors.find((a) => a.text === 'the outfit');
  assert.ok(outfit, JSON.stringify(actors.map((a) => [a.text, a.cameo, a.ruleId])));
  assert.notEqual(outfit.cameo, 'INDCRM');
  assert.equal(outfit.refersTo, sangh?.start ?? outfit.refersTo);
  assert.notEqual(actors.find((a) => a.text === 'the organisation')?.cameo, 'INDCRM');
});

test('BODY_NOT_BEFORE through a bare apostrophe only: "the court\'s order" is still the court\'s', () => {
  assert.deepEqual(coded("patna: the high court's order was welcomed in bihar.")[0], ['high court', 'INDJUD', 'body.court']);
});

test('body.group-label: a group named as a label in quotes is no one; "as" as a conjunction leaves the group acting', () => {
  assert.deepEqual(
    read('kanpur: the seer attacked the river sangh as "anti-social elements" in uttar pradesh.').filter((a) => a.text === 'anti-social elements'),
    [],
  );
  assert.deepEqual(coded('kanpur: as rioters torched shops in uttar pradesh, the police fired.')[0], ['rioters', 'INDCVL', 'body.crowd']);
});

test('body.title-predicate: an officer\'s title as a predicate ("his rank as igp", "he is a police officer") is no one', () => {
  const actors = read('kanpur: he showed his rank as igp. the crowd thought he is a senior police official in uttar pradesh.');
  assert.deepEqual(
    actors.filter((a) => a.cameo === 'INDCOP').map((a) => a.text),
    [],
  );
});
