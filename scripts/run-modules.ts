import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Runs every `<dir>/*<suffix>` module's exported `run()` in turn (or those whose names start with an argument),
 * each under a heading with its time. `npm run eval` and `npm run bench` are this, on eval/ and bench/.
 */
export async function runModules(dir: string, suffix: string, names: readonly string[]): Promise<number> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .filter((f) => names.length === 0 || names.some((w) => f.startsWith(w)))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`no ${suffix} module matches ${names.join(', ')}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    process.stdout.write(`\n=== ${file.replace(suffix, '')} ===\n`);
    const started = performance.now();
    try {
      const mod = (await import(join(dir, file))) as { run: () => Promise<void> };
      await mod.run();
    } catch (e) {
      failed += 1;
      process.stdout.write(`FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return failed > 0 ? 1 : 0;
}
