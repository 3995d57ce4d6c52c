/**
 * The README's figure tables, drawn from docs/figures.json: each block between `<!-- figures:NAME -->` and
 * `<!-- /figures -->` is replaced by the table NAME of tables.ts, every row ending with when and on what machine
 * and load its figures were taken. Pure functions: scripts/figures/main.ts does the measuring and the files.
 */

/** One measured figure as docs/figures.json keeps it. */
export interface StampedFigure {
  readonly value: number;
  readonly unit: string;
  /** Which module measured it: `bench graph`, `eval ner`. */
  readonly from: string;
  /** The day it was taken (UTC). */
  readonly taken: string;
  readonly cores: number;
  /** The 1-minute load average while the module ran: lowest and highest sample. */
  readonly load: readonly [number, number];
  /** The commit measured (`+` when the tree had changes). */
  readonly commit: string;
}

export type FigureBook = Readonly<Record<string, StampedFigure>>;

/** Formats a figure by name; a figure never measured shows as a dash (and its row says so). */
export interface Show {
  /** Milliseconds with the digits that matter: 0.012, 0.24, 3.1, 14. */
  ms(name: string): string;
  /** Seconds, one decimal. */
  s(name: string): string;
  /** A rate, whole and grouped: 10,300. */
  rate(name: string): string;
  /** A rate in thousands: 265k. */
  thousands(name: string): string;
  /** A share as a percentage: 100%, 99.991%, 33%. */
  pct(name: string, digits?: number): string;
  /** A share with two decimals: 0.81. */
  share(name: string): string;
  /** A share as points out of 100, two decimals: 92.82. */
  points(name: string): string;
  /** A ratio: 2.3x. */
  x(name: string): string;
  /** A count, grouped. */
  count(name: string): string;
}

interface FigureRow {
  /** The module that measures the row's figures, as `npm run figures` names it: `bench graph`, `eval events`. */
  readonly from: string;
  /** The figures the row shows (their stamps make its last column). */
  readonly uses: readonly string[];
  readonly cells: (show: Show) => readonly string[];
}

export interface FigureTable {
  readonly header: readonly string[];
  readonly rows: readonly FigureRow[];
}

const DASH = '–';

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

export function showFrom(book: FigureBook): Show {
  const value = (name: string): number | undefined => book[name]?.value;
  const fmt =
    (f: (v: number) => string) =>
    (name: string): string => {
      const v = value(name);
      return v === undefined ? DASH : f(v);
    };
  const grouped = (v: number): string => Math.round(v).toLocaleString('en-US');
  return {
    ms: fmt((v) => (Math.abs(v) >= 10 ? v.toFixed(0) : Math.abs(v) >= 1 ? v.toFixed(1) : Math.abs(v) >= 0.1 ? v.toFixed(2) : v.toFixed(3))),
    s: fmt((v) => v.toFixed(1)),
    rate: fmt(grouped),
    thousands: fmt((v) => `${Math.round(v / 1000)}k`),
    pct: (name, digits = 3) => fmt((v) => `${trimZeros((100 * v).toFixed(digits))}%`)(name),
    share: fmt((v) => v.toFixed(2)),
    points: fmt((v) => (100 * v).toFixed(2)),
    x: fmt((v) => `${v.toFixed(1)}x`),
    count: fmt(grouped),
  };
}

/** `2026-12-06, 2 cores, load 4.1-6.3`; several when a row's figures were taken in different runs. */
export function stampsOf(book: FigureBook, names: readonly string[]): string {
  const stamps = new Set<string>();
  let missing = 0;
  for (const name of names) {
    const f = book[name];
    if (!f) {
      missing += 1;
      continue;
    }
    const [lo, hi] = f.load.map((l) => l.toFixed(1));
    stamps.add(`${f.taken}, ${f.cores} cores, load ${lo === hi ? lo : `${lo}-${hi}`}`);
  }
  const parts = [...stamps].sort();
  if (missing > 0) parts.push(missing === names.length ? 'not measured' : `${missing} not measured`);
  return parts.join('; ');
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

function renderTable(table: FigureTable, book: FigureBook): string {
  const show = showFrom(book);
  const header = [...table.header, 'measured'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of table.rows) {
    const cells = row.cells(show);
    if (cells.length !== table.header.length) throw new Error(`a row of ${row.from} has ${cells.length} cells, expected ${table.header.length}`);
    lines.push(`| ${[...cells, stampsOf(book, row.uses)].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

const BLOCK = /<!-- figures:([a-z0-9-]+) -->\n[\s\S]*?<!-- \/figures -->/g;

/**
 * The README with every figures block redrawn. Fails on a block naming no table, a table with no block, and an
 * opening marker without its closing one, so a table cannot silently stop being drawn.
 */
export function renderReadme(readme: string, tables: Readonly<Record<string, FigureTable>>, book: FigureBook): string {
  const opened = [...readme.matchAll(/<!-- figures:([a-z0-9-]+) -->/g)].map((m) => m[1]!);
  const drawn: string[] = [];
  const out = readme.replace(BLOCK, (_all, name: string) => {
    const table = tables[name];
    if (!table) throw new Error(`README: a figures block names "${name}", expected one of ${Object.keys(tables).join(', ')}`);
    drawn.push(name);
    return `<!-- figures:${name} -->\n${renderTable(table, book)}\n<!-- /figures -->`;
  });
  const unclosed = opened.filter((n) => !drawn.includes(n));
  if (unclosed.length > 0) throw new Error(`README: <!-- figures:${unclosed[0]} --> has no <!-- /figures --> after it on a line of its own`);
  const absent = Object.keys(tables).filter((n) => !drawn.includes(n));
  if (absent.length > 0) throw new Error(`README: expected a <!-- figures:${absent[0]} --> ... <!-- /figures --> block, found none`);
  return out;
}
