/**
 * `npm run eval`: every `eval/*.eval.ts` (or those named on the command line), each printing its tables.
 * Evals read ../shared (the reference and evaluation sets); tests never do.
 */
import { runModules } from '../scripts/run-modules.js';

process.exitCode = await runModules(import.meta.dirname, '.eval.ts', process.argv.slice(2));
