/**
 * `npm run bench`: every `bench/*.bench.ts` in turn (or those named), each printing its figures beside a baseline;
 * benchmarks measure, they never assert a time.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();
if (files.length === 0) {
  process.stderr.write(`no bench matches ${wanted.join(', ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file.replace('.bench.ts', '')} ===\n`);
  const started = performance.now();
  try {
    const mod = (await import(join(here, file))) as { run: () => Promise<void> };
    await mod.run();
  } catch (e) {
    failed += 1;
    process.stdout.write(`FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
  process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
