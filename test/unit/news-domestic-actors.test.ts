import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { stateEntity as state } from './state-entity.js';

const graph = createNewsGraph({
  entities: [state('IND', 'India', 'Indian'), state('PAK', 'Pakistan', 'Pakistani'), state('USA', 'United States', 'American')],
  facts: [],
});
const coder = { ...noEventCoder, agents: [{ phrases: ['businessman'], code: '~BUS' }] };

/** The actors of an invented article: [words, CAMEO code, role] for each, and the home country. */
function read(text: string, published = '2002-03-04') {
  const article = finishArticle({ text, title: null, published } as never, published as IsoDate);
  const a = analyze(article, { graph, coder });
  return { home: a.home?.country ?? null, actors: a.actors.map((x) => [x.text, x.cameo, x.role] as const), all: a.actors };
}
const find = (r: ReturnType<typeof read>, words: string) => r.actors.find(([t]) => t === words);

test('a title before a name in lower-cased text: a person with role, sector and the home country, remembered by surname', () => {
  const r = read('lucknow: union home minister a b rao visited two towns of uttar pradesh on monday. rao said the curfew would stay.');
  assert.equal(r.home, 'IND');
  assert.deepEqual(find(r, 'a b rao'), ['a b rao', 'INDGOV', 'union home minister']);
  assert.deepEqual(find(r, 'rao'), ['rao', 'INDGOV', 'union home minister']);
});

test('police ranks, a parenthesis, a department between commas, "former" and an honorific', () => {
  const r = read(
    'patna: joint police commissioner (crime) c.d. mehra said the shops were closed in bihar. mr mehra left. ' +
      "the state's joint director, fisheries, e f gill said the ponds were dry. former bihar chief minister g h sen was absent.",
  );
  assert.deepEqual(find(r, 'c.d. mehra'), ['c.d. mehra', 'INDCOP', 'joint police commissioner (crime)']);
  assert.deepEqual(find(r, 'mehra')?.[1], 'INDCOP');
  assert.deepEqual(find(r, 'e f gill')?.[1], 'INDGOV');
  assert.deepEqual(find(r, 'g h sen'), ['g h sen', 'INDELI', 'former bihar chief minister']);
});

test('"x general" offices of the civil service and the courts are no military ranks', () => {
  const r = read('lucknow: registrar general a b rao and advocate general c d das met in uttar pradesh. major general e f sen left.');
  assert.deepEqual(find(r, 'a b rao')?.[1], 'INDGOV');
  assert.deepEqual(find(r, 'c d das')?.[1], 'INDJUD');
  assert.deepEqual(find(r, 'e f sen')?.[1], 'INDMIL');
});

test('a title after the name: "x y, a businessman,"', () => {
  const r = read('pune: "we are afraid," said ravi moreland, a businessman, on friday in maharashtra.');
  assert.deepEqual(find(r, 'ravi moreland'), ['ravi moreland', 'INDBUS', 'businessman']);
});

test('never a common word after a title: "today", "the control room", plural nouns', () => {
  const r = read('jaipur: the chief minister today said the police control room in rajasthan had eminent jurists visiting.');
  assert.deepEqual(
    r.all.filter((a) => a.ruleId.startsWith('person.')).map((a) => a.text),
    [],
  );
  assert.deepEqual(find(r, 'chief minister'), ['chief minister', 'INDGOV', 'chief minister']);
  // A one-word title used as an adjective after a determiner titles no one; as a noun it does.
  assert.equal(find(read('jaipur: the official death toll rose in rajasthan.'), 'death toll'), undefined);
  assert.deepEqual(find(read('jaipur: an official a b rao spoke in rajasthan.'), 'a b rao'), ['a b rao', 'INDGOV', 'official']);
});

test('parties: short names only at home, dated codes, and "congress" as a common noun or the US Congress is no party', () => {
  const india = read('bhopal: the bjp and the congress walked out of the madhya pradesh assembly. the party congress of the cpi(m) met later.');
  assert.deepEqual(find(india, 'bjp'), ['bjp', 'INDGOVPTY', 'political party']);
  assert.deepEqual(find(india, 'congress')?.[1], 'INDOPPPTY');
  assert.equal(india.actors.filter(([t]) => t === 'congress').length, 1);
  assert.deepEqual(find(india, 'cpi(m)')?.[1], 'INDPTY');
  assert.equal(find(read('bhopal: the bjp met in madhya pradesh.', '2010-06-01'), 'bjp')?.[1], 'INDOPPPTY');
  const charged = read('bhopal: the bjp accused the congress of staging a walkout in the assembly.');
  assert.deepEqual(find(charged, 'congress')?.[1], 'INDOPPPTY');
  const us = read('Lawmakers in Congress met in Texas and California on Monday.');
  assert.equal(us.home, 'USA');
  assert.deepEqual(find(us, 'Congress'), ['Congress', 'USALEG', 'legislature']);
});

