import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { EntenteError } from '../../src/core/errors.js';
import type { Fact } from '../../src/core/fact.js';
import { addDays, parseDateQuery, type IsoDate } from '../../src/core/time.js';
import { GraphService } from '../../src/graph/graph-service.js';
import { effectiveFromFormal, supersede } from '../../src/graph/leader-terms.js';
import { datePrecisely, treatyMemberships } from '../../src/graph/membership-facts.js';
import { decidePair, decisionOn, pairTimeline } from '../../src/graph/precedence.js';
import { openStore, type Stores } from '../../src/store/open-store.js';
import { datasets, entities, facts, todayWorld } from '../fixtures/graph/today-world.js';

let stores: Stores;
let graph: GraphService;
const TODAY = '2026-12-06' as IsoDate;
const on = (s: string) => parseDateQuery(s);
const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id).sort();
const rank = (d: string) => datasets.find((x) => x.id === d)?.rank ?? 100;
const verified = (f: Fact) => (typeof f.qualifiers.asOf === 'string' ? f.qualifiers.asOf : datasets.find((x) => x.id === f.provenance.dataset)!.coverage.to);

before(async () => {
  stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  await stores.graph.loadReference(todayWorld);
  graph = new GraphService(stores.graph, { today: () => TODAY });
});
after(() => stores.close());

// Membership means membership: table of (day, members of ALLI) with the rule that decides it.
const membersOn: Array<[string, string[], string]> = [
  ['1949-02-01', [], 'before the treaty was signed: the IGO dataset\'s "1949" is dated by the treaty\'s entry into force'],
  ['1949-05-01', [], 'signed, not yet in force: nobody is a member of the organization'],
  ['1949-08-24', ['AAA', 'BBB'], 'the founding treaty enters into force'],
  ['1951-06-19', ['AAA', 'BBB'], 'a phase change of the treaty changes nothing'],
  ['1998-06-01', ['AAA', 'BBB'], 'PPP signed the accession protocol (treaty data) but acceded on 1999-03-12 (curated)'],
  ['1999-03-12', ['AAA', 'BBB', 'PPP'], 'accession day'],
  ['2023-04-04', ['AAA', 'BBB', 'NNN', 'PPP', 'SSS'], 'an accession after the treaty data ends (curated)'],
];
for (const [day, expected, why] of membersOn) {
  test(`ALLI on ${day}: ${why}`, async () => {
    assert.deepEqual(ids((await graph.members('ALLI', on(day))).members), expected);
  });
}

test('history shows one membership per founder, from the entry into force, with no leaving and rejoining at the phase change', async () => {
  const h = await graph.history('ALLI');
  const aaa = h.entries.filter((e) => e.state.id === 'AAA');
  assert.deepEqual(
    aaa.map((e) => [e.date, e.change, e.source.dataset]),
    [
      ['1949-08-24', 'joined', 'igo'],
      ['1949-08-24', 'joined', 'treaty'],
    ],
  );
  assert.match(aaa.find((e) => e.source.dataset === 'treaty')!.source.rule!, /graph\/treaty-membership.*counted from 1949-08-24/);
  assert.ok(!h.entries.some((e) => e.change === 'left' && e.date === '1951-06-19'));
});

test('a year-precise fact never decides against a day-precise one about the same membership', async () => {
  assert.deepEqual(ids((await graph.members('UNI', on('2013-03-01'))).members), []);
  const july = await graph.members('UNI', on('2013-07-01'));
  assert.deepEqual(
    july.members.map((m) => [m.id, m.from]),
    [['HHH', '2013-07-01']],
  );
  // Followed alone, the year-precise source is dated by the finer fact too, and says by which.
  const igo = await graph.members('UNI', on('2013-03-01'), { source: 'igo' });
  assert.deepEqual(igo.members, []);
  const refined = datePrecisely(
    facts.filter((f) => f.object === 'UNI'),
    rank,
  ).find((f) => f.provenance.dataset === 'igo')!;
  assert.equal(refined.valid.from, '2013-07-01');
  assert.match(String(refined.qualifiers.datedBy), /curated curated:HHH:UNI:2013-07-01/);
});

test('phases merge and count from the treaty binding the organization; a fact of one run is returned as it is', () => {
  const party = facts.filter((f) => f.object === 'ATOP9100' && f.subject === 'AAA');
  const [merged] = treatyMemberships(party, entities.find((e) => e.id === 'ALLI')!);
  assert.deepEqual([merged!.valid.from, merged!.valid.to, merged!.qualifiers.phases], ['1949-08-24', '9999-12-31', '1,2']);
  const sss = facts.filter((f) => f.object === 'ATOP9100' && f.subject === 'SSS');
  assert.equal(treatyMemberships(sss, entities.find((e) => e.id === 'ALLI')!)[0], sss[0]);
});

test('deciding once per segment, boundaries of freshness included, answers every day as deciding afresh', () => {
  for (const subject of ['AAA', 'PPP', 'SSS', 'HHH']) {
    const pair = datePrecisely(
      facts.filter((f) => f.subject === subject && (f.object === 'ALLI' || f.object === 'UNI')),
      rank,
    );
    const coverage = new Map([
      ['igo', { from: '1949-01-01', to: '9999-12-31' }],
      ['curated', { from: '1999-03-12', to: '9999-12-31' }],
    ]);
    const t = pairTimeline(pair, rank, coverage, verified);
    for (const v of pair.map(verified))
      assert.ok(v >= '9000' || t.starts.includes(addDays(v as IsoDate, 1)) || pair.every((f) => f.valid.to <= v), `${subject}: a segment starts after ${v}`);
    for (const s of t.starts) {
      for (const day of [addDays(s, -1), s, addDays(s, 1)]) {
        const fresh = decidePair(pair, day, rank, coverage);
        const fast = decisionOn(t, day);
        assert.deepEqual([fast.decidedBy, fast.status, fast.verdicts], [fresh.decidedBy, fresh.status, fresh.verdicts], `${subject} ${day}`);
      }
    }
  }
});

