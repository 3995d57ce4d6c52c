import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatScores, scoreEntities } from '../../src/extract/ner/evaluate.js';
import { nameListGazetteer } from '../../src/extract/ner/gazetteer.js';
import { spansFromTags, tagSet, tagsFromSpans, transitions } from '../../src/extract/ner/tags.js';

const span = (start: number, end: number, type: string) => ({ start, end, type });

test('spans are read with conlleval chunk rules from IOB1, BIO and BILOU', () => {
  const rows: [string, ReturnType<typeof span>[]][] = [
    ['I-PER I-PER O I-LOC', [span(0, 2, 'PER'), span(3, 4, 'LOC')]],
    ['I-PER B-PER', [span(0, 1, 'PER'), span(1, 2, 'PER')]],
    ['B-ORG I-ORG I-LOC', [span(0, 2, 'ORG'), span(2, 3, 'LOC')]],
    ['O I-MISC', [span(1, 2, 'MISC')]],
    ['B-PER L-PER U-LOC', [span(0, 2, 'PER'), span(2, 3, 'LOC')]],
    ['U-PER U-PER', [span(0, 1, 'PER'), span(1, 2, 'PER')]],
    ['O O', []],
  ];
  for (const [tags, spans] of rows) assert.deepEqual(spansFromTags(tags.split(' ')), spans, tags);
});

test('tags from spans in BIO and BILOU, and back', () => {
  const spans = [span(0, 2, 'PER'), span(3, 4, 'LOC'), span(4, 7, 'ORG')];
  assert.deepEqual(tagsFromSpans(spans, 7, 'BIO').join(' '), 'B-PER I-PER O B-LOC B-ORG I-ORG I-ORG');
  assert.deepEqual(tagsFromSpans(spans, 7, 'BILOU').join(' '), 'B-PER L-PER O U-LOC B-ORG I-ORG L-ORG');
  for (const scheme of ['BIO', 'BILOU'] as const) assert.deepEqual(spansFromTags(tagsFromSpans(spans, 7, scheme)), spans);
});

test('transition constraints', () => {
  const tags = tagSet('BILOU', ['PER', 'LOC']);
  const t = transitions(tags);
  const ok = (a: string, b: string) => t.allowed[tags.indexOf(a) * tags.length + tags.indexOf(b)] === 1;
  assert.ok(ok('B-PER', 'L-PER') && ok('B-PER', 'I-PER') && ok('L-PER', 'U-LOC') && ok('O', 'B-LOC'));
  assert.ok(!ok('B-PER', 'L-LOC') && !ok('O', 'I-PER') && !ok('B-PER', 'O') && !ok('U-PER', 'L-PER'));
  assert.equal(t.start[tags.indexOf('I-PER')], 0);
  assert.equal(t.end[tags.indexOf('B-PER')], 0);
  const bio = tagSet('BIO', ['PER', 'LOC']);
  const tb = transitions(bio);
  assert.equal(tb.allowed[bio.indexOf('B-PER') * bio.length + bio.indexOf('I-LOC')], 0);
  assert.equal(tb.allowed[bio.indexOf('B-PER') * bio.length + bio.indexOf('I-PER')], 1);
});

test('entity scores: exact spans only, per type and overall', () => {
  const gold = [
    ['I-PER', 'I-PER', 'O', 'I-LOC'],
    ['I-ORG', 'O'],
  ];
  const pred = [
    ['B-PER', 'I-PER', 'O', 'B-ORG'],
    ['B-ORG', 'I-ORG'],
  ];
  const s = scoreEntities(gold, pred);
  const counts = Object.fromEntries(s.byType.map((x) => [x.type, [x.gold, x.predicted, x.correct]]));
  assert.deepEqual(counts, { LOC: [1, 0, 0], ORG: [1, 2, 0], PER: [1, 1, 1] });
  assert.equal(s.overall.precision, 1 / 3);
  assert.equal(s.overall.recall, 1 / 3);
  assert.match(formatScores(s), /overall\s+3\s+3\s+1\s+33\.33\s+33\.33\s+33\.33/);
});

test('name-list gazetteer labels every token of a match', () => {
  const g = nameListGazetteer({ LOC: ['New York', 'York'], ORG: ['New York Times'] });
  const labels = g.labels(['the', 'new', 'york', 'times', 'said']).map((l) => [...l].sort());
  assert.deepEqual(labels, [[], ['B-LOC', 'B-ORG'], ['I-ORG', 'L-LOC', 'U-LOC'], ['L-ORG'], []]);
});
