/**
 * Issue 5's figures: requests/s and p99 latency of a membership query and an obligations query through the
 * HTTP API under autocannon load on loopback, beside a bare `node:http` server answering a constant of the mean
 * size of the membership answers asked for (the ceiling on this machine), and the time to first render of the 2012 graph in Chromium. Servers run
 * in a child process so that the load generator does not share their thread.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figure } from '../scripts/figures/figure.js';
import { printTable, seeded } from './stats.js';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_HTTP_CONNECTIONS ?? 10);
const RENDERS = Number(process.env.BENCH_RENDERS ?? 5);
const CHILD_FLAG = '--api-bench-server';

interface LoadResult {
  readonly requests: { readonly average: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
}
type Autocannon = (options: { url: string; connections: number; duration: number; requests?: Array<{ path: string }> }) => Promise<LoadResult>;
// autocannon ships no types; its options and result are the few fields above.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export async function run(): Promise<void> {
  const db = join(mkdtempSync(join(tmpdir(), 'entente-api-bench-')), 'bench.sqlite');
  const api = await child(['api', db]);
  try {
    const base = `http://127.0.0.1:${api.port}`;
    const rnd = seeded(5);
    const day = (from: number, span: number) =>
      `${from + Math.floor(rnd() * span)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    const orgs = ['CSTO', 'NATO', 'CIS', 'EACU', 'EAEU', 'EURASEC', 'SCO', 'EU', 'ATOP4220', 'ATOP3180'];
    const states = ['TJK', 'RUS', 'ARM', 'KAZ', 'KGZ', 'BLR', 'UZB', 'USA', 'POL', 'EST', 'TUR', 'AZE'];
    const members = Array.from({ length: 200 }, () => ({ path: `/api/organizations/${orgs[Math.floor(rnd() * orgs.length)]}/members?on=${day(1995, 24)}` }));
    const obligations = Array.from({ length: 200 }, () => ({
      path: `/api/obligations?attacked=${states[Math.floor(rnd() * states.length)]}&on=${day(1995, 24)}`,
    }));

    // Warm the caches the first request of each kind fills (graph index, rule engine); the constant has the mean
    // size of the membership answers the load asks for, so both sides write as many bytes.
    let bytes = 0;
    for (const m of members) bytes += Buffer.byteLength(await (await fetch(`${base}${m.path}`)).text());
    const size = Math.round(bytes / members.length);
    await fetch(`${base}${obligations[0]!.path}`);
    const bare = await child(['bare', String(size)]);
    let ceiling: LoadResult;
    try {
      // The same request list as the membership run (the bare server ignores the path): the client does the same work.
      ceiling = await autocannon({ url: `http://127.0.0.1:${bare.port}`, connections: CONNECTIONS, duration: SECONDS, requests: members });
    } finally {
      bare.process.kill();
    }
    const onMembers = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests: members });
    const onObligations = await autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, requests: obligations });

    const row = (name: string, r: LoadResult) => [
      name,
      r.requests.average,
      r.latency.p50,
      r.latency.p99,
      r.requests.average / ceiling.requests.average,
      r.non2xx + r.errors,
    ];
    printTable(
      `HTTP on loopback, autocannon ${CONNECTIONS} connections x ${SECONDS} s each (latency in ms)`,
      ['endpoint', 'req/s', 'p50', 'p99', 'x ceiling', 'non-2xx'],
      [
        row(`ceiling: bare node:http, a constant of ${size} bytes`, ceiling),
        row('members of an organization on a day (200 random)', onMembers),
        row('obligations for an attacked state on a day (200 random)', onObligations),
      ],
    );
    // autocannon shares the machine with the server: on a busy 2-core box both figures drop, and the ratio with them.
    process.stdout.write(
      `aim: membership queries at >= 50% of the ceiling (load average while measuring: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(', ')})\n`,
    );

    figure('api.ceiling.requests-per-second', ceiling.requests.average, 'per s');
    figure('api.members.requests-per-second', onMembers.requests.average, 'per s');
    figure('api.members.x-ceiling', onMembers.requests.average / ceiling.requests.average, 'share');
    figure('api.obligations.requests-per-second', onObligations.requests.average, 'per s');

    const renders = await firstRenders(base);
    figure('api.first-render.cold-ms', renders[0]!, 'ms');
    printTable(
      `Time to first render of the 2012 graph in Chromium (${RENDERS} loads, ms from navigation)`,
      ['load', 'ms'],
      renders.map((ms, i) => [i === 0 ? 'first (server snapshot cache cold)' : `warm #${i}`, ms]),
    );
  } finally {
    api.process.kill();
  }
}

/** Loads /#/system?on=2012-05-15 and reads the moment the view marks its first drawn graph. */
async function firstRenders(base: string): Promise<number[]> {
  await import('../web/build-if-needed.js');
  const { chromium } = await import('playwright-core');
  // The e2e suite's headless Chromium settings, so that the bench measures the browser the tests drive.
  const { CHROMIUM } = await import('../test/e2e/harness.js');
  const browser = await chromium.launch(CHROMIUM);
  try {
    const out: number[] = [];
    for (let i = 0; i < RENDERS; i++) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${base}/#/system?on=2012-05-15`);
      await page.waitForFunction('document.body.dataset.graphRenderedMs !== undefined', undefined, { timeout: 120_000 });
      out.push(Number(await page.evaluate('document.body.dataset.graphRenderedMs')));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Starts this file as a server child (the API on a database, or the bare ceiling) and waits for its port. */
function child(args: string[]): Promise<{ process: ChildProcess; port: number }> {
  const proc = fork(fileURLToPath(import.meta.url), [CHILD_FLAG, ...args], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('message', (m) => resolve({ process: proc, port: (m as { port: number }).port }));
    proc.once('exit', (code) => reject(new Error(`bench server child exited with code ${code}`)));
  });
}

async function serveAsChild(kind: string, arg: string): Promise<void> {
  if (kind === 'bare') {
    const body = Buffer.alloc(Number(arg), 'x');
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as { port: number }).port }));
    return;
  }
  const { createApp } = await import('../src/app.js');
  const { buildServer } = await import('../src/api/server.js');
  const { PROJECT_ROOT } = await import('../src/config.js');
  const app = await createApp({ db: arg, logLevel: 'warn' });
  await app.ensureLoaded();
  const server = await buildServer(app, { webRoot: join(PROJECT_ROOT, 'web', 'dist') });
  await server.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ port: (server.server.address() as { port: number }).port });
}

if (process.argv.includes(CHILD_FLAG)) {
  const i = process.argv.indexOf(CHILD_FLAG);
  await serveAsChild(process.argv[i + 1]!, process.argv[i + 2]!);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  await run();
}
