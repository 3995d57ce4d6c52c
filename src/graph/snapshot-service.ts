import type { Entity } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import type { DateQuery } from '../core/time.js';
import type { GraphSnapshot, MembersAnswer, MembershipLine, SnapshotEdge, SnapshotNode } from './answers.js';
import type { GraphService } from './graph-service.js';
import type { GraphStore } from './graph-store.js';

/** What the UI's graph (and the system-wide comparison) filters by. */
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
const FEATURED = 'featured';
const DEFAULT_TYPES = [FEATURED, 'security_organization', 'customs_union', 'economic_union', 'free_trade_area'];
/** Every type a filter may name; anything else is refused rather than answered with an empty graph. */
const SNAPSHOT_TYPES = [...DEFAULT_TYPES, 'alliance', 'trade_agreement', 'igo'] as const;

const SHOWN_STATUSES = ['member', 'in_force', 'associate', 'observer', 'suspended'];
const MAX_SNAPSHOTS = 128;

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
  readonly states: ReadonlyMap<string, { name: string; region: string | null }>;
  readonly regions: readonly string[];
}

/**
 * The system on a day, built from `graph.members` per organization, so the edges follow the same precedence as
 * every other answer; organizations whose data does not reach the day are not asked. Keeps the catalogue of
 * organizations per reference version and the last snapshots asked for (a slider revisits days).
 */
export class SnapshotService {
  /** Every organization type a filter may name. */
  readonly types: readonly string[] = SNAPSHOT_TYPES;
  private catalog?: Promise<Catalog>;
  private readonly snapshots = new Map<string, Promise<GraphSnapshot>>();

  constructor(
    private readonly graph: GraphService,
    private readonly store: GraphStore,
  ) {}

  invalidate(): void {
    this.catalog = undefined;
    this.snapshots.clear();
  }

  async snapshot(on: DateQuery, filter: SnapshotFilter = {}): Promise<GraphSnapshot> {
    const catalog = await this.current();
    checkFilter(filter, catalog);
    const key = `${on.date}|${[...(filter.types ?? [])].sort().join(',')}|${filter.region ?? ''}`;
    const hit = this.snapshots.get(key);
    if (hit !== undefined) return hit;
    const made = this.build(catalog, on, filter);
    this.snapshots.set(key, made);
    made.catch(() => this.snapshots.delete(key));
    if (this.snapshots.size > MAX_SNAPSHOTS) this.snapshots.delete(this.snapshots.keys().next().value!);
    return made;
  }

  /** The members answers of every organization of the filter's types alive on the day (the graph's edges, with sources). */
  async answers(on: DateQuery, filter: SnapshotFilter = {}): Promise<MembersAnswer[]> {
    const catalog = await this.current();
    checkFilter(filter, catalog);
    return Promise.all(asked(catalog, on.date, filter).map((o) => this.graph.members(o.entity.id, on, { statuses: SHOWN_STATUSES })));
  }

  /** Known regions, for filters and their error messages. */
  async regions(): Promise<readonly string[]> {
    return (await this.current()).regions;
  }

  private async current(): Promise<Catalog> {
    const version = await this.store.referenceVersion();
    let catalog = this.catalog !== undefined ? await this.catalog : undefined;
    if (!catalog || catalog.version !== version) {
      this.snapshots.clear();
      const building = buildCatalog(this.store, version);
      this.catalog = building;
      building.catch(() => {
        if (this.catalog === building) this.catalog = undefined;
      });
      catalog = await building;
    }
    return catalog;
  }

