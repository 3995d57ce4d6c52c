import assert from 'node:assert/strict';
import { connect, type AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createApp, type App } from '../../src/app.js';
import type { ApiServer } from '../../src/api/route.js';
import { buildServer } from '../../src/api/server.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { apiWorld } from '../api/api-world.js';

/**
 * The HTTP surface as an attacker meets it, on a real loopback socket where Node's own parser answers: every
 * error in the API's shape, the token before the body, the Host allow-list, headers, OPTIONS, slow requests.
 */
const TOKEN = 'correct horse battery staple';
let app: App;
let server: ApiServer;
let port = 0;

before(async () => {
  app = await createApp({ db: ':memory:', dataDir: writeDataDir(apiWorld), logLevel: 'silent' });
  await app.ensureLoaded();
  server = await buildServer(app, { token: TOKEN, headersTimeoutMs: 1000, requestTimeoutMs: 2000, maxAnalyses: 1 });
  await server.listen({ port: 0, host: '127.0.0.1' });
  port = (server.server.address() as AddressInfo).port;
});

after(async () => {
  await server.close();
  await app.close();
});

/** Sends raw bytes and reads what comes back until the server closes or `ms` pass. */
function raw(request: string, ms = 8000): Promise<{ text: string; closedAfterMs: number }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    const done = () => resolve({ text, closedAfterMs: Date.now() - started });
    const timer = setTimeout(() => {
      socket.destroy();
      done();
    }, ms);
    socket.on('data', (d) => (text += d.toString()));
    socket.on('close', () => {
      clearTimeout(timer);
      done();
    });
    socket.on('error', () => undefined);
    socket.write(request);
  });
}

function jsonBody(text: string): any {
  return JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
}

const api = (path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${port}${path}`, init);

test("Node's and Fastify's own refusals answer in the API's error shape: bad percent-encoding, a URL over 16 KB, malformed headers", async () => {
  const bad = await api('/api/states/%E0%A4%A/organizations');
  assert.equal(bad.status, 400);
  assert.deepEqual(Object.keys(((await bad.json()) as any).error).sort(), ['code', 'message']);

  const long = await raw(`GET /api/health?${'x'.repeat(17 * 1024)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
  assert.match(long.text, /^HTTP\/1\.1 431 /);
  assert.equal(jsonBody(long.text).error.code, 'TOO_LARGE');

  const malformed = await raw('GET /api/health HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n');
  assert.match(malformed.text, /^HTTP\/1\.1 400 /);
  assert.deepEqual(Object.keys(jsonBody(malformed.text).error).sort(), ['code', 'message']);
  assert.doesNotMatch(malformed.text, /Client Error|"statusCode"/);
});

test('a half-sent request is closed at the headers deadline with a 408, not held open', async () => {
  const half = await raw('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
  assert.match(half.text, /^HTTP\/1\.1 408 /);
  assert.equal(jsonBody(half.text).error.code, 'TIMEOUT');
  assert.ok(half.closedAfterMs < 7000, `closed after ${half.closedAfterMs} ms (Node's default was 40 s and more)`);
});

test('a write without the token is refused before its body is read or validated', async () => {
  const bodies = ['{"not":"valid for this route"}', '{"text": 12', JSON.stringify({ text: 'x'.repeat(1024 * 1024) })];
  for (const body of bodies) {
    const res = await api('/api/articles?dryRun=true', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(res.status, 401, body.slice(0, 30));
    assert.equal(((await res.json()) as any).error.code, 'UNAUTHORIZED');
  }
  const wrong = await api('/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${' '.repeat(10_000)}x` },
    body: '{}',
  });
  assert.equal(wrong.status, 401);
});

test('only the allowed hosts are answered (DNS rebinding), OPTIONS says which methods a path takes', async () => {
  const rebound = await raw('GET /api/health HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n');
  assert.match(rebound.text, /^HTTP\/1\.1 421 /);
  assert.equal(jsonBody(rebound.text).error.code, 'BAD_HOST');
  assert.doesNotMatch(rebound.text, /"datasets"/);
  for (const host of ['localhost', `127.0.0.1:${port}`, `[::1]:${port}`]) {
    const ok = await raw(`GET /api/health HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    assert.match(ok.text, /^HTTP\/1\.1 200 /, host);
  }
  const options = await api('/api/articles', { method: 'OPTIONS' });
  assert.equal(options.status, 204);
  assert.deepEqual(options.headers.get('allow')?.split(', ').sort(), ['GET', 'HEAD', 'OPTIONS', 'POST']);
  assert.equal(options.headers.get('access-control-allow-origin'), null, 'no cross-origin access');
  const unknown = await api('/api/nothing-here', { method: 'OPTIONS' });
  assert.equal(unknown.status, 404);
});

test('every answer carries a CSP without inline script, nosniff, frame denial and a referrer policy', async () => {
  for (const path of ['/api/health', '/', '/api/nothing-here']) {
    const res = await api(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/, path);
    assert.doesNotMatch(csp, /script-src[^;]*unsafe-inline/, path);
    assert.match(csp, /frame-ancestors 'none'/, path);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(res.headers.get('x-frame-options'), 'DENY', path);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer', path);
  }
});

test('an uploaded file named ".", ".." or "a/.." is a 400, and an origin is never a server path', async () => {
  const auth = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
  for (const name of ['..', '.', 'a/..', '../..', '/']) {
    const res = await api('/api/articles?dryRun=true', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ file: { name, base64: Buffer.from('Russia urged Ukraine to ratify the treaty.').toString('base64') } }),
    });
    assert.equal(res.status, 400, name);
    assert.equal(((await res.json()) as any).error.code, 'BAD_INPUT', name);
  }
  const stored = await api('/api/articles', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ text: 'Moscow, 15 May. Russia urged Ukraine to ratify the free trade treaty on Tuesday.' }),
  });
  assert.equal(stored.status, 200);
  const dropped = await api('/api/articles', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ file: { name: '../../etc/dropped.txt', base64: Buffer.from('Belarus met Kazakhstan in Minsk on Tuesday.').toString('base64') } }),
  });
  assert.equal(dropped.status, 200);
  const list = (await (await api('/api/articles')).json()) as any;
  const origins = list.articles.map((a: { origin: string }) => a.origin).sort();
  assert.deepEqual(origins, ['dropped.txt', 'pasted.txt']);
});

test('no answer quotes a stack trace; a dated query for year 0 says so in words', async () => {
  const res = await api('/api/organizations/CSTO/members?on=0000-01-01');
  assert.equal(res.status, 400);
  const body = (await res.json()) as any;
  assert.match(body.error.message, /there is no year 0000/);
  assert.doesNotMatch(JSON.stringify(body), /at .*\.(ts|js):\d+|January 0/);
});

test('a JSON body nested absurdly deep is refused before it is parsed', async () => {
  const deep = `{"text":"x","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  const res = await api('/api/articles?dryRun=true', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: deep,
  });
  assert.equal(res.status, 400);
  assert.match(((await res.json()) as any).error.message, /nests more than 64 levels deep/);
});
