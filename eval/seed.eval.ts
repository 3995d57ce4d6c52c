/**
 * Scores the analysis of ../shared/seed/*.txt against ../shared/eval/seed-gold.json: metadata, actors
 * (required, people, coreference, metonymy), events (by source/target prefix and CAMEO root), facts and
 * claims, as precision/recall tables. Runs on the committed reference data; without it, on the test fixture
 * graph (said in the output). Standalone: `npx tsx eval/seed.eval.ts`.
 */
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { IsoDate } from '../src/core/time.js';
import type { Analysis, ArticleInput } from '../src/extract/analysis.js';
import type { StageContext } from '../src/extract/stage.js';
import type { Article } from '../src/ingest/article.js';
import { readArticles } from '../src/ingest/read-articles.js';
import { loadCameoCoder } from '../src/pipeline/event-coder-adapter.js';
import { analyze } from '../src/pipeline/pipeline.js';
import { fixtureGraph } from '../test/fixtures/news/fixture-graph.js';
import { headline } from './headline.js';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');

type Gold = any;

async function context(): Promise<{ ctx: StageContext; analyzeArticle(a: Article): Promise<Analysis>; graphName: string; close(): Promise<void> }> {
  const coding = loadCameoCoder();
  try {
    const { createApp } = await import('../src/app.js');
    const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'seed-eval-')), 'db.sqlite') });
    await app.ensureLoaded();
    const ctx = await app.news.context();
    // The app's own pipeline, with whatever optional stages it wires (the trained recognizer).
    return { ctx, analyzeArticle: (a) => app.news.analyze(a), graphName: 'reference data (data/reference)', close: () => app.close() };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    const ctx = { graph: fixtureGraph(), ...coding };
    return {
      ctx,
      analyzeArticle: async (a) => analyze(a, ctx),
      graphName: `test fixture graph (reference data unavailable: ${why})`,
      close: async () => undefined,
    };
  }
}

/**
 * Rows whose precision is no quality figure: the required events are a subset of the good events (optional
 * ones are right too), and a supported claim the gold does not list is not wrong.
 */
const PRECISION_NOT_HEADLINE = new Set(['events required', 'claims supported']);

/** `goldHit`: gold items found, when one gold item may be matched by several predictions (events of a listed source). */
function pr(name: string, tp: number, found: number, gold: number, goldHit = tp): string {
  const p = found === 0 ? 0 : tp / found;
  const r = gold === 0 ? 0 : goldHit / gold;
  const key = `seed.${name
    .replace(/\(.*?\)/g, '')
    .trim()
    .replace(/\W+/g, '-')}`;
  if (!PRECISION_NOT_HEADLINE.has(name)) headline(`${key}.precision`, p);
  headline(`${key}.recall`, r);
  return `${name.padEnd(22)} ${String(tp).padStart(3)} ${String(found).padStart(5)} ${String(gold).padStart(4)}   ${p.toFixed(2)}  ${r.toFixed(2)}`;
}

/** Graph ids named in a piece of text, found by the pipeline itself. */
function idsIn(text: string, ctx: StageContext, on: IsoDate): Set<string> {
  const a = analyze(
    { id: 'gold', title: null, authors: [], published: on, dateEstimated: false, url: null, captions: [], text, warnings: [] } as ArticleInput,
    { ...ctx, coder: { name: 'none', code: () => [] } },
  );
  return new Set(a.actors.map((x) => x.id));
}

function matches(code: string | null, id: string | null, gold: string | string[] | undefined, ctxIds: Map<string, string>): boolean {
  if (gold === undefined) return true;
  return (Array.isArray(gold) ? gold : [gold]).some((g) => {
    const want = ctxIds.get(g) ?? g;
    return id === want || (code ?? '').startsWith(want) || (code ?? '').startsWith(g);
  });
}

function root(cameo: string): string {
  return cameo.slice(0, 2);
}

