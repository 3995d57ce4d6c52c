import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { stateEntity as state } from './state-entity.js';

const graph = createNewsGraph({ entities: [state('IND', 'India', 'Indian'), state('USA', 'United States', 'American')], facts: [] });

/** The actors of an invented article: [words, CAMEO code, role] for each. */
function read(text: string, published = '2002-03-04') {
  const article = finishArticle({ text, title: null, published } as never, published as IsoDate);
  return analyze(article, { graph, coder: noEventCoder }).actors.map((x) => [x.text, x.cameo, x.role] as const);
}
const find = (r: ReturnType<typeof read>, words: string) => r.find(([t]) => t === words);

test('a field after "of" or "for" runs into the name: the name is the last two words', () => {
  const r = read(
    'chandigarh: the wells ran dry, said haryana’s director of fisheries sunil batra. former minister of state for urban development rakesh nandan was held in haryana.',
  );
  assert.deepEqual(find(r, 'sunil batra')?.[1], 'INDGOV');
  assert.deepEqual(find(r, 'rakesh nandan'), ['rakesh nandan', 'INDELI', 'former minister of state for urban development']);
  assert.equal(
    r.find(([t]) => t.includes('development') || t.includes('fisheries')),
    undefined,
  );
});

test('an honorific between a title and the name: the title is still the person’s', () => {
  const r = read('lucknow: the shankaracharya of kanchi hill math sri rama krishna met pilgrims in uttar pradesh.');
  assert.deepEqual(find(r, 'rama krishna'), ['rama krishna', 'INDREL', 'shankaracharya of kanchi hill math']);
  assert.equal(find(r, 'hill math'), undefined);
});

test('"its general secretary", "the party’s office-bearers": the organization named last before', () => {
  const r = read(
    'lucknow: the vhp met in uttar pradesh. vhp vice-president giri kishore and its general secretary pravin togade spoke. ' +
      'the shiv sena sent a team. the party’s gujarat office-bearers deepak khare, kanu patel and suresh yadav went.',
  );
  assert.equal(find(r, 'pravin togade')?.[1], 'INDHIN');
  assert.deepEqual(
    ['deepak khare', 'kanu patel', 'suresh yadav'].map((n) => find(r, n)?.[1]),
    ['INDPTY', 'INDPTY', 'INDPTY'],
  );
});

test('a state named before the title is the person’s: "American Deputy Secretary of Energy John Ropper"', () => {
  const r = read('Trade between the two grew, American Deputy Secretary of Energy John Ropper said on Wednesday.');
  assert.deepEqual(find(r, 'John Ropper')?.[1], 'USAGOV');
});

test('"the late" before a title puts the office in the past', () => {
  const r = read('patna: a statue of the late chief minister a b sinha was unveiled in bihar.');
  assert.equal(find(r, 'a b sinha')?.[1], 'INDELI');
});

test('a field after "of" is nouns and adjectives: a verb after it ends the title, and what follows is no name', () => {
  // The rank alone is the home police (body.police-chief), and no name follows it.
  assert.deepEqual(
    read('pune: the deputy commissioner of police ordered strict vigilance in maharashtra.').filter(([, , role]) => role !== null),
    [['deputy commissioner of police', 'INDCOP', 'deputy commissioner of police']],
  );
  assert.deepEqual(find(read('pune: the director of fisheries sunil batra spoke in maharashtra.'), 'sunil batra')?.[2], 'director of fisheries');
});

test('a name first written without a title takes the title set after its surname later', () => {
  const r = read(
    'lucknow: the court heard the petition filed by ramesh kale in uttar pradesh. the vhp met. kale, the vhp leader, said the temple would be built.',
  );
  assert.deepEqual(find(r, 'ramesh kale'), ['ramesh kale', 'INDHIN', 'vhp leader']);
  assert.equal(find(r, 'kale')?.[1], 'INDHIN');
  assert.equal(find(read('lucknow: ramesh kale spoke in uttar pradesh. kale left.'), 'ramesh kale'), undefined, 'no title, no person');
  // The title stands further into its sentence than the first mention's sentence is long: read from its own sentence.
  const far = read(
    'lucknow: ramesh kale filed it. speaking to reporters in the state capital on a busy evening after the long hearing ended, kale, the vhp leader, said no.',
  );
  assert.deepEqual(find(far, 'ramesh kale'), ['ramesh kale', 'INDHIN', 'vhp leader']);
});

test('"Congress" in a US article is the legislature; in an Indian one the party', () => {
  assert.equal(find(read('Congress passed the budget in Texas and California on Monday.'), 'Congress')?.[1], 'USALEG');
  assert.equal(find(read('bhopal: the congress walked out of the madhya pradesh assembly.'), 'congress')?.[1], 'INDOPPPTY');
});
