/**
 * A surname several leaders share, after a title of office, is the one of them holding that office on the day
 * (rule actor.person.same-name-in-office). An invented family of officeholders over the fixture graph's states.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OPEN_END, type IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { entity, fact, FIXTURE_ENTITIES, FIXTURE_FACTS } from '../fixtures/news/fixture-graph.js';

const person = (id: string, name: string, aliases: string[] = []) =>
  entity(
    id,
    'person',
    name,
    aliases.map((a): [string, 'name'] => [a, 'name']),
  );
const office = (subject: string, object: string, office: string, from: string, to: string = OPEN_END) =>
  fact(subject, 'holds_office', object, from, to, { office });
// The father holds the one-word alias, as leader lists give it to the first holder of a name.
const graph = createNewsGraph({
  entities: [...FIXTURE_ENTITIES, person('X1', 'John Quill', ['Quill']), person('X2', 'Jack Quill'), person('X3', 'Jim Quill')],
  facts: [
    ...FIXTURE_FACTS,
    office('X1', 'KAZ', 'head_of_state', '1989-01-20', '1993-01-20'),
    office('X2', 'KAZ', 'head_of_state', '2001-01-20', '2009-01-20'),
    office('X3', 'ARM', 'head_of_government', '2000-01-01', '2010-01-01'),
  ],
});

const people = (text: string, published: string) =>
  analyze(finishArticle({ format: 'text', origin: 'test', title: null, published: published as IsoDate, text }, '2026-01-01' as IsoDate), {
    graph,
    coder: noEventCoder,
  })
    .actors.filter((a) => a.type === 'person')
    .map((a) => [a.text, a.id, a.cameo, a.ruleId]);

test('actor.person.same-name-in-office: "President Quill" in 2003 is the son in office, not the father who holds the alias', () => {
  assert.deepEqual(people('President Quill spoke in Astana on Monday.', '2003-05-01')[0], ['Quill', 'X2', 'KAZGOV', 'actor.person.same-name-in-office']);
});

test('actor.person.same-name-in-office: the title names the office ("prime minister": the head of government of the day)', () => {
  assert.deepEqual(people('Prime Minister Quill spoke in Yerevan on Monday.', '2003-05-01')[0], ['Quill', 'X3', 'ARMGOV', 'actor.person.same-name-in-office']);
});

test('actor.person.same-name-in-office: in 1990 the father holds the office; "former president" looks for no one in office', () => {
  assert.deepEqual(people('President Quill spoke in Astana on Monday.', '1990-05-01')[0], ['Quill', 'X1', 'KAZGOV', 'actor.person.office-on-date']);
  assert.notEqual(people('Former president Quill spoke in Astana on Monday.', '2003-05-01')[0]?.[1], 'X2');
});
