import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { entity, fact } from '../fixtures/news/fixture-graph.js';
import { stateEntity as state } from './state-entity.js';

/** An invented head of state of India, 1995-2005: "Kamala Devi Rathore". */
const graph = createNewsGraph({
  entities: [state('IND', 'India', 'Indian'), entity('X7', 'person', 'Kamala Devi Rathore', [], { gender: 'F' })],
  facts: [fact('X7', 'holds_office', 'IND', '1995-01-01', '2005-01-01', { office: 'head_of_state' })],
});

function read(text: string, published: string | null = '2002-03-04') {
  const article = finishArticle({ text, title: null, published } as never, '2026-01-01' as IsoDate);
  return analyze(article, { graph, coder: noEventCoder }).actors;
}
const at = (actors: ReturnType<typeof read>, text: string, words: string) => actors.find((a) => a.start === text.indexOf(words));

test('domestic.title-holder: "the president" named alone is the home state\'s head of state of the day', () => {
  const text = 'patna: the president signed the ordinance in bihar on monday.';
  const p = at(read(text), text, 'president');
  assert.deepEqual([p?.id, p?.cameo, p?.ruleId], ['X7', 'INDGOV', 'domestic.title-holder']);
  // No day known (an undated article): the office, not its holder.
  assert.equal(at(read(text, null), text, 'president')?.id, 'IND:body.head-of-state');
  // "the president's rule" is a measure; "the president of the club" another president.
  const rule = 'patna: the governor may recommend the president’s rule in bihar. the president of the club resigned.';
  assert.deepEqual(
    read(rule).filter((a) => a.type === 'person'),
    [],
  );
  // A home country read from a state's name alone (no place, institution or dateline) is no domestic news.
  const abroad = 'The opposition of India will boycott the polls unless the president steps down.';
  assert.equal(at(read(abroad), abroad, 'president'), undefined);
  // A president named before with the title is the one meant.
  const party = 'patna: bjp president a k rana met the governor in bihar. the president said the party would fight.';
  assert.equal(at(read(party), party, 'president said')?.id, 'person:a-k-rana');
});

test('body.place-named-before: "the centre" after a trauma centre is named is that place, not the union government', () => {
  const text = 'patna: the centre sent troops to bihar. a new trauma centre opened at the hospital. the centre has twenty beds.';
  const actors = read(text);
  assert.equal(at(actors, text, 'centre sent')?.ruleId, 'domestic.body-at-home+body.centre');
  assert.equal(
    actors.find((a) => a.start === text.lastIndexOf('centre')),
    undefined,
  );
});

test('name.common-word-shape: a noun suffix or an English prefix with a hyphen after a title is no name', () => {
  const text = 'patna: opposition leader cross-border terrorism was discussed in bihar. party leader anti-national elements were named.';
  assert.deepEqual(
    read(text).filter((a) => a.type === 'person'),
    [],
  );
  // Names keep their shape: "opposition leader a k rana".
  const name = 'patna: opposition leader a k rana spoke in bihar.';
  assert.equal(at(read(name), name, 'a k rana')?.role, 'opposition leader');
});

test('name.capital-word: a capital whose name is an English word is the word in lower-cased text, the city with a capital', () => {
  const islands = { ...state('XMI', 'Ruritanian Isles', 'Ruritanian'), aliases: [{ text: 'Malé', kind: 'capital' as const, lang: 'en' }] };
  const withCapital = createNewsGraph({ entities: [state('IND', 'India', 'Indian'), islands], facts: [] });
  const readIn = (text: string) => {
    const article = finishArticle({ text, title: null, published: '2002-03-04' } as never, '2026-01-01' as IsoDate);
    return analyze(article, { graph: withCapital, coder: noEventCoder }).actors.map((a) => a.id);
  };
  assert.ok(!readIn('mumbai: combined with male bonding in hunting, it explains the riots.').includes('XMI'));
  assert.ok(readIn('The envoy said Male would answer on Monday.').includes('XMI'));
});
