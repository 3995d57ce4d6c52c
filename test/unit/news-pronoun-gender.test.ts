import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { entity, fact, FIXTURE_ENTITIES, FIXTURE_FACTS, fixtureGraph } from '../fixtures/news/fixture-graph.js';

/** Each pronoun of an invented article with the name of the person it was tied to. */
function pronouns(text: string, published: string | null = '2012-05-15', graph = fixtureGraph()): [string, string][] {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: published as IsoDate | null, text }, '2026-01-01' as IsoDate);
  return analyze(article, { graph, coder: noEventCoder })
    .actors.filter((a) => ['coref.pronoun-person', 'coref.pronoun-subject', 'coref.pronoun-speaker.topic'].includes(a.ruleId))
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

test("no gender known: a pronoun opening a sentence is the last sentence's subject; inside one, the last person, or the subject when it speaks", () => {
  assert.deepEqual(pronouns('Mr John Roe met Viktor Yanukovych in Kyiv. He said the talks went well.'), [['He', 'John Roe']]);
  assert.deepEqual(pronouns('Dr Ann Poe met Dr John Roe in the capital. She said the talks went well.'), [['She', 'Ann Poe']]);
  assert.deepEqual(pronouns('Mr John Roe met Viktor Yanukovych in Kyiv. Later he left for Lviv.'), [['he', 'Viktor Yanukovych']]);
  assert.deepEqual(pronouns('Mr John Roe met Viktor Yanukovych in Kyiv. Later he said the talks went well.'), [['he', 'John Roe']]);
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

test('gender.earlier-pronoun: a person an earlier "he" was tied to is no antecedent for a later "she"', () => {
  assert.deepEqual(pronouns('Dr Ann Poe met Dr John Roe in the capital. Later he left for the airport. Then she said they did not agree.'), [
    ['he', 'John Roe'],
    ['she', 'Ann Poe'],
  ]);
  // Without the earlier "he", a "she" that speaks is the story's subject (coref.pronoun-speaker.topic); one that does
  // not, the last person, as before.
  assert.deepEqual(pronouns('Dr Ann Poe met Dr John Roe in the capital. Later she said the talks did not go well.'), [['she', 'Ann Poe']]);
  assert.deepEqual(pronouns('Dr Ann Poe met Dr John Roe in the capital. Later she left for the airport.'), [['she', 'John Roe']]);
});

test('gender.office-holder: a title of office with no name is its holder on the day, whose gender the graph knows', () => {
  // An invented prime minister of Ukraine, a man, from 2010 to 2014.
  const graph = createNewsGraph({
    entities: [...FIXTURE_ENTITIES, entity('X9', 'person', 'Ivan Quill', [], { gender: 'M' })],
    facts: [...FIXTURE_FACTS, fact('X9', 'holds_office', 'UKR', '2010-03-11', '2014-02-27', { office: 'head_of_government' })],
  });
  // The prime minister is the subject: a sentence's opening "she" is the subject's unless the subject is a man.
  const text = 'The prime minister met Dr Ann Poe in Kyiv on Monday. She said the talks went well.';
  assert.deepEqual(pronouns(text, '2012-05-15', graph), [['She', 'Ann Poe']]);
  // Yulia Tymoshenko, a woman, held the office in 2009: the title alone is her (domestic.title-holder), and the
  // subject; an undated article says no day, so no holder.
  assert.deepEqual(pronouns(text, '2009-06-01', graph), [['She', 'Yulia Tymoshenko']]);
  assert.deepEqual(pronouns(text, null, graph), [['She', 'minister (UKR)']]);
});

/** Every pronoun of an invented article with the person it was tied to and the rule that tied it. */
function ties(text: string): [string, string, string][] {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: '2012-05-15' as IsoDate, text }, '2026-01-01' as IsoDate);
  return analyze(article, { graph: fixtureGraph(), coder: noEventCoder })
    .actors.filter((a) => a.ruleId.startsWith('coref.pronoun') || a.ruleId === 'coref.quoted-pronoun')
    .map((a) => [a.text, a.name, a.ruleId]);
}

test('coref.pronoun-speaker.topic: when no one named has spoken, "he said" is the story’s subject, not the object of its last verb', () => {
  assert.deepEqual(ties('Mr John Roe refused to meet Mr Karl Poe in the capital: "we are not here for a deal," he said.'), [
    ['he', 'John Roe', 'coref.pronoun-speaker.topic'],
  ]);
  // One who has spoken is still the speaker, by the speaker rule itself.
  assert.deepEqual(ties('Mr Karl Poe said the count was fair, and blamed Mr John Roe: "there was no fraud," he said.'), [
    ['he', 'Karl Poe', 'coref.pronoun-speaker'],
  ]);
});

test('coref: a source "according to" a person has spoken', () => {
  assert.deepEqual(ties('According to Mr John Roe, the count that Mr Karl Poe won was fair. "there was no fraud," he said.'), [
    ['he', 'John Roe', 'coref.pronoun-speaker'],
  ]);
});

test('coref.quoted-pronoun: "he" inside a quotation is someone the speakers speak of; the story’s next "he" is the speaker again', () => {
  const text =
    'Mr Karl Poe left the talks on Monday. Mr John Roe said: "now he has no powers." Asked why he did not wait, Mr John Roe said the talks were over.';
  assert.deepEqual(ties(text), [
    ['he', 'Karl Poe', 'coref.quoted-pronoun'],
    ['he', 'John Roe', 'coref.pronoun-person'],
  ]);
  // Only speakers within reach: the quoted "he" is left untied rather than tied to the one who speaks.
  assert.deepEqual(ties('Mr John Roe said: "he will not come back."'), []);
});
