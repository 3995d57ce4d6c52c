/**
 * CoNLL files: one token a line with whitespace-separated columns (token first), blank lines between
 * sentences, "-DOCSTART-" lines between documents. Reading checks that every token line has as many columns
 * as the first one; writing gives back each line unchanged with one more column, as conlleval expects.
 */
import { itemAt } from '../../core/checked.js';
import { EntenteError } from '../../core/errors.js';

const DOCSTART = '-DOCSTART-';

type ConllLine =
  | { readonly kind: 'blank'; readonly raw: string }
  | { readonly kind: 'docstart'; readonly raw: string }
  | { readonly kind: 'token'; readonly raw: string; readonly columns: readonly string[] };

interface ConllSentence {
  /** Index of the sentence's document (counting -DOCSTART- lines; 0 before the first). */
  readonly doc: number;
  /** Indices into ConllFile.lines of the sentence's token lines. */
  readonly lines: readonly number[];
  readonly tokens: readonly string[];
  /** The last column of each token line: the gold tag in a labelled file. */
  readonly lastColumn: readonly string[];
}

export interface ConllFile {
  readonly lines: readonly ConllLine[];
  readonly sentences: readonly ConllSentence[];
  readonly columns: number;
  /** Whether the text ended with a newline, so that writing gives it back the same way. */
  readonly finalNewline: boolean;
}

export function readConll(text: string, file = '<input>'): ConllFile {
  const rawLines = text.split(/\r?\n/);
  const finalNewline = rawLines.length > 1 && rawLines[rawLines.length - 1] === '';
  if (finalNewline) rawLines.pop();
  const lines: ConllLine[] = [];
  const sentences: ConllSentence[] = [];
  let columns = 0;
  let doc = 0;
  let current: { lines: number[]; tokens: string[]; lastColumn: string[] } = { lines: [], tokens: [], lastColumn: [] };
  const flush = (): void => {
    if (current.tokens.length > 0) sentences.push({ doc, ...current });
    current = { lines: [], tokens: [], lastColumn: [] };
  };
  for (const [i, raw] of rawLines.entries()) {
    const trimmed = raw.trim();
    if (trimmed === '') {
      lines.push({ kind: 'blank', raw });
      flush();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === DOCSTART) {
      lines.push({ kind: 'docstart', raw });
      flush();
      doc++;
      continue;
    }
    if (columns === 0) columns = cols.length;
    else if (cols.length !== columns) {
      throw new EntenteError(
        'BAD_ROW',
        `${file}:${i + 1}: expected ${columns} column${columns === 1 ? '' : 's'} like the lines before, found ${cols.length} in ${JSON.stringify(trimmed.length > 80 ? `${trimmed.slice(0, 77)}...` : trimmed)}`,
        { file, line: i + 1, expected: `${columns} columns`, found: `${cols.length} columns` },
      );
    }
    lines.push({ kind: 'token', raw, columns: cols });
    current.lines.push(i);
    // A line that is not blank has at least one column.
    current.tokens.push(itemAt(cols, 0, 'CoNLL columns'));
    current.lastColumn.push(itemAt(cols, cols.length - 1, 'CoNLL columns'));
  }
  flush();
  return { lines, sentences, columns, finalNewline };
}

/**
 * Each line with a tag appended (tags[s][k] for token k of sentence s; "O" for -DOCSTART- lines); blank lines
 * stay blank. Trailing whitespace and carriage returns of a line are dropped before appending.
 */
export function writeConll(file: ConllFile, tags: readonly (readonly string[])[]): string {
  const extra = new Array<string | undefined>(file.lines.length);
  file.sentences.forEach((s, si) => s.lines.forEach((li, k) => (extra[li] = itemAt(tags, si, 'tags of sentences')[k])));
  const out = file.lines.map((l, i) => {
    if (l.kind === 'blank') return '';
    return `${l.raw.trimEnd()} ${l.kind === 'docstart' ? 'O' : (extra[i] ?? 'O')}`;
  });
  return out.join('\n') + (file.finalNewline ? '\n' : '');
}
