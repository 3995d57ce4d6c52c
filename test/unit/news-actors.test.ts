import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../src/core/entity.js';
import type { Fact } from '../../src/core/fact.js';
import type { IsoDate } from '../../src/core/time.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { personIndexFor } from '../../src/extract/offices.js';

const person = (id: string, name: string, aliases: string[]): Entity => ({
  id,
  kind: 'person',
  name,
  aliases: aliases.map((text) => ({ text, kind: 'name', lang: 'en' })),
  attrs: {},
  provenance: [{ dataset: 'test', ref: id }],
});
const office = (subject: string, object: string, from: string, to: string): Fact => ({
  id: `t:${subject}:${from}`,
  subject,
  predicate: 'holds_office',
  object,
  valid: { from: from as IsoDate, to: to as IsoDate },
  precision: 'day',
  qualifiers: { office: 'head_of_government' },
  provenance: { dataset: 'test', ref: subject },
  confidence: 1,
});

test('the surname index lists a person spelled two ways once among the near spellings', () => {
  const graph = createNewsGraph({
    entities: [person('P1', 'Marta Kovalenko', ['Marta Kowalenko']), { ...person('S1', 'Ruritania', []), kind: 'state' }],
    facts: [office('P1', 'S1', '2001-01-01', '2003-01-01')],
  });
  // "Kovalenko" is its own key and within one edit of "kowalenko".
  assert.deepEqual(personIndexFor(graph).near('kovalenko'), ['P1']);
});
