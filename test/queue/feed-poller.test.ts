import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { pollFeeds, type FeedState, type FeedStateStore } from '../../src/queue/feed-poller.js';
import { HostGate } from '../../src/queue/host-gate.js';

const RSS = (items: number) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test wire</title>
${Array.from(
  { length: items },
  (_, i) => `<item><title>Item ${i}</title><guid>wire-${i}</guid><link>http://example.test/${i}</link>
<pubDate>Tue, 15 May 2012 10:00:00 GMT</pubDate><description>&lt;p&gt;Russia urged Ukraine to ratify treaty number ${i}.&lt;/p&gt;</description></item>`,
).join('\n')}
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><title>Summit</title><id>urn:atom:1</id><link href="http://example.test/a1"/><updated>2012-05-16T09:00:00Z</updated>
<content type="html">&lt;p&gt;Belarus met Kazakhstan in Minsk.&lt;/p&gt;</content></entry></feed>`;

interface Seen {
  readonly path: string;
  readonly at: number;
  readonly ifNoneMatch: string | undefined;
  readonly ifModifiedSince: string | undefined;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
let rssItems = 2;

before(async () => {
  server = createServer((req: IncomingMessage, res) => {
    seen.push({ path: req.url ?? '', at: performance.now(), ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] });
    if (req.url === '/rss') {
      const etag = `"rss-${rssItems}"`;
      if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(RSS(rssItems));
    }
    if (req.url === '/atom') {
      const modified = 'Wed, 16 May 2012 09:00:00 GMT';
      if (req.headers['if-modified-since'] === modified) return res.writeHead(304).end();
      return res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': modified }).end(ATOM);
    }
    if (req.url === '/broken') return res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss><channel><item>');
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(
  () =>
    new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
);

function memoryState(): FeedStateStore & { all: Map<string, FeedState> } {
  const all = new Map<string, FeedState>();
  return { all, get: async (url) => all.get(url) ?? null, put: async (s) => void all.set(s.url, s) };
}

const day = '2024-01-01' as IsoDate;

test('a first poll reads every item of RSS and Atom feeds as articles', async () => {
  const state = memoryState();
  const polls = await pollFeeds([`${base}/rss`, `${base}/atom`], { allowPrivate: true, state, ingestDay: day, politenessMs: 0 });
  assert.deepEqual(
    polls.map((p) => [p.outcome, p.articles.length]),
    [
      ['fetched', 2],
      ['fetched', 1],
    ],
  );
  const [first] = polls[0]!.articles;
  assert.equal(first?.title, 'Item 0');
  assert.equal(first?.externalId, 'wire-0');
  assert.equal(first?.published, '2012-05-15');
  assert.equal(first?.text, 'Russia urged Ukraine to ratify treaty number 0.');
  assert.equal(polls[1]!.articles[0]?.url, 'http://example.test/a1');
  assert.equal(state.all.get(`${base}/rss`)?.etag, '"rss-2"');
});

test('an unchanged feed answers 304 to a conditional GET and yields nothing', async () => {
  const state = memoryState();
  await pollFeeds([`${base}/rss`, `${base}/atom`], { allowPrivate: true, state, ingestDay: day, politenessMs: 0 });
  seen.length = 0;
  const again = await pollFeeds([`${base}/rss`, `${base}/atom`], { allowPrivate: true, state, ingestDay: day, politenessMs: 0 });
  assert.deepEqual(
    again.map((p) => [p.outcome, p.httpStatus, p.articles.length]),
    [
      ['not-modified', 304, 0],
      ['not-modified', 304, 0],
    ],
  );
  assert.equal(seen.find((s) => s.path === '/rss')?.ifNoneMatch, '"rss-2"');
  assert.equal(seen.find((s) => s.path === '/atom')?.ifModifiedSince, 'Wed, 16 May 2012 09:00:00 GMT');
  rssItems = 3;
  const changed = await pollFeeds([`${base}/rss`], { allowPrivate: true, state, ingestDay: day, politenessMs: 0 });
  assert.equal(changed[0]?.articles.length, 3);
  rssItems = 2;
});

test('requests to one host keep the politeness delay between them', async () => {
  seen.length = 0;
  const delay = 250;
  const gate = new HostGate(delay);
  await pollFeeds([`${base}/rss`, `${base}/atom`, `${base}/rss?again`], { allowPrivate: true, state: memoryState(), ingestDay: day, gate });
  await pollFeeds([`${base}/atom`], { allowPrivate: true, state: memoryState(), ingestDay: day, gate });
  const times = seen.map((s) => s.at);
  assert.equal(times.length, 4);
  // A lower bound, not a benchmark: the gate may wait longer, never less (timer granularity allowed for).
  for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= delay - 5, `gap ${i}: ${(times[i]! - times[i - 1]!).toFixed(0)} ms`);
});

test('a failing or malformed feed is a problem with the reason, not a crash', async () => {
  const state = memoryState();
  const polls = await pollFeeds([`${base}/missing`, `${base}/broken`, 'http://127.0.0.1:9/closed'], {
    allowPrivate: true,
    state,
    ingestDay: day,
    politenessMs: 0,
    timeoutMs: 2000,
  });
  assert.equal(polls[0]?.outcome, 'failed');
  assert.match(polls[0]!.problems[0]!, /expected 200 or 304, found HTTP 404/);
  assert.equal(polls[1]?.articles.length, 0);
  assert.match(polls[1]!.problems[0]!, /expected RSS <item>s|malformed XML|expected a description/);
  assert.equal(polls[2]?.outcome, 'failed');
  assert.match(polls[2]!.problems[0]!, /found no answer/);
  assert.equal(state.all.get(`${base}/missing`)?.httpStatus, 404);
});

test('a feed on a loopback address is refused without a request unless private fetching is allowed', async () => {
  seen.length = 0;
  const [poll] = await pollFeeds([`${base}/rss`], { state: memoryState(), ingestDay: day, politenessMs: 0 });
  assert.equal(poll?.outcome, 'failed');
  assert.match(poll!.problems[0]!, /127\.0\.0\.1 is a loopback address: the server fetches only public addresses/);
  assert.equal(seen.length, 0, 'nothing reached the loopback server');
});
