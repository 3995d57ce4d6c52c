/**
 * A coder's reading of the news pipeline's events on ../shared/bench (real Indian news, never tuned on): draws,
 * with a seeded random choice, N events from all events coded over the corpus and M articles, and prints each event
 * with its sentence, the words of its source, verb and target, its code and label, date and rules, and each drawn
 * article sentence by sentence with the events coded in it, for a careful human coder to judge (real event? source,
 * target, root, full code, date right?) and to list the events the coder missed. The judging is done by a person;
 * this prints what is judged, reproducibly. `npm run reading:events -- --seed 14 [--events 40] [--articles 8]`
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import { seededRandom } from '../src/core/random.js';
import type { IsoDate } from '../src/core/time.js';
import { finishArticle } from '../src/ingest/article.js';
import { decodeText } from '../src/ingest/decode-text.js';
import { parseJsonArticle } from '../src/ingest/jsonl-source.js';
import { splitSentences } from '../src/extract/sentences.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const seed = arg('seed', 14);
const nEvents = arg('events', 40);
const nArticles = arg('articles', 8);
const FILE = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'india_police_events_docs.jsonl');

function draw<T>(list: readonly T[], n: number, next: () => number): T[] {
  const pool = [...list];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'events-reading-')), 'db.sqlite') });
await app.ensureLoaded();
const text = decodeText(readFileSync(FILE), 'bench').text;
const articles = text.split('\n').flatMap((line, i) => {
  const r = parseJsonArticle(line, `bench:${i + 1}`);
  return r.ok ? [finishArticle(r.draft, '2026-01-01' as IsoDate)] : [];
});
const analyses = [];
for (const a of articles) analyses.push({ line: analyses.length + 1, text: a.text, analysis: await app.news.analyze(a) });
await app.close();

const all = analyses.flatMap(({ line, text: t, analysis }) => analysis.events.map((e) => ({ line, text: t, published: analysis.article.published, e })));
const next = seededRandom(seed);
// The carry rule that dated an event from outside its clause (event-date-carry.ts), when one did.
const dateRule = (rules: readonly string[]): string =>
  rules
    .filter((r) => r.startsWith('date.'))
    .map((r) => `, ${r}`)
    .join('');
const quote = (t: string, s: { start: number; end: number } | null | undefined): string => (s ? `"${t.slice(s.start, s.end)}"` : '-');
process.stdout.write(`# ${all.length} events in ${analyses.length} articles; seed ${seed}\n\n## ${nEvents} random events\n`);
for (const [k, { line, text: t, published, e }] of draw(all, nEvents, next).entries()) {
  process.stdout.write(
    `\n[E${k + 1}] article line ${line} (published ${published})\n  ${e.sentence}\n  ${e.source} ${e.cameo} ${e.target}  plover ${e.plover ?? '-'}  date ${e.date} (${e.datePrecision}${e.dateText ? `, "${e.dateText}"` : ''})\n  source ${quote(t, e.sourceSpan)} verb ${quote(t, e.verbSpan)} target ${quote(t, e.targetSpan)}\n  ${e.ruleId} ${e.rules.join(' ')}\n`,
  );
}
process.stdout.write(`\n## ${nArticles} random articles\n`);
for (const { line, text: t, analysis } of draw(analyses, nArticles, next)) {
  process.stdout.write(`\n### article line ${line} (published ${analysis.article.published}): ${analysis.events.length} events\n`);
  for (const s of splitSentences(t)) {
    process.stdout.write(`  S ${s.text}\n`);
    for (const e of analysis.events.filter((x) => x.start === s.start))
      process.stdout.write(
        `    -> ${e.source} ${e.cameo} ${e.target} (${quote(t, e.sourceSpan)} ${quote(t, e.verbSpan)} ${quote(t, e.targetSpan)}) date ${e.date} (${e.datePrecision}${e.dateText ? `, "${e.dateText}"` : ''}${dateRule(e.rules)})\n`,
      );
  }
}
