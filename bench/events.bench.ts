/**
 * Event coder throughput on ../shared/bench/india_police_events_docs.jsonl (real, lower-cased, messy
 * news): wink-nlp tokenization alone (the baseline), the coder alone on pre-tokenized sentences, and
 * both. Prints sentences/s, tokens/s and articles/s on one core; asserts nothing.
 * Run alone: npx tsx bench/events.bench.ts [articles]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeSentence, compileDictionaries, loadEventDictionaries, tokenizeSentences, type TokenizedSentence } from '../src/extract/events/index.js';
import { printTable } from './stats.js';

const FILE = resolve(process.env.ENTENTE_SHARED ?? '../shared', 'bench/india_police_events_docs.jsonl');

export async function run(limit = Number(process.env.EVENTS_BENCH_ARTICLES ?? 0)): Promise<void> {
  const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const docs = lines.slice(0, limit > 0 ? limit : lines.length).map((l) => String((JSON.parse(l) as { doc_text?: string }).doc_text ?? ''));
  const date = '2010-01-01';

  let t = performance.now();
  const d = compileDictionaries(loadEventDictionaries());
  const loadMs = performance.now() - t;

  // Warm both paths on a few documents so the figures are not JIT start-up.
  for (const doc of docs.slice(0, 20)) for (const s of tokenizeSentences(doc)) codeSentence({ text: doc, tokens: s.tokens, date }, d);

  t = performance.now();
  const tokenized: TokenizedSentence[][] = docs.map((doc) => tokenizeSentences(doc, { lemmas: false }));
  const tokenizeMs = performance.now() - t;

  t = performance.now();
  const withLemmas = docs.map((doc) => tokenizeSentences(doc));
  const lemmaMs = performance.now() - t;

  const sentences = tokenized.flat();
  const tokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  let events = 0;
  t = performance.now();
  for (let i = 0; i < docs.length; i++) for (const s of tokenized[i]!) events += codeSentence({ text: docs[i]!, tokens: s.tokens, date }, d).length;
  const codeMs = performance.now() - t;

  t = performance.now();
  for (let i = 0; i < docs.length; i++) for (const s of withLemmas[i]!) codeSentence({ text: docs[i]!, tokens: s.tokens, date }, d);
  const codeLemmaMs = performance.now() - t;

  const row = (name: string, ms: number): (string | number)[] => [name, ms, (sentences.length / ms) * 1000, (tokens / ms) * 1000, (docs.length / ms) * 1000];
  printTable(
    `event coder on ${docs.length} articles, ${sentences.length} sentences, ${tokens} tokens (${(tokens / docs.length).toFixed(0)} a article); ${events} events; dictionaries load+compile ${loadMs.toFixed(0)} ms`,
    ['stage (one core)', 'ms', 'sentences/s', 'tokens/s', 'articles/s'],
    [
      row('wink-nlp sentences+POS (baseline)', tokenizeMs),
      row('wink-nlp sentences+POS+lemmas', lemmaMs),
      row('coder alone (surface forms)', codeMs),
      row('coder alone (with lemmas)', codeLemmaMs),
      row('tokenize + code', tokenizeMs + codeMs),
    ],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run(Number(process.argv[2] ?? 0));
