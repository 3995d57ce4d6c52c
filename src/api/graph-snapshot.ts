import type { App } from '../app.js';
import type { Entity } from '../core/entity.js';
import type { DateQuery } from '../core/time.js';
import type { MembershipLine } from '../graph/answers.js';
import type { GraphSnapshot, SnapshotEdge, SnapshotNode } from './shapes.js';

export type { GraphSnapshot } from './shapes.js';

/** What the UI's graph filters by. */
export interface SnapshotFilter {
  /** Organization types to show; empty means the default set. */
  readonly types?: readonly string[];
  /** Only states of this region (and the organizations they belong to). */
  readonly region?: string;
}

/**
 * `featured`: the organizations the project's curated file describes (CIS, CSTO, EAEU, NATO...), whatever their
 * type. With the security, customs, economic and free-trade bodies it is what is shown when no type is asked
 * for: what an analyst opens the page for, not every IGO and trade deal.
 */
export const FEATURED = 'featured';
export const DEFAULT_TYPES = [FEATURED, 'security_organization', 'customs_union', 'economic_union', 'free_trade_area'];

const SHOWN_STATUSES = ['member', 'in_force', 'associate', 'observer', 'suspended'];

interface CatalogEntry {
  readonly entity: Entity;
  readonly type: string;
  readonly featured: boolean;
  readonly from: string;
  readonly to: string;
}

interface Catalog {
  readonly version: string | null;
  readonly orgs: readonly CatalogEntry[];
  readonly states: Map<string, { name: string; region: string | null }>;
}

/** Per app: the catalogue of organizations (rebuilt when the reference version changes) and recent snapshots. */
const caches = new WeakMap<App, { catalog?: Promise<Catalog>; snapshots: Map<string, Promise<GraphSnapshot>> }>();
const MAX_SNAPSHOTS = 128;

/**
 * The system on a day, built from `app.graph.members` per organization, so the edges follow the same
 * precedence as every other answer; organizations whose data does not reach the day are not asked.
 */
export async function graphSnapshot(app: App, on: DateQuery, filter: SnapshotFilter = {}): Promise<GraphSnapshot> {
  let cache = caches.get(app);
  if (!cache) caches.set(app, (cache = { snapshots: new Map() }));
  const version = await app.stores.graph.referenceVersion();
  let catalog = cache.catalog ? await cache.catalog : undefined;
  if (!catalog || catalog.version !== version) {
    cache.snapshots.clear();
    cache.catalog = buildCatalog(app, version);
    cache.catalog.catch(() => caches.delete(app));
    catalog = await cache.catalog;
  }
  const key = `${on.date}|${[...(filter.types ?? [])].sort().join(',')}|${filter.region ?? ''}`;
  const hit = cache.snapshots.get(key);
  if (hit) return hit;
  const made = build(app, catalog, on, filter);
  cache.snapshots.set(key, made);
  made.catch(() => cache.snapshots.delete(key));
  if (cache.snapshots.size > MAX_SNAPSHOTS) cache.snapshots.delete(cache.snapshots.keys().next().value!);
  return made;
}

async function build(app: App, catalog: Catalog, on: DateQuery, filter: SnapshotFilter): Promise<GraphSnapshot> {
  const alive = catalog.orgs.filter((o) => o.from <= on.date && on.date <= o.to && !dissolvedBy(o.entity, on.date));
  const counts = new Map<string, number>();
  for (const o of alive) {
    counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
    if (o.featured) counts.set(FEATURED, (counts.get(FEATURED) ?? 0) + 1);
  }
  const wanted = new Set(filter.types && filter.types.length > 0 ? filter.types : DEFAULT_TYPES);
  const asked = alive.filter((o) => wanted.has(o.type) || (o.featured && wanted.has(FEATURED)));
  const answers = await Promise.all(asked.map((o) => app.graph.members(o.entity.id, on, { statuses: SHOWN_STATUSES })));

  const stateIds = new Set<string>();
  for (const a of answers) for (const m of a.members) stateIds.add(m.id);
  await learnStates(app, catalog, [...stateIds]);
  const inRegion = (id: string) => !filter.region || catalog.states.get(id)?.region === filter.region;

  const edges: SnapshotEdge[] = [];
  const orgNodes: SnapshotNode[] = [];
  answers.forEach((a, i) => {
    const lines = a.members.filter((m: MembershipLine) => inRegion(m.id));
    if (lines.length === 0) return;
    const o = asked[i]!;
    orgNodes.push({ id: o.entity.id, name: o.entity.name, kind: 'organization', type: o.type, region: null });
    for (const m of lines) {
      edges.push({ id: `${m.id}>${o.entity.id}`, source: m.id, target: o.entity.id, status: m.status, from: m.from, to: m.to, dataset: m.sources[0]?.dataset ?? '' });
    }
  });
  const shownStates = new Set(edges.map((e) => e.source));
  const stateNodes: SnapshotNode[] = [...shownStates].map((id) => {
    const s = catalog.states.get(id);
    return { id, name: s?.name ?? id, kind: 'state', type: 'state', region: s?.region ?? null };
  });
  const regions = [...new Set([...stateIds].map((id) => catalog.states.get(id)?.region).filter((r): r is string => typeof r === 'string'))].sort();
  return {
    on: on.date,
    nodes: [...stateNodes.sort(byName), ...orgNodes.sort(byName)],
    edges,
    types: [...counts.entries()].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
    regions,
    notes: on.note ? [on.note] : [],
  };
}

async function buildCatalog(app: App, version: string | null): Promise<Catalog> {
  const rows = await app.stores.graph.coverage(['member_of', 'party_to']);
  const spans = new Map<string, { from: string; to: string }>();
  for (const r of rows) {
    const s = spans.get(r.object);
    spans.set(r.object, s ? { from: r.from < s.from ? r.from : s.from, to: r.to > s.to ? r.to : s.to } : { from: r.from, to: r.to });
  }
  const entities = await app.stores.graph.entities([...spans.keys()]);
  // An organization built on a treaty already counts the treaty's parties: showing both would draw it twice.
  const founding = new Set(entities.flatMap((e) => (Array.isArray(e.attrs.treaty) ? e.attrs.treaty : [e.attrs.treaty]).filter(Boolean).map(String)));
  const orgs = entities
    .filter((e) => e.kind !== 'state' && e.kind !== 'person' && !founding.has(e.id))
    .map((e) => ({ entity: e, type: typeOf(e), featured: e.provenance.some((p) => p.dataset === 'curated'), ...spans.get(e.id)! }));
  return { version, orgs, states: new Map() };
}

async function learnStates(app: App, catalog: Catalog, ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !catalog.states.has(id));
  if (missing.length === 0) return;
  for (const e of await app.stores.graph.entities(missing)) {
    catalog.states.set(e.id, { name: e.name, region: typeof e.attrs.region === 'string' ? e.attrs.region : null });
  }
}

function typeOf(e: Entity): string {
  if (e.kind === 'alliance') return 'alliance';
  if (e.kind === 'agreement') return 'trade_agreement';
  return typeof e.attrs.orgType === 'string' ? e.attrs.orgType : 'igo';
}

function dissolvedBy(e: Entity, day: string): boolean {
  return typeof e.attrs.dissolved === 'string' && day > e.attrs.dissolved;
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}
