import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../src/core/entity.js';
import type { Fact, Qualifier } from '../../src/core/fact.js';
import type { DateQuery, IsoDate } from '../../src/core/time.js';
import type { ObligationsAnswer } from '../../src/rules/answers.js';
import { ObligationService } from '../../src/rules/obligation-service.js';
import type { Provision } from '../../src/rules/provision.js';
import { RuleBook } from '../../src/rules/rule-book.js';
import { areas, datasets, entities, facts, provisions, switches, world } from '../fixtures/rules/tiny-world.js';

/**
 * Obligations after the treaty data ends (issue 11), on the tiny world plus what the project's own data adds:
 * PACTORG, the organization of the Pact (ATOP9001), with its members in a curated file checked on 2026-11-30
 * (NNN acceding in 2023, CCC suspending its participation in 2024); a curated end of the Charter (ATOP9003) for
 * BBB on 2019-04-01; a curated treaty TRE-2024 between AAA and ZZZ, signed in June, in force on 2024-12-04.
 */
const d = (s: string) => s as IsoDate;
const OPEN = d('9999-12-31');
const TODAY = d('2026-12-06');
const on = (date: string): DateQuery => ({ date: d(date), precision: 'day' });

function curated(
  subject: string,
  predicate: Fact['predicate'],
  object: string,
  from: string,
  to: string,
  extra: { status?: Fact['status']; q?: Record<string, Qualifier> } = {},
): Fact {
  return {
    id: `curated:${object}:${subject}:${from}`,
    subject,
    predicate,
    object,
    valid: { from: d(from), to: d(to) },
    precision: 'day',
    ...(extra.status ? { status: extra.status } : {}),
    qualifiers: { asOf: '2026-11-30', ...extra.q },
    provenance: { dataset: 'curated', ref: `curated ${object} ${subject}`, rule: 'fixture', citation: 'fixture citation' },
    confidence: 1,
  };
}

const more: Entity[] = [
  ...entities.filter((e) => e.id !== 'PACTORG'),
  { id: 'PACTORG', kind: 'organization', name: 'Pact Organization', aliases: [], attrs: { founded: '2000-01-01', treaty: 'ATOP9001' }, provenance: [] },
  { id: 'NNN', kind: 'state', name: 'Nordland', aliases: [], attrs: { ccode: 77 }, provenance: [] },
  { id: 'TRE-2024', kind: 'alliance', name: 'Treaty of 2024', aliases: [], attrs: {}, provenance: [] },
];
const memberships: Fact[] = [
  curated('AAA', 'member_of', 'PACTORG', '2000-01-01', OPEN, { status: 'member' }),
  curated('BBB', 'member_of', 'PACTORG', '2000-01-01', OPEN, { status: 'member' }),
  curated('CCC', 'member_of', 'PACTORG', '2000-01-01', '2024-02-21', { status: 'member' }),
  curated('CCC', 'member_of', 'PACTORG', '2024-02-22', OPEN, { status: 'suspended', q: { note: 'froze its participation' } }),
  curated('NNN', 'member_of', 'PACTORG', '2023-04-04', OPEN, { status: 'member' }),
];
const parties: Fact[] = [
  ...facts.filter((f) => f.predicate === 'party_to'),
  curated('BBB', 'party_to', 'ATOP9003', '2019-04-01', OPEN, { status: 'withdrawn' }),
  curated('AAA', 'party_to', 'TRE-2024', '2024-06-19', '2024-12-03', { q: { phase: 0, stage: 'signed' } }),
  curated('AAA', 'party_to', 'TRE-2024', '2024-12-04', OPEN, { q: { phase: 0, stage: 'in_force' } }),
  curated('ZZZ', 'party_to', 'TRE-2024', '2024-06-19', '2024-12-03', { q: { phase: 0, stage: 'signed' } }),
  curated('ZZZ', 'party_to', 'TRE-2024', '2024-12-04', OPEN, { q: { phase: 0, stage: 'in_force' } }),
];
const own: Provision = {
  id: 'tre-2024-defense',
  treaty: 'TRE-2024',
  phase: 0,
  kind: 'defense',
  bound: 'all',
  toward: 'others',
  conditions: [],
  example: 'If Avaria is attacked, Zembla defends it.',
  source: { dataset: 'entente-rules', ref: 'fixture tre-2024-defense', rule: 'rules/hand-written', citation: 'fixture' },
};
const curatedDataset = { ...datasets.find((x) => x.id === 'curated')!, coverage: { from: '2000-01-01', to: '2026-11-30' } };
const data = { facts: parties, memberships, entities: more, datasets: [datasets[0]!, curatedDataset] };
const book = new RuleBook({ provisions: [...provisions, own], amendments: [], areas, switches });
const service = new ObligationService(async () => data, { ruleBook: book, today: () => TODAY });
const defenders = (a: ObligationsAnswer) =>
  a.obligations
    .filter((l) => l.kind === 'defense')
    .map((l) => `${l.state.id} ${l.rule}`)
    .sort();

