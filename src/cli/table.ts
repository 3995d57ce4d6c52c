/** Below this a column is not narrowed further: a word or an id must stay readable. */
const MIN_COLUMN = 10;
const GAP = 2;

/**
 * Plain aligned columns for people; `--json` is for programs. Fits `width` (the terminal's, from the context):
 * the widest columns give way first, down to a readable minimum, and their cells wrap at spaces (sources, names,
 * sentences). `Infinity` (`--wide`) keeps every cell on one line.
 */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, width = Number.POSITIVE_INFINITY): string {
  const widths = fitWidths(
    headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length))),
    width,
  );
  const fmt = (cells: readonly string[]): string[] => {
    const wrapped = cells.map((c, i) => wrap(c, widths[i]!));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, line) =>
      wrapped
        .map((w, i) => (i === wrapped.length - 1 ? (w[line] ?? '') : (w[line] ?? '').padEnd(widths[i]!)))
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  };
  return [...fmt(headers), ...fmt(widths.map((w) => '-'.repeat(w))), ...rows.flatMap(fmt)].join('\n');
}

/** Natural widths narrowed, widest first, until the row fits `width` or every column is at its minimum. */
export function fitWidths(natural: readonly number[], width: number): number[] {
  const out = [...natural];
  const total = () => out.reduce((s, w) => s + w, 0) + GAP * (out.length - 1);
  while (total() > width) {
    let widest = -1;
    for (let i = 0; i < out.length; i++) if (out[i]! > MIN_COLUMN && (widest < 0 || out[i]! > out[widest]!)) widest = i;
    if (widest < 0) break;
    out[widest] = out[widest]! - 1;
  }
  return out;
}

/** A cell as lines of at most `width` characters, broken at spaces where there is one, else mid-word. */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const space = rest.lastIndexOf(' ', width);
    const cut = space > width / 3 ? space : width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) lines.push(rest);
  return lines;
}

/**
 * Sources as a cell: the dataset and its file and line ("atop-5.1 atop5_1m.csv:1771") in a table that fits the
 * terminal, the whole row reference with `--wide` (an infinite width).
 */
export function sourcesText(
  sources: ReadonlyArray<{ dataset: string; ref: string; span?: { start: number; end: number } }>,
  max = 2,
  width = Number.POSITIVE_INFINITY,
): string {
  // A fact read from the news cites its article and the characters that state it: "news a1b2c3@0-42".
  const at = (s: { span?: { start: number; end: number } }) => (s.span ? `@${s.span.start}-${s.span.end}` : '');
  const shown = sources.slice(0, max).map((s) => `${s.dataset} ${Number.isFinite(width) ? shortRef(s.ref) : s.ref}${at(s)}`);
  return sources.length > max ? `${shown.join('; ')}; +${sources.length - max} more` : shown.join('; ');
}

/** "data/curated/organizations.json line 39 id=..." -> "organizations.json:39"; a ref without a line stays whole. */
export function shortRef(ref: string): string {
  const m = /^(?:.*\/)?([^\s/]+) line (\d+)/.exec(ref);
  return m ? `${m[1]}:${m[2]}` : ref;
}

export function notesText(notes: readonly string[]): string {
  return notes.map((n) => `note: ${n}`).join('\n');
}

/** The freshness column: the last day a source verifies the line, with `~` when the day asked is later (carried forward). */
export function verifiedText(l: { verifiedThrough: string; carriedForward: boolean }): string {
  return l.carriedForward ? `${l.verifiedThrough} ~` : l.verifiedThrough;
}
