/**
 * A digest of the news pipeline's analysis of every article of ../shared/bench (real Indian news, 1,257
 * articles): one SHA-256 per article over its whole analysis (actors, events, dates, facts, claims, home,
 * warnings, stats) and one over them all, to prove a change of speed leaves every output as it was. Analyses the
 * corpus twice in one process, as the bench does, and fails when the warm pass differs from the first (a cache
 * that changes an answer). `npx tsx scripts/analysis-digest/main.ts [--out FILE]` writes `line hash` rows to
 * FILE; compare two runs with `diff`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../src/app.js';
import type { IsoDate } from '../../src/core/time.js';
import { finishArticle } from '../../src/ingest/article.js';
import { decodeText } from '../../src/ingest/decode-text.js';
import { parseJsonArticle } from '../../src/ingest/jsonl-source.js';

const FILE = join(import.meta.dirname, '..', '..', '..', 'shared', 'bench', 'india_police_events_docs.jsonl');
const outAt = process.argv.indexOf('--out');
const out = outAt >= 0 ? process.argv[outAt + 1] : undefined;

const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'analysis-digest-')), 'db.sqlite') });
await app.ensureLoaded();
const text = decodeText(readFileSync(FILE), 'bench').text;
const articles = text.split('\n').flatMap((line, i) => {
  const r = parseJsonArticle(line, `bench:${i + 1}`);
  return r.ok ? [finishArticle(r.draft, '2026-01-01' as IsoDate)] : [];
});
const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const passes: string[][] = [];
for (let pass = 0; pass < 2; pass++) {
  const hashes: string[] = [];
  for (const a of articles) hashes.push(sha(JSON.stringify(await app.news.analyze(a))));
  passes.push(hashes);
}
await app.close();
const [first, warm] = passes as [string[], string[]];
const differ = first.flatMap((h, i) => (h === warm[i] ? [] : [i + 1]));
if (out) writeFileSync(out, first.map((h, i) => `${i + 1} ${h}\n`).join(''));
process.stdout.write(`${articles.length} articles, digest ${sha(first.join('\n'))}\n`);
if (differ.length > 0) {
  process.stdout.write(`the warm pass differs from the first on ${differ.length} articles: ${differ.slice(0, 20).join(' ')}\n`);
  process.exitCode = 1;
}
