/**
 * The house's import directions as a gate (`npm run lint`): every import of src/ and web/src/ (static, multi-line,
 * dynamic, re-exports, types) against the layer table in scripts/layers/house-rules.ts. Prints each violation with
 * file and line and exits 1 on any, or on a known exception that no longer occurs. `--root DIR` checks another tree.
 */
import { join, resolve } from 'node:path';
import { checkLayers } from './layers/check.js';
import { KNOWN_EXCEPTIONS, LAYERS } from './layers/house-rules.js';

const at = process.argv.indexOf('--root');
const root = resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : join(import.meta.dirname, '..'));
// The known exceptions are this project's; another tree (a test fixture) is checked without them.
const report = await checkLayers({ root, layers: LAYERS, exceptions: at > 0 ? [] : KNOWN_EXCEPTIONS });
const lines = [
  ...report.problems,
  ...report.stale.map((e) => `scripts/layers/house-rules.ts: known exception ${e.from} -> ${e.to} no longer occurs: delete it from KNOWN_EXCEPTIONS`),
];
if (lines.length > 0) {
  process.stderr.write(`${lines.join('\n')}\n${report.problems.length} layer violation(s), ${report.stale.length} stale exception(s)\n`);
  process.exit(1);
}
process.stdout.write(`layers: ok (${report.modules} modules; ${report.excepted} known exception(s))\n`);
