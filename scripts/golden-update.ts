/**
 * `npx tsx scripts/golden-update.ts [--update] [NAME...]`: compares each news golden case with its
 * expected.json and prints the differences as a unified diff; `--update` writes the new expected.json.
 * To add a case, create test/golden/news/<slug>/source.txt (or .html, .jsonl) and run with --update.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { goldenAnalysis, goldenCases } from '../test/golden/news/golden.js';

const args = process.argv.slice(2);
const update = args.includes('--update');
const only = args.filter((a) => !a.startsWith('--'));
let changed = 0;
for (const c of goldenCases().filter((c) => only.length === 0 || only.includes(c.name))) {
  const file = join(c.dir, 'expected.json');
  const next = `${JSON.stringify(await goldenAnalysis(c.source), null, 2)}\n`;
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (prev === next) {
    console.log(`same     ${c.name}`);
    continue;
  }
  changed++;
  const tmp = join(mkdtempSync(join(tmpdir(), 'golden-')), 'expected.json');
  writeFileSync(tmp, next);
  const diff = spawnSync(
    'diff',
    ['-u', '--label', `${c.name}/expected.json (stored)`, '--label', `${c.name}/expected.json (now)`, existsSync(file) ? file : '/dev/null', tmp],
    { encoding: 'utf8' },
  );
  process.stdout.write(diff.stdout || `(new case ${c.name})\n`);
  if (update) writeFileSync(file, next);
  console.log(`${update ? 'updated ' : 'differs '} ${c.name}`);
}
if (changed > 0 && !update) {
  console.log(`${changed} case(s) differ; run with --update to accept`);
  process.exitCode = 1;
}
