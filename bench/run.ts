/**
 * `npm run bench`: every `bench/*.bench.ts` (or those named on the command line), each printing its figures
 * beside a baseline; benchmarks measure, they never assert a time.
 */
import { runModules } from '../scripts/run-modules.js';

process.exitCode = (await runModules(import.meta.dirname, '.bench.ts', process.argv.slice(2))).code;