test('after the treaty data ends, the organization built on it gives its parties: an accession binds from its day', async () => {
  const before = await service.obligations({ attacked: 'AAA', on: on('2023-04-03') });
  assert.ok(!defenders(before).includes('NNN atop-9001-2-defense'));
  const after = await service.obligations({ attacked: 'AAA', on: on('2023-04-04') });
  assert.ok(defenders(after).includes('NNN atop-9001-2-defense'));
  const nnn = after.obligations.find((l) => l.state.id === 'NNN')!;
  // Both parties' memberships come from the organization's curated record, checked through 2026-11-30.
  assert.deepEqual([nnn.verifiedThrough, nnn.carriedForward, nnn.carriedFrom], ['2026-11-30', false, undefined]);
  assert.equal(nnn.sources[1]!.dataset, 'curated');
});

test('what ATOP coded as in force continues after 2018, marked as carried forward; --strict leaves it out', async () => {
  const a = await service.obligations({ attacked: 'AAA', on: on('2020-06-01') });
  const ddd = a.obligations.find((l) => l.state.id === 'DDD' && l.rule === 'atop-9001-2-defense')!;
  assert.deepEqual([ddd.verifiedThrough, ddd.carriedForward, ddd.carriedFrom?.dataset], ['2018-12-31', true, 'atop-5.1']);
  assert.match(a.notes.join(' '), /codes alliances to 2018-12-31.*marked ~; a strict answer leaves them out/);
  const strict = await service.obligations({ attacked: 'AAA', on: on('2020-06-01'), strict: true });
  assert.ok(strict.obligations.every((l) => !l.carriedForward));
  assert.equal(strict.scenario.strict, true);
});

test('a suspended member stays a party, but what it owes and is owed is not assumed (a participation caveat)', async () => {
  const a = await service.obligations({ attacked: 'CCC', on: on('2025-01-01') });
  assert.ok(!a.obligations.some((l) => l.kind === 'defense' && l.rule === 'atop-9001-2-defense'));
  const held = a.inactive.find((l) => l.rule === 'atop-9001-2-defense')!;
  assert.match(held.reason, /participation: Carpania's participation in the Pact Organization is suspended since 2024-02-22 \(froze its participation\)/);
});

test('a cited end ends what ATOP carries forward, from that day', async () => {
  const bound = (date: string) => service.boundBy('BBB', on(date)).then((a) => a.obligations.filter((o) => o.rule === 'atop-9003-0-defense').length);
  assert.equal(await bound('2019-03-31'), 1);
  assert.equal(await bound('2019-04-01'), 0);
});

test('a curated treaty binds from its entry into force, not its signature', async () => {
  assert.ok(!defenders(await service.obligations({ attacked: 'AAA', on: on('2024-07-01') })).includes('ZZZ tre-2024-defense'));
  const a = await service.obligations({ attacked: 'AAA', on: on('2024-12-04') });
  const zzz = a.obligations.find((l) => l.rule === 'tre-2024-defense')!;
  assert.deepEqual([zzz.state.id, zzz.treaty.id, zzz.carriedForward], ['ZZZ', 'TRE-2024', false]);
});

test('a day after today is refused; the dyad-years ATOP codes are the same with the data added after it', async () => {
  await assert.rejects(service.obligations({ attacked: 'AAA', on: on('2026-12-07') }), /after today/);
  const plain = await new ObligationService(async () => world, { ruleBook: book, today: () => TODAY }).dyadYears(2000, 2018);
  assert.deepEqual(await service.dyadYears(2000, 2018), plain);
});
