import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ModulesRun {
  /** 0 when every module ran through, 1 when one threw, 2 when no module matched. */
  readonly code: number;
  /** The names of the modules that ran (`events` for `events.eval.ts`). */
  readonly ran: readonly string[];
}

/**
 * Runs every `<dir>/*<suffix>` module's exported `run()` in turn (or those whose names start with an argument),
 * each under a heading with its time. `npm run eval` and `npm run bench` are this, on eval/ and bench/.
 */
export async function runModules(dir: string, suffix: string, names: readonly string[]): Promise<ModulesRun> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .filter((f) => names.length === 0 || names.some((w) => f.startsWith(w)))
    .sort();
  if (files.length === 0) {
    process.stderr.write(`no ${suffix} module matches ${names.join(', ')}\n`);
    return { code: 2, ran: [] };
  }
  let failed = 0;
  const ran: string[] = [];
  for (const file of files) {
    const name = file.replace(suffix, '');
    process.stdout.write(`\n=== ${name} ===\n`);
    const started = performance.now();
    try {
      const mod = (await import(join(dir, file))) as { run: () => Promise<void> };
      await mod.run();
      ran.push(name);
    } catch (e) {
      failed += 1;
      process.stdout.write(`FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    }
    process.stdout.write(`(${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return { code: failed > 0 ? 1 : 0, ran };
}
