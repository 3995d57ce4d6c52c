import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateQuery, IsoDate } from '../../src/core/time.js';
import { ObligationService } from '../../src/rules/obligation-service.js';
import { tinyRuleBook, world } from '../fixtures/rules/tiny-world.js';

const service = () => new ObligationService(async () => world, { ruleBook: tinyRuleBook() });
const on: DateQuery = { date: '2009-06-01' as IsoDate, precision: 'day' };

test('a state bound to defend both members of dyads whose members are not allied', async () => {
  const a = await service().conflicts(on);
  assert.deepEqual(
    a.conflicts.map((c) => `${c.state.id}: ${c.dyad[0].id}-${c.dyad[1].id}`),
    ['BBB: AAA-EEE', 'BBB: CCC-EEE', 'BBB: DDD-EEE'],
  );
  assert.deepEqual(
    a.conflicts[0]!.treaties.map((ts) => ts.map((t) => t.id)),
    [['ATOP9001'], ['ATOP9003']],
  );
  assert.deepEqual(
    a.byState.map((b) => `${b.state.id} ${b.across}/${b.within}/${b.defends}`),
    ['BBB 3/3/4', 'AAA 0/3/3', 'CCC 0/3/3', 'DDD 0/3/3'],
  );
});

test('dyads of allies on request, and one state at a time', async () => {
  const a = await service().conflicts(on, { state: 'BBB', within: true });
  assert.equal(a.conflicts.length, 6);
  assert.deepEqual(
    a.conflicts.filter((c) => c.allied).map((c) => `${c.dyad[0].id}-${c.dyad[1].id}`),
    ['AAA-CCC', 'AAA-DDD', 'CCC-DDD'],
  );
});

test('with the switch off the Charter binds no one, and the conflicts go', async () => {
  const a = await service().conflicts(on, { switches: { 'charter-defense': false } });
  assert.deepEqual(a.conflicts, []);
});
