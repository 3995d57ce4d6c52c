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

test('round 1 the defenders and the attacker’s offensive ally, round 2 nothing new; allies of both sides flagged', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'AAA', attacker: 'EEE', on: on('2009-06-01') });
  assert.deepEqual(joined(a), ['BBB>attacked CCC>attacked DDD>attacked FFF>attacker', '']);
  const ddd = a.rounds[0]!.joined.find((j) => j.state.id === 'DDD')!;
  assert.deepEqual(ddd.because.map((b) => `${b.rule} ${b.toward.id} vs ${b.against.id}`), ['atop-9001-2-defense AAA vs EEE', 'atop-9002-0-defense AAA vs EEE']);
  assert.deepEqual(a.sides.attacked.map((s) => s.id).sort(), ['AAA', 'BBB', 'CCC', 'DDD']);
  assert.deepEqual(a.sides.attacker.map((s) => s.id).sort(), ['EEE', 'FFF']);
  const flags = Object.fromEntries(a.bothSides.map((b) => [b.state.id, b]));
  assert.deepEqual(Object.keys(flags), ['BBB', 'EEE']);
  assert.equal(flags.BBB!.joined, 'attacked');
  assert.deepEqual(flags.BBB!.toAttacker.map((r) => `${r.rule} ${r.toward.id} vs ${r.against.id}`), ['atop-9003-0-defense EEE vs CCC', 'atop-9003-0-defense EEE vs DDD']);
  assert.equal(flags.EEE!.joined, 'attacker');
  assert.deepEqual(flags.EEE!.toAttacked.map((r) => `${r.toward.id} vs ${r.against.id}`), ['BBB vs FFF']);
});

test('escalation over three rounds: whoever is bound to the new parties joins against them', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'EEE', attacker: 'AAA', on: on('2009-06-01') });
  assert.deepEqual(joined(a), ['BBB>attacked', 'CCC>attacker DDD>attacker', '']);
  assert.deepEqual(a.rounds[1]!.joined[0]!.because.map((b) => `${b.toward.id} vs ${b.against.id}`), ['AAA vs BBB']);
  assert.deepEqual(a.bothSides.map((b) => b.state.id), ['AAA', 'CCC', 'DDD']);
});

test('with the switch off, the disputed provision draws no one in', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'EEE', attacker: 'AAA', on: on('2009-06-01'), switches: { 'charter-defense': false } });
  assert.deepEqual(joined(a), ['']);
  assert.deepEqual(a.sides.attacked.map((s) => s.id), ['EEE']);
});

test('conditions that cannot be judged leave a state uncertain, not joined', async () => {
  const a = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'KKK', attacker: 'ZZZ', on: on('2007-01-01') });
  assert.deepEqual(joined(a), ['']);
  assert.deepEqual(a.rounds[0]!.uncertain.map((u) => `${u.state.id} ${u.side} ${u.rule}`), ['LLL attacked atop-9006-0-defense-82']);
  const unprovoked = await new ObligationService(async () => world, { ruleBook: tinyRuleBook() }).cascade({ attacked: 'KKK', attacker: 'ZZZ', on: on('2007-01-01'), provoked: false });
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
  const a = await new ObligationService(async () => ({ facts, entities, datasets }), { ruleBook: book }).cascade({ attacked: 'AAA', attacker: 'BBB', on: on('2009-06-01') });
  assert.deepEqual(joined(a), ['']);
  assert.equal(a.bothSides.length, 1);
  assert.equal(a.bothSides[0]!.state.id, 'CCC');
  assert.equal(a.bothSides[0]!.joined, null);
  assert.deepEqual([a.bothSides[0]!.toAttacked[0]!.kind, a.bothSides[0]!.toAttacker[0]!.kind], ['defense', 'offense']);
});
