/**
 * `npm run figures`: runs the bench and eval modules the README's tables use, each in its own process while the
 * machine's load is sampled, keeps what they measured in docs/figures.json with the day, the cores, the load
 * and the commit, and redraws the README's figure tables from that file.
 *
 *   npm run figures                              every module the tables use (10-20 minutes on 2 cores)
 *   npm run figures -- "bench graph" "eval ner"  only these; the other figures keep their own stamps
 *   npm run figures -- --render                  redraw the README from docs/figures.json, measure nothing
 *
 * Benchmarks on a shared machine are slower than on a quiet one: every row says the load it was taken under.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FiguresFile } from './figure.js';
import { type FigureBook, renderReadme, type StampedFigure } from './readme.js';
import { TABLES } from './tables.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BOOK = join(ROOT, 'docs', 'figures.json');
const README = join(ROOT, 'README.md');

function readBook(): Record<string, StampedFigure> {
  return existsSync(BOOK) ? (JSON.parse(readFileSync(BOOK, 'utf8')) as Record<string, StampedFigure>) : {};
}

/** One figure a line, sorted: a re-measured module shows in a diff as its own lines. */
function writeBook(book: Record<string, StampedFigure>): void {
  const lines = Object.entries(book)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, f]) => `  ${JSON.stringify(name)}: ${JSON.stringify(f)}`);
  writeFileSync(BOOK, `{\n${lines.join(',\n')}\n}\n`);
}

function commit(): string {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  // The figures' own outputs do not make the tree count as changed.
  const changed = git('status', '--porcelain', '--', '.', ':!README.md', ':!docs/figures.json') !== '';
  return `${git('rev-parse', '--short', 'HEAD')}${changed ? '+' : ''}`;
}

/** Runs `bench/run.ts NAME` or `eval/run.ts NAME` with --figures, sampling the 1-minute load average meanwhile. */
async function measure(source: string): Promise<{ file: FiguresFile | undefined; load: [number, number]; code: number }> {
  const [kind, name] = source.split(' ');
  if ((kind !== 'bench' && kind !== 'eval') || !name) throw new Error(`expected "bench NAME" or "eval NAME", found "${source}"`);
  const out = join(mkdtempSync(join(tmpdir(), 'entente-figures-')), 'figures.json');
  const samples = [loadavg()[0]!];
  const timer = setInterval(() => samples.push(loadavg()[0]!), 2000);
  process.stdout.write(`\n### npm run figures: ${source} (load ${samples[0]!.toFixed(1)} on ${cpus().length} cores)\n`);
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, kind, 'run.ts'), '--figures', out, name], { cwd: ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (c) => resolve(c ?? 1));
  });
  clearInterval(timer);
  samples.push(loadavg()[0]!);
  const file = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as FiguresFile) : undefined;
  return { file, load: [Math.min(...samples), Math.max(...samples)], code };
}

const args = process.argv.slice(2);
const book = readBook();
let failed = 0;
if (!args.includes('--render')) {
  const sources = args.length > 0 ? args : [...new Set(Object.values(TABLES).flatMap((t) => t.rows.map((r) => r.from)))];
  const stamp = { taken: new Date().toISOString().slice(0, 10), cores: cpus().length, commit: commit() };
  for (const source of sources) {
    const { file, load, code } = await measure(source);
    const name = source.split(' ')[1]!;
    if (!file || !file.modules.includes(name)) {
      failed += 1;
      process.stderr.write(`figures: ${source} did not run through (exit ${code}); its figures keep their old stamps\n`);
      continue;
    }
    // An eval that runs through but falls below its baseline exits 1: its figures are still what was measured.
    if (code !== 0) process.stderr.write(`figures: ${source} exited ${code} (see its output); its figures are recorded\n`);
    for (const [figureName, f] of Object.entries(file.figures)) book[figureName] = { ...f, from: source, ...stamp, load };
    writeBook(book);
  }
}
const used = new Set(Object.values(TABLES).flatMap((t) => t.rows.flatMap((r) => r.uses)));
const missing = [...used].filter((n) => !(n in book));
writeFileSync(README, renderReadme(readFileSync(README, 'utf8'), TABLES, book as FigureBook));
process.stdout.write(`\nREADME.md figure tables redrawn from docs/figures.json${missing.length ? `; not measured yet: ${missing.join(', ')}` : ''}\n`);
process.exitCode = failed > 0 ? 1 : 0;
