/**
 * Issue 12's measure: changes read from the news, on fixture sets written for it: membership changes
 * (eval/fixtures/membership-facts.json: each kind of change, each kind of non-fact, date lines, relative days)
 * and treaty events (eval/fixtures/treaty-facts.json: signed, ratified, acceded, in force for, withdrew,
 * denounced, and their denials, conditions, forecasts and wishes) and leaders taking or leaving office
 * (eval/fixtures/office-facts.json), bases opened or closed (eval/fixtures/base-facts.json). Each set has its own headline, and the sets
 * together the overall one (`membership.news-facts.*`); a set's facts of another kind count as wrong facts.
 * A fact counts when subject, predicate, object, status and first day all match the gold; the table also scores
 * facts without the day, so a wrong day shows apart from a wrong fact. Runs the app's own pipeline on the
 * committed reference data. Run alone: npx tsx eval/membership.eval.ts. ENTENTE_EVAL_DB reuses a loaded SQLite file.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import type { IsoDate } from '../src/core/time.js';
import { finishArticle } from '../src/ingest/article.js';
import { parsePlainText } from '../src/ingest/plain-text-source.js';
import { pathToFileURL } from 'node:url';
import { headline } from './headline.js';

type Tuple = [subject: string, predicate: string, object: string, status: string, from: string];
interface Case {
  readonly kind: string;
  readonly text?: string;
  readonly article?: string;
  readonly published?: string;
  readonly facts: readonly Tuple[];
}

interface Count {
  tp: number;
  fp: number;
  fn: number;
  tpNoDay: number;
  fpNoDay: number;
  fnNoDay: number;
}
const zero = (): Count => ({ tp: 0, fp: 0, fn: 0, tpNoDay: 0, fpNoDay: 0, fnNoDay: 0 });

/** The fixture sets and the headline each reports. */
const SETS = [
  { file: 'membership-facts.json', headline: 'membership', title: 'membership changes' },
  { file: 'treaty-facts.json', headline: 'membership.treaty', title: 'treaty events' },
  { file: 'office-facts.json', headline: 'membership.office', title: 'leaders taking or leaving office' },
  { file: 'base-facts.json', headline: 'membership.bases', title: 'bases opened or closed' },
] as const;

export async function run(): Promise<void> {
  const db = process.env.ENTENTE_EVAL_DB ?? join(mkdtempSync(join(tmpdir(), 'entente-eval-')), 'eval.sqlite');
  const app = await createApp({ db, logLevel: 'silent' });
  await app.ensureLoaded();

  const INGEST_DAY = '2026-12-01' as IsoDate;
  const all = zero();
  for (const set of SETS) {
    const { cases } = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', set.file), 'utf8')) as { cases: Case[] };
    const byKind = new Map<string, Count>();
    const total = zero();
    const misses: string[] = [];

    function score(gold: readonly string[], found: readonly string[], c: Count, key: 'day' | 'noDay'): void {
      const left = [...gold];
      let tp = 0;
      for (const f of found) {
        const i = left.indexOf(f);
        if (i >= 0) {
          left.splice(i, 1);
          tp++;
        }
      }
      if (key === 'day') {
        c.tp += tp;
        c.fp += found.length - tp;
        c.fn += gold.length - tp;
      } else {
        c.tpNoDay += tp;
        c.fpNoDay += found.length - tp;
        c.fnNoDay += gold.length - tp;
      }
    }

    for (const c of cases) {
      const draft = c.article
        ? (() => {
            const item = parsePlainText(c.article!, 'fixture.txt');
            if (!item.ok) throw new Error(`fixture article does not parse: ${item.problem.message}`);
            return item.draft;
          })()
        : { format: 'text' as const, origin: 'fixture.txt', title: null, published: c.published as IsoDate, text: c.text! };
      const analysis = await app.news.analyze(finishArticle(draft, INGEST_DAY));
      const found = analysis.facts.filter((f) => f.status !== undefined).map((f) => [f.subject, f.predicate, f.object, f.status, f.from] as Tuple);
      const key = (t: Tuple) => t.join(' ');
      const noDay = (t: Tuple) => t.slice(0, 4).join(' ');
      const k = byKind.get(c.kind) ?? zero();
      for (const counts of [k, total, all]) {
        score(c.facts.map(key), found.map(key), counts, 'day');
        score(c.facts.map(noDay), found.map(noDay), counts, 'noDay');
      }
      byKind.set(c.kind, k);
      const want = c.facts.map(key).sort().join('; ');
      const got = found.map(key).sort().join('; ');
      if (want !== got)
        misses.push(`  [${c.kind}] ${(c.text ?? c.article!.split('\n\n').at(-1)!).slice(0, 110)}\n      gold: ${want || '-'}\n      got:  ${got || '-'}`);
    }

    const rows = [...byKind].map(([kind, c]) => row(kind, c));
    rows.push(row('all', total));
    process.stdout.write(`=== ${set.title} from the news: ${cases.length} fixture cases (eval/fixtures/${set.file}), reference data ===\n${table(rows)}\n`);
    if (misses.length > 0) process.stdout.write(`cases that differ from the gold (${misses.length}):\n${misses.join('\n')}\n`);
    headline(`${set.headline}.precision`, p(total));
    headline(`${set.headline}.recall`, r(total));
  }
  await app.close();
  process.stdout.write(`=== every kind together ===\n${table([row('all', all)])}\n`);
  headline('membership.news-facts.precision', p(all));
  headline('membership.news-facts.recall', r(all));
}

const p = (c: Count) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
const r = (c: Count) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
const pN = (c: Count) => (c.tpNoDay + c.fpNoDay === 0 ? 1 : c.tpNoDay / (c.tpNoDay + c.fpNoDay));
const rN = (c: Count) => (c.tpNoDay + c.fnNoDay === 0 ? 1 : c.tpNoDay / (c.tpNoDay + c.fnNoDay));
const f2 = (x: number) => x.toFixed(2);
const row = (kind: string, c: Count) => [kind, String(c.tp + c.fn), String(c.tp), String(c.fp), String(c.fn), f2(p(c)), f2(r(c)), f2(pN(c)), f2(rN(c))];

function table(rows: readonly string[][]): string {
  const head = ['kind', 'gold', 'right', 'wrong', 'missed', 'P', 'R', 'P no day', 'R no day'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => x[i]!.length)));
  const line = (x: readonly string[]) =>
    x
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
