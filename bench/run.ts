/**
 * `npm run bench`: every `bench/*.bench.ts` (or those named on the command line), each printing its figures
 * beside a baseline; benchmarks measure, they never assert a time. `--figures FILE` also writes the figures the
 * modules registered (scripts/figures/figure.ts) for `npm run figures`.
 */
import { figuresOption, reportedFigures, writeFigures } from '../scripts/figures/figure.js';
import { runModules } from '../scripts/run-modules.js';

const { file, rest } = figuresOption(process.argv.slice(2));
const { code, ran } = await runModules(import.meta.dirname, '.bench.ts', rest);
if (file) writeFigures(file, ran, reportedFigures());
process.exitCode = code;
