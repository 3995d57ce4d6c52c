import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { isEntenteError } from '../../src/core/errors.js';
import { isPublicAddress } from '../../src/ingest/fetch/address-policy.js';
import { safeFetch, type SafeFetchOptions } from '../../src/ingest/fetch/safe-fetch.js';

/**
 * Server-side request forgery, against a server of our own on loopback: every spelling of a loopback or private
 * address, redirects and DNS answers that lead there, a gzip bomb, a body that trickles past the deadline. Nothing
 * here sends a packet beyond this machine: private and public addresses appear only in the address table and as
 * DNS answers of a stub resolver, which are refused before any connection.
 */
const RSS =
  '<?xml version="1.0"?><rss><channel><item><title>t</title><description>Russia urged Ukraine to ratify the treaty.</description></item></channel></rss>';
const SECRET = '{"internal_admin_token":"s3cr3t","db_password":"hunter2"}';
const BOMB = gzipSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 });

let server: Server;
let port = 0;
let hits = 0;

before(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    hits++;
    const path = req.url ?? '/';
    if (path === '/feed') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    if (path === '/secret') return res.writeHead(200, { 'content-type': 'application/json' }).end(SECRET);
    if (path.startsWith('/redirect-to-')) return res.writeHead(302, { location: decodeURIComponent(path.slice('/redirect-to-'.length)) }).end();
    if (path === '/loop') return res.writeHead(302, { location: '/loop' }).end();
    if (path === '/bomb')
      return res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': BOMB.length }).end(BOMB);
    if (path === '/trickle') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const timer = setInterval(() => res.write('<!-- still coming -->'), 100);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/huge') return res.writeHead(200, { 'content-type': 'text/xml', 'content-length': String(50 * 1024 * 1024) }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});

after(
  () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    }),
);

const LIMITS: SafeFetchOptions = { maxBytes: 8 * 1024 * 1024, headersTimeoutMs: 3000, bodyTimeoutMs: 3000 };

async function refusal(url: string, options: Partial<SafeFetchOptions> = {}): Promise<{ code: string; message: string }> {
  try {
    await safeFetch(url, { ...LIMITS, ...options });
  } catch (e) {
    assert.ok(isEntenteError(e), `an EntenteError, found ${String(e)}`);
    return { code: e.code, message: e.message };
  }
  assert.fail(`${url} was fetched`);
}