  private async build(catalog: Catalog, on: DateQuery, filter: SnapshotFilter): Promise<GraphSnapshot> {
    const alive = catalog.orgs.filter((o) => isAlive(o, on.date));
    const counts = new Map<string, number>();
    for (const o of alive) {
      counts.set(o.type, (counts.get(o.type) ?? 0) + 1);
      if (o.featured) counts.set(FEATURED, (counts.get(FEATURED) ?? 0) + 1);
    }
    const orgs = asked(catalog, on.date, filter);
    const answers = await Promise.all(orgs.map((o) => this.graph.members(o.entity.id, on, { statuses: SHOWN_STATUSES })));
    const inRegion = (id: string) => !filter.region || catalog.states.get(id)?.region === filter.region;
    const stateIds = new Set<string>();
    const edges: SnapshotEdge[] = [];
    const orgNodes: SnapshotNode[] = [];
    answers.forEach((a, i) => {
      for (const m of a.members) stateIds.add(m.id);
      const lines = a.members.filter((m: MembershipLine) => inRegion(m.id));
      if (lines.length === 0) return;
      const o = orgs[i]!;
      orgNodes.push({ id: o.entity.id, name: o.entity.name, kind: 'organization', type: o.type, region: null });
      for (const m of lines) {
        edges.push({
          id: `${m.id}>${o.entity.id}`,
          source: m.id,
          target: o.entity.id,
          status: m.status,
          from: m.from,
          to: m.to,
          dataset: m.sources[0]?.dataset ?? '',
          verifiedThrough: m.verifiedThrough,
          carriedForward: m.carriedForward,
        });
      }
    });
    const stateNodes: SnapshotNode[] = [...new Set(edges.map((e) => e.source))].map((id) => {
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
      notes: [...(on.note ? [on.note] : []), ...carriedNote(edges)],
    };
  }
}

/** How many edges rest on sources whose last word is older than the day shown (drawn dashed). */
function carriedNote(edges: readonly SnapshotEdge[]): string[] {
  const n = edges.filter((e) => e.carriedForward).length;
  return n === 0 ? [] : [`${n} of ${edges.length} memberships shown are carried forward past the last day their source speaks of (dashed)`];
}

function asked(catalog: Catalog, day: string, filter: SnapshotFilter): CatalogEntry[] {
  const wanted = new Set(filter.types && filter.types.length > 0 ? filter.types : DEFAULT_TYPES);
  return catalog.orgs.filter((o) => isAlive(o, day) && (wanted.has(o.type) || (o.featured && wanted.has(FEATURED))));
}

/** A type or region nobody has is a mistake to say, not an empty graph to draw. */
function checkFilter(filter: SnapshotFilter, catalog: Catalog): void {
  const known: readonly string[] = SNAPSHOT_TYPES;
  const unknown = (filter.types ?? []).filter((t) => !known.includes(t));
  if (unknown.length > 0) {
    throw new EntenteError('USAGE', `Unknown organization type ${unknown.map((t) => JSON.stringify(t)).join(', ')}: expected one of ${known.join(', ')}`, {
      expected: known.join(', '),
      found: unknown.join(','),
      suggestions: [...known],
    });
  }
  if (filter.region !== undefined && filter.region !== '' && !catalog.regions.includes(filter.region)) {
    throw new EntenteError('USAGE', `Unknown region ${JSON.stringify(filter.region)}: expected one of ${catalog.regions.join(', ')}`, {
      expected: catalog.regions.join(', '),
      found: filter.region,
      suggestions: [...catalog.regions],
    });
  }
}

async function buildCatalog(store: GraphStore, version: string | null): Promise<Catalog> {
  const [rows, summaries] = await Promise.all([store.coverage(['member_of', 'party_to']), store.entitySummaries()]);
  const spans = new Map<string, { from: string; to: string }>();
  for (const r of rows) {
    const s = spans.get(r.object);
    spans.set(r.object, s ? { from: r.from < s.from ? r.from : s.from, to: r.to > s.to ? r.to : s.to } : { from: r.from, to: r.to });
  }
  const entities = await store.entities([...spans.keys()]);
  // An organization built on a treaty already counts the treaty's parties: showing both would draw it twice.
  const founding = new Set(entities.flatMap((e) => (Array.isArray(e.attrs.treaty) ? e.attrs.treaty : [e.attrs.treaty]).filter(Boolean).map(String)));
  const orgs = entities
    .filter((e) => e.kind !== 'state' && e.kind !== 'person' && !founding.has(e.id))
    .map((e) => ({ entity: e, type: typeOf(e), featured: e.provenance.some((p) => p.dataset === 'curated'), ...spans.get(e.id)! }));
  const states = new Map<string, { name: string; region: string | null }>();
  for (const e of summaries) if (e.kind === 'state') states.set(e.id, { name: e.name, region: typeof e.attrs.region === 'string' ? e.attrs.region : null });
  const regions = [...new Set([...states.values()].map((s) => s.region).filter((r): r is string => r !== null))].sort();
  return { version, orgs, states, regions };
}

function typeOf(e: Entity): string {
  if (e.kind === 'alliance') return 'alliance';
  if (e.kind === 'agreement') return 'trade_agreement';
  return typeof e.attrs.orgType === 'string' ? e.attrs.orgType : 'igo';
}

function isAlive(o: CatalogEntry, day: string): boolean {
  const dissolved = o.entity.attrs.dissolved;
  return o.from <= day && day <= o.to && !(typeof dissolved === 'string' && day > dissolved);
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name);
}
