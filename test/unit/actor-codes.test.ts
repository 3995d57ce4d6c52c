import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../src/core/entity.js';
import { parseIsoDate } from '../../src/core/time.js';
import type { EventDictionaries } from '../../src/extract/events/index.js';
import { actorCodesFrom } from '../../src/pipeline/event-coder-adapter.js';

// One dated-code lookup for the coder's actors and the graph's entities: a code whose range holds the day wins over
// an undated one wherever the undated one stands in the list; the undated one answers for every other day.
const dictionaries = {
  actors: [
    {
      phrases: ['league of example states'],
      codes: [{ code: 'IGOLES' }, { code: 'IGOLESOLD', to: '1999-12-31' }, { code: 'IGOLESNEW', from: '2010-01-01' }],
    },
  ],
  additions: { actors: [], agents: [] },
} as unknown as EventDictionaries;

const league: Entity = { id: 'org:les', kind: 'organization', name: 'League of Example States', aliases: [], attrs: {}, provenance: [] };

test('an actor code is the one dated for the day, else the undated one', () => {
  const code = actorCodesFrom(dictionaries);
  assert.deepEqual(
    ['1995-06-01', '2005-06-01', '2015-06-01'].map((day) => code(league, parseIsoDate(day))),
    ['IGOLESOLD', 'IGOLES', 'IGOLESNEW'],
  );
});
