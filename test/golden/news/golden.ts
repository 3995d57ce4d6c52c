/**
 * Golden files for the news pipeline: each folder under test/golden/news/ holds a `source.*` article and the
 * `expected.json` its analysis must give against the fixture graph. Events are left out: the coder has its
 * own evaluation, and its progress must not rewrite these files.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../../../src/core/time.js';
import { noEventCoder } from '../../../src/extract/event-coder.js';
import { readArticles } from '../../../src/ingest/read-articles.js';
import { analyze } from '../../../src/pipeline/pipeline.js';
import { fixtureGraph } from '../../fixtures/news/fixture-graph.js';

export const GOLDEN_DIR = import.meta.dirname;

export function goldenCases(): { name: string; dir: string; source: string }[] {
  return readdirSync(GOLDEN_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(GOLDEN_DIR, d.name);
      const source = readdirSync(dir).find((f) => f.startsWith('source.'));
      if (!source) throw new Error(`${dir}: expected a source.* file`);
      return { name: d.name, dir, source: join(dir, source) };
    });
}

/** The analysis of a golden source, projected onto what the golden file pins down. */
export async function goldenAnalysis(source: string): Promise<unknown> {
  const graph = fixtureGraph();
  for await (const item of readArticles([source], { ingestDay: '2000-01-01' as IsoDate })) {
    if (item.kind !== 'article') throw new Error(`${source}: ${item.kind === 'problem' ? item.problem.message : 'duplicate'}`);
    const a = analyze(item.article, { graph, coder: noEventCoder });
    return {
      article: { title: a.article.title, authors: a.article.authors, published: a.article.published, url: a.article.url, captions: a.article.captions },
      dates: a.dates.map((d) => `${d.start}-${d.end} ${JSON.stringify(d.text)} ${d.date} ${d.precision} ${d.ruleId}`),
      actors: a.actors.map((x) => ({
        text: x.text,
        start: x.start,
        end: x.end,
        id: x.id,
        type: x.type,
        role: x.role,
        state: x.state,
        cameo: x.cameo,
        refersTo: x.refersTo,
        ruleId: x.ruleId,
      })),
      facts: a.facts.map((f) => `${f.start}-${f.end} ${f.predicate} ${f.subject} ${f.object} ${JSON.stringify(f.qualifiers)} ${f.ruleId}`),
      claims: a.claims.map((c) => ({
        text: c.text,
        start: c.start,
        status: c.status,
        flag: c.flag,
        names: c.names,
        explanation: c.explanation,
        ruleId: c.ruleId,
      })),
      warnings: a.warnings,
    };
  }
  throw new Error(`${source}: no article read`);
}
