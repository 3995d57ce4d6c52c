/**
 * Event coder throughput on ../shared/bench/india_police_events_docs.jsonl (real, lower-cased, messy
 * news): wink-nlp tokenization alone (the baseline), the coder alone on pre-tokenized sentences, and
 * both. Prints sentences/s, tokens/s and articles/s on one core, from this process's CPU time (so
 * that other work on the machine does not count) beside the wall-clock time; asserts nothing.
 * Run alone: npx tsx bench/events.bench.ts [articles]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeSentence, compileDictionaries, tokenizeSentences, type TokenizedSentence } from '../src/extract/events/index.js';
import { loadEventDictionaries } from '../src/pipeline/dictionary-files.js';
import { printTable } from './stats.js';

const FILE = resolve(process.env.ENTENTE_SHARED ?? '../shared', 'bench/india_police_events_docs.jsonl');

export async function run(limit = Number(process.env.EVENTS_BENCH_ARTICLES ?? 0)): Promise<void> {
  const lines = readFileSync(FILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const docs = lines.slice(0, limit > 0 ? limit : lines.length).map((l) => String((JSON.parse(l) as { doc_text?: string }).doc_text ?? ''));
  const date = '2010-01-01';

  const clock = (): { cpu: number; wall: number } => {
    const u = process.cpuUsage();
    return { cpu: (u.user + u.system) / 1000, wall: performance.now() };
  };
  const since = (t: { cpu: number; wall: number }): { cpu: number; wall: number } => {
    const n = clock();
    return { cpu: n.cpu - t.cpu, wall: n.wall - t.wall };
  };

  let t = clock();
  const d = compileDictionaries(loadEventDictionaries());
  const load = since(t);

  // Warm both paths on a few documents so the figures are not JIT start-up.
  for (const doc of docs.slice(0, 50)) for (const s of tokenizeSentences(doc)) codeSentence({ text: doc, tokens: s.tokens, date }, d);

  t = clock();
  const tokenized: TokenizedSentence[][] = docs.map((doc) => tokenizeSentences(doc, { lemmas: false }));
  const tokenize = since(t);

  t = clock();
  const withLemmas = docs.map((doc) => tokenizeSentences(doc));
  const lemma = since(t);

  const sentences = tokenized.flat();
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  let events = 0;
  // Each pass runs twice and the second counts: the first also pays for the collection of the tokenizer's garbage.
  const pass = (docsTokens: TokenizedSentence[][]): { cpu: number; wall: number } => {
    let last = { cpu: 0, wall: 0 };
    for (let round = 0; round < 2; round++) {
      events = 0;
      const t0 = clock();
      for (let i = 0; i < docs.length; i++) for (const s of docsTokens[i]!) events += codeSentence({ text: docs[i]!, tokens: s.tokens, date }, d).length;
      last = since(t0);
    }
    return last;
  };
  const codeLemma = pass(withLemmas);
  const code = pass(tokenized);

  const row = (name: string, x: { cpu: number; wall: number }): (string | number)[] => [
    name,
    x.cpu,
    x.wall,
    (sentences.length / x.cpu) * 1000,
    (tokens / x.cpu) * 1000,
    (docs.length / x.cpu) * 1000,
  ];
  printTable(
    `event coder on ${docs.length} articles, ${sentences.length} sentences, ${tokens} tokens (${(tokens / docs.length).toFixed(0)} a article); ${events} events; dictionaries load+compile ${load.cpu.toFixed(0)} ms CPU`,
    ['stage (one core)', 'CPU ms', 'wall ms', 'sentences/s', 'tokens/s', 'articles/s'],
    [
      row('wink-nlp sentences+POS (baseline)', tokenize),
      row('wink-nlp sentences+POS+lemmas', lemma),
      row('coder alone (with lemmas)', codeLemma),
      row('coder alone (surface forms only)', code),
      row('tokenize + code', { cpu: tokenize.cpu + code.cpu, wall: tokenize.wall + code.wall }),
    ],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(Number(process.argv[2] ?? 0));
