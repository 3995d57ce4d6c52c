/**
 * The house shape as a gate (`npm run lint`): imports flow inward to core (STYLE.md), src never reads ../shared,
 * and pure layers do no I/O. Prints every violation with file and line; exits 1 if there is any.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', 'src');

/** Which top-level folders of src/ each folder may import from (itself always). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  ingest: ['core'],
  extract: ['core'],
  graph: ['core'],
  rules: ['core', 'graph'],
  store: ['core', 'graph', 'ingest', 'extract', 'rules', 'pipeline', 'config'],
  pipeline: ['core', 'ingest', 'extract', 'graph', 'rules'],
  queue: ['core', 'ingest', 'pipeline', 'store', 'graph'],
  api: ['app', 'core', 'graph', 'rules', 'pipeline', 'config'],
  cli: ['app', 'core', 'graph', 'rules', 'pipeline', 'config', 'api', 'extract/ner', 'extract/events'],
};
const PURE = new Set(['core', 'graph', 'rules']);
const IO_MODULES = /^(node:)?(fs|fs\/promises|net|http|https|child_process)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

const problems: string[] = [];
for (const file of files(ROOT)) {
  const rel = relative(ROOT, file);
  const layer = rel.includes('/') ? rel.split('/')[0]! : rel.replace(/\.ts$/, '');
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, i) => {
    const where = `src/${rel}:${i + 1}`;
    if (text.includes('../shared')) problems.push(`${where}: src reads ../shared, which users do not have`);
    const m = /^\s*(?:import|export)\s.*?from\s+'([^']+)'/.exec(text) ?? /^\s*import\s+'([^']+)'/.exec(text);
    if (!m) return;
    const spec = m[1]!;
    if (PURE.has(layer) && IO_MODULES.test(spec)) problems.push(`${where}: ${layer}/ is pure but imports ${spec}`);
    if (!spec.startsWith('.')) return;
    const target = relative(ROOT, join(file, '..', spec));
    if (target.startsWith('..')) return;
    const targetLayer = target.includes('/') ? target.split('/')[0]! : target.replace(/\.js$/, '');
    if (targetLayer === layer) return;
    const allowed = ALLOWED[layer];
    if (allowed === undefined) return;
    const ok = allowed.some((a) => target.startsWith(a.includes('/') ? a : `${a}/`) || targetLayer === a);
    if (!ok) problems.push(`${where}: ${layer}/ may not import ${target} (allowed: ${allowed.join(', ') || 'nothing in src'})`);
  });
}
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n${problems.length} layer violations\n`);
  process.exit(1);
}
process.stdout.write('layers: ok\n');
