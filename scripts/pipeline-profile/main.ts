/**
 * Where the news pipeline's CPU goes on ../shared/bench (1,257 articles), as bench/pipeline.bench.ts runs it (the
 * app's pipeline, 20 articles to start, then the corpus twice in one process): for each pass the process's CPU time
 * (process.cpuUsage, not wall time: the machine is shared) split into the main thread's and the other threads' (V8's
 * compiler and garbage-collector helpers; Linux /proc), and the functions with the most self time in a sampled CPU
 * profile of the main thread (counted in samples, which a loaded machine does not stretch as it stretches wall time).
 * A first pass whose other threads take a third of its CPU is compiling (and recompiling after deoptimizations).
 * `npx tsx scripts/pipeline-profile/main.ts [--top N] [--out DIR]` (DIR: the two .cpuprofile files, for a viewer).
 */
import { readdirSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.js';
import type { IsoDate } from '../../src/core/time.js';
import { finishArticle, type Article } from '../../src/ingest/article.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { parseJsonArticle } from '../../src/ingest/jsonl-source.js';

const FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'india_police_events_docs.jsonl');
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const TOP = Number(arg('--top') ?? 25);
const OUT = arg('--out');
const SAMPLE_US = 500;

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string };
}

function articles(lines: readonly string[]): Article[] {
  return lines.flatMap((line, i) => {
    const r = parseJsonArticle(line, `bench:${i + 1}`);
    return r.ok ? [finishArticle(r.draft, '2026-01-01' as IsoDate)] : [];
  });
}

/** CPU seconds of each of the process's threads, by thread id (Linux; empty elsewhere). */
function threadSeconds(): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync('/proc/self/task');
  } catch {
    return out;
  }
  for (const tid of tids) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux).
    out.set(tid, (Number(f[11]) + Number(f[12])) / 100);
  }
  return out;
}

/** Self time by function and file, from the profile's samples: [label, milliseconds], most first. */
function selfTimes(profile: { nodes: readonly ProfileNode[]; samples?: readonly number[] }): Array<[string, number]> {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  for (const id of profile.samples ?? []) {
    const f = byNode.get(id)!.callFrame;
    const file = f.url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(src|scripts|bench)\//, '$1/');
    const label = `${f.functionName || '(anonymous)'} ${file}`;
    ms.set(label, (ms.get(label) ?? 0) + SAMPLE_US / 1000);
  }
  return [...ms].sort((a, b) => b[1] - a[1]);
}

const lines = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'pipeline-profile-')), 'db.sqlite') });
await app.ensureLoaded();
await app.news.context();
for (const a of articles(lines.slice(0, 20))) await app.news.analyze(a);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: SAMPLE_US });
const mainTid = String(process.pid);
for (const pass of ['first', 'warm']) {
  await session.post('Profiler.start');
  const threads0 = threadSeconds();
  const cpu0 = process.cpuUsage();
  const text = decodeText(new TextEncoder().encode(lines.join('\n')), 'bench').text;
  const list = articles(text.split('\n'));
  for (const a of list) await app.news.analyze(a);
  const cpu = process.cpuUsage(cpu0);
  const threads = threadSeconds();
  const { profile } = await session.post('Profiler.stop');
  const seconds = (cpu.user + cpu.system) / 1e6;
  const main = (threads.get(mainTid) ?? 0) - (threads0.get(mainTid) ?? 0);
  process.stdout.write(
    `${pass} pass: ${list.length} articles, ${seconds.toFixed(2)} CPU-s (${(list.length / seconds).toFixed(0)}/s); ` +
      `main thread ${main.toFixed(2)} s, other threads ${(seconds - main).toFixed(2)} s; load ${loadavg()[0]!.toFixed(1)}\n`,
  );
  const rows = selfTimes(profile as never);
  const total = rows.reduce((n, [, v]) => n + v, 0);
  for (const [label, v] of rows.slice(0, TOP))
    process.stdout.write(`  ${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${label}\n`);
  if (OUT) writeFileSync(join(OUT, `${pass}.cpuprofile`), JSON.stringify(profile));
}
session.disconnect();
await app.close();
