import type { TreatyGroup } from '../labels.js';
import type { GraphSnapshot } from '../types.js';

/** Saves a blob as a file the browser downloads. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** One cell of RFC 4180 CSV: quoted when it holds a comma, a quote or a line break. */
function cell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/**
 * The memberships shown, one row each, as CSV: the day, the state, the organization (each treaty of a group on
 * its own row), the status, since when and until when, and the dataset that decides it. `visible` limits it to
 * what is on screen after a zoom; empty means everything drawn.
 */
export function snapshotCsv(s: GraphSnapshot, visible: ReadonlySet<string>, groups: ReadonlyMap<string, TreatyGroup>): string {
  const name = new Map(s.nodes.map((n) => [n.id, n.name]));
  const rows = [['on', 'state_id', 'state', 'organization_id', 'organization', 'status', 'from', 'to', 'dataset']];
  for (const e of s.edges) {
    if (visible.size > 0 && !visible.has(e.source) && !visible.has(e.target)) continue;
    const orgs = groups.get(e.target)?.members ?? [{ id: e.target, name: name.get(e.target) ?? e.target }];
    for (const o of orgs) rows.push([s.on, e.source, name.get(e.source) ?? e.source, o.id, o.name, e.status, e.from, e.to, e.dataset]);
  }
  return `${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
