/**
 * Actor recognition against re3d (../shared/eval/re3d): the pipeline's actors (dictionary, people and
 * role-cue stages; anaphors left out) scored against gold Person, Organisation, Location and Nationality
 * entities by overlapping span and compatible type, as precision/recall per type and overall.
 * Standalone: `npx tsx eval/actors.eval.ts`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IsoDate } from '../src/core/time.js';
import type { Actor } from '../src/extract/analysis.js';
import { analyze } from '../src/pipeline/pipeline.js';
import { actorContext } from './actor-context.js';
import { scoreGsrActors } from './actors-gsr.js';
import { headline } from './headline.js';

const RE3D = join(import.meta.dirname, '..', '..', 'shared', 'eval', 're3d');
const TYPES = ['Person', 'Organisation', 'Location', 'Nationality'] as const;
/** re3d covers the Syria and Iraq conflict of 2014-2017; its documents carry no dates, so actors resolve on this day. */
const ON = '2016-06-01' as IsoDate;

interface Gold {
  readonly begin: number;
  readonly end: number;
  readonly type: string;
}

function lines(file: string): any[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** The re3d types an actor may stand for: a country named is a Location, its demonym a Nationality, a capital a government. */
function typesOf(a: Actor): readonly string[] {
  if (a.type === 'person') return ['Person'];
  if (a.type === 'place') return ['Location'];
  if (a.type === 'government') return ['Location', 'Organisation'];
  if (a.type === 'state') return a.ruleId.endsWith('.demonym') ? ['Nationality', 'Organisation'] : ['Location', 'Organisation'];
  return ['Organisation'];
}

export async function run(): Promise<void> {
  const { ctx, name, close } = await actorContext();
  const tp = new Map<string, number>();
  const found = new Map<string, number>();
  const gold = new Map<string, number>();
  let allTp = 0;
  let allFound = 0;
  let allGold = 0;
  let docs = 0;
  let gsr: string[] = [];
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  try {
    for (const source of readdirSync(RE3D, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()) {
      const documents = lines(join(RE3D, source, 'documents.json'));
      const entities = lines(join(RE3D, source, 'entities.json'));
      for (const doc of documents) {
        docs++;
        const golds: Gold[] = entities.filter((e) => e.documentId === doc._id && (TYPES as readonly string[]).includes(e.type));
        const a = analyze(
          { id: doc._id, title: doc.title ?? null, authors: [], published: ON, dateEstimated: false, url: null, captions: [], text: doc.text, warnings: [] },
          ctx,
        );
        const actors = a.actors.filter((x) => !x.ruleId.startsWith('coref.'));
        const spans = new Set(golds.map((g) => `${g.begin}-${g.end}`));
        allGold += spans.size;
        for (const g of golds) bump(gold, g.type);
        const matchedSpans = new Set<string>();
        for (const x of actors) {
          const ok = typesOf(x);
          bump(found, ok[0]!);
          allFound++;
          const hit = golds.find((g) => g.begin < x.end && x.start < g.end && ok.includes(g.type));
          if (hit) {
            bump(tp, ok[0]!);
            allTp++;
            matchedSpans.add(`${hit.begin}-${hit.end}`);
          }
        }
        for (const g of golds) if (matchedSpans.has(`${g.begin}-${g.end}`)) bump(tp, `gold:${g.type}`);
        void matchedSpans;
      }
    }
    gsr = scoreGsrActors(ctx, process.argv.includes('--verbose'));
  } finally {
    await close();
  }
  console.log(`re3d: ${docs} documents, actors resolved on ${ON} against the ${name}`);
  console.log(
    `${'type'.padEnd(14)} ${'found'.padStart(6)} ${'correct'.padStart(8)} ${'prec'.padStart(6)} ${'gold'.padStart(6)} ${'recalled'.padStart(9)} ${'rec'.padStart(6)}`,
  );
  for (const t of TYPES) {
    const f = found.get(t) ?? 0;
    const c = tp.get(t) ?? 0;
    const g = gold.get(t) ?? 0;
    const r = tp.get(`gold:${t}`) ?? 0;
    console.log(
      `${t.padEnd(14)} ${String(f).padStart(6)} ${String(c).padStart(8)} ${(f ? c / f : 0).toFixed(2).padStart(6)} ${String(g).padStart(6)} ${String(r).padStart(9)} ${(g ? r / g : 0).toFixed(2).padStart(6)}`,
    );
  }
  const recalled = TYPES.reduce((n, t) => n + (tp.get(`gold:${t}`) ?? 0), 0);
  headline('actors.re3d.precision', allFound ? allTp / allFound : 0);
  headline('actors.re3d.recall', allGold ? recalled / allGold : 0);
  console.log(
    `${'all'.padEnd(14)} ${String(allFound).padStart(6)} ${String(allTp).padStart(8)} ${(allFound ? allTp / allFound : 0).toFixed(2).padStart(6)} ${String(allGold).padStart(6)} ${String(recalled).padStart(9)} ${(allGold ? recalled / allGold : 0).toFixed(2).padStart(6)}`,
  );
  console.log('(gold counts are annotations: one span may carry two types, e.g. a country as Location and as Organisation)');
  console.log(`\n${gsr.join('\n')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
