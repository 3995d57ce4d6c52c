import assert from 'node:assert/strict';
import { test } from 'node:test';
import { boundAnswer, cascadeAnswer, conflictsAnswer, obligationsAnswer, switchesAnswer } from '../../src/api/obligation-schemas.js';
import { getJson, useServer } from './harness.js';

const h = useServer();
type Line = { state: { id: string }; kind: string; treaty: { id: string; phase: number } };
const lines = (xs: Line[], kind = 'defense') =>
  xs
    .filter((l) => l.kind === kind)
    .map((l) => `${l.state.id}:${l.treaty.id}/${l.treaty.phase}`)
    .sort();

test('GET obligations for an attacked state lists who is bound to defend it, with treaty, phase and rule', async () => {
  const { status, body } = await getJson(h, '/api/obligations?attacked=AAA&on=2012-05-15');
  assert.equal(status, 200, JSON.stringify(body));
  obligationsAnswer.parse(body);
  assert.deepEqual(lines(body.obligations), ['BBB:ATOP4220/2', 'DDD:ATOP4220/2']);
  assert.ok(body.obligations.every((l: { rule: string; sources: unknown[] }) => l.rule.startsWith('atop-4220-2') && l.sources.length > 0));
  assert.equal(body.scenario.attacked.id, 'AAA');
});

test('GET obligations pages its lines, filters by kind, and cites each article once', async () => {
  const whole = (await getJson(h, '/api/obligations?attacked=AAA&on=2012-05-15&limit=1000')).body;
  obligationsAnswer.parse(whole);
  assert.equal(whole.counts.obligations, whole.obligations.length);
  assert.equal(whole.next, null);
  const first = (await getJson(h, '/api/obligations?attacked=AAA&on=2012-05-15&limit=1')).body;
  assert.equal(first.obligations.length, 1);
  assert.equal(first.next, 1);
  const second = (await getJson(h, '/api/obligations?attacked=AAA&on=2012-05-15&limit=1&offset=1')).body;
  assert.deepEqual(second.obligations[0], whole.obligations[1]);
  const defense = (await getJson(h, '/api/obligations?attacked=AAA&on=2012-05-15&kind=defense')).body;
  assert.ok(defense.obligations.every((l: Line) => l.kind === 'defense'));
  assert.equal(defense.counts.byKind.defense.lines, defense.obligations.length);
  for (const l of whole.obligations as Array<{ article: { ref: string } | null }>) if (l.article) assert.ok(whole.articles[l.article.ref], l.article.ref);
  const bad = await getJson(h, '/api/obligations?attacked=AAA&on=2012-05-15&kind=war');
  assert.equal(bad.status, 400);
});

test('a member that has left is no longer bound; names resolve like everywhere else', async () => {
  const { body } = await getJson(h, `/api/obligations?attacked=${encodeURIComponent('Avarian Republic')}&on=2013-01-01`);
  assert.deepEqual(lines(body.obligations), ['BBB:ATOP4220/2']);
});

test("GET a state's obligations: whom it is bound to, and how", async () => {
  const { status, body } = await getJson(h, '/api/states/BBB/obligations?on=2012-05-15');
  assert.equal(status, 200);
  boundAnswer.parse(body);
  const defense = body.obligations.find((l: { kind: string }) => l.kind === 'defense');
  assert.deepEqual(defense.toward.map((s: { id: string }) => s.id).sort(), ['AAA', 'DDD']);
});

test("GET cascade: the attacked state's defenders join in the first round, each with its reason", async () => {
  const { status, body } = await getJson(h, '/api/cascade?attacker=CCC&attacked=AAA&on=2012-05-15');
  assert.equal(status, 200, JSON.stringify(body));
  cascadeAnswer.parse(body);
  const joined = body.rounds.flatMap((r: { joined: Array<{ state: { id: string }; because: unknown[] }> }) => r.joined);
  assert.deepEqual(joined.map((j: { state: { id: string } }) => j.state.id).sort(), ['BBB', 'DDD']);
  assert.ok(joined.every((j: { because: unknown[] }) => j.because.length > 0));
  assert.deepEqual(
    body.sides.attacker.map((s: { id: string }) => s.id),
    ['CCC'],
  );
});

test('GET conflicts and the documented switches', async () => {
  const { status, body } = await getJson(h, '/api/conflicts?on=2012-05-15');
  assert.equal(status, 200);
  conflictsAnswer.parse(body);
  const sw = await getJson(h, '/api/switches');
  switchesAnswer.parse(sw.body);
  assert.ok(sw.body.switches.some((s: { id: string }) => s.id === 'cis-charter-defense'));
});

test('a self-contradictory scenario is a 422 BAD_SCENARIO; an unknown switch or a bad one is a 400', async () => {
  const self = await getJson(h, '/api/obligations?attacked=AAA&attacker=AAA&on=2012-05-15');
  assert.equal(self.status, 422);
  assert.equal(self.body.error.code, 'BAD_SCENARIO');
  const unknown = await getJson(h, '/api/obligations?attacked=AAA&on=2012-05-15&switches=no-such-switch:on');
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.error.code, 'USAGE');
  const malformed = await getJson(h, '/api/obligations?attacked=AAA&switches=cis-charter-defense');
  assert.equal(malformed.status, 400);
  const future = await getJson(h, '/api/obligations?attacked=AAA&on=2999-01-01');
  assert.equal(future.status, 422);
  assert.equal(future.body.error.code, 'OUT_OF_RANGE');
  assert.match(future.body.error.message, /2999-01-01 is after today/);
  const missing = await getJson(h, '/api/cascade?attacked=AAA');
  assert.equal(missing.status, 400);
  assert.match(missing.body.error.message, /attacker/);
});
