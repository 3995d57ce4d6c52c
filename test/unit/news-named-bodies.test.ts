import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { stateEntity as state } from './state-entity.js';

const graph = createNewsGraph({
  entities: [state('IND', 'India', 'Indian'), state('USA', 'United States', 'American')],
  facts: [],
});
const coder = {
  ...noEventCoder,
  groups: [{ id: 'group:al-qaida', name: 'al-Qaida', phrases: ['al qaida', 'al qaeda'], codes: [{ code: 'IMGMUSALQ' }] }],
} as never;

/** The actors of an invented article: [words, CAMEO code, rule] for each. */
function read(text: string, published = '2002-03-04') {
  const article = finishArticle({ text, title: null, published } as never, published as IsoDate);
  const a = analyze(article, { graph, coder });
  return { home: a.home?.country ?? null, actors: a.actors.map((x) => [x.text, x.cameo, x.ruleId] as const) };
}
const find = (r: ReturnType<typeof read>, words: string) => r.actors.find(([t]) => t === words);

test('org.named-body: a head noun after words of a name is an organization of the home state, the head giving the sector', () => {
  const r = read(
    'nagpur: the riverside bridge action committee (rbac) and the kanpur chamber of commerce met in maharashtra. ' +
      'the state power board cut supplies. the rbac said federation of vidarbha traders and the dock workers union would join.',
  );
  assert.equal(r.home, 'IND');
  assert.deepEqual(find(r, 'riverside bridge action committee')?.slice(0, 2), ['riverside bridge action committee', 'INDNGO']);
  assert.deepEqual(find(r, 'kanpur chamber of commerce')?.[1], 'INDBUS');
  assert.deepEqual(find(r, 'state power board')?.[1], 'INDGOV');
  assert.deepEqual(find(r, 'rbac')?.slice(1), ['INDNGO', 'org.named-body.acronym']);
  assert.equal(r.actors.filter(([t]) => t === 'rbac').length, 1, 'the acronym where it is set is no second mention');
  assert.deepEqual(find(r, 'federation of vidarbha traders')?.[1], 'INDBUS');
  assert.deepEqual(find(r, 'dock workers union')?.[1], 'INDLAB');
});

test('org.named-body: no body from a proposed committee, a modifier noun, "in front of" or a body sized by a number ("11-member board")', () => {
  const r = read(
    'pune: they asked for a committee of former judges in maharashtra. the union minister stood in front of the union office. ' +
      'an 11-member board delegation met the collector.',
  );
  assert.deepEqual(
    r.actors.filter(([, , rule]) => rule.startsWith('org.')),
    [],
  );
});

test('org.named-body: a later head whose name takes in a body just found is one body, the whole name', () => {
  const r = read('pune: the riverside peace committee movement trust met the collector in maharashtra.');
  assert.deepEqual(
    r.actors.filter(([, , rule]) => rule.startsWith('org.')).map(([t]) => t),
    ['riverside peace committee movement trust'],
  );
});

test('org.named-body: "the union of india" is no labour union; a union with a name before its head is', () => {
  const r = read('pune: the union of india told the court in maharashtra. the dock workers union of india struck.');
  assert.deepEqual(
    r.actors.filter(([, , rule]) => rule.startsWith('org.')).map(([t, code]) => [t, code]),
    [['dock workers union of india', 'INDLAB']],
  );
});

test('org.named-body.state-in-name: a demonym or a state inside a body’s name is its country, not an actor', () => {
  const r = read('nagpur: the indian council of cotton research and the all india mosque repair committee wrote to the maharashtra government.');
  assert.deepEqual(find(r, 'indian council of cotton research')?.slice(1), ['INDGOV', 'org.named-body.state-in-name+body-name.board']);
  assert.deepEqual(find(r, 'all india mosque repair committee')?.[1], 'INDREL');
  assert.equal(find(r, 'indian'), undefined);
  assert.deepEqual(find(read('nagpur: the state muslim law board met in maharashtra.'), 'state muslim law board')?.[1], 'INDREL');
  assert.equal(find(r, 'india'), undefined);
});

test('a title after a body takes the body’s code: "the x committee (xc) president a b"', () => {
  const r = read('nagpur: the riverside bridge action committee (rbac) president a b kale met the collector in maharashtra.');
  assert.deepEqual(find(r, 'a b kale')?.[1], 'INDNGO');
  const front = read("nagpur: the united farmers'' front''s president c d kale met the collector in maharashtra.");
  assert.deepEqual(find(front, "united farmers'' front")?.[1], 'INDAGR');
});

test('the centre, kar sevaks and al qaida in lower-cased Indian news', () => {
  const r = read(
    'lucknow: the centre sent kar sevaks home from uttar pradesh and said al qaida was behind it. a relief centre and the centre of the town were shut.',
  );
  assert.deepEqual(find(r, 'centre')?.slice(1), ['INDGOV', 'domestic.body-at-home+body.centre']);
  assert.equal(r.actors.filter(([t]) => t === 'centre').length, 1);
  assert.deepEqual(find(r, 'kar sevaks')?.[1], 'INDREL');
  const of = read('lucknow: the court ordered the arrest of kar sevaks and thousands of farmers in uttar pradesh; the commissioner of police left.');
  assert.deepEqual(
    of.actors.filter(([, , rule]) => rule.startsWith('domestic.body')).map(([t]) => t),
    // "police" after "of" is no body; the whole rank alone is the officer (body.police-chief).
    ['court', 'kar sevaks', 'farmers', 'commissioner of police'],
  );
  assert.deepEqual(find(r, 'al qaida')?.[1], 'IMGMUSALQ');
});

test('a minister’s portfolio gives GOV; a place after a name is no part of it', () => {
  const r = read('lucknow: transport minister c d verma toured uttar pradesh. the railway minister said verma uttar pradesh was calm.');
  assert.deepEqual(find(r, 'c d verma')?.[1], 'INDGOV');
  assert.deepEqual(find(r, 'railway minister')?.[1], 'INDGOV');
  assert.equal(find(r, 'uttar pradesh'), undefined);
});