export async function run(): Promise<void> {
  const gold: Gold = JSON.parse(readFileSync(join(SHARED, 'eval', 'seed-gold.json'), 'utf8'));
  const files = readdirSync(join(SHARED, 'seed'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(SHARED, 'seed', f));
  const { ctx, analyzeArticle, graphName, close } = await context();
  const rows: string[] = [];
  try {
    for await (const item of readArticles(files, { ingestDay: new Date().toISOString().slice(0, 10) as IsoDate })) {
      if (item.kind !== 'article') continue;
      const a: Analysis = await analyzeArticle(item.article);
      const on = a.article.published;
      // Gold names that are not graph ids ("Customs Union") resolve through the graph's aliases.
      const alias = new Map<string, string>();
      for (const g of gold.actors.required as string[]) {
        const ids = [...idsIn(g, ctx, on)];
        if (!ctx.graph.entity(g) && ids[0]) alias.set(g, ids[0]);
      }
      const meta = gold.article;
      const metaChecks = [
        a.article.title === meta.title,
        JSON.stringify(a.article.authors) === JSON.stringify(meta.authors),
        a.article.published === meta.published,
        a.article.url === meta.url,
        a.article.captions.some((c) => c.credit === meta.caption_credit),
      ];
      rows.push(pr('metadata fields', metaChecks.filter(Boolean).length, 5, 5));

      const required = (gold.actors.required as string[]).map((g) => alias.get(g) ?? g);
      // Candidates of the trained recognizer (names no dictionary knows) are counted apart.
      const candidates = [...new Set(a.actors.filter((x) => x.id.startsWith('candidate:')).map((x) => x.text))];
      const foundIds = new Set(a.actors.filter((x) => x.type !== 'person' && !x.id.startsWith('candidate:')).map((x) => x.id));
      const hits = required.filter((id) => foundIds.has(id));
      rows.push(pr('actors (non-person)', [...foundIds].filter((id) => required.includes(id)).length, foundIds.size, required.length));
      const missedActors = required.filter((id) => !foundIds.has(id));

      const people = gold.actors.people as { name: string; state: string; role: string }[];
      const persons = a.actors.filter((x) => x.type === 'person' && x.refersTo === null);
      const personOk = people.filter((p) => persons.some((x) => x.text.includes(p.name.split(' ').pop()!) && x.state === p.state));
      rows.push(pr('people (state right)', personOk.length, persons.length, people.length));
      const coref = (gold.actors.coreference as { text: string; refers_to: string }[]).filter((c) => {
        const got = a.actors.filter((x) => x.text.toLowerCase() === c.text.toLowerCase());
        return got.length > 0 && got.every((x) => x.id === (alias.get(c.refers_to) ?? c.refers_to));
      });
      rows.push(pr('coreference', coref.length, gold.actors.coreference.length, gold.actors.coreference.length));
      const meto = (gold.actors.metonymy as { text: string; refers_to: string }[]).filter((m) =>
        a.actors.some((x) => x.text === m.text && x.id === m.refers_to && x.type === 'government'),
      );
      rows.push(pr('metonymy', meto.length, gold.actors.metonymy.length, gold.actors.metonymy.length));

      const evMatch = (g: any) =>
        a.events.filter(
          (e) =>
            matches(e.source, e.sourceId, g.source, alias) &&
            matches(e.target, e.targetId, g.target, alias) &&
            (Array.isArray(g.cameo_root) ? g.cameo_root : [g.cameo_root]).includes(root(e.cameo)),
        );
      const reqFound = (gold.events.required as any[]).filter((g) => evMatch(g).length > 0);
      const good = a.events.filter((e) => [...gold.events.required, ...gold.events.optional].some((g: any) => evMatch(g).includes(e)));
      rows.push(pr('events required', reqFound.length, a.events.length, gold.events.required.length));
      const allGold = [...gold.events.required, ...gold.events.optional] as any[];
      rows.push(pr('events (req+optional)', good.length, a.events.length, allGold.length, allGold.filter((g) => evMatch(g).length > 0).length));
      const missedEvents = (gold.events.required as any[]).filter((g) => !reqFound.includes(g)).map((g) => g.what);

      const groups = new Map<string, Set<string>>();
      for (const f of a.facts) {
        const key = String(f.qualifiers.list ?? `${f.predicate}@${f.start}`);
        const set = groups.get(key) ?? new Set<string>();
        for (const v of [f.subject, f.object, String(f.qualifiers.alsoMembersOf ?? ''), f.predicate]) set.add(v);
        for (const id of idsIn(f.text, ctx, on)) set.add(id);
        groups.set(key, set);
      }
      const covered = (want: Set<string>, have: Set<string>) => want.size > 0 && [...want].filter((w) => have.has(w)).length / want.size >= 0.75;
      const numbersIn = (t: string) => (t.match(/\d[\d,]*/g) ?? []).map((n) => n.replace(/,/g, ''));
      const factHits = (gold.facts as { what: string }[]).filter((g) => {
        const want = new Set([...idsIn(g.what, ctx, on), ...numbersIn(g.what)]);
        return [...groups.values()].some((have) => covered(want, have));
      });
      rows.push(pr('facts', factHits.length, groups.size, gold.facts.length));
      const missedFacts = (gold.facts as { what: string }[]).filter((g) => !factHits.includes(g)).map((g) => g.what);

      const flagged = (gold.claims.required as { must_name: string }[]).filter((g) =>
        a.claims.some((c) => c.status === 'contradicted' && c.names.includes(g.must_name)),
      );
      rows.push(pr('claims flagged', flagged.length, a.claims.filter((c) => c.status === 'contradicted').length, gold.claims.required.length));
      const supported = (gold.claims.supported as string[]).filter((g) => {
        const want = idsIn(g, ctx, on);
        return a.claims.some((c) => c.status === 'supported' && covered(want, new Set([...idsIn(c.text, ctx, on), ...idsIn(c.explanation, ctx, on)])));
      });
      rows.push(pr('claims supported', supported.length, a.claims.filter((c) => c.status === 'supported').length, gold.claims.supported.length));

      console.log(`seed: ${item.article.origin.split('/').pop()} on ${graphName}`);
      console.log(`${'measure'.padEnd(22)}  tp found gold   prec  rec`);
      for (const r of rows) console.log(r);
      if (missedActors.length > 0) console.log(`missed actors: ${missedActors.join(', ')}`);
      if (candidates.length > 0) console.log(`recognizer candidates (not scored): ${candidates.join(', ')}`);
      if (missedEvents.length > 0) console.log(`missed required events: ${missedEvents.join('; ')}`);
      if (missedFacts.length > 0) console.log(`missed facts: ${missedFacts.join('; ')}`);
      void hits;
    }
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
