/**
 * Dates on the project's own fixtures (eval/fixtures/dates.json, invented sentences): datelines of undated
 * articles, weekdays and month-days read by tense, relative expressions, calendar dates and words that are no
 * date; and event cases (a `verb`): the date eventDate gives that verb's event with the text's dates, the sentence
 * before it included (a date governing a neighbouring sentence, history dated to its own time or left undated).
 * One row per category, the share right; `dates.fixtures.accuracy` is the headline.
 * Standalone: `npx tsx eval/dates.eval.ts [--verbose]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IsoDate } from '../src/core/time.js';
import { findDates } from '../src/extract/dates.js';
import { eventDate, storyOccasion } from '../src/extract/event-dates.js';
import { splitSentences } from '../src/extract/sentences.js';
import { finishArticle } from '../src/ingest/article.js';
import { headline } from './headline.js';

interface Case {
  readonly category: string;
  readonly text: string;
  readonly published: string | null;
  readonly expected: string | null;
  /** For an event case: the event's verb (its first occurrence in the text). */
  readonly verb?: string;
}

const FIXTURES = join(import.meta.dirname, 'fixtures', 'dates.json');
const INGEST_DAY = '2026-01-01' as IsoDate;

/** What the pipeline makes of one case, in the fixture's notation. */
function answer(c: Case): string | null {
  if (c.published === null) {
    const a = finishArticle({ format: 'text', origin: 'eval', published: null, text: c.text }, INGEST_DAY);
    return a.dateEstimated ? null : a.published;
  }
  const published = c.published as IsoDate;
  const sentences = splitSentences(c.text);
  const dates = sentences.flatMap((s) => findDates(s, published));
  if (c.verb !== undefined) {
    const at = c.text.indexOf(c.verb);
    const s = sentences.find((x) => x.start <= at && at < x.end);
    if (!s || at < 0) throw new Error(`dates fixture: no verb ${c.verb} in ${c.text}`);
    const e = eventDate(
      s,
      dates,
      { start: at - s.start, end: at - s.start + c.verb.length },
      published,
      sentences[s.index - 1],
      storyOccasion(sentences, dates, published),
    );
    // Background from before the story is left undated, as the events stage leaves it (event-coding.ts).
    return e && !e.background ? `${e.date}/${e.precision}` : null;
  }
  const d = dates[0];
  return d ? `${d.date}/${d.precision}` : null;
}

export function run(): void {
  const cases = (JSON.parse(readFileSync(FIXTURES, 'utf8')) as { cases: Case[] }).cases;
  const verbose = process.argv.includes('--verbose');
  const byCategory = new Map<string, { n: number; right: number }>();
  let right = 0;
  for (const c of cases) {
    const got = answer(c);
    const ok = got === c.expected;
    if (ok) right++;
    else if (verbose) console.log(`  ${c.category}: ${JSON.stringify(c.text)} (${c.published}) expected ${c.expected}, got ${got}`);
    const row = byCategory.get(c.category) ?? { n: 0, right: 0 };
    row.n++;
    if (ok) row.right++;
    byCategory.set(c.category, row);
  }
  console.log(`dates: ${cases.length} fixture cases (eval/fixtures/dates.json)`);
  console.log(`${'category'.padEnd(18)} ${'cases'.padStart(6)} ${'right'.padStart(6)} ${'share'.padStart(6)}`);
  for (const [k, r] of byCategory)
    console.log(`${k.padEnd(18)} ${String(r.n).padStart(6)} ${String(r.right).padStart(6)} ${(r.right / r.n).toFixed(2).padStart(6)}`);
  console.log(`${'all'.padEnd(18)} ${String(cases.length).padStart(6)} ${String(right).padStart(6)} ${(right / cases.length).toFixed(2).padStart(6)}`);
  headline('dates.fixtures.accuracy', right / cases.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) run();
