/**
 * Issue 12's second measure: how many membership changes real news yields, per 100 articles, on corpora never
 * tuned on (../shared/bench: 1,257 Times of India articles of March 2002; ../shared/seed; the PLOVER synthetic
 * stories), and a seeded sample of 40 of them printed for a person to read (the share a reviewer would accept
 * is written in the README, not computed). No headline: a yield is no quality figure.
 * Run alone: npx tsx eval/membership-yield.eval.ts. ENTENTE_EVAL_DB reuses a loaded SQLite file.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from '../src/app.js';
import type { IsoDate } from '../src/core/time.js';
import type { Article } from '../src/ingest/article.js';
import { articlesOfFile } from '../src/ingest/read-articles.js';
import { figure } from '../scripts/figures/figure.js';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const CORPORA: ReadonlyArray<{ name: string; files: () => string[] }> = [
  { name: 'bench', files: () => [join(SHARED, 'bench', 'india_police_events_docs.jsonl')] },
  { name: 'seed', files: () => readdirSync(join(SHARED, 'seed')).map((f) => join(SHARED, 'seed', f)) },
  { name: 'plover-synthetic', files: () => [join(SHARED, 'eval', 'plover-synthetic', 'synthetic-stories.jsonl')] },
];
const SAMPLE = 40;

/** A small seeded generator, so the sample a person reads is the same on every run. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function run(): Promise<void> {
  const db = process.env.ENTENTE_EVAL_DB ?? join(mkdtempSync(join(tmpdir(), 'entente-eval-')), 'eval.sqlite');
  const app = await createApp({ db, logLevel: 'silent' });
  await app.ensureLoaded();
  const found: string[] = [];
  try {
    for (const corpus of CORPORA) {
      const files = corpus.files().filter((f) => existsSync(f));
      if (files.length === 0) {
        process.stdout.write(`${corpus.name}: not found under ../shared, skipped\n`);
        continue;
      }
      const articles: Article[] = files.flatMap((f) =>
        articlesOfFile(readFileSync(f), f, { ingestDay: '2026-12-01' as IsoDate, quoteContent: false }).flatMap((x) =>
          x.kind === 'article' ? [x.article] : [],
        ),
      );
      let facts = 0;
      let applied = 0;
      let others = 0;
      for (const a of articles) {
        const all = (await app.news.analyze(a)).facts.filter((f) => f.status !== undefined);
        // Treaty events, leaders' changes and bases reach the same queue; the figure counts memberships only.
        const changes = all.filter((f) => f.predicate === 'member_of' || f.predicate === 'applied_to');
        others += all.length - changes.length;
        facts += changes.length;
        applied += changes.filter((f) => f.predicate === 'applied_to').length;
        for (const f of changes) found.push(`${corpus.name} ${a.published} ${f.subject} ${f.status} ${f.object} from ${f.from}: "${f.text}"`);
      }
      const per100 = articles.length ? (100 * facts) / articles.length : 0;
      process.stdout.write(
        `${corpus.name}: ${articles.length} articles, ${facts} membership changes (${applied} applications): ${per100.toFixed(2)} per 100 articles; ${others} other changes (treaties, offices, bases)\n`,
      );
      figure(`facts.membership.per100.${corpus.name}`, per100, 'per 100 articles');
    }
  } finally {
    await app.close();
  }
  const random = seeded(12);
  const sample = [...found].sort(() => random() - 0.5).slice(0, SAMPLE);
  process.stdout.write(`a sample of ${sample.length} of ${found.length} for a person to read:\n${sample.map((s) => `  ${s}`).join('\n')}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