test('public and non-public addresses, in every family and spelling the address check sees', () => {
  const rows: Array<[string, boolean]> = [
    ['93.184.216.34', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['[2a00:1450:4001:80b::200e]', true],
    ['127.0.0.1', false],
    ['127.255.255.254', false],
    ['0.0.0.0', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['224.0.0.1', false],
    ['255.255.255.255', false],
    ['192.0.2.1', false],
    ['::1', false],
    ['[::1]', false],
    ['::', false],
    ['fe80::1', false],
    ['fc00::1', false],
    ['fd12:3456::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:10.0.0.1', false],
    ['64:ff9b::7f00:1', false],
    ['2002:7f00:1::', false],
    ['2001:db8::1', false],
    ['not an address', false],
    ['localhost', false],
  ];
  for (const [address, expected] of rows) assert.equal(isPublicAddress(address), expected, address);
});

test('every spelling of loopback is refused before any connection, and allowed with ENTENTE_ALLOW_PRIVATE_FETCH', async () => {
  hits = 0;
  const spellings = [
    `127.0.0.1:${port}`,
    `localhost:${port}`,
    `0.0.0.0:${port}`,
    `2130706433:${port}`,
    `0x7f.1:${port}`,
    `127.1:${port}`,
    `0177.0.0.1:${port}`,
    `[::ffff:127.0.0.1]:${port}`,
    `[::1]:${port}`,
    `[::]:${port}`,
    `１２７.０.０.１:${port}`,
  ];
  for (const host of spellings) {
    const r = await refusal(`http://${host}/feed`);
    assert.equal(r.code, 'FORBIDDEN_ADDRESS', host);
    assert.match(r.message, /the server fetches only public addresses/, host);
  }
  assert.equal(hits, 0, 'no request reached the loopback server');
  const allowed = await safeFetch(`http://127.1:${port}/feed`, { ...LIMITS, allowPrivate: true });
  assert.equal(allowed.status, 200);
  assert.equal(allowed.body.toString(), RSS);
});

test('a DNS answer that points at a private range is refused whatever the name, before connecting', async () => {
  const answers: Array<[string, 4 | 6]> = [
    ['127.0.0.1', 4],
    ['10.0.0.7', 4],
    ['192.168.0.10', 4],
    ['169.254.169.254', 4],
    ['fe80::1', 6],
    ['fd00::1', 6],
    ['::1', 6],
  ];
  for (const [address, family] of answers) {
    const r = await refusal(`http://feeds.example.test:${port}/feed`, { resolve: async () => [{ address, family }] });
    assert.equal(r.code, 'FORBIDDEN_ADDRESS', address);
    assert.match(r.message, /feeds\.example\.test resolves to a \w+ address/, address);
  }
  // One private answer among public ones is enough to refuse: the connection might go to any of them.
  const mixed = await refusal(`http://mixed.example.test:${port}/feed`, {
    resolve: async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ],
  });
  assert.equal(mixed.code, 'FORBIDDEN_ADDRESS');
});

test('the address checked is the address connected to: a name resolved once and pinned (DNS rebinding)', async () => {
  let lookups = 0;
  const resolve = async () => {
    lookups++;
    return [{ address: '127.0.0.1', family: 4 as const }];
  };
  const got = await safeFetch(`http://rebind.example.test:${port}/feed`, { ...LIMITS, allowPrivate: true, resolve });
  assert.equal(got.status, 200);
  assert.equal(lookups, 1, 'one resolution for one connection');
});

test('redirects are followed only to public addresses, each hop checked, and not forever', async () => {
  hits = 0;
  // The first hop stands for a public site: our loopback server is let through for it alone.
  const firstHopOnly = (address: string, url: URL) => isPublicAddress(address) || url.pathname.startsWith('/redirect-to-');
  const targets = [
    `http://127.0.0.1:${port}/secret`,
    `http://localhost:${port}/secret`,
    `http://[::1]:${port}/secret`,
    `http://2130706433:${port}/secret`,
    `http://0x7f.1:${port}/secret`,
    `http://[::ffff:127.0.0.1]:${port}/secret`,
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1/admin',
  ];
  for (const target of targets) {
    const r = await refusal(`http://127.0.0.1:${port}/redirect-to-${encodeURIComponent(target)}`, { addressAllowed: firstHopOnly });
    assert.equal(r.code, 'FORBIDDEN_ADDRESS', target);
    assert.doesNotMatch(r.message, /s3cr3t|internal_admin_token|hunter2/);
  }
  assert.equal(hits, targets.length, 'only the first hops reached the server; no redirect was followed to it');
  for (const target of ['file:///etc/passwd', 'gopher://127.0.0.1:6379/_INFO']) {
    const r = await refusal(`http://127.0.0.1:${port}/redirect-to-${encodeURIComponent(target)}`, { addressAllowed: firstHopOnly });
    assert.match(r.message, /redirected to a (file|gopher): URL: expected http or https/, target);
  }
  const loop = await refusal(`http://127.0.0.1:${port}/loop`, { allowPrivate: true });
  assert.match(loop.message, /redirected more than 5 times/);
});

test('a gzip bomb is stopped at the size limit while it unpacks, with memory to spare', async () => {
  const before = process.memoryUsage().rss;
  const r = await refusal(`http://127.0.0.1:${port}/bomb`, { allowPrivate: true });
  assert.equal(r.code, 'TOO_LARGE');
  assert.match(r.message, /more than 8388608 bytes once decompressed \(gzip\)/);
  const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
  assert.ok(grown < 150, `memory grew ${grown.toFixed(0)} MB for a ${(BOMB.length / 1024).toFixed(0)} KB bomb of 200 MB`);
  const declared = await refusal(`http://127.0.0.1:${port}/huge`, { allowPrivate: true });
  assert.match(declared.message, /is 52428800 bytes, more than the 8388608/);
});

test('a body still arriving at the deadline is a timeout in words, not a hang or a crash', async () => {
  const r = await refusal(`http://127.0.0.1:${port}/trickle`, { allowPrivate: true, bodyTimeoutMs: 700 });
  assert.equal(r.code, 'TIMEOUT');
  assert.match(r.message, /was still sending its body after 0\.7 s: stopped/);
});

test('errors never quote what the server sent, and only http(s) is fetched', async () => {
  const notFound = await safeFetch(`http://127.0.0.1:${port}/nothing`, { ...LIMITS, allowPrivate: true });
  assert.equal(notFound.status, 404);
  assert.equal(notFound.body.length, 0);
  for (const url of ['ftp://example.org/feed.xml', 'file:///etc/passwd', 'javascript:alert(1)', 'gopher://127.0.0.1/']) {
    const r = await refusal(url);
    assert.equal(r.code, 'BAD_INPUT', url);
  }
});
