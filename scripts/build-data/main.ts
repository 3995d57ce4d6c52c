import { resolve } from 'node:path';
import { isEntenteError } from '../../src/core/errors.js';
import { buildReference } from './build.js';

/**
 * `npx tsx scripts/build-data/main.ts [--shared ../shared] [--out data/reference]`: converts the reference
 * datasets in <shared>/data/reference and the curated files in data/curated into data/reference.
 */
function main(argv: string[]): number {
  const arg = (name: string, fallback: string) => {
    const i = argv.indexOf(name);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
  };
  const shared = resolve(arg('--shared', '../shared'));
  const outDir = resolve(arg('--out', 'data/reference'));
  try {
    const r = buildReference({
      referenceDir: resolve(shared, 'data/reference'),
      curatedDir: resolve('data/curated'),
      outDir,
      log: (line) => console.log(`  ${line}`),
    });
    console.log(`reference data ${r.version} in ${outDir} (${r.seconds.toFixed(1)} s, ${r.entities} entities)`);
    for (const f of r.files) console.log(`  ${f.name.padEnd(30)} ${String(f.rows).padStart(7)} rows ${(f.bytes / 1024).toFixed(0).padStart(7)} KiB`);
    const c = r.crosswalk;
    console.log(
      `crosswalk: ${c.mapped} COW codes mapped (${Object.entries(c.byMethod)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    );
    for (const line of [...c.overrides, ...c.unmatched.map((u) => `UNMATCHED ${u}`), ...c.ambiguous.map((a) => `ambiguous ${a}`)]) console.log(`  ${line}`);
    console.log(
      `leader links: ${Object.entries(r.links)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    const notes = r.notes.length > 20 ? [...r.notes.slice(0, 20), `... and ${r.notes.length - 20} more`] : r.notes;
    for (const n of notes) console.log(`note: ${n}`);
    return 0;
  } catch (e) {
    if (isEntenteError(e)) {
      console.error(`${e.code}: ${e.message}`);
      console.error('nothing was written');
      return 1;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
