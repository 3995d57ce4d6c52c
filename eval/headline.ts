/**
 * Headline figures: each eval module reports the few numbers that say whether quality held
 * (`headline('events.petr2.root.precision', 0.81)`), and `npm run eval` compares them with the committed
 * baseline (eval/baseline.json), failing when one falls more than its tolerance below it.
 * Names start with the module's name (the part of `<name>.eval.ts` before the dot), so a run of some
 * modules checks only their figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const reported = new Map<string, number>();

/** Records a headline figure (higher is better: a precision, a recall, an F1, an agreement share). */
export function headline(name: string, value: number): void {
  if (!Number.isFinite(value)) throw new Error(`headline ${name}: expected a finite number, found ${value}`);
  reported.set(name, value);
}

export function reportedHeadlines(): ReadonlyMap<string, number> {
  return reported;
}

interface BaselineEntry {
  readonly value: number;
  /** How far below the baseline a figure may fall before the run fails (default 0.02). */
  readonly tolerance?: number;
}

export type Baseline = Readonly<Record<string, BaselineEntry>>;

const BASELINE_FILE = join(import.meta.dirname, 'baseline.json');
const DEFAULT_TOLERANCE = 0.02;

export function readBaseline(file = BASELINE_FILE): Baseline {
  return JSON.parse(readFileSync(file, 'utf8')) as Baseline;
}

export interface BaselineRow {
  readonly name: string;
  readonly baseline: number | null;
  readonly now: number | null;
  readonly verdict: 'ok' | 'better' | 'DROPPED' | 'MISSING' | 'new';
}

/**
 * Compares reported figures with the baseline, for the modules that ran. A baseline figure a module that ran
 * did not report is MISSING (a renamed or deleted measure must be renamed or deleted in the baseline too).
 */
export function compareWithBaseline(baseline: Baseline, now: ReadonlyMap<string, number>, modulesRun: readonly string[]): BaselineRow[] {
  const ran = (name: string): boolean => modulesRun.includes(name.split('.')[0] ?? '');
  const rows: BaselineRow[] = [];
  for (const [name, entry] of Object.entries(baseline)) {
    if (!ran(name)) continue;
    const value = now.get(name);
    if (value === undefined) {
      rows.push({ name, baseline: entry.value, now: null, verdict: 'MISSING' });
      continue;
    }
    const tolerance = entry.tolerance ?? DEFAULT_TOLERANCE;
    const verdict = value < entry.value - tolerance - 1e-9 ? 'DROPPED' : value > entry.value + 1e-9 ? 'better' : 'ok';
    rows.push({ name, baseline: entry.value, now: value, verdict });
  }
  for (const [name, value] of now) if (!(name in baseline)) rows.push({ name, baseline: null, now: value, verdict: 'new' });
  return rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function formatBaselineRows(rows: readonly BaselineRow[]): string {
  const fmt = (v: number | null): string => (v === null ? '-' : v.toFixed(4));
  const width = Math.max(8, ...rows.map((r) => r.name.length));
  const head = `${'headline'.padEnd(width)}  baseline     now   delta  verdict`;
  const lines = rows.map((r) => {
    const delta = r.now !== null && r.baseline !== null ? (r.now - r.baseline >= 0 ? '+' : '') + (r.now - r.baseline).toFixed(4) : '';
    return `${r.name.padEnd(width)}  ${fmt(r.baseline).padStart(8)}  ${fmt(r.now).padStart(6)}  ${delta.padStart(7)}  ${r.verdict}`;
  });
  return [head, '-'.repeat(head.length), ...lines].join('\n');
}

/** `npm run eval -- --update-baseline`: the figures of this run become the baseline (tolerances kept). */
export function writeBaseline(previous: Baseline, now: ReadonlyMap<string, number>, modulesRun: readonly string[], file = BASELINE_FILE): void {
  const ran = (name: string): boolean => modulesRun.includes(name.split('.')[0] ?? '');
  const next: Record<string, BaselineEntry> = {};
  for (const [name, entry] of Object.entries(previous)) if (!ran(name)) next[name] = entry;
  for (const [name, value] of now) {
    const tolerance = previous[name]?.tolerance;
    next[name] = tolerance === undefined ? { value } : { value, tolerance };
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}
