import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyDirected, type DirectedReading } from '../../scripts/build-rules/apply-directed.js';
import { lineRanges, provisionsFromAtop, type MemberRow } from '../../scripts/build-rules/atop-provisions.js';
import { owes, RuleBook } from '../../src/rules/rule-book.js';
import { projectRuleBook } from '../../src/rules/rules-data.js';
import { areas, provisions, switches } from '../fixtures/rules/tiny-world.js';

const ROOT = join(import.meta.dirname, '..', '..');

function row(line: number, cells: Record<string, string | number>): MemberRow {
  const base: Record<string, string> = {
    phase: '0',
    obvary: '0',
    defense: '0',
    offense: '0',
    neutral: '0',
    nonagg: '0',
    consul: '0',
    statthr1: '0',
    statthr2: '0',
  };
  for (const [k, v] of Object.entries(cells)) base[k] = String(v);
  return { line, cells: base };
}

const NAMES = new Map([
  [200, 'United Kingdom'],
  [220, 'France'],
  [380, 'Sweden'],
  [255, 'Germany'],
]);

test('member-level rows become one provision per alliance, phase and obligation', () => {
  const rows = [row(2, { atopid: 5001, member: 200, defense: 1, consul: 1 }), row(3, { atopid: 5001, member: 220, defense: 1, consul: 1 })];
  const ps = provisionsFromAtop(rows, NAMES);
  assert.deepEqual(
    ps.map((p) => p.id),
    ['atop-5001-0-defense', 'atop-5001-0-consultation'],
  );
  assert.equal(ps[0]!.bound, 'all');
  assert.equal(ps[0]!.toward, 'others');
  assert.equal(ps[0]!.example, 'If France is attacked, United Kingdom is bound to come to its defence.');
  assert.equal(ps[0]!.source.ref, 'atop5_1m.csv lines 2-3 (atopid=5001, phase=0, defense=1)');
});

test('members that differ in conditions get a provision each; named threats come from STATTHR', () => {
  const rows = [
    row(10, { atopid: 5002, phase: 1, member: 200, defense: 1, defcoadv: 1, statthr1: 255 }),
    row(11, { atopid: 5002, phase: 1, member: 220, defense: 1, statthr1: 255 }),
    row(12, { atopid: 5002, phase: 1, member: 380, statthr1: 255 }),
  ];
  const ps = provisionsFromAtop(rows, NAMES);
  assert.deepEqual(
    ps.map((p) => [p.id, p.bound]),
    [
      ['atop-5002-1-defense-200', [200]],
      ['atop-5002-1-defense-220', [220]],
    ],
  );
  assert.deepEqual(ps[0]!.conditions, [{ code: 'adversary', atop: 'defcoadv', named: [255] }]);
  assert.match(ps[0]!.example, /but only against a particular adversary \(Germany\)\.$/);
});

test('an OBVARY member owes its obligation to the members that do not undertake it (the guarantee reading)', () => {
  const rows = [
    row(20, { atopid: 5003, member: 200, defense: 1, consul: 1, obvary: 1 }),
    row(21, { atopid: 5003, member: 220, defense: 1, consul: 1, obvary: 1 }),
    row(22, { atopid: 5003, member: 380, consul: 1 }),
  ];
  const defense = provisionsFromAtop(rows, NAMES).find((p) => p.kind === 'defense')!;
  assert.deepEqual(defense.toward, { '200': [380], '220': [380] });
  assert.match(defense.direction!, /OBVARY/);
  assert.equal(defense.example, 'If Sweden is attacked, United Kingdom is bound to come to its defence.');
  const consultation = provisionsFromAtop(rows, NAMES).find((p) => p.kind === 'consultation')!;
  assert.equal(consultation.toward, 'others', 'everyone consults: no one to single out');
});

test('a hand-written reading replaces the direction and the example, and must cover every bound member', () => {
  const rows = [
    row(30, { atopid: 5004, member: 200, defense: 1 }),
    row(31, { atopid: 5004, member: 220, defense: 1 }),
    row(32, { atopid: 5004, member: 255, defense: 1 }),
  ];
  const members = new Map([['5004:0', [200, 220, 255]]]);
  const reading: DirectedReading = {
    provisions: ['atop-5004-0-defense'],
    toward: { '200': [220, 255], '220': [255], '255': [] },
    reading: 'guarantors',
    citation: 'a treaty, art. 1',
  };
  const [p] = applyDirected(provisionsFromAtop(rows, NAMES), [reading], members, NAMES);
  assert.deepEqual(p!.toward, { '200': [220, 255], '220': [255], '255': [] });
  assert.equal(p!.direction, 'guarantors (a treaty, art. 1)');
  assert.throws(
    () => applyDirected(provisionsFromAtop(rows, NAMES), [{ ...reading, toward: { '200': [220] } }], members, NAMES),
    /says nothing of bound member 220/,
  );
  assert.throws(
    () => applyDirected(provisionsFromAtop(rows, NAMES), [{ ...reading, provisions: ['atop-9-0-defense'] }], members, NAMES),
    /no generated provision has the id atop-9-0-defense/,
  );
});

test('line ranges', () => {
  assert.equal(lineRanges([5, 3, 4, 9]), 'lines 3-5, 9');
  assert.equal(lineRanges([7]), 'line 7');
});

