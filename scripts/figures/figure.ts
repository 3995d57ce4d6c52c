/**
 * Figures for the README, machine-readable: a bench or eval module registers each number a README table shows
 * (`figure('graph.members.sqlite.p99', 0.24, 'ms')`) beside what it prints; `bench/run.ts` and `eval/run.ts`
 * write them to a file with `--figures FILE`, and `npm run figures` (scripts/figures/main.ts) stamps them with
 * the machine and its load and rewrites the README's tables. Eval headline figures are figures too.
 * Names start with the module's name, as headline names do.
 */
import { writeFileSync } from 'node:fs';

export interface Figure {
  readonly value: number;
  /** `ms`, `s`, `per s`, `share` (0..1), `x` (a ratio), `count`. */
  readonly unit: string;
}

const reported = new Map<string, Figure>();

export function figure(name: string, value: number, unit: string): void {
  if (!Number.isFinite(value)) throw new Error(`figure ${name}: expected a finite number, found ${value}`);
  reported.set(name, { value, unit });
}

export function reportedFigures(): ReadonlyMap<string, Figure> {
  return reported;
}

/** What one run of bench/run.ts or eval/run.ts measured: the modules that ran through and their figures. */
export interface FiguresFile {
  readonly modules: readonly string[];
  readonly figures: Readonly<Record<string, Figure>>;
}

export function writeFigures(file: string, modules: readonly string[], figures: ReadonlyMap<string, Figure>): void {
  const out: FiguresFile = { modules, figures: Object.fromEntries([...figures].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}

/** `--figures FILE` out of a command line: the file (or undefined) and the other arguments. */
export function figuresOption(argv: readonly string[]): { file: string | undefined; rest: string[] } {
  const at = argv.indexOf('--figures');
  if (at < 0) return { file: undefined, rest: [...argv] };
  const file = argv[at + 1];
  if (!file || file.startsWith('--')) throw new Error('--figures: expected a file to write the figures to, found nothing');
  return { file, rest: [...argv.slice(0, at), ...argv.slice(at + 2)] };
}
