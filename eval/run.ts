/**
 * `npm run eval`: every `eval/*.eval.ts` (or those named on the command line), each printing its tables, then
 * the headline figures against the committed baseline (eval/baseline.json). The run fails (exit 1) when a
 * headline figure falls more than its tolerance below the baseline, or a baseline figure is no longer reported.
 * `npm run eval -- --update-baseline` makes this run's figures the baseline (commit it with the change that
 * earned it). `--figures FILE` also writes the headline and other registered figures for `npm run figures`.
 * Evals read ../shared (the reference and evaluation sets); tests never do.
 */
import { figure, figuresOption, reportedFigures, writeFigures } from '../scripts/figures/figure.js';
import { runModules } from '../scripts/run-modules.js';
import { compareWithBaseline, formatBaselineRows, readBaseline, reportedHeadlines, writeBaseline } from './headline.js';

const { file, rest: args } = figuresOption(process.argv.slice(2));
const update = args.includes('--update-baseline');
const { code, ran } = await runModules(
  import.meta.dirname,
  '.eval.ts',
  args.filter((a) => !a.startsWith('--')),
);
if (file) {
  for (const [name, value] of reportedHeadlines()) figure(name, value, 'share');
  writeFigures(file, ran, reportedFigures());
}
const baseline = readBaseline();
const rows = compareWithBaseline(baseline, reportedHeadlines(), ran);
process.stdout.write(`\n=== headline figures against eval/baseline.json ===\n${formatBaselineRows(rows)}\n`);
const bad = rows.filter((r) => r.verdict === 'DROPPED' || r.verdict === 'MISSING');
if (update && code === 0) {
  writeBaseline(baseline, reportedHeadlines(), ran);
  process.stdout.write('baseline updated: eval/baseline.json\n');
} else if (bad.length > 0) {
  process.stdout.write(`\n${bad.length} headline figure(s) below the baseline or missing: ${bad.map((r) => r.name).join(', ')}\n`);
}
process.exitCode = code !== 0 ? code : bad.length > 0 && !update ? 1 : 0;
