import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { fixtureGraph } from '../fixtures/news/fixture-graph.js';

const INGEST = '2026-01-01' as IsoDate;

/** The person actors of an invented article ingested on INGEST ([words, CAMEO code]) and its era warning. */
function read(text: string, published: string | null = null) {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: published as IsoDate | null, text }, INGEST);
  const a = analyze(article, { graph: fixtureGraph(), coder: noEventCoder });
  return {
    people: a.actors.filter((x) => x.type === 'person').map((x) => [x.text, x.cameo]),
    era: a.warnings.find((w) => w.includes('era.titled-officeholders')) ?? null,
    disagree: a.warnings.some((w) => w.includes('era.disagree')),
  };
}

test('era.titled-officeholders: an undated article names a president by title; a leader named bare is read in that era', () => {
  const r = read('President Viktor Yanukovych met Dmitry Medvedev in Kyiv to talk about gas.');
  // Yanukovych's term 2010-02-25 to 2014-02-22: its middle day, 2012-02-24, Medvedev was Russia's head of state.
  assert.deepEqual(r.people, [
    ['Viktor Yanukovych', 'UKRGOV'],
    ['Dmitry Medvedev', 'RUSGOV'],
  ]);
  assert.match(r.era ?? '', /as of 2012-02-2\d, in the era 2010-02-25 to 2014-02-22 of "President Viktor Yanukovych"/);
});

test('era.titled-officeholders: with no title, the article stays on the ingest day (a past leader is a former one)', () => {
  const r = read('Viktor Yanukovych met Dmitry Medvedev in Kyiv to talk about gas.');
  assert.deepEqual(r.people, [
    ['Viktor Yanukovych', 'UKRELI'],
    ['Dmitry Medvedev', 'RUSELI'],
  ]);
  assert.equal(r.era, null);
});

test('era.titled-officeholders: "former" before the title sets no era', () => {
  assert.equal(read('Former president Viktor Yanukovych met Dmitry Medvedev in Kyiv.').era, null);
});

test('era.titled-officeholders: two titled leaders narrow the era to the days they share', () => {
  const r = read('President Viktor Yanukovych met prime minister Yulia Tymoshenko in Kyiv. Vladimir Putin called.');
  // Yanukovych from 2010-02-25, Tymoshenko to 2010-03-04: Putin was Russia's head of government then.
  assert.match(r.era ?? '', /in the era 2010-02-25 to 2010-03-04/);
  assert.deepEqual(r.people.at(-1), ['Vladimir Putin', 'RUSGOV']);
});

test('era.titled-officeholders: the office of the title picks the term of that office', () => {
  // Medvedev as prime minister (head of government 2012-05-08 to 2020-01-15), not his presidency before.
  const r = read('President Viktor Yanukovych praised prime minister Dmitry Medvedev.');
  assert.match(r.era ?? '', /in the era 2012-05-08 to 2014-02-22/);
});

test('era.disagree: titled leaders with no day in common set no era', () => {
  // Tymoshenko's premiership ended 2010-03-04; Medvedev's began 2012-05-08.
  const r = read('Prime minister Yulia Tymoshenko praised prime minister Dmitry Medvedev.');
  assert.equal(r.era, null);
  assert.ok(r.disagree);
  // Each title still makes its own holder the officeholder (actor.person.undated-title).
  assert.deepEqual(r.people, [
    ['Yulia Tymoshenko', 'UKRGOV'],
    ['Dmitry Medvedev', 'RUSGOV'],
  ]);
});

test('a dated article keeps its own day: no era', () => {
  const r = read('President Viktor Yanukovych met Dmitry Medvedev in Kyiv.', '2025-06-02');
  assert.equal(r.era, null);
  assert.deepEqual(r.people[1], ['Dmitry Medvedev', 'RUSELI']);
});

test('actor.person.no-office: a person whose offices all come later is of that state, by country only', () => {
  // Yanukovych took office on 2010-02-25: in a 2005 article he is Ukraine's, with no sector yet.
  const r = read('Viktor Yanukovych spoke in Donetsk on Monday.', '2005-03-01');
  assert.deepEqual(r.people, [['Viktor Yanukovych', 'UKR']]);
  // A title then gives the sector.
  assert.deepEqual(read('Opposition leader Viktor Yanukovych met officials in Kyiv.', '2005-03-01').people, [['Viktor Yanukovych', 'UKROPP']]);
});

test('mention.person-after-office-title: in lower-cased text a one-word name right after a title of office is the officeholder, and sets the era', () => {
  const r = read('minsk: president lukashenka on monday told the cabinet that he wanted gas talks with moscow. the talks begin soon.');
  assert.deepEqual(r.people, [
    ['lukashenka', 'BLRGOV'],
    ['he', 'BLRGOV'],
  ]);
  assert.match(r.era ?? '', /of "president lukashenka"/);
});

test('mention.person-after-office-title: a dated lower-cased article; with no title a one-word name stays a word', () => {
  assert.deepEqual(read('minsk: president lukashenka on monday met the cabinet to talk about gas prices.', '2012-05-15').people, [['lukashenka', 'BLRGOV']]);
  assert.deepEqual(read('minsk: the cabinet on monday talked to lukashenka about gas prices and the budget.', '2012-05-15').people, []);
});

test('mention.person-after-office-title: a modal or verb after the title is no name ("the president may ...")', () => {
  // No "may" as a name; the title alone is the office's holder on the day (domestic.title-holder).
  assert.deepEqual(read('minsk: the president may visit the plant on monday, the cabinet said.', '2012-05-15').people, [['president', 'BLRGOV']]);
});
