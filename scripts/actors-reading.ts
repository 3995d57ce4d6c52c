/**
 * A coder's reading of the pipeline's actors on ../shared/bench (real Indian news, lower-cased): prints each drawn
 * article in full, its home country with the evidence, and every actor the pipeline found (words, type, role, state,
 * CAMEO code, rule), for a careful human coder to judge (resolved right / found without country or role / wrong /
 * missed). The articles are the jsonl's 0-based positions Python's `random.sample(range(1257), n)` draws after
 * `random.seed(seed)` (python3 is asked for them), or the positions given:
 * `npm run reading:actors -- --seed 13 [--articles 8]` or `npm run reading:actors -- --index 266,301`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.js';
import type { IsoDate } from '../src/core/time.js';
import { finishArticle } from '../src/ingest/article.js';
import { decodeText } from '../src/ingest/decode-text.js';
import { parseJsonArticle } from '../src/ingest/jsonl-source.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const FILE = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'india_police_events_docs.jsonl');

const text = decodeText(readFileSync(FILE), 'bench').text;
const lines = text.split('\n').filter((l) => l.trim() !== '');

function positions(): number[] {
  const given = arg('index');
  if (given) return given.split(',').map(Number);
  const seed = Number(arg('seed') ?? 13);
  const n = Number(arg('articles') ?? 8);
  const py = `import random; random.seed(${seed}); print(",".join(map(str, random.sample(range(${lines.length}), ${n}))))`;
  return execFileSync('python3', ['-c', py], { encoding: 'utf8' })
    .trim()
    .split(',')
    .map(Number)
    .sort((a, b) => a - b);
}

const app = await createApp({ db: join(mkdtempSync(join(tmpdir(), 'actors-reading-')), 'db.sqlite') });
await app.ensureLoaded();
const out = (s: string) => process.stdout.write(`${s}\n`);
for (const k of positions()) {
  const r = parseJsonArticle(lines[k]!, `bench:${k}`);
  if (!r.ok) {
    out(`\n### index ${k}: not an article (${JSON.stringify(r.problem)})`);
    continue;
  }
  const article = finishArticle(r.draft, '2026-01-01' as IsoDate);
  const a = await app.news.analyze(article);
  const home = a.home
    ? `${a.home.country} (${a.home.confidence.toFixed(2)}, ${a.home.ruleId}: ${a.home.evidence.map((e) => `"${e.text}" ${e.ruleId}`).join(', ')})`
    : 'none';
  out(`\n### index ${k} (line ${k + 1}), published ${a.article.published}${a.article.dateEstimated ? ' (estimated)' : ''}; home ${home}`);
  out(article.text.trim());
  out(`  -- ${a.actors.length} actors`);
  for (const x of a.actors)
    out(
      `  [${x.start}] "${x.text}" ${x.type} ${x.cameo || '-'} state=${x.state ?? '-'} role=${x.role ?? '-'} id=${x.id} ${x.ruleId}${x.refersTo !== null ? ` ->${x.refersTo}` : ''}`,
    );
}
await app.close();
