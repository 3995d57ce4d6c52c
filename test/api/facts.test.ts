import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getJson, useServer, type Harness } from './harness.js';

const h = useServer();
const guarded = useServer({ token: 's3cret' });

/** An invented dispatch about the fixture world: Borduria joins the Customs Union, Avaria suspends its membership. */
const ARTICLE = [
  'Borduria joins the customs bloc',
  '',
  'November 13, 2026',
  '',
  'Borduria joined the Customs Union on Monday, its government said. Avaria suspended its membership of the Customs Union on Tuesday. Dolmatia has no plans to join the Customs Union.',
].join('\n');

async function send(harness: Harness, method: 'POST', url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await harness.server.inject({
    method,
    url,
    ...(body === undefined ? {} : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }),
    ...(body === undefined ? { headers } : {}),
  });
  return { status: res.statusCode, body: res.json() };
}

test("an article proposes the changes it states; the queue lists them with the issue's shape, a denial is no fact", async () => {
  const stored = await send(h, 'POST', '/api/articles', { text: ARTICLE });
  assert.equal(stored.status, 200, JSON.stringify(stored.body));
  const { status, body } = await getJson(h, '/api/facts?review=pending');
  assert.equal(status, 200);
  const lines = body.facts.map((f: any) => `${f.subject.name} ${f.predicate} ${f.object.id} ${f.status} ${f.from} ${f.precision}`);
  assert.deepEqual(lines.sort(), ['Avaria member_of CUX suspended 2026-11-10 day', 'Borduria member_of CUX member 2026-11-09 day']);
  const f = body.facts[0];
  assert.deepEqual(Object.keys(f), [
    'id',
    'subject',
    'predicate',
    'object',
    'status',
    'from',
    'to',
    'precision',
    'article',
    'span',
    'confidence',
    'rule',
    'review',
    'corroboration',
    'reason',
  ]);
  assert.equal(f.review, 'pending');
  assert.equal(f.corroboration, 1);
  assert.equal(f.article.title, 'Borduria joins the customs bloc');
  const text = (await getJson(h, `/api/articles/${f.article.id}`)).body.text as string;
  assert.equal(text.slice(f.span.start, f.span.end), f.span.text);
});

test('GET one fact says what accepting it changes; accepting it changes members on a later day, citing the article', async () => {
  const pending = (await getJson(h, '/api/facts?review=pending')).body.facts as any[];
  const joins = pending.find((f) => f.status === 'member');
  const one = await getJson(h, `/api/facts/${joins.id}`);
  assert.equal(one.status, 200);
  assert.equal(one.body.impact.text, 'CUX on 2026-11-09: 2 members -> 3');
  const before = await getJson(h, '/api/organizations/CUX/members?on=2026-11-20');
  assert.ok(!before.body.members.some((m: any) => m.id === 'BBB'));
  const counted = await send(h, 'POST', '/api/articles', {
    text: 'Customs talks\n\nNovember 20, 2026\n\nThe Customs Union, a bloc of two states, met in Avaria on Friday.',
  });
  const countId = counted.body.results[0].id as string;
  const claimBefore = (await getJson(h, `/api/articles/${countId}`)).body.claims.find((c: any) => c.ruleId === 'claim.member-count');
  assert.equal(claimBefore.status, 'supported', JSON.stringify(claimBefore));
  const accepted = await send(h, 'POST', `/api/facts/${joins.id}/accept`);
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
  assert.equal(accepted.body.changed, 1);
  assert.equal(accepted.body.facts[0].review, 'accepted');
  const after = await getJson(h, '/api/organizations/CUX/members?on=2026-11-20');
  const line = after.body.members.find((m: any) => m.id === 'BBB');
  assert.ok(line, JSON.stringify(after.body.members));
  assert.equal(line.from, '2026-11-09');
  assert.equal(line.sources[0].dataset, 'news');
  assert.equal(line.sources[0].ref, joins.article.id);
  assert.deepEqual(line.sources[0].span, { start: joins.span.start, end: joins.span.end });
  assert.match(line.sources[0].citation, /Borduria joined the Customs Union/);
  // The stored claim that depends on it was checked again: two members is now wrong.
  const claimAfter = (await getJson(h, `/api/articles/${countId}`)).body.claims.find((c: any) => c.ruleId === 'claim.member-count');
  assert.equal(claimAfter.status, 'contradicted', JSON.stringify(claimAfter));
  // The day before, the news does not speak.
  const earlier = await getJson(h, '/api/organizations/CUX/members?on=2026-11-08');
  assert.ok(!earlier.body.members.some((m: any) => m.id === 'BBB'));
  // Again: idempotent.
  const again = await send(h, 'POST', `/api/facts/${joins.id}/accept`);
  assert.equal(again.status, 200);
  assert.equal(again.body.changed, 0);
});

