import assert from 'node:assert/strict';
import { test } from 'node:test';
import { snapshotAnswer } from '../../src/api/routes/graph.js';
import { getJson, useServer } from './harness.js';

const h = useServer();
type Edge = { source: string; target: string; status: string };
const edges = (body: { edges: Edge[] }) => body.edges.map((e) => `${e.source}>${e.target}:${e.status}`).sort();

test('GET graph on a day: nodes and the membership edges valid that day', async () => {
  const { status, body } = await getJson(h, '/api/graph?on=2012-05-15');
  assert.equal(status, 200);
  snapshotAnswer.parse(body);
  // The default shows the curated ("featured") bodies whatever their type: the old union is an IGO.
  assert.deepEqual(edges(body), ['AAA>CUX:member', 'AAA>PACT:member', 'BBB>PACT:member', 'CCC>CUX:member', 'CCC>OLDU:member', 'DDD>PACT:member']);
  assert.deepEqual(
    body.nodes.filter((n: { kind: string }) => n.kind === 'state').map((n: { id: string; region: string }) => [n.id, n.region]),
    [
      ['AAA', 'Europe'],
      ['BBB', 'Europe'],
      ['CCC', 'Asia'],
      ['DDD', 'Asia'],
    ],
  );
  assert.deepEqual(body.regions, ['Asia', 'Europe']);
});

test('moving the day over a suspension changes the edge; the founding treaty is not drawn twice', async () => {
  const { body } = await getJson(h, '/api/graph?on=2012-07-01');
  assert.ok(edges(body).includes('DDD>PACT:suspended'));
  assert.ok(!body.nodes.some((n: { id: string }) => n.id === 'ATOP9001'));
  const later = await getJson(h, '/api/graph?on=2013-01-01');
  assert.ok(!later.body.edges.some((e: Edge) => e.source === 'DDD'));
});

test('graph filters by organization type and by region', async () => {
  const customs = await getJson(h, '/api/graph?on=2012-05-15&types=customs_union');
  assert.deepEqual(edges(customs.body), ['AAA>CUX:member', 'CCC>CUX:member']);
  const asia = await getJson(h, '/api/graph?on=2012-05-15&region=Asia');
  assert.deepEqual(edges(asia.body), ['CCC>CUX:member', 'CCC>OLDU:member', 'DDD>PACT:member']);
  const igo = await getJson(h, '/api/graph?on=2012-05-15&types=igo');
  assert.deepEqual(edges(igo.body), ['CCC>OLDU:member']);
  assert.deepEqual(igo.body.types.map((t: { type: string }) => t.type).sort(), ['alliance', 'customs_union', 'featured', 'igo', 'security_organization']);
});
