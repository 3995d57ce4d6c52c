/**
 * End-to-end news pipeline throughput on ../shared/bench/india_police_events_docs.jsonl: decoding and
 * mojibake repair, JSONL parsing, every stage including event coding, against the reference graph; on one
 * core and on two (worker_threads), beside wink-nlp tokenization alone over the same texts; each a first pass
 * (a fresh process) and a warm one (the same corpus again, as a worker that has been running a while).
 * Standalone: `npx tsx bench/pipeline.bench.ts`.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { IsoDate } from '../src/core/time.js';
import { finishArticle, type Article } from '../src/ingest/article.js';
import { decodeText } from '../src/ingest/decode-text.js';
import { parseJsonArticle } from '../src/ingest/jsonl-source.js';
import { figure } from '../scripts/figures/figure.js';

const FILE = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'india_police_events_docs.jsonl');

function articles(lines: readonly string[]): Article[] {
  return lines.flatMap((line, i) => {
    const r = parseJsonArticle(line, `bench:${i + 1}`);
    return r.ok ? [finishArticle(r.draft, '2026-01-01' as IsoDate)] : [];
  });
}

async function pipelineContext() {
  const { createApp } = await import('../src/app.js');
  const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'bench-news-')), 'db.sqlite') });
  await app.ensureLoaded();
  await app.news.context();
  return { app };
}

/**
 * Decodes, parses and analyses every line, twice in one process: the first pass is a cold start (JIT, the
 * tokenizer's and gazetteer's word caches still empty), the second is a worker that has been running a while.
 * Returns [articles, tokens, seconds] for each pass.
 */
async function runPipeline(lines: readonly string[]): Promise<Array<[number, number, number]>> {
  // The app's pipeline as `ingest` runs it, with the optional stages it wires (the trained recognizer).
  const { app } = await pipelineContext();
  const warm = articles(lines.slice(0, 20));
  for (const a of warm) await app.news.analyze(a);
  const passes: Array<[number, number, number]> = [];
  for (let pass = 0; pass < 2; pass++) {
    const t0 = performance.now();
    const text = decodeText(new TextEncoder().encode(lines.join('\n')), 'bench').text;
    let tokens = 0;
    const list = articles(text.split('\n'));
    for (const a of list) tokens += (await app.news.analyze(a)).stats.tokens;
    passes.push([list.length, tokens, (performance.now() - t0) / 1000]);
  }
  await app.close();
  return passes;
}

/** wink-nlp alone over the same texts, twice in one process like the pipeline: [first pass, warm]. */
function runWink(texts: readonly string[]): Array<[number, number, number]> {
  const nlp = winkNLP(model);
  return [0, 1].map(() => {
    const t0 = performance.now();
    let tokens = 0;
    for (const t of texts) tokens += nlp.readDoc(t).tokens().length();
    return [texts.length, tokens, (performance.now() - t0) / 1000];
  });
}

function row(name: string, [n, tokens, s]: [number, number, number]): string {
  return `${name.padEnd(34)} ${String(n).padStart(6)} ${(n / s).toFixed(0).padStart(9)} ${(tokens / s / 1000).toFixed(1).padStart(9)}k ${s.toFixed(2).padStart(7)}`;
}

export async function run(): Promise<void> {
  const lines = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const texts = articles(lines).map((a) => a.text);
  const [winkCold, wink] = runWink(texts);
  const [cold, one] = await runPipeline(lines);
  const half = Math.ceil(lines.length / 2);
  const t0 = performance.now();
  const parts = await Promise.all(
    [lines.slice(0, half), lines.slice(half)].map(
      (chunk) =>
        new Promise<Array<[number, number, number]>>((resolve, reject) => {
          // A worker starts as plain JavaScript: it registers tsx, then loads this file.
          const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); })`;
          const w = new Worker(boot, { eval: true, workerData: chunk });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  const wall = (performance.now() - t0) / 1000;
  // Two workers side by side: articles of both, seconds of the slower, for the cold pass and the warm one.
  const both = (pass: number): [number, number, number] => {
    const [a, b] = [parts[0]![pass]!, parts[1]![pass]!];
    return [a[0] + b[0], a[1] + b[1], Math.max(a[2], b[2])];
  };
  console.log(`${'run'.padEnd(34)} ${'docs'.padStart(6)} ${'docs/s'.padStart(9)} ${'tokens/s'.padStart(10)} ${'seconds'.padStart(7)}`);
  console.log(row('wink-nlp tokenization, first pass', winkCold!));
  console.log(row('wink-nlp tokenization, warm', wink!));
  console.log(row('pipeline, 1 core, first pass', cold!));
  console.log(row('pipeline, 1 core, warm', one!));
  console.log(row('pipeline, 2 workers, first pass', both(0)));
  console.log(row('pipeline, 2 workers, warm', both(1)));
  const ratio = (r: [number, number, number], base: [number, number, number]) => (base[0] / base[2] / (r[0] / r[2])).toFixed(2);
  console.log(
    `pipeline / bare tokenization on one core: ${ratio(one!, wink!)}x warm, ${ratio(cold!, winkCold!)}x first pass; 2 workers, both passes incl. start-up: ${wall.toFixed(1)} s wall`,
  );
  console.log('first pass: a fresh process (JIT and word caches cold); warm: the same corpus again in that process, as a long-running worker');
  const perSecond = ([n, , s]: [number, number, number]): number => n / s;
  figure('pipeline.one-core.first.articles-per-second', perSecond(cold!), 'per s');
  figure('pipeline.one-core.warm.articles-per-second', perSecond(one!), 'per s');
  figure('pipeline.two-workers.first.articles-per-second', perSecond(both(0)), 'per s');
  figure('pipeline.two-workers.warm.articles-per-second', perSecond(both(1)), 'per s');
  figure('pipeline.x-tokenization.warm', perSecond(wink!) / perSecond(one!), 'x');
  figure('pipeline.x-tokenization.first', perSecond(winkCold!) / perSecond(cold!), 'x');
}

if (!isMainThread && parentPort) {
  parentPort.postMessage(await runPipeline(workerData as string[]));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await run();
}
