import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorBody } from '../../src/api/schemas.js';
import { buildServer } from '../../src/api/server.js';
import type { App } from '../../src/app.js';
import { getJson, useServer } from './harness.js';

const h = useServer();

/** Every failure has the one error body and never leaks a stack or a file path. */
function assertError(res: { status: number; body: unknown }, status: number, code: string): { code: string; message: string; suggestions?: string[] } {
  assert.equal(res.status, status, JSON.stringify(res.body));
  const body = errorBody.parse(res.body);
  assert.equal(body.error.code, code);
  assert.doesNotMatch(JSON.stringify(res.body), /\.ts:\d+|\n\s+at /);
  return body.error as { code: string; message: string; suggestions?: string[] };
}

test('an impossible date is a 400 BAD_DATE that says why', async () => {
  const e = assertError(await getJson(h, '/api/organizations/PACT/members?on=2012-02-30'), 400, 'BAD_DATE');
  assert.match(e.message, /February 2012 has 29 days/);
  assertError(await getJson(h, '/api/graph?on=yesterday'), 400, 'BAD_DATE');
  assertError(await getJson(h, '/api/states/AAA/leaders?on=2012-13-01'), 400, 'BAD_DATE');
});

test('an unknown name is a 404 UNKNOWN_ENTITY with the closest names', async () => {
  const e = assertError(await getJson(h, '/api/organizations/PATC/members?on=2012-05-15'), 404, 'UNKNOWN_ENTITY');
  assert.ok(
    e.suggestions?.some((s) => s.includes('PACT')),
    JSON.stringify(e.suggestions),
  );
  assertError(await getJson(h, '/api/states/Atlantis/organizations'), 404, 'UNKNOWN_ENTITY');
  assertError(await getJson(h, '/api/bases?host=Atlantis'), 404, 'UNKNOWN_ENTITY');
});

test('a repeated query key is a 400 USAGE that names it: a list is one comma-separated value', async () => {
  const e = assertError(await getJson(h, '/api/graph?on=2012-05-15&types=customs_union&types=igo'), 400, 'USAGE');
  assert.match(e.message, /"types".*expected string, received array/);
  assertError(await getJson(h, '/api/graph?on=2012-05-15&on=2012-05-16'), 400, 'USAGE');
  assert.equal((await getJson(h, '/api/graph?on=2012-05-15&types=customs_union,igo')).status, 200);
});

test('a query parameter of the wrong shape or an unknown source is a 400 USAGE', async () => {
  const e = assertError(await getJson(h, '/api/organizations/PACT/members?all=maybe'), 400, 'USAGE');
  assert.match(e.message, /querystring: "all"/);
  assertError(await getJson(h, '/api/organizations/PACT/members?source=nowhere'), 400, 'USAGE');
  assertError(await getJson(h, `/api/organizations/PACT/members?on=${'9'.repeat(40)}`), 400, 'USAGE');
});

test('an unknown endpoint is a 404 with the error body', async () => {
  const e = assertError(await getJson(h, '/api/nothing-here'), 404, 'USAGE');
  assert.match(e.message, /openapi/);
});

test('a bug is a 500 that says so without a stack trace', async () => {
  const broken = {
    ...h.app,
    graph: {
      ...h.app.graph,
      members: async () => {
        throw new TypeError('x is undefined');
      },
    },
  } as unknown as App;
  const server = await buildServer(broken);
  try {
    const res = await server.inject({ method: 'GET', url: '/api/organizations/PACT/members' });
    const e = assertError({ status: res.statusCode, body: res.json() }, 500, 'INTERNAL');
    assert.doesNotMatch(e.message, /x is undefined/);
  } finally {
    await server.close();
  }
});

test('the OpenAPI document lists every route with its parameters', async () => {
  const { status, body } = await getJson(h, '/api/openapi.json');
  assert.equal(status, 200);
  assert.equal(body.openapi, '3.1.0');
  for (const path of [
    '/api/organizations/{id}/members',
    '/api/organizations/{id}/history',
    '/api/states/{id}/organizations',
    '/api/states/{id}/leaders',
    '/api/bases',
    '/api/graph',
    '/api/health',
  ]) {
    assert.ok(body.paths[path], `missing ${path}`);
  }
  const on = body.paths['/api/organizations/{id}/members'].get.parameters.find((p: { name: string }) => p.name === 'on');
  assert.equal(on.in, 'query');
});

/** Filter values nobody has are a 400 that names what is known, never an empty success. */
const BAD_FILTERS: Array<[string, RegExp]> = [
  ['/api/graph?types=planets', /featured, security_organization/],
  ['/api/graph?types=alliance,planets', /planets/],
  ['/api/graph?region=Atlantis', /Unknown region "Atlantis": expected one of Asia, Europe/],
  ['/api/organizations/PACT/members?status=bogus', /member, in_force, signed/],
  ['/api/obligations?attacked=AAA&on=2009-06-01&location=narnia', /Unknown place "narnia"/],
  ['/api/cascade?attacked=AAA&attacker=BBB&on=2009-06-01&location=narnia', /Unknown place/],
  ['/api/events?cameo=xyz', /CAMEO code/],
  ['/api/search?q=Avaria&kind=planet', /kind/],
  ['/api/articles?limit=0', /limit/],
];
for (const [url, message] of BAD_FILTERS) {
  test(`a bad filter value is a 400 with the error body: ${url}`, async () => {
    const e = assertError(await getJson(h, url), 400, 'USAGE');
    assert.match(e.message, message);
  });
}

test('a known place is accepted, and so is the attacked state itself as the place', async () => {
  assert.equal((await getJson(h, '/api/obligations?attacked=AAA&on=2009-06-01&location=AAA')).status, 200);
  assert.equal((await getJson(h, '/api/obligations?attacked=AAA&on=2009-06-01&location=home')).status, 200);
});
