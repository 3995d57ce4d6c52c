import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { queueSuite, statusJson } from './queue-harness.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Summit in Minsk</title><guid>w-1</guid><pubDate>Tue, 15 May 2012 10:00:00 GMT</pubDate>
<description>The president of Russia met the president of Belarus in Minsk on Tuesday.</description></item>
<item><title>Treaty appeal</title><guid>w-2</guid><pubDate>Wed, 16 May 2012 10:00:00 GMT</pubDate>
<description>Russia urged Ukraine to ratify the free trade agreement.</description></item>
</channel></rss>`;

let server: Server | undefined;
let feed: string;
let requests = 0;

// The wire runs on loopback, which the poller refuses unless told private addresses are allowed.
const suite = await queueSuite(
  'entente_qfeeds',
  { ENTENTE_QUEUE_LEASE: '120', ENTENTE_ALLOW_PRIVATE_FETCH: '1' },
  {
    setup: async () => {
      const wire = createServer((req, res) => {
        requests += 1;
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(RSS);
      });
      server = wire;
      await new Promise<void>((r) => wire.listen(0, '127.0.0.1', r));
      feed = `http://127.0.0.1:${(wire.address() as AddressInfo).port}/wire.rss`;
    },
    teardown: async () => {
      const wire = server;
      if (!wire) return;
      wire.closeAllConnections();
      await new Promise<void>((r) => wire.close(() => r()));
    },
  },
);

test('enqueue FEED_URL queues the new items; the next poll is a conditional GET that queues nothing', { skip: suite.skip, timeout: 300_000 }, async () => {
  const r = suite.run();
  const first = await r.cli(['enqueue', feed, '--json']);
  assert.equal(first.code, 0, first.err);
  const s1 = JSON.parse(first.out);
  assert.deepEqual([s1.added, s1.feeds], [2, [{ url: feed, outcome: 'fetched', items: 2 }]]);

  const second = await r.cli(['enqueue', feed, '--json']);
  const s2 = JSON.parse(second.out);
  assert.deepEqual([s2.added, s2.feeds], [0, [{ url: feed, outcome: 'not-modified', items: 0 }]]);
  assert.equal(requests, 2);
  const [state] = await r.query<{ etag: string; http_status: number; items: number }>('select etag, http_status, items from feeds where url = $1', [feed]);
  assert.deepEqual(state, { etag: '"v1"', http_status: 304, items: 2 });

  const w = await r.cli(['worker', '--exit-when-idle']);
  assert.equal(w.code, 0, w.err);
  assert.deepEqual(await statusJson(r), { queued: 0, running: 0, done: 2, failed: 0, articles: 2 });
});
