import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { EntenteError, expectedFound } from '../../src/core/errors.js';

export interface CsvOptions {
  readonly delimiter?: string;
  /** Columns the converter reads; a file without one of them is refused at its header line. */
  readonly required: readonly string[];
  /** Cell values that mean "missing" besides the empty string (DESTA writes `NA`). */
  readonly missing?: readonly string[];
}

/** One data row of a source file, with the typed accessors converters use; every refusal names file, line and column. */
export class SourceRow {
  constructor(
    readonly file: string,
    readonly line: number,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly cells: readonly string[],
    private readonly missing: ReadonlySet<string>,
  ) {}

  /** `<file> line N <key>`: the provenance ref of facts made from this row. */
  ref(key: string): string {
    return `${this.file} line ${this.line} ${key}`;
  }

  has(column: string): boolean {
    return this.columns.has(column);
  }

  raw(column: string): string {
    const i = this.columns.get(column);
    if (i === undefined) this.fail(column, 'the column to exist', '(no such column)');
    return (this.cells[i] ?? '').trim();
  }

  opt(column: string): string | undefined {
    const v = this.raw(column);
    return v === '' || this.missing.has(v) ? undefined : v;
  }

  text(column: string): string {
    const v = this.opt(column);
    if (v === undefined) this.fail(column, 'a value', this.raw(column));
    return v;
  }

  optInt(column: string, min = -Infinity, max = Infinity): number | undefined {
    const v = this.opt(column);
    if (v === undefined) return undefined;
    // Stata exports write integers as `5.0` or `1e+03` at times; anything that is a whole number is accepted.
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      const range = Number.isFinite(min) || Number.isFinite(max) ? ` in ${min}..${max}` : '';
      this.fail(column, `an integer${range}`, v);
    }
    return n;
  }

  int(column: string, min = -Infinity, max = Infinity): number {
    const n = this.optInt(column, min, max);
    if (n === undefined) this.fail(column, 'an integer', this.raw(column));
    return n;
  }

  fail(column: string, expected: string, found: string): never {
    throw badRow(this.file, this.line, column, expected, found);
  }
}

export function badRow(file: string, line: number, column: string | number, expected: string, found: string): EntenteError {
  return new EntenteError('BAD_ROW', `${file} line ${line}, column ${column}: ${expectedFound(expected, found)}`, {
    file,
    line,
    column,
    expected,
    found,
  });
}

/**
 * Reads a whole CSV file. Decoding replaces invalid UTF-8 instead of failing, because REIGN 3.21 carries one
 * stray Windows-1252 byte in a free-text notes column; rows where that happened are reported by the caller.
 */
export function readCsv(path: string, options: CsvOptions): SourceRow[] {
  const file = basename(path);
  const text = new TextDecoder('utf-8').decode(readFileSync(path));
  const [head, ...body] = parseCsv(text, options.delimiter ?? ',', file);
  if (!head) throw badRow(file, 1, '(header)', 'a header row', '(empty file)');
  const header = head.cells.map((h) => h.trim());
  for (const col of options.required) {
    if (!header.includes(col)) throw badRow(file, head.line, col, `a column named ${JSON.stringify(col)}`, header.join(','));
  }
  const missing = new Set(options.missing ?? []);
  const columns = new Map<string, number>();
  // The first occurrence wins when a header repeats a name (REIGN has two unnamed columns).
  header.forEach((h, i) => {
    if (!columns.has(h)) columns.set(h, i);
  });
  return body.map(({ cells, line }) => {
    if (cells.length !== header.length) {
      const column = cells.length > header.length ? `${header.length + 1} (beyond the header)` : header[cells.length]!;
      throw badRow(file, line, column, `${header.length} fields`, `${cells.length} fields`);
    }
    return new SourceRow(file, line, columns, cells, missing);
  });
}

/**
 * RFC 4180 records with the line each starts on. Written out rather than taken from csv-parse because the
 * 539,000-row COW IGO file takes 5 s there and 0.3 s here. Quoted fields may hold delimiters, doubled
 * quotes and line breaks; a quote inside an unquoted field, or text after a closing quote, is refused.
 */
export function parseCsv(text: string, delimiter: string, file: string): { cells: string[]; line: number }[] {
  const out: { cells: string[]; line: number }[] = [];
  const n = text.length;
  const DELIM = delimiter.charCodeAt(0);
  const QUOTE = 34;
  const LF = 10;
  const CR = 13;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === LF || c0 === CR) {
      i += c0 === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      continue;
    }
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = '';
      if (text.charCodeAt(i) === QUOTE) {
        const open = line;
        i++;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q < 0) throw badRow(file, open, cells.length + 1, 'a closing quote', 'the end of the file');
          cell += text.slice(i, q);
          line += countLines(text, i, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += '"';
            i = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        const c = text.charCodeAt(i);
        if (i < n && c !== DELIM && c !== LF && c !== CR) {
          throw badRow(file, line, cells.length + 1, `${JSON.stringify(delimiter)} or a line end after a closing quote`, text.slice(i, i + 10));
        }
      } else {
        let j = i;
        let quoted = false;
        for (; j < n; j++) {
          const c = text.charCodeAt(j);
          if (c === DELIM || c === LF || c === CR) break;
          if (c === QUOTE) quoted = true;
        }
        cell = text.slice(i, j);
        if (quoted) throw badRow(file, line, cells.length + 1, 'a field quoted as a whole, or no quote', cell);
        i = j;
      }
      cells.push(cell);
      if (i < n && text.charCodeAt(i) === DELIM) {
        i++;
        continue;
      }
      break;
    }
    out.push({ cells, line: start });
  }
  return out;
}

function countLines(text: string, from: number, to: number): number {
  let c = 0;
  for (let k = text.indexOf('\n', from); k >= 0 && k < to; k = text.indexOf('\n', k + 1)) c++;
  return c;
}
