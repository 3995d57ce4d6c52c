import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { fixtureGraph } from '../fixtures/news/fixture-graph.js';

const INGEST = '2026-01-01' as IsoDate;

/** The person actors of an invented article ingested on INGEST: [words, CAMEO code, rule]. */
function people(text: string, published: string | null) {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: published as IsoDate | null, text }, INGEST);
  return analyze(article, { graph: fixtureGraph(), coder: noEventCoder })
    .actors.filter((a) => a.type === 'person')
    .map((a) => [a.text, a.cameo, a.ruleId]);
}

test('an undated article: a title of office before the name makes its holder the officeholder, not a former one', () => {
  // The title also sets the article's era (article-era.ts): the holder is read in office on its middle day.
  assert.deepEqual(people('President Viktor Yanukovych opened a bridge over the river.', null), [
    ['Viktor Yanukovych', 'UKRGOV', 'actor.person.office-on-date'],
  ]);
});

test('an undated article: "former" before the title, or no title, leaves the person former', () => {
  assert.deepEqual(people('Former president Viktor Yanukovych opened a bridge over the river.', null), [
    ['Viktor Yanukovych', 'UKRELI', 'actor.person.former-office'],
  ]);
  assert.deepEqual(people('Viktor Yanukovych opened a bridge over the river.', null), [['Viktor Yanukovych', 'UKRELI', 'actor.person.former-office']]);
  assert.deepEqual(people('Ex-president Viktor Yanukovych opened a bridge over the river.', null)[0]?.[1], 'UKRELI');
});

test('a dated article keeps the graph on its day: a title does not revive a past office', () => {
  assert.deepEqual(people('President Viktor Yanukovych opened a bridge over the river.', '2025-06-02'), [
    ['Viktor Yanukovych', 'UKRELI', 'actor.person.former-office'],
  ]);
});

test('an undated lower-cased article: a titled name the graph knows by surname and initial is the officeholder', () => {
  const text = 'kyiv: prime minister y tymoshenko said on monday that the gas talks in lviv would go on. tymoshenko left.';
  assert.deepEqual(people(text, null)[0]?.slice(0, 2), ['y tymoshenko', 'UKRGOV']);
  assert.deepEqual(people(text.replace('prime minister', 'former prime minister'), null)[0]?.slice(0, 2), ['y tymoshenko', 'UKRELI']);
});
