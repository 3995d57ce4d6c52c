import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { fixtureGraph } from '../fixtures/news/fixture-graph.js';

/** Each pronoun of an invented article with the name of the person it was tied to. */
function pronouns(text: string): [string, string][] {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: '2012-05-15' as IsoDate, text }, '2026-01-01' as IsoDate);
  return analyze(article, { graph: fixtureGraph(), coder: noEventCoder })
    .actors.filter((a) => a.ruleId === 'coref.pronoun-person')
    .map((a) => [a.text, a.name]);
}

test('gender.graph: "she" skips a man the leaders data knows, back to the woman named before him', () => {
  assert.deepEqual(pronouns('Yulia Tymoshenko met Viktor Yanukovych in Kyiv. She said the talks went well.'), [['She', 'Yulia Tymoshenko']]);
  assert.deepEqual(pronouns('Yulia Tymoshenko met Viktor Yanukovych in Kyiv. He said the talks went well.'), [['He', 'Viktor Yanukovych']]);
  assert.deepEqual(pronouns('Viktor Yanukovych met Yulia Tymoshenko in Kyiv. He said the talks went well.'), [['He', 'Viktor Yanukovych']]);
});

test('gender.honorific: an honorific before the first mention says the gender', () => {
  assert.deepEqual(pronouns('Smt Ann Poe met Mr John Roe in the capital. She said the talks went well.'), [['She', 'Ann Poe']]);
  assert.deepEqual(pronouns('Mr John Roe met Mrs. Ann Poe in the capital. He said the talks went well.'), [['He', 'John Roe']]);
});

test('gender.role: a role word of one gender says it', () => {
  assert.deepEqual(pronouns('Ann Poe, the party spokeswoman, met Mr John Roe in the capital. She said the talks went well.'), [['She', 'Ann Poe']]);
});

test('no gender known: the pronoun takes the last person, as before', () => {
  assert.deepEqual(pronouns('Mr John Roe met Viktor Yanukovych in Kyiv. He said the talks went well.'), [['He', 'Viktor Yanukovych']]);
  assert.deepEqual(pronouns('Dr Ann Poe met Dr John Roe in the capital. She said the talks went well.'), [['She', 'John Roe']]);
});

/** Each object pronoun ("him", "her") of an invented article with the name of the person it was tied to. */
function objectPronouns(text: string): [string, string][] {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: '2012-05-15' as IsoDate, text }, '2026-01-01' as IsoDate);
  return analyze(article, { graph: fixtureGraph(), coder: noEventCoder })
    .actors.filter((a) => a.ruleId === 'coref.pronoun-person-object')
    .map((a) => [a.text, a.name]);
}

test('coref.pronoun-person-object: "him" and a bare "her" are the person named before; "her party" is a possessive', () => {
  assert.deepEqual(objectPronouns('Viktor Yanukovych arrived in Kyiv. The police questioned him on Monday.'), [['him', 'Viktor Yanukovych']]);
  assert.deepEqual(objectPronouns('Yulia Tymoshenko arrived in Kyiv. The police questioned her on Monday.'), [['her', 'Yulia Tymoshenko']]);
  assert.deepEqual(objectPronouns('Yulia Tymoshenko arrived in Kyiv. The police questioned her aides.'), []);
});
