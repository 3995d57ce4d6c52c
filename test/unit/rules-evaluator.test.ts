import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DateQuery, IsoDate } from '../../src/core/time.js';
import type { ObligationLine, ObligationsAnswer } from '../../src/rules/answers.js';
import { ObligationService } from '../../src/rules/obligation-service.js';
import { tinyRuleBook, world } from '../fixtures/rules/tiny-world.js';

const service = () => new ObligationService(async () => world, { ruleBook: tinyRuleBook() });
const on = (date: string): DateQuery => ({ date: date as IsoDate, precision: 'day' });
const brief = (lines: readonly ObligationLine[]) => lines.map((l) => `${l.state.id} ${l.kind} ${l.toward.id} ${l.rule}`).sort();

test('an attack by the named adversary: the pact, the bilateral treaty and the attacker’s ally', async () => {
  const a = await service().obligations({ attacked: 'AAA', attacker: 'EEE', on: on('2009-06-01') });
  assert.deepEqual(brief(a.obligations), [
    'BBB defense AAA atop-9001-2-defense',
    'BBB nonaggression AAA atop-9001-2-nonaggression',
    'CCC defense AAA atop-9001-2-defense',
    'CCC nonaggression AAA atop-9001-2-nonaggression',
    'DDD defense AAA atop-9001-2-defense',
    'DDD defense AAA atop-9002-0-defense',
    'DDD nonaggression AAA atop-9001-2-nonaggression',
    'FFF offense EEE atop-9004-0-offense',
  ]);
  assert.deepEqual(a.inactive, []);
  const ddd = a.obligations.find((l) => l.rule === 'atop-9002-0-defense')!;
  assert.deepEqual(
    ddd.conditions.map((c) => [c.code, c.holds]),
    [['adversary', true]],
  );
  assert.equal(a.obligations.find((l) => l.state.id === 'FFF')!.side, 'attacker');
});

test('the documented JSON shape of an obligation line', async () => {
  const a = await service().obligations({ attacked: 'AAA', attacker: 'EEE', on: on('2009-06-01') });
  assert.deepEqual(Object.keys(a), ['scenario', 'obligations', 'inactive', 'breaches', 'notes']);
  const line = a.obligations.find((l) => l.rule === 'atop-9001-2-defense' && l.state.id === 'BBB')!;
  assert.deepEqual(Object.keys(line).slice(0, 6), ['state', 'kind', 'toward', 'treaty', 'article', 'conditions']);
  assert.deepEqual(line.treaty, { id: 'ATOP9001', name: 'Pact of Avaria', phase: 2 });
  assert.equal(line.article?.article, '5');
  assert.deepEqual(line.state, { id: 'BBB', name: 'Borduria' });
  assert.equal(line.sources[0]!.ref, 'fixture atopid=9001 phase=2 defense');
  assert.equal(line.sources.length, 3, 'the provision and the two party_to facts');
  assert.deepEqual(a.scenario, {
    attacked: { id: 'AAA', name: 'Avaria' },
    attacker: { id: 'EEE', name: 'Euphoria' },
    on: '2009-06-01',
    location: 'home',
    switches: { 'charter-defense': true },
    strict: false,
  });
  assert.deepEqual([line.verifiedThrough, line.carriedForward, line.carriedFrom], ['2018-12-31', false, undefined]);
});

test('a condition that fails moves the obligation to inactive, with the reason', async () => {
  const a = await service().obligations({ attacked: 'AAA', attacker: 'FFF', on: on('2009-06-01') });
  assert.deepEqual(brief(a.inactive), ['DDD defense AAA atop-9002-0-defense', 'EEE neutrality FFF atop-9004-0-neutrality']);
  assert.match(a.inactive[0]!.reason, /a condition fails: adversary: only against Euphoria, not Freedonia/);
  assert.match(a.inactive[1]!.reason, /ally-attacked: only if Freedonia is attacked; here Freedonia is the attacker/);
  assert.equal(a.inactive[1]!.side, 'attacker');
});

test('a condition that cannot be judged moves it to inactive too; phase 1 still has consultation', async () => {
  const a = await service().obligations({ attacked: 'AAA', on: on('2004-06-01') });
  assert.deepEqual(brief(a.obligations), [
    'BBB consultation AAA atop-9001-1-consultation',
    'BBB defense AAA atop-9001-1-defense',
    'CCC consultation AAA atop-9001-1-consultation',
    'CCC defense AAA atop-9001-1-defense',
    'GGG nonaggression AAA atop-9005-0-nonaggression',
  ]);
  assert.deepEqual(brief(a.inactive), ['DDD defense AAA atop-9002-0-defense']);
  assert.match(a.inactive[0]!.reason, /cannot be judged: adversary: .*names no attacker/);
  assert.equal(a.scenario.attacker, null);
});

