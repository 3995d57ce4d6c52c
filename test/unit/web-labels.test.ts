import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupTreaties, placeLabels, shortName } from '../../web/src/labels.js';
import { readDay } from '../../web/src/dates.js';

/** The web UI's pure parts: graph labels that do not collide, treaties grouped, days as people type them. */
const NAMES: Array<[string, string, string]> = [
  ['CSTO', 'Collective Security Treaty Organization', 'CSTO'],
  ['ATOP3215', 'ANZUS Treaty (San Francisco, 1951)', 'ANZUS Treaty 1951'],
  ['ATOP1467', 'ATOP 1467: Ecuador, Bolivia 1911', 'Ecuador–Bolivia 1911'],
  ['ATOP3205', 'Arab League Treaty of Joint Defence and Economic Co-operation (Cairo, 1950)', 'Arab League Treaty o… 1950'],
  ['ATOP4470', 'ATOP 4470: Russia, Tajikistan 1993 +3', 'Russia–Tajikistan 1993 +3'],
  ['DESTA16', 'Algeria EC', 'Algeria EC'],
];
for (const [id, name, label] of NAMES) test(`label of ${id}: ${label}`, () => assert.equal(shortName({ id, name }), label));

test('labels that would overlap: the higher priority keeps its label', () => {
  const box = (x: number, y: number, w = 40, h = 10) => ({ x1: x, y1: y, x2: x + w, y2: y + h });
  const shown = placeLabels([
    { id: 'small', box: box(10, 10), priority: 2 },
    { id: 'big', box: box(30, 12), priority: 100 },
    { id: 'apart', box: box(200, 10), priority: 1 },
    { id: 'hidden', box: { x1: 0, y1: 0, x2: 0, y2: 0 }, priority: 500 },
  ]);
  assert.deepEqual([...shown].sort(), ['apart', 'big']);
});

test('treaties with the same parties become one node; organizations never merge', () => {
  const node = (id: string, type: string) => ({ id, name: `ATOP ${id}: A, B 1993`, kind: 'organization' as const, type, region: null });
  const edge = (s: string, t: string) => ({
    id: `${s}>${t}`,
    source: s,
    target: t,
    status: 'in_force',
    from: '1993-01-01',
    to: '',
    dataset: 'atop',
    verifiedThrough: '2018-12-31',
    carriedForward: false,
  });
  const { snapshot, groups } = groupTreaties({
    on: '2012-05-15',
    nodes: [node('T1', 'alliance'), node('T2', 'alliance'), node('T3', 'alliance'), node('O1', 'igo'), node('O2', 'igo')],
    edges: [
      edge('A', 'T1'),
      edge('B', 'T1'),
      edge('A', 'T2'),
      edge('B', 'T2'),
      edge('A', 'T3'),
      edge('A', 'O1'),
      edge('B', 'O1'),
      edge('A', 'O2'),
      edge('B', 'O2'),
    ],
    types: [],
    regions: [],
    notes: [],
  });
  assert.deepEqual(
    snapshot.nodes.map((n) => n.id),
    ['T1', 'T3', 'O1', 'O2'],
  );
  assert.match(snapshot.nodes[0]!.name, / \+1$/);
  assert.deepEqual(
    groups.get('T1')?.members.map((m) => m.id),
    ['T1', 'T2'],
  );
  assert.deepEqual(
    snapshot.edges.filter((e) => e.target === 'T1').map((e) => e.source),
    ['A', 'B'],
  );
});

const DAYS: Array<[string, string | null]> = [
  ['2012-05-15', '2012-05-15'],
  ['2012', '2012-07-01'],
  ['2012-06', '2012-06-01'],
  ['today', '2026-12-06'],
  ['15 May 2012', '2012-05-15'],
  ['May 15, 2012', '2012-05-15'],
  ['2012-02-30', null],
  ['yesterday', null],
  ['', null],
];
for (const [typed, day] of DAYS) test(`a typed day: ${JSON.stringify(typed)} -> ${day}`, () => assert.equal(readDay(typed, '2026-12-06'), day));
