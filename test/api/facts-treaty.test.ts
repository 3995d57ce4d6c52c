import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getJson, useServer } from './harness.js';

const h = useServer();

/** An invented dispatch: Borduria leaves the fixture's Collective Security Treaty (ATOP 4220), bound to defend Avaria. */
const ARTICLE = [
  'Borduria quits the defence treaty',
  '',
  'November 13, 2026',
  '',
  'Borduria withdrew from the Collective Security Treaty on Monday, its government said. Dolmatia has no plans to leave the Collective Security Treaty.',
].join('\n');

const post = async (url: string, body: unknown) => {
  const res = await h.server.inject({ method: 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: res.statusCode, body: res.json() };
};
const bound = async (on: string) =>
  ((await getJson(h, `/api/obligations?attacked=AAA&on=${on}&limit=1000`)).body.obligations as { bound?: { id: string }; state?: { id: string } }[]).map((l) =>
    JSON.stringify(l),
  );

test('an accepted treaty withdrawal changes who is bound from its day on, and the review says what it changes', async () => {
  assert.equal((await post('/api/articles', { text: ARTICLE })).status, 200);
  const { body } = await getJson(h, '/api/facts?review=pending');
  const lines = body.facts.map((f: any) => `${f.subject.id} ${f.predicate} ${f.object.id} ${f.status} ${f.from} ${f.rule}`);
  assert.deepEqual(lines, ['BBB party_to ATOP4220 withdrawn 2026-11-09 treaty.withdrew'], 'the denial is no fact');
  const id = body.facts[0].id;
  assert.equal((await getJson(h, `/api/facts/${id}`)).body.impact.text, 'ATOP4220 on 2026-11-09: 2 parties in force -> 1');

  const before = await bound('2026-11-20');
  assert.ok(
    before.some((l) => l.includes('"BBB"')),
    'Borduria is bound to defend Avaria before the news is accepted',
  );
  assert.equal((await post(`/api/facts/${id}/accept`, {})).status, 200);
  const after = await bound('2026-11-20');
  assert.ok(!after.some((l) => l.includes('"BBB"')), 'Borduria is no longer bound from the day it withdrew');
  assert.ok(
    (await bound('2026-11-01')).some((l) => l.includes('"BBB"')),
    'earlier days keep their answer',
  );
});
