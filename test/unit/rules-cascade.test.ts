import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Fact } from '../../src/core/fact.js';
import type { DateQuery, IsoDate } from '../../src/core/time.js';
import type { CascadeAnswer } from '../../src/rules/answers.js';
import { ObligationService } from '../../src/rules/obligation-service.js';
import type { Provision } from '../../src/rules/provision.js';
import { RuleBook } from '../../src/rules/rule-book.js';
import { datasets, entities, tinyRuleBook, world } from '../fixtures/rules/tiny-world.js';

const on = (date: string): DateQuery => ({ date: date as IsoDate, precision: 'day' });
const joined = (a: CascadeAnswer) => a.rounds.map((r) => r.joined.map((j) => `${j.state.id}>${j.side}`).join(' '));

test('round 1 the defenders and the attacker’s offensive ally, round 2 nothing new; a defence pact with the attacker binds no one', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'AAA', attacker: 'EEE', on: on('2009-06-01') });
  assert.deepEqual(joined(a), ['BBB>attacked CCC>attacked DDD>attacked FFF>attacker', '']);
  const ddd = a.rounds[0]!.joined.find((j) => j.state.id === 'DDD')!;
  assert.deepEqual(
    ddd.because.map((b) => `${b.rule} ${b.toward.id} vs ${b.against.id}`),
    ['atop-9001-2-defense AAA vs EEE', 'atop-9002-0-defense AAA vs EEE'],
  );
  assert.deepEqual(a.sides.attacked.map((s) => s.id).sort(), ['AAA', 'BBB', 'CCC', 'DDD']);
  assert.deepEqual(a.sides.attacker.map((s) => s.id).sort(), ['EEE', 'FFF']);
  // BBB's defence pact with EEE (9003) is owed to EEE if EEE is attacked; EEE is the one attacking.
  assert.deepEqual(a.bothSides, []);
});

test('a war of aggression does not call in the aggressor’s defensive allies: they are uncertain, with the reason', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'EEE', attacker: 'AAA', on: on('2009-06-01') });
  assert.deepEqual(joined(a), ['BBB>attacked', '']);
  const unsure = a.rounds[0]!.uncertain.map((u) => `${u.state.id} ${u.side} ${u.rule}`);
  assert.deepEqual(unsure, ['CCC attacker atop-9001-2-defense', 'DDD attacker atop-9001-2-defense', 'DDD attacker atop-9002-0-defense']);
  assert.match(a.rounds[0]!.uncertain[0]!.reason, /defence of Avaria, which fights on the side of the attack/);
  // Round 2: CCC and DDD are also bound to defend BBB, which joined EEE's side: a co-belligerent, not attacked.
  assert.match(
    a.rounds[1]!.uncertain.find((u) => u.state.id === 'CCC')!.reason,
    /Borduria, which entered the war beside Euphoria: only if the other side attacked it/,
  );
  assert.deepEqual(a.bothSides, []);
});

test('an offensive ally joins a state at war by its own choice, not the state attacked', async () => {
  // FFF owes EEE offence (9004): not when EEE is attacked, but when EEE attacks.
  const attacked = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({
    attacked: 'EEE',
    attacker: 'AAA',
    on: on('2009-06-01'),
  });
  assert.ok(!attacked.sides.attacked.some((s) => s.id === 'FFF'));
  const attacking = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({
    attacked: 'AAA',
    attacker: 'EEE',
    on: on('2009-06-01'),
  });
  assert.deepEqual(
    attacking.rounds[0]!.joined.find((j) => j.state.id === 'FFF')!.because.map((b) => `${b.kind} ${b.toward.id} vs ${b.against.id}`),
    ['offense EEE vs AAA'],
  );
});

test('with the switch off, the disputed provision draws no one in', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({
    attacked: 'EEE',
    attacker: 'AAA',
    on: on('2009-06-01'),
    switches: { 'charter-defense': false },
  });
  assert.deepEqual(joined(a), ['']);
  assert.deepEqual(
    a.sides.attacked.map((s) => s.id),
    ['EEE'],
  );
});

test('conditions that cannot be judged leave a state uncertain, not joined', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'KKK', attacker: 'ZZZ', on: on('2007-01-01') });
  assert.deepEqual(joined(a), ['']);
  assert.deepEqual(
    a.rounds[0]!.uncertain.map((u) => `${u.state.id} ${u.side} ${u.rule}`),
    ['LLL attacked atop-9006-0-defense-82'],
  );
  const unprovoked = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({
    attacked: 'KKK',
    attacker: 'ZZZ',
    on: on('2007-01-01'),
    provoked: false,
  });
  assert.deepEqual(joined(unprovoked), ['LLL>attacked', '']);
});

test('a state pulled to both sides in the same round stands aside and is flagged', async () => {
  const fact = (subject: string, atopid: number, ccode: number): Fact => ({
    id: `f:${atopid}:${subject}`,
    subject,
    predicate: 'party_to',
    object: `ATOP${atopid}`,
    valid: { from: '2000-01-01' as IsoDate, to: '9999-12-31' as IsoDate },
    precision: 'day',
    qualifiers: { phase: 0, ccode },
    provenance: { dataset: 'atop-5.1', ref: `f ${atopid} ${subject}` },
    confidence: 1,
  });
  // CCC promises to defend AAA (9101) and to join BBB's wars (9102): BBB attacks AAA.
  const facts = [fact('AAA', 9101, 10), fact('CCC', 9101, 30), fact('BBB', 9102, 20), fact('CCC', 9102, 30)];
  const p = (atopid: number, kind: Provision['kind'], bound: number[]): Provision => ({
    id: `atop-${atopid}-0-${kind}`,
    treaty: `ATOP${atopid}`,
    atopid,
    phase: 0,
    kind,
    bound,
    toward: 'others',
    conditions: [],
    example: '',
    source: { dataset: 'fixture', ref: String(atopid) },
  });
  const book = new RuleBook({ provisions: [p(9101, 'defense', [30]), p(9102, 'offense', [30])], amendments: [], areas: [], switches: [] });
  const treaties = [9101, 9102].map((id) => ({ id: `ATOP${id}`, kind: 'alliance' as const, name: `Treaty ${id}`, aliases: [], attrs: {}, provenance: [] }));
  const a = await new ObligationService(async () => ({ facts, entities: [...entities, ...treaties], datasets }), { ruleBook: book }).cascade({
    attacked: 'AAA',
    attacker: 'BBB',
    on: on('2009-06-01'),
  });
  assert.deepEqual(joined(a), ['']);
  assert.equal(a.bothSides.length, 1);
  assert.equal(a.bothSides[0]!.state.id, 'CCC');
  assert.equal(a.bothSides[0]!.joined, null);
  assert.deepEqual([a.bothSides[0]!.toAttacked[0]!.kind, a.bothSides[0]!.toAttacker[0]!.kind], ['defense', 'offense']);
});