test('bodies at home: "the police", "the mob", "the high court" become the home country’s, unless another state qualifies them', () => {
  const r = read('surat: a mob burnt two shops in gujarat and the police fired. the high court stayed the order. the pakistani police were not told.');
  assert.deepEqual(find(r, 'mob'), ['mob', 'INDCVL', 'crowd']);
  assert.deepEqual(find(r, 'police'), ['police', 'INDCOP', 'police']);
  assert.deepEqual(find(r, 'high court'), ['high court', 'INDJUD', 'court']);
  assert.equal(r.actors.filter(([t]) => t === 'police').length, 1);
  // "the security forces arrested ten people" past the lead: the sentence has an actor, so it is coded.
  assert.deepEqual(find(read('surat: a curfew was imposed in gujarat. the security forces arrested ten men.'), 'security forces')?.[1], 'INDMIL');
  const places = read('kolkata: the west bengal police and a police station in kolkata; contempt of court.');
  assert.deepEqual(find(places, 'west bengal police'), ['west bengal police', 'INDCOP', 'police (west bengal)']);
  assert.equal(find(places, 'court'), undefined);
});

test('no home country, no body of a state: a foreign-affairs article leaves "the police" alone', () => {
  const r = read(
    'Pakistani and American envoys met. The Pakistani delegation and the American delegation said the police were ready. Pakistan and America agreed.',
  );
  assert.equal(r.home, null);
  assert.equal(find(r, 'police'), undefined);
});

test('a body in a parenthesis after a title is its branch, and officials addressed are actors', () => {
  const r = read('indore: joint commissioner (administration) k l mann spoke to government officials in madhya pradesh. farmers protested.');
  assert.equal(find(r, 'administration'), undefined);
  assert.deepEqual(find(r, 'government officials')?.[1], 'INDGOV');
  assert.deepEqual(find(r, 'farmers')?.[1], 'INDAGR');
});

test('one title before a list of names, an "ex-" title, and a title before a person the graph knows without an office', () => {
  const r = read('nagpur: party mps a b rao, c d das and e f sen met in maharashtra. ex-mla g h iyer was arrested.');
  assert.deepEqual(
    r.actors.filter(([, , role]) => role === 'party mps').map(([t]) => t),
    ['a b rao', 'c d das', 'e f sen'],
  );
  assert.deepEqual(find(r, 'g h iyer'), ['g h iyer', 'INDELI', 'ex-mla']);
  // A singular title is the first name's alone: the names after it are other people, of no title given here.
  const one = read('nagpur: defence minister a b rao, c d das and e f sen met in maharashtra.');
  assert.deepEqual(
    one.actors.filter(([, , role]) => role === 'defence minister').map(([t]) => t),
    ['a b rao'],
  );
});

test('a person the graph knows with no office that day takes the role and state of the title before the name', () => {
  const known = createNewsGraph({
    entities: [
      state('IND', 'India', 'Indian'),
      { id: 'Q9', kind: 'person', name: 'Kiran Desai', aliases: [], attrs: {}, provenance: [{ dataset: 'test', ref: 'Q9' }] },
    ],
    facts: [],
  });
  const text = 'rajkot: gujarat chief minister kiran desai met traders in gujarat. later, desai said peace had returned.';
  const article = finishArticle({ text, title: null, published: '2002-03-04' } as never, '2002-03-04' as IsoDate);
  const people = analyze(article, { graph: known, coder }).actors.filter((a) => a.type === 'person');
  assert.deepEqual(
    people.map((a) => [a.text, a.cameo, a.id]),
    [
      ['kiran desai', 'INDGOV', 'Q9'],
      ['desai', 'INDGOV', 'Q9'],
    ],
    'the surname later is the titled person, not the graph’s person with no office',
  );
  const r = read('rajkot: gujarat chief minister navin joshi met traders in gujarat. later, joshi said peace had returned.');
  assert.deepEqual(find(r, 'navin joshi'), ['navin joshi', 'INDGOV', 'gujarat chief minister']);
  assert.deepEqual(find(r, 'joshi'), ['joshi', 'INDGOV', 'gujarat chief minister']);
});
