/**
 * Named-entity tagging speed on one core: tokens per second of the committed model over the CoNLL-2003 dev
 * text (testa), beside wink-nlp tokenizing the same text (tokenization only: an empty wink pipe). Both are
 * timed in wall-clock and in CPU time of this process; on a shared machine the CPU figure is the steadier.
 * "cold" is the first pass with an empty word cache; "warm" the best of later passes, as in a long-running
 * worker. Standalone: `tsx bench/ner.bench.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readConll } from '../src/extract/ner/conll.js';
import { loadNerTagger } from '../src/pipeline/ner-gazetteer-file.js';
import { tagByDocument } from '../src/extract/ner/tagger.js';
import { tokenize } from '../src/extract/ner/tokenize.js';
import { figure } from '../scripts/figures/figure.js';
import { printTable } from './stats.js';

const DEV = fileURLToPath(new URL('../../shared/eval/conll2003_eng.testa', import.meta.url));
const PASSES = 5;

interface Timing {
  wall: number;
  cpu: number;
}

function timed(fn: () => number): Timing & { count: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const count = fn();
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { count, wall: count / wall, cpu: count / ((c.user + c.system) / 1e6) };
}

/** The first pass, then the best of PASSES more (wall and CPU each). */
function passes(fn: () => number): { cold: Timing; warm: Timing; count: number } {
  const cold = timed(fn);
  const warm = { wall: 0, cpu: 0 };
  for (let i = 0; i < PASSES; i++) {
    const t = timed(fn);
    warm.wall = Math.max(warm.wall, t.wall);
    warm.cpu = Math.max(warm.cpu, t.cpu);
  }
  return { cold, warm, count: cold.count };
}

export async function run(file = DEV): Promise<void> {
  const conll = readConll(readFileSync(file, 'utf8'), file);
  const t0 = performance.now();
  const tagger = loadNerTagger();
  const loadMs = performance.now() - t0;
  const tagging = passes(() => {
    tagByDocument(tagger, conll.sentences);
    return conll.sentences.reduce((a, s) => a + s.tokens.length, 0);
  });

  // The same text as plain documents: tokens joined by spaces, a sentence a line.
  const byDoc = new Map<number, string[]>();
  for (const s of conll.sentences) {
    let lines = byDoc.get(s.doc);
    if (!lines) byDoc.set(s.doc, (lines = []));
    lines.push(s.tokens.join(' '));
  }
  const texts = [...byDoc.values()].map((lines) => lines.join('\n'));
  const nlp = winkNLP(model, []);
  const wink = passes(() => texts.reduce((a, t) => a + nlp.readDoc(t).tokens().length(), 0));
  const ours = passes(() => texts.reduce((a, t) => a + tokenize(t).length, 0));

  const row = (name: string, r: { cold: Timing; warm: Timing; count: number }) => [name, r.count, r.cold.wall, r.warm.wall, r.cold.cpu, r.warm.cpu];
  printTable(
    `NER tagging vs wink-nlp tokenization, ${file.split('/').pop()} (${texts.length} documents); model loaded in ${loadMs.toFixed(0)} ms`,
    ['', 'tokens', 'cold tok/s', 'warm tok/s', 'cold tok/CPU-s', 'warm tok/CPU-s'],
    [row('NER tagging (2 stages)', tagging), row('wink-nlp tokenize', wink), row('tokenize.ts', ours)],
  );
  figure('ner.tagging.warm.tokens-per-cpu-second', tagging.warm.cpu, 'per s');
  figure('ner.tagging.cold.tokens-per-cpu-second', tagging.cold.cpu, 'per s');
  figure('ner.wink.warm.tokens-per-cpu-second', wink.warm.cpu, 'per s');
  process.stdout.write(
    `tagging / wink tokenization: ${(tagging.warm.cpu / wink.warm.cpu).toFixed(2)}x warm, ${(tagging.cold.cpu / wink.cold.cpu).toFixed(2)}x cold (CPU time)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv[2]);