test('every line says through which day its sources verify it, and is marked when the day asked is later', async () => {
  const a = await graph.members('ALLI', on('2026-12-06'));
  const line = (id: string) => a.members.find((m) => m.id === id)!;
  assert.deepEqual([line('NNN').verifiedThrough, line('NNN').carriedForward], ['2026-11-30', true]);
  assert.equal(line('NNN').carriedFrom?.dataset, 'curated');
  assert.deepEqual([line('AAA').verifiedThrough, line('AAA').carriedForward, line('AAA').carriedFrom?.dataset], ['2018-12-31', true, 'treaty']);
  const past = await graph.members('ALLI', on('2010-01-01'));
  assert.ok(past.members.every((m) => !m.carriedForward && m.carriedFrom === undefined));
  assert.match(a.notes.join(' '), /carried forward past the last day their source speaks of \(marked ~\)/);
});

test('--strict leaves out the lines carried forward, and says how many', async () => {
  const a = await graph.members('ALLI', on('2020-01-01'), { strict: true });
  assert.deepEqual(ids(a.members), ['PPP', 'SSS']);
  assert.equal(a.strict, true);
  assert.match(a.notes.join(' '), /strict: 2 lines carried forward past their sources left out/);
  const orgs = await graph.organizations('AAA', on('2020-01-01'), { strict: true });
  assert.deepEqual([orgs.organizations.length, orgs.alliances.length], [0, 0]);
});

test('a day after today is refused with a clear message; a day after the newest data is answered, marked', async () => {
  await assert.rejects(graph.members('ALLI', on('2026-12-07')), (e: unknown) => {
    assert.ok(e instanceof EntenteError);
    assert.equal(e.code, 'OUT_OF_RANGE');
    assert.match(e.message, /2026-12-07 is after today \(2026-12-06\)/);
    return true;
  });
  await assert.rejects(graph.leaders('AAA', on('2027')), /after today/);
  assert.equal(await graph.newestDay(), '2026-11-30');
});

test('leaders: a carried-forward term ends where a later source names a successor; the formal office continues the effective leader', async () => {
  const a = await graph.leaders('AAA', on('2025-06-01'));
  assert.deepEqual(
    a.leaders.map((l) => [l.office, l.person.id]),
    [
      ['head_of_state', 'P2'],
      ['effective_leader', 'P2'],
    ],
  );
  assert.match(a.notes.join(' '), /effective leader .* is the head of state/);
  const mid = await graph.leaders('AAA', on('2016-06-01'));
  assert.deepEqual(
    mid.leaders.map((l) => [l.office, l.person.id, l.to]),
    [['effective_leader', 'P1', '2017-01-19']],
  );
  const b = await graph.leaders('BBB', on('2024-01-01'));
  assert.deepEqual(
    b.leaders.map((l) => [l.office, l.person.id]),
    [
      ['head_of_government', 'Y1'],
      ['effective_leader', 'Y1'],
    ],
  );
});

test('the two leader rules, pure: the office matched where the datasets last overlap, and the cut', () => {
  const aaa = facts.filter((f) => f.object === 'AAA' && f.predicate === 'holds_office');
  const e = effectiveFromFormal(aaa, verified);
  assert.deepEqual(
    [e.office, e.matchedOn, e.derived.map((f) => `${f.subject} ${f.valid.from}`)],
    ['head_of_state', '2021-02-22', ['P3 2021-01-20', 'P2 2025-01-20']],
  );
  const cut = supersede([...aaa, ...e.derived], verified);
  const p3 = cut.find((f) => f.provenance.dataset === 'reign' && f.subject === 'P3')!;
  assert.equal(p3.valid.to, '2025-01-19');
  assert.equal(p3.qualifiers.endInferred, true);
  // Within its own span a source is never overruled: REIGN's closed P1 term is untouched.
  assert.equal(
    cut.find((f) => f.provenance.dataset === 'reign' && f.subject === 'P1'),
    aaa.find((f) => f.provenance.dataset === 'reign' && f.subject === 'P1'),
  );
});

test("after its data ends, an alliance founding an organization has the organization's members as parties", async () => {
  const a = await graph.members('ATOP9100', on('2025-01-01'));
  assert.deepEqual(
    a.members.map((m) => [m.id, m.from]),
    [
      ['AAA', '1951-06-19'],
      ['BBB', '1951-06-19'],
      ['NNN', '2023-04-04'],
      ['PPP', '1997-12-16'],
    ],
  );
  assert.deepEqual(
    a.others.map((m) => [m.id, m.status]),
    [['SSS', 'suspended']],
  );
  const nnn = a.members.find((m) => m.id === 'NNN')!;
  assert.match(nnn.sources[0]!.rule!, /graph\/treaty-continued-by-organization \(ALLI members after 2018-12-31\)/);
  // Within the treaty data's span the treaty's own rows answer, as before.
  assert.deepEqual(ids((await graph.members('ATOP9100', on('2010-01-01'))).members), ['AAA', 'BBB', 'PPP', 'SSS']);
  const orgs = await graph.organizations('NNN', on('2025-01-01'));
  assert.deepEqual(
    orgs.alliances.map((x) => [x.id, x.phase, x.from]),
    [['ATOP9100', 2, '2023-04-04']],
  );
});
