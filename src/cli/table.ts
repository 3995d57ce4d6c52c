/** Plain aligned columns for people; `--json` is for programs. */
export function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(headers), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}

export function sourcesText(sources: ReadonlyArray<{ dataset: string; ref: string }>, max = 2): string {
  const shown = sources.slice(0, max).map((s) => `${s.dataset} ${s.ref}`);
  return sources.length > max ? `${shown.join('; ')}; +${sources.length - max} more` : shown.join('; ');
}

export function notesText(notes: readonly string[]): string {
  return notes.map((n) => `note: ${n}`).join('\n');
}

/** The freshness column: the last day a source verifies the line, with `~` when the day asked is later (carried forward). */
export function verifiedText(l: { verifiedThrough: string; carriedForward: boolean }): string {
  return l.carriedForward ? `${l.verifiedThrough} ~` : l.verifiedThrough;
}