test('owes: bound members, toward whom, never oneself', () => {
  const book = new RuleBook({ provisions, amendments: [], areas, switches });
  const [bilateral] = book.inPhase('ATOP9002', 0);
  assert.equal(owes(bilateral!, 40, 10), true);
  assert.equal(owes(bilateral!, 10, 40), false, 'AAA is not bound by the defence provision');
  const directed = new RuleBook({ provisions: [{ ...provisions[0]!, toward: { '10': [20] } }], amendments: [], areas, switches: [] }).inPhase(
    'ATOP9001',
    1,
  )[0]!;
  assert.deepEqual([owes(directed, 10, 20), owes(directed, 10, 30), owes(directed, 20, 30), owes(directed, 20, 20)], [true, false, true, false]);
});

test('the rule book refuses references to provisions or areas that do not exist', () => {
  assert.throws(() => new RuleBook({ provisions, amendments: [{ provisions: ['atop-1-0-defense'] }], areas, switches }), /names a provision atop-1-0-defense/);
  assert.throws(
    () =>
      new RuleBook({ provisions, amendments: [{ provisions: ['atop-9001-1-defense'], conditions: [{ code: 'location', area: 'mars' }] }], areas, switches }),
    /area mars/,
  );
  assert.throws(
    () => new RuleBook({ provisions: [...provisions, provisions[0]!], amendments: [], areas, switches }),
    /two provisions have the id atop-9001-1-defense/,
  );
  assert.throws(
    () => new RuleBook({ provisions, amendments: [], areas, switches: [{ ...switches[0]!, provisions: ['atop-2-0-defense'] }] }),
    /switch charter-defense names a provision atop-2-0-defense/,
  );
});

test('the project rule book: the CSTO clause, NATO’s art. 5 with its art. 6 area, the CIS Charter switch', () => {
  const book = projectRuleBook();
  assert.ok(book.provisions.size > 1000);
  const csto = book.provisions.get('atop-4220-2-defense')!;
  assert.equal(csto.bound, 'all');
  assert.equal(csto.article?.article, '4');
  assert.match(csto.article!.treaty, /Collective Security, Tashkent, 15 May 1992/);
  const nato = book.provisions.get('atop-3180-2-defense')!;
  assert.deepEqual(nato.conditions, [{ code: 'location', atop: 'defcoloc', area: 'nato-article-6' }]);
  assert.equal(nato.article?.article, '5 and 6');
  assert.ok(book.areas.get('nato-article-6')!.excludes.some((p) => p.place === 'hawaii'));
  assert.equal(book.provisions.get('atop-4400-0-defense')!.switch, 'cis-charter-defense');
  assert.equal(book.switches.get('cis-charter-defense')!.default, true, 'the default follows ATOP');
  for (const p of book.provisions.values()) {
    if (p.source.dataset === 'entente-rules') continue;
    assert.match(p.id, /^atop-\d+-\d+-(defense|offense|neutrality|nonaggression|consultation)(-\d+)?$/);
    assert.ok(p.example.length > 0 && p.source.dataset === 'atop-5.1', p.id);
  }
});

test('the project’s own provisions (rules/treaty-provisions.json): ids from their treaty, an article and a citation each, every treaty in the curated data', () => {
  const book = projectRuleBook();
  const own = [...book.provisions.values()].filter((p) => p.source.dataset === 'entente-rules');
  assert.ok(own.length >= 8, `${own.length} hand-written provisions`);
  const curated = JSON.parse(readFileSync(join(ROOT, 'data', 'curated', 'treaties-since-2019.json'), 'utf8')) as {
    entities: Array<{ id: string; kind: string }>;
  };
  const treaties = new Set(curated.entities.filter((e) => e.kind === 'alliance').map((e) => e.id));
  for (const p of own) {
    assert.match(p.id, new RegExp(`^${p.treaty.toLowerCase()}-(defense|offense|neutrality|nonaggression|consultation)$`));
    assert.ok(treaties.has(p.treaty), `${p.id}: ${p.treaty} is a curated alliance`);
    assert.ok(p.article && p.article.citation.length > 20 && p.source.citation!.length > 20, p.id);
    assert.ok(book.inPhase(p.treaty, p.phase).some((c) => c.provision.id === p.id));
  }
  // What 9/11 needs: ANZUS and the Rio Treaty with their areas, in which an attack on the United States falls.
  assert.deepEqual(book.provisions.get('atop-3215-0-defense')!.conditions, [{ code: 'location', atop: 'defcoloc', area: 'anzus-pacific' }]);
  assert.deepEqual(book.provisions.get('atop-3075-0-defense')!.conditions, [{ code: 'location', atop: 'defcoloc', area: 'rio-treaty-region' }]);
  for (const area of ['anzus-pacific', 'rio-treaty-region'])
    assert.ok(
      book.areas.get(area)!.includes.some((p) => p.place === 'home'),
      area,
    );
});

test('rules/atop-provisions.json carries every hand-written reading of rules/atop-directed.json (run npm run build:rules after editing it)', () => {
  const directed = JSON.parse(readFileSync(join(ROOT, 'rules', 'atop-directed.json'), 'utf8')) as { readings: DirectedReading[] };
  const book = projectRuleBook();
  for (const r of directed.readings) {
    for (const id of r.provisions) {
      const p = book.provisions.get(id);
      assert.ok(p, `${id} is in the rule book`);
      assert.ok(p.toward !== 'others', `${id} is directed`);
      for (const [member, owed] of Object.entries(p.toward)) assert.deepEqual(owed, r.toward[member], `${id}: member ${member}`);
      assert.ok(p.direction?.includes(r.citation), `${id} cites its reading`);
    }
  }
});
