import type { GraphSnapshot, SnapshotNode } from './types.js';

/** A label's box on screen. */
export interface LabelBox {
  readonly id: string;
  readonly box: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };
  /** Higher first: an organization with many members keeps its label before a small treaty. */
  readonly priority: number;
}

/** Room kept between two labels, in screen pixels. */
const GAP = 2;

/**
 * Which labels to show so that none overlaps another: greedily, highest priority first, each label kept when it
 * overlaps no label kept before it. Pure (screen boxes in, ids out); the canvas runs it after each zoom or pan,
 * so zooming in shows more names.
 */
export function placeLabels(labels: readonly LabelBox[]): Set<string> {
  const placed: Array<LabelBox['box']> = [];
  const shown = new Set<string>();
  for (const l of [...labels].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))) {
    const b = l.box;
    if (b.x2 - b.x1 <= 0 || b.y2 - b.y1 <= 0) continue;
    if (placed.some((p) => b.x1 < p.x2 + GAP && p.x1 < b.x2 + GAP && b.y1 < p.y2 + GAP && p.y1 < b.y2 + GAP)) continue;
    placed.push(b);
    shown.add(l.id);
  }
  return shown;
}

/** How long a graph label may be; the hover card has the whole name. */
const MAX_LABEL = 26;

/**
 * A node's label: an acronym id as it is (CSTO, NATO), else the name shortened: a treaty's place dropped but its
 * year kept ("ANZUS Treaty 1951"), ATOP's "ATOP 1467: Ecuador, Bolivia 1911" as "Ecuador–Bolivia 1911".
 */
export function shortName(n: Pick<SnapshotNode, 'id' | 'name'>): string {
  if (/^[A-Z][A-Z0-9]{1,9}$/.test(n.id) && !/^(ATOP|DESTA)\d/.test(n.id)) return n.id;
  const more = / \+\d+$/.exec(n.name)?.[0] ?? '';
  let s = n.name.slice(0, n.name.length - more.length).replace(/^ATOP \d+: /, '');
  let year = '';
  const paren = /\s*\(([^)]*)\)\s*$/.exec(s);
  if (paren) {
    year = /\b(\d{4})\b/.exec(paren[1]!)?.[1] ?? '';
    s = s.slice(0, paren.index);
  } else {
    const trailing = / (\d{4})$/.exec(s);
    if (trailing) {
      year = trailing[1]!;
      s = s.slice(0, trailing.index);
    }
  }
  const two = /^([^,]+), ([^,]+)$/.exec(s);
  if (two) s = `${two[1]}–${two[2]}`;
  const room = MAX_LABEL - (year ? year.length + 1 : 0);
  if (s.length > room) s = `${s.slice(0, room - 1).trimEnd()}…`;
  return `${s}${year ? ` ${year}` : ''}${more}`;
}

/** Treaties drawn as one node: those with the very same parties that day. */
export interface TreatyGroup {
  readonly id: string;
  readonly members: readonly SnapshotNode[];
}

/**
 * Alliances and trade agreements with exactly the same parties on the day become one node (Russia and Tajikistan's
 * four treaties of the 1990s are one diamond, "Russia–Tajikistan 1993 +3"), so ticking alliances shows the
 * treaties, not a hairball of duplicates. Organizations are never merged. Edges follow their node.
 */
export function groupTreaties(s: GraphSnapshot): { snapshot: GraphSnapshot; groups: ReadonlyMap<string, TreatyGroup> } {
  const parties = new Map<string, string[]>();
  for (const e of s.edges) parties.set(e.target, [...(parties.get(e.target) ?? []), e.source]);
  const byParties = new Map<string, SnapshotNode[]>();
  for (const n of s.nodes) {
    if (n.type !== 'alliance' && n.type !== 'trade_agreement') continue;
    const key = `${n.type}|${[...(parties.get(n.id) ?? [])].sort().join(',')}`;
    byParties.set(key, [...(byParties.get(key) ?? []), n]);
  }
  const groups = new Map<string, TreatyGroup>();
  const into = new Map<string, string>();
  for (const members of byParties.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => (a.id < b.id ? -1 : 1));
    const id = sorted[0]!.id;
    groups.set(id, { id, members: sorted });
    for (const m of sorted) into.set(m.id, id);
  }
  if (groups.size === 0) return { snapshot: s, groups };
  const nodes = s.nodes.flatMap((n) => {
    const g = into.get(n.id);
    if (g === undefined) return [n];
    if (g !== n.id) return [];
    const more = groups.get(g)!.members.length - 1;
    return [{ ...n, name: `${n.name} +${more}` }];
  });
  const seen = new Set<string>();
  const edges = s.edges.flatMap((e) => {
    const target = into.get(e.target) ?? e.target;
    const id = `${e.source}>${target}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ ...e, id, target }];
  });
  return { snapshot: { ...s, nodes, edges }, groups };
}
