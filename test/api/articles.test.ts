import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleAnswer } from '../../src/api/routes/articles.js';
import { eventsAnswer } from '../../src/api/routes/events.js';
import { useServer, type Harness } from './harness.js';

const h = useServer();
const guarded = useServer({ token: 's3cret' });
const small = useServer({ bodyLimit: 2000 });

/** An invented dispatch about the fixture world (test/api/api-world.ts). */
const ARTICLE = [
  'Avaria and Borduria renew their pact',
  '',
  'By Ann Other',
  '',
  'May 15, 2012',
  '',
  'President Vlad Avarov of Avaria met the leaders of Borduria in the capital on Tuesday. The Pact Treaty Organization, which groups Avaria, Borduria and Dolmatia, will hold exercises next month.',
].join('\n');

async function post(harness: Harness, body: unknown, headers: Record<string, string> = {}, url = '/api/articles') {
  const res = await harness.server.inject({
    method: 'POST',
    url,
    payload: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
  return { status: res.statusCode, body: res.json() };
}

test('POST an article: stored, with actors whose spans point into the returned text', async () => {
  const { status, body } = await post(h, { text: ARTICLE });
  assert.equal(status, 200, JSON.stringify(body));
  const [r] = body.results;
  assert.equal(r.status, 'stored');
  assert.equal(r.analysis.article.title, 'Avaria and Borduria renew their pact');
  assert.equal(r.analysis.article.published, '2012-05-15');
  const actors = r.analysis.actors as Array<{ text: string; start: number; end: number; id: string }>;
  assert.ok(
    actors.some((a) => a.id === 'AAA'),
    JSON.stringify(actors),
  );
  for (const a of actors) assert.equal(r.text.slice(a.start, a.end), a.text);
});

test('POST the same article again: not stored twice, the analysis comes back all the same', async () => {
  const { body } = await post(h, { text: ARTICLE });
  assert.equal(body.results[0].status, 'exists');
  assert.ok(body.results[0].analysis.actors.length > 0);
  const list = await h.server.inject('/api/articles');
  assert.equal(list.json().articles.filter((a: { title: string }) => a.title === 'Avaria and Borduria renew their pact').length, 1);
});

test('POST with metadata, as a dropped file, or as a dry run', async () => {
  const meta = await post(h, { text: 'Borduria and Carpania signed a customs accord.', title: 'Accord', published: '2013-02-01' });
  assert.equal(meta.body.results[0].status, 'stored');
  assert.equal(meta.body.results[0].analysis.article.published, '2013-02-01');
  const paragraph =
    '<p>Dolmatia suspended its membership of the Pact Treaty Organization, officials in Avaria said on Thursday, after a long dispute over the command of the joint force and the cost of the exercises held every summer.</p>';
  const html = `<html><head><title>Dolmatia leaves</title></head><body><article><h1>Dolmatia leaves</h1>${paragraph.repeat(4)}</article></body></html>`;
  const file = await post(h, { file: { name: '../../etc/dolmatia.html', base64: Buffer.from(html).toString('base64') } });
  assert.equal(file.status, 200, JSON.stringify(file.body));
  assert.equal(file.body.results[0].status, 'stored', JSON.stringify(file.body.results[0].message));
  const dry = await post(h, { text: 'Carpania hosts a base of Avaria.' }, {}, '/api/articles?dryRun=true');
  assert.equal(dry.body.results[0].status, 'analyzed');
  const list = (await h.server.inject('/api/articles')).json().articles as Array<{ title: string | null }>;
  assert.ok(!list.some((a) => a.title?.startsWith('Carpania hosts')));
});

test('GET articles lists what is stored, newest first, with counts', async () => {
  const res = await h.server.inject('/api/articles?limit=10');
  assert.equal(res.statusCode, 200);
  const articles = res.json().articles as Array<{ published: string; counts: { actors: number } }>;
  assert.ok(articles.length >= 3);
  assert.deepEqual(
    articles.map((a) => a.published),
    [...articles.map((a) => a.published)].sort().reverse(),
  );
});

test('GET one article by id: what the POST analysed, as stored, with dated events', async () => {
  const posted = (await post(h, { text: ARTICLE })).body.results[0];
  const res = await h.server.inject(`/api/articles/${encodeURIComponent(posted.id)}`);
  assert.equal(res.statusCode, 200, res.body);
  const a = articleAnswer.parse(res.json());
  assert.equal(a.article.id, posted.id);
  assert.equal(a.article.title, 'Avaria and Borduria renew their pact');
  assert.equal(a.article.published, '2012-05-15');
  assert.equal(a.text, posted.text);
  const sent = posted.analysis.actors as Array<Record<string, unknown>>;
  assert.deepEqual(
    a.actors.map((x) => [x.text, x.start, x.end, x.id, x.name]),
    sent.map((x) => [x.text, x.start, x.end, x.id, x.name]),
  );
  for (const x of a.actors) assert.equal(a.text.slice(x.start, x.end), x.text);
  const meeting = a.events.find((e) => e.cameo.startsWith('04'));
  assert.ok(meeting, JSON.stringify(a.events));
  assert.deepEqual([meeting.date, meeting.datePrecision, meeting.dateText], ['2012-05-15', 'day', 'on Tuesday']);
  assert.deepEqual(
    a.events,
    posted.analysis.events.map((e: Record<string, unknown>) => ({ ...e })),
  );
  assert.deepEqual(
    a.claims.map((c) => c.status),
    (posted.analysis.claims as Array<{ status: string }>).map((c) => c.status),
  );
  assert.equal(a.article.counts.actors, a.actors.length);
});

test('an article with no date: its events say undated, in the answer and in the events query, and match no range of days', async () => {
  const undated = ARTICLE.replace('May 15, 2012', '').replace('renew their pact', 'renew their pact again');
  const posted = (await post(h, { text: undated })).body.results[0];
  assert.equal(posted.analysis.article.dateEstimated, true);
  const a = articleAnswer.parse((await h.server.inject(`/api/articles/${encodeURIComponent(posted.id)}`)).json());
  const meeting = a.events.find((e) => e.cameo.startsWith('04'));
  assert.ok(meeting, JSON.stringify(a.events));
  assert.deepEqual([meeting.date, meeting.datePrecision, meeting.dateText], [a.article.published, 'undated', 'on Tuesday']);
  const all = eventsAnswer.parse((await h.server.inject('/api/events?actor=AAA&limit=500')).json()).events;
  assert.ok(all.some((e) => e.articleId === posted.id && e.datePrecision === 'undated'));
  const ranged = eventsAnswer.parse((await h.server.inject(`/api/events?actor=AAA&from=${a.article.published}&limit=500`)).json()).events;
  assert.deepEqual(
    ranged.filter((e) => e.articleId === posted.id),
    [],
  );
  await h.server.inject({ method: 'DELETE', url: `/api/articles/${encodeURIComponent(posted.id)}` });
});

test('GET an unknown article id is a 404 UNKNOWN_ARTICLE that names the id', async () => {
  const res = await h.server.inject('/api/articles/not-an-article');
  assert.equal(res.statusCode, 404);
  assert.equal(res.json().error.code, 'UNKNOWN_ARTICLE');
  assert.match(res.json().error.message, /"not-an-article"/);
});

test('the single-article read is in the OpenAPI document', async () => {
  const doc = (await h.server.inject('/api/openapi.json')).json();
  assert.ok(doc.paths['/api/articles/{id}']?.get, Object.keys(doc.paths).join(' '));
});

test('GET events filters by actor, days and CAMEO code, and pages', async () => {
  const res = await h.server.inject('/api/events?actor=AAA&from=2012-05-01&to=2012-05-31');
  assert.equal(res.statusCode, 200);
  const page = eventsAnswer.parse(res.json());
  const meeting = page.events.find((e) => e.cameo.startsWith('04'));
  assert.ok(meeting, JSON.stringify(page.events));
  assert.match(meeting.sentence, /met the leaders of Borduria/);
  assert.equal(meeting.articleTitle, 'Avaria and Borduria renew their pact');
  const consult = eventsAnswer.parse((await h.server.inject('/api/events?cameo=04')).json());
  assert.ok(consult.events.every((e) => e.cameo.startsWith('04')) && consult.events.length > 0);
  const all = eventsAnswer.parse((await h.server.inject('/api/events?limit=500')).json());
  assert.ok(all.events.length > 1, JSON.stringify(all.events.map((e) => e.sentence)));
  const first = eventsAnswer.parse((await h.server.inject('/api/events?limit=1')).json());
  assert.equal(first.next, 1);
  const second = eventsAnswer.parse((await h.server.inject('/api/events?limit=1&offset=1')).json());
  assert.deepEqual(second.events[0], all.events[1]);
  const none = eventsAnswer.parse((await h.server.inject('/api/events?actor=AAA&from=1990-01-01&to=1990-12-31')).json());
  assert.deepEqual(none.events, []);
  assert.equal(none.next, null);
  const bad = await h.server.inject('/api/events?from=2012-02-30');
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.code, 'BAD_DATE');
  const far = await h.server.inject('/api/events?offset=4950&limit=100');
  assert.equal(far.statusCode, 422);
});

test('bad bodies are 4xx with the error body: malformed JSON, empty text, wrong shape, wrong type, a feed that is no URL', async () => {
  const malformed = await post(h, '{"text": "unclosed');
  assert.equal(malformed.status, 400);
  assert.equal(malformed.body.error.code, 'BAD_INPUT');
  const blank = await post(h, { text: '   ' });
  assert.equal(blank.status, 400);
  assert.equal(blank.body.error.code, 'BAD_INPUT');
  const shape = await post(h, { body: 'text under another name' });
  assert.equal(shape.status, 400);
  assert.equal(shape.body.error.code, 'USAGE');
  assert.match(shape.body.error.message, /"text".*"file".*"feedUrl"/);
  const plain = await h.server.inject({ method: 'POST', url: '/api/articles', payload: 'just text', headers: { 'content-type': 'text/plain' } });
  assert.equal(plain.statusCode, 400);
  assert.match(plain.json().error.message, /JSON object/);
  const ftp = await post(h, { feedUrl: 'ftp://example.org/feed.xml' });
  assert.equal(ftp.status, 400);
  assert.match(ftp.body.error.message, /http or https/);
  const notUrl = await post(h, { feedUrl: 'not a url' });
  assert.equal(notUrl.status, 400);
});

test('a body over the limit is a 413 TOO_LARGE', async () => {
  const { status, body } = await post(small, { text: 'x'.repeat(5000) });
  assert.equal(status, 413);
  assert.equal(body.error.code, 'TOO_LARGE');
});

test('with a server token, writes need it and reads do not', async () => {
  const none = await post(guarded, { text: ARTICLE });
  assert.equal(none.status, 401);
  assert.equal(none.body.error.code, 'UNAUTHORIZED');
  const wrong = await post(guarded, { text: ARTICLE }, { authorization: 'Bearer nope' });
  assert.equal(wrong.status, 401);
  const right = await post(guarded, { text: ARTICLE }, { authorization: 'Bearer s3cret' });
  assert.equal(right.status, 200);
  const read = await guarded.server.inject('/api/articles');
  assert.equal(read.statusCode, 200);
});

test('events by any name the graph knows: a name, a misspelling, an id; an unknown name is a 404 with the closest', async () => {
  const byId = eventsAnswer.parse((await h.server.inject('/api/events?actor=AAA')).json());
  assert.ok(byId.events.length > 0);
  for (const name of ['Avaria', 'avaria', 'Avarian%20Republic', 'Avarai']) {
    const res = await h.server.inject(`/api/events?actor=${name}`);
    assert.equal(res.statusCode, name === 'Avarai' ? 404 : 200, name);
    if (res.statusCode === 200) assert.deepEqual(eventsAnswer.parse(res.json()).events, byId.events, name);
    else assert.match(JSON.stringify(res.json().error.suggestions), /AAA/);
  }
  const code = await h.server.inject('/api/events?actor=AAAGOV');
  assert.equal(code.statusCode, 200, 'a CAMEO prefix in capitals is still a code');
});

test('re-posting the same text with a corrected date revises the stored article instead of storing a twin', async () => {
  const text = ARTICLE.replace('renew their pact', 'renew their pact once more').replace('May 15, 2012', 'May 14, 2012');
  const first = await post(h, { text });
  assert.equal(first.body.results[0].status, 'stored');
  const id = first.body.results[0].id;
  const again = await post(h, { text: text.replace('May 14, 2012', 'May 16, 2012') });
  const r = again.body.results[0];
  assert.equal(r.status, 'updated', JSON.stringify(r));
  assert.equal(r.id, id);
  assert.match(r.message, /dated 2012-05-16, was 2012-05-14/);
  const stored = (await h.server.inject(`/api/articles/${id}`)).json();
  assert.equal(stored.article.published, '2012-05-16');
  assert.ok(stored.article.revisedAt);
  const listed = (await h.server.inject('/api/articles?limit=100'))
    .json()
    .articles.filter((a: { title: string }) => a.title === 'Avaria and Borduria renew their pact once more');
  assert.equal(listed.length, 1);
  const same = await post(h, { text: text.replace('May 14, 2012', 'May 16, 2012') });
  assert.equal(same.body.results[0].status, 'exists');
});

test('DELETE an article: it and everything found in it go; a second time, or an unknown id, is a 404', async () => {
  const text = ARTICLE.replace('renew their pact', 'sign a protocol');
  const { body } = await post(h, { text });
  const id = body.results[0].id;
  const del = await h.server.inject({ method: 'DELETE', url: `/api/articles/${id}` });
  assert.equal(del.statusCode, 200, del.body);
  assert.equal(del.json().id, id);
  assert.ok(del.json().deleted.actors > 0);
  assert.equal((await h.server.inject(`/api/articles/${id}`)).statusCode, 404);
  const events = eventsAnswer.parse((await h.server.inject('/api/events?limit=500')).json());
  assert.ok(events.events.every((e) => e.articleId !== id));
  const twice = await h.server.inject({ method: 'DELETE', url: `/api/articles/${id}` });
  assert.equal(twice.statusCode, 404);
  assert.equal(twice.json().error.code, 'UNKNOWN_ARTICLE');
});

test('with a server token, deleting needs it', async () => {
  const stored = await post(guarded, { text: ARTICLE.replace('renew their pact', 'meet again') }, { authorization: 'Bearer s3cret' });
  const id = stored.body.results[0].id;
  const none = await guarded.server.inject({ method: 'DELETE', url: `/api/articles/${id}` });
  assert.equal(none.statusCode, 401);
  assert.equal(none.json().error.code, 'UNAUTHORIZED');
  assert.equal((await guarded.server.inject(`/api/articles/${id}`)).statusCode, 200, 'nothing deleted without the token');
  const right = await guarded.server.inject({ method: 'DELETE', url: `/api/articles/${id}`, headers: { authorization: 'Bearer s3cret' } });
  assert.equal(right.statusCode, 200);
});

test('GET news about an entity: its events and the facts proposed about it, by any of its names', async () => {
  const res = await h.server.inject('/api/news/Avaria');
  assert.equal(res.statusCode, 200, res.body);
  const body = res.json();
  assert.deepEqual(body.entity, { id: 'AAA', name: 'Avaria' });
  type Ev = { sourceId: string | null; targetId: string | null; source: string; target: string | null };
  const about = (e: Ev) => e.sourceId === 'AAA' || e.targetId === 'AAA' || e.source.startsWith('AAA') || (e.target ?? '').startsWith('AAA');
  assert.ok(body.events.length > 0 && body.events.every(about), JSON.stringify(body.events));
  assert.ok(body.facts.every((f: { subject: string; object: string; articleId: string }) => (f.subject === 'AAA' || f.object === 'AAA') && f.articleId));
  assert.equal((await h.server.inject('/api/news/Atlantis')).statusCode, 404);
});