test('memberships are day-precise: DDD joins the pact on 2008-03-01 and leaves the bilateral treaty at the end of 2009', async () => {
  const before = await service().obligations({ attacked: 'AAA', attacker: 'EEE', on: on('2008-02-29') });
  assert.ok(!before.obligations.some((l) => l.rule === 'atop-9001-2-defense' && l.state.id === 'DDD'));
  const after = await service().obligations({ attacked: 'AAA', attacker: 'EEE', on: on('2010-01-01') });
  assert.ok(!after.obligations.some((l) => l.rule === 'atop-9002-0-defense'));
  assert.ok(after.obligations.some((l) => l.rule === 'atop-9001-2-defense' && l.state.id === 'DDD'));
});

test('a switch turns a disputed provision off, says so, and the default follows the data', async () => {
  const svc = service();
  const dflt = await svc.obligations({ attacked: 'EEE', attacker: 'CCC', on: on('2009-06-01') });
  assert.deepEqual(brief(dflt.obligations), ['BBB defense EEE atop-9003-0-defense']);
  assert.ok(dflt.notes.some((n) => /switch charter-defense is on \(the default\): counted, following the dataset/.test(n)));
  const off = await svc.obligations({ attacked: 'EEE', attacker: 'CCC', on: on('2009-06-01'), switches: { 'charter-defense': false } });
  assert.deepEqual(brief(off.obligations), []);
  assert.match(off.inactive[0]!.reason, /switch charter-defense is off: not counted/);
  await assert.rejects(
    svc.obligations({ attacked: 'EEE', on: on('2009-06-01'), switches: { 'no-such-switch': true } }),
    /No switch is called "no-such-switch"/,
  );
});

test('what the attacker owes the attacked is listed as breached', async () => {
  const a: ObligationsAnswer = await service().obligations({ attacked: 'BBB', attacker: 'EEE', on: on('2009-06-01') });
  assert.deepEqual(brief(a.breaches), ['EEE defense BBB atop-9003-0-defense']);
  assert.ok(!a.obligations.some((l) => l.state.id === 'EEE'), 'the attacker is not among those bound to act');
});

test('location and non-provocation conditions follow the scenario', async () => {
  const svc = service();
  const k = await svc.obligations({ attacked: 'KKK', on: on('2007-01-01') });
  assert.deepEqual(brief(k.inactive), ['LLL defense KKK atop-9006-0-defense-82']);
  const unprovoked = await svc.obligations({ attacked: 'KKK', on: on('2007-01-01'), provoked: false });
  assert.deepEqual(brief(unprovoked.obligations), ['LLL defense KKK atop-9006-0-defense-82']);
  const far = await svc.obligations({ attacked: 'LLL', on: on('2007-01-01'), location: 'far-islands' });
  assert.deepEqual(brief(far.inactive), ['KKK defense LLL atop-9006-0-defense-80']);
  assert.match(far.inactive[0]!.reason, /far-islands lies outside the Ring area/);
  assert.equal(far.scenario.location, 'far-islands');
  const home = await svc.obligations({ attacked: 'LLL', on: on('2007-01-01') });
  assert.deepEqual(brief(home.obligations), ['KKK defense LLL atop-9006-0-defense-80']);
});

test('a state that left the day another joined never shared a day with it', async () => {
  const a = await service().obligations({ attacked: 'JJJ', on: on('2006-02-28') });
  assert.deepEqual(brief(a.inactive), ['LLL defense JJJ atop-9006-0-defense-82']);
  assert.ok(!a.obligations.concat(a.inactive).some((l) => l.state.id === 'KKK'));
});

test('--of: whom a state is bound to, and how', async () => {
  const b = await service().boundBy('AAA', on('2009-06-01'));
  assert.deepEqual(
    b.obligations.map((o) => `${o.kind} ${o.rule} -> ${o.toward.map((t) => t.id).join(',')}`),
    ['defense atop-9001-2-defense -> BBB,CCC,DDD', 'nonaggression atop-9001-2-nonaggression -> BBB,CCC,DDD', 'consultation atop-9002-0-consultation -> DDD'],
  );
  const off = await service().boundBy('BBB', on('2009-06-01'), { 'charter-defense': false });
  assert.match(off.obligations.find((o) => o.rule === 'atop-9003-0-defense')!.off!, /switch charter-defense is off/);
});

test('a state in no alliance gets an empty answer and a note, not an error', async () => {
  const a = await service().obligations({ attacked: 'ZZZ', on: on('2009-06-01') });
  assert.deepEqual(a.obligations, []);
  assert.ok(a.notes.some((n) => /Zembla is party to no alliance ATOP codes, on any day/.test(n)));
  const early = await service().obligations({ attacked: 'AAA', on: on('1999-06-01') });
  assert.ok(
    early.notes.some((n) => /Avaria is party to no alliance ATOP codes on 1999-06-01 \(its alliances run from 2000-01-01 to the end of the data\)/.test(n)),
  );
});
