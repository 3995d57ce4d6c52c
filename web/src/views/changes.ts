import { h } from '../dom.js';
import type { GraphSnapshot, SnapshotEdge } from '../types.js';

export interface Change {
  readonly edgeId: string;
  readonly state: string;
  readonly org: string;
  readonly was: string | null;
  readonly now: string | null;
}

/** What moving from one day to another changed: memberships that began, ended or changed status. */
export function diff(before: GraphSnapshot, after: GraphSnapshot): Change[] {
  const was = new Map(before.edges.map((e) => [e.id, e]));
  const now = new Map(after.edges.map((e) => [e.id, e]));
  const out: Change[] = [];
  const push = (id: string, a: SnapshotEdge | undefined, b: SnapshotEdge | undefined) => {
    const e = (a ?? b)!;
    out.push({ edgeId: id, state: e.source, org: e.target, was: a?.status ?? null, now: b?.status ?? null });
  };
  for (const [id, a] of was) {
    const b = now.get(id);
    if (!b || b.status !== a.status) push(id, a, b);
  }
  for (const [id, b] of now) if (!was.has(id)) push(id, undefined, b);
  return out.sort((x, y) => x.org.localeCompare(y.org) || x.state.localeCompare(y.state));
}

/** The list under the graph: "Uzbekistan left CSTO (now suspended)"; names from either day's nodes. */
export function changeList(changes: readonly Change[], from: string, names: ReadonlyMap<string, string>, max = 14): HTMLElement {
  if (changes.length === 0) return h('p', { class: 'muted', text: `No membership changed since ${from}.` });
  const words = (c: Change) => {
    const who = names.get(c.state) ?? c.state;
    if (c.was === null) return `${who} joined ${c.org}${c.now === 'member' ? '' : ` (${c.now})`}`;
    if (c.now === null) return `${who} left ${c.org}`;
    return `${who} in ${c.org}: ${c.was} → ${c.now}`;
  };
  const items = changes
    .slice(0, max)
    .map((c) => h('li', { class: c.now === null ? 'left' : c.was === null ? 'joined' : 'status', data: { edge: c.edgeId }, text: words(c) }));
  const more = changes.length > max ? h('li', { class: 'muted', text: `and ${changes.length - max} more` }) : null;
  return h('div', {}, h('p', { class: 'muted', text: `Since ${from}:` }), h('ul', { class: 'changes-list' }, ...items, more));
}
