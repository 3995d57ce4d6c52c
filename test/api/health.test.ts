import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getJson, useServer } from './harness.js';

const loaded = useServer();
const empty = useServer({ empty: true });

test('GET health says what is loaded and which features the server offers', async () => {
  const { status, body } = await getJson(loaded, '/api/health');
  assert.equal(status, 200);
  assert.equal(body.status, 'ok');
  assert.equal(body.reference, 'api-fixture-1');
  assert.equal(body.capabilities.graph, true);
  assert.deepEqual(body.datasets.map((d: { id: string }) => d.id).sort(), ['atop-fixture', 'curated', 'igo', 'leaders', 'news', 'treaty']);
  const newest = body.datasets.reduce((a: string, d: { to: string }) => (d.to > a ? d.to : a), '');
  assert.deepEqual([body.newestDay, body.today], [newest, '2026-12-06']);
});

test('on an empty database health says so and queries are a 503 NOT_LOADED', async () => {
  const health = await getJson(empty, '/api/health');
  assert.equal(health.body.status, 'empty');
  const { status, body } = await getJson(empty, '/api/organizations/PACT/members?on=2012-05-15');
  assert.equal(status, 503);
  assert.equal(body.error.code, 'NOT_LOADED');
});
