/**
 * Issue 16's figures: analysis time per KB of ordinary news and of each pathological input at two sizes (linear
 * means the same ms/KB at both; the aim is within 2x of ordinary text); /api/health latency while 4 large
 * articles are analysed in the server's threads; memory for the largest feed the server accepts, and for a gzip
 * bomb it refuses. Standalone: `npx tsx bench/hardening.bench.ts`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildServer } from '../src/api/server.js';
import { createApp, type App } from '../src/app.js';
import type { IsoDate } from '../src/core/time.js';
import { finishArticle } from '../src/ingest/article.js';
import { safeFetch } from '../src/ingest/fetch/safe-fetch.js';
import { parseJsonArticle } from '../src/ingest/jsonl-source.js';
import { articlesOfFile } from '../src/ingest/read-articles.js';
import { ordinaryText, PATHOLOGICAL, pathologicalArticle } from '../test/security/pathological.js';
import { percentile, printTable } from './stats.js';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'india_police_events_docs.jsonl');
const day = '2012-05-15' as IsoDate;

/** Ordinary news: the shared bench corpus's texts when it is beside the project, else the project's samples. */
function ordinary(chars: number): string {
  if (!existsSync(CORPUS)) return ordinaryText(chars);
  const texts = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((l) => {
      const r = parseJsonArticle(l, 'bench');
      return r.ok ? [r.draft.text] : [];
    });
  const all = texts.join('\n\n');
  return all.repeat(Math.ceil(chars / all.length)).slice(0, chars);
}

async function perKb(app: App, text: string): Promise<number> {
  const article = finishArticle({ format: 'text', origin: 'bench', text, published: day }, day);
  const t0 = performance.now();
  await app.news.analyze(article);
  return (performance.now() - t0) / (text.length / 1024);
}

async function analysisCost(app: App): Promise<void> {
  const sizes = [128 * 1024, 1024 * 1024];
  // Warm: JIT, and the recognizer's word cache, which ordinary news (many distinct words) fills slowly.
  await app.news.analyze(finishArticle({ format: 'text', origin: 'warm', text: ordinary(1024 * 1024), published: day }, day));
  const base: number[] = [];
  for (const n of sizes) base.push(await perKb(app, ordinary(n)));
  const rows: Array<Array<string | number>> = [['ordinary news', ...base, 1, 1]];
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const ms: number[] = [];
    for (const n of sizes) ms.push(await perKb(app, make(n)));
    rows.push([name, ...ms, ms[0]! / base[0]!, ms[1]! / base[1]!]);
  }
  printTable(
    'analysis on one thread, ms per KB (aim: the same at both sizes, within 2x of ordinary news)',
    ['input', '128 KB', '1 MiB', 'x ordinary 128 KB', 'x ordinary 1 MiB'],
    rows,
  );
}

