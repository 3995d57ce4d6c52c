import type { SnapshotEdge, SnapshotNode } from './types.js';

/**
 * Where nodes go: states on a ring, grouped by region and sorted by name; each organization at the centre of
 * its members, pulled towards the middle. Deterministic, so moving the date moves only what changed, and a
 * state that leaves an organization visibly drags it less.
 */
export interface Point {
  x: number;
  y: number;
}

const REGION_ORDER = ['Europe', 'Eurasia', 'Middle East', 'Africa', 'Asia', 'Oceania', 'Americas'];

function regionRank(region: string | null): number {
  const i = region ? REGION_ORDER.findIndex((r) => region.startsWith(r)) : -1;
  return i === -1 ? REGION_ORDER.length : i;
}

export interface RingState {
  readonly id: string;
  readonly name: string;
  readonly region: string | null;
}

/** Ring positions for every state known so far (the ring only grows, so positions stay put while dragging). */
export function ringPositions(states: readonly RingState[]): Map<string, Point & { angle: number }> {
  const sorted = [...states].sort(
    (a, b) => regionRank(a.region) - regionRank(b.region) || (a.region ?? '').localeCompare(b.region ?? '') || a.name.localeCompare(b.name),
  );
  const radius = Math.max(260, sorted.length * 5.2);
  const out = new Map<string, Point & { angle: number }>();
  sorted.forEach((s, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, sorted.length) - Math.PI / 2;
    out.set(s.id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle), angle });
  });
  return out;
}

export function organizationPositions(orgs: readonly SnapshotNode[], edges: readonly SnapshotEdge[], ring: ReadonlyMap<string, Point>): Map<string, Point> {
  const members = new Map<string, Point[]>();
  for (const e of edges) {
    const p = ring.get(e.source);
    if (p) members.set(e.target, [...(members.get(e.target) ?? []), p]);
  }
  const out = new Map<string, Point>();
  for (const o of orgs) {
    const ps = members.get(o.id) ?? [];
    const cx = ps.reduce((s, p) => s + p.x, 0) / Math.max(1, ps.length);
    const cy = ps.reduce((s, p) => s + p.y, 0) / Math.max(1, ps.length);
    // Organizations with the same members would sit on top of each other; a fixed offset per id separates them.
    const a = (hash(o.id) % 360) * (Math.PI / 180);
    const spread = 28 + (hash(`${o.id}r`) % 40);
    out.set(o.id, { x: cx * 0.55 + spread * Math.cos(a), y: cy * 0.55 + spread * Math.sin(a) });
  }
  return out;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