test("a suspension accepted moves the state among the others; the datasets' disagreement is shown", async () => {
  const suspends = ((await getJson(h, '/api/facts?review=pending')).body.facts as any[]).find((f) => f.status === 'suspended');
  assert.equal((await getJson(h, `/api/facts/${suspends.id}`)).body.impact.text, 'CUX on 2026-11-10: 3 members -> 2');
  assert.equal((await send(h, 'POST', `/api/facts/${suspends.id}/accept`)).status, 200);
  const after = await getJson(h, '/api/organizations/CUX/members?on=2026-11-20&all=true');
  const avaria = after.body.members.find((m: any) => m.id === 'AAA');
  assert.equal(avaria.status, 'suspended');
  assert.equal(avaria.sources[0].dataset, 'news');
  assert.deepEqual(
    after.body.disagreements.find((d: any) => d.id === 'AAA').says.map((s: any) => `${s.dataset} ${s.status}`),
    ['news suspended', 'curated member'],
  );
  assert.equal((await getJson(h, '/api/facts?review=accepted')).body.facts.length, 2);
});

test('rejecting an accepted fact, an unknown id, or no reason: a 4xx and nothing changed', async () => {
  const accepted = (await getJson(h, '/api/facts?review=accepted')).body.facts as any[];
  const conflict = await send(h, 'POST', `/api/facts/${accepted[0].id}/reject`, { reason: 'wrong' });
  assert.equal(conflict.status, 409);
  assert.equal(conflict.body.error.code, 'FACT_REVIEWED');
  const unknown = await send(h, 'POST', '/api/facts/fnothere/accept');
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error.code, 'UNKNOWN_FACT');
  assert.equal((await send(h, 'POST', `/api/facts/${accepted[0].id}/reject`, {})).status, 400);
  assert.equal((await getJson(h, '/api/facts?review=rejected')).body.facts.length, 0);
  assert.equal((await getJson(h, '/api/facts?review=accepted')).body.facts.length, 2);
});

test('accept and reject are writes: without the token, 401 and nothing changed', async () => {
  await send(guarded, 'POST', '/api/articles', { text: ARTICLE }, { authorization: 'Bearer s3cret' });
  const f = (await getJson(guarded, '/api/facts')).body.facts[0];
  assert.equal((await send(guarded, 'POST', `/api/facts/${f.id}/accept`)).status, 401);
  assert.equal((await send(guarded, 'POST', `/api/facts/${f.id}/reject`, { reason: 'x' })).status, 401);
  assert.equal((await getJson(guarded, '/api/facts?review=pending')).body.facts.length, 2);
  const ok = await send(guarded, 'POST', `/api/facts/${f.id}/reject`, { reason: 'a rumour' }, { authorization: 'Bearer s3cret' });
  assert.equal(ok.status, 200);
  assert.equal((await getJson(guarded, '/api/facts?review=rejected')).body.facts[0].reason, 'a rumour');
});

test('the OpenAPI document lists the review routes', async () => {
  const doc = (await getJson(h, '/api/openapi.json')).body;
  for (const path of ['/api/facts', '/api/facts/{id}', '/api/facts/{id}/accept', '/api/facts/{id}/reject']) assert.ok(doc.paths[path], path);
});

test('a fact that ends before it starts is refused (422 BAD_FACT), nothing changed', async () => {
  const { finishArticle } = await import('../../src/ingest/article.js');
  const { kyselyArticleStore } = await import('../../src/store/articles/kysely-article-store.js');
  const text = 'Carpania was a member of the Customs Union from 2020 to 2015.';
  const a = finishArticle({ format: 'text', origin: 'bad.txt', title: 'Bad', published: '2026-11-13' as never, text }, '2026-11-13' as never);
  const fact = {
    predicate: 'member_of' as const,
    subject: 'CCC',
    object: 'CUX',
    qualifiers: {},
    text,
    start: 0,
    end: text.length,
    confidence: 0.5,
    ruleId: 'test.bad',
    status: 'member',
    from: '2020-01-01' as never,
    to: '2015-12-31' as never,
    precision: 'year' as const,
  };
  const analysis = { article: { ...a, captions: [] }, actors: [], events: [], facts: [fact], claims: [], dates: [], sentences: [], warnings: [] } as never;
  await kyselyArticleStore(h.app.stores.db).save(a, analysis, '2026-11-13T00:00:00Z');
  const bad = ((await getJson(h, '/api/facts')).body.facts as any[]).find((f) => f.subject.id === 'CCC');
  const refused = await send(h, 'POST', `/api/facts/${bad.id}/accept`);
  assert.equal(refused.status, 422);
  assert.equal(refused.body.error.code, 'BAD_FACT');
  assert.match(refused.body.error.message, /ends before it starts: expected an end on or after 2020-01-01, found "2015-12-31"/);
  assert.equal((await getJson(h, `/api/facts/${bad.id}`)).body.fact.review, 'pending');
});