async function healthUnderLoad(db: string): Promise<void> {
  const app = await createApp({ db, logLevel: 'silent', isolateAnalysis: true });
  await app.ensureLoaded();
  await app.analysis!.start();
  const server = await buildServer(app, {});
  await server.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const sample = async (until: () => boolean, min = 0) => {
    const times: number[] = [];
    while (!until() || times.length < min) {
      const t0 = performance.now();
      await (await fetch(`${base}/api/health`)).arrayBuffer();
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    return times.sort((a, b) => a - b);
  };
  await sample(() => true, 10);
  const idle = await sample(() => true, 100);
  const started = performance.now();
  let done = 0;
  const articles = Array.from({ length: 4 }, (_, k) =>
    fetch(`${base}/api/articles?dryRun=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: `${k} ${pathologicalArticle(1024 * 1024)}` }),
    })
      .then((r) => r.json())
      .finally(() => done++),
  );
  const busy = await sample(() => done === 4);
  const seconds = (performance.now() - started) / 1000;
  const statuses = (await Promise.all(articles)).map(
    (b) => (b as { results?: Array<{ status: string }>; error?: { code: string } }).results?.[0]?.status ?? (b as { error: { code: string } }).error.code,
  );
  printTable(
    `/api/health while 4 pathological 1 MiB articles are analysed (${app.analysis!.capacity} at once, ${seconds.toFixed(1)} s; answers: ${statuses.join(', ')})`,
    ['when', 'requests', 'p50 ms', 'p99 ms', 'max ms'],
    [
      ['idle', idle.length, percentile(idle, 50), percentile(idle, 99), idle.at(-1)!],
      ['4 analyses', busy.length, percentile(busy, 50), percentile(busy, 99), busy.at(-1)!],
    ],
  );
  await server.close();
  await app.close();
}

/**
 * Each measurement in a fresh process, which reports how far its resident memory rose above what it held once
 * loaded (the bench's own process has long grown past it): `--memory-child URL MODE`.
 */
async function memoryChild(url: string, mode: string): Promise<void> {
  const maxBytes = 8 * 1024 * 1024;
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 1);
  const t0 = performance.now();
  let outcome = 'read';
  try {
    const got = await safeFetch(url, { maxBytes, allowPrivate: true });
    if (mode === 'read') outcome = `${articlesOfFile(got.body, 'feed.xml', { ingestDay: day, quoteContent: false }).length} items`;
  } catch (e) {
    outcome = (e as Error).message.replace(/^http:\/\/[^ ]+ /, '').slice(0, 50);
  }
  clearInterval(timer);
  const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  process.stdout.write(JSON.stringify({ mb: (maxRss - before) / 1024 / 1024, ms: performance.now() - t0, outcome }));
}

async function fetchMemory(): Promise<void> {
  const maxBytes = 8 * 1024 * 1024;
  const item = (i: number) =>
    `<item><title>Item ${i}</title><guid>g-${i}</guid><description>Russia urged Ukraine to ratify the free trade treaty number ${i}, the ministry said on Tuesday.</description></item>`;
  let feed = '<?xml version="1.0"?><rss><channel><title>Wire</title>';
  for (let i = 0; feed.length < maxBytes - 300; i++) feed += item(i);
  feed += '</channel></rss>';
  const gzipped = gzipSync(feed);
  const bomb = gzipSync(Buffer.alloc(1024 * 1024 * 1024), { level: 9 });
  const server: Server = createServer((req, res) => {
    if (req.url === '/bomb') return res.writeHead(200, { 'content-encoding': 'gzip' }).end(bomb);
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }).end(gzipped);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // The child runs while this process serves it: spawned asynchronously, awaited through a promise.
  const peak = (path: string, mode: string) =>
    new Promise<readonly [number, number, string]>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename, '--memory-child', `${url}${path}`, mode], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.once('exit', () => {
        const r = JSON.parse(out || '{"mb":NaN,"ms":NaN,"outcome":"the child failed"}') as { mb: number; ms: number; outcome: string };
        resolve([r.mb, r.ms, r.outcome]);
      });
    });
  const fetchOnly = await peak('/feed', 'fetch');
  const fetchAndRead = await peak('/feed', 'read');
  const refused = await peak('/bomb', 'fetch');
  printTable(
    `memory (RSS growth) of the largest feed the server accepts (8 MiB, ${(gzipped.length / 1024).toFixed(0)} KB gzipped) and of a ${(bomb.length / 1024 / 1024).toFixed(1)} MB gzip bomb of 1 GiB`,
    ['what', 'peak MB', 'ms', 'outcome'],
    [
      ['fetch 8 MiB feed', fetchOnly[0], fetchOnly[1], fetchOnly[2]],
      ['fetch and read its items', fetchAndRead[0], fetchAndRead[1], fetchAndRead[2]],
      ['fetch 1 GiB gzip bomb', refused[0], refused[1], refused[2]],
    ],
  );
  server.close();
}

export async function run(): Promise<void> {
  const db = join(mkdtempSync(join(tmpdir(), 'bench-hardening-')), 'db.sqlite');
  const app = await createApp({ db, logLevel: 'silent' });
  await app.ensureLoaded();
  await analysisCost(app);
  await app.close();
  await healthUnderLoad(db);
  await fetchMemory();
}

if (process.argv[2] === '--memory-child') await memoryChild(process.argv[3]!, process.argv[4]!);
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
