import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { organizationPositions, ringPositions, type RingState } from './layout.js';
import type { GraphSnapshot } from './types.js';

/** Colours by organization type and by region; the legend in the view reads from the same tables. */
export const TYPE_COLORS: Record<string, string> = {
  featured: '#1a202c',
  security_organization: '#c05621',
  alliance: '#9c4221',
  customs_union: '#2b6cb0',
  economic_union: '#2c7a7b',
  free_trade_area: '#6b46c1',
  trade_agreement: '#805ad5',
  igo: '#4a5568',
};

const REGION_COLORS = ['#3182ce', '#38a169', '#d69e2e', '#e53e3e', '#805ad5', '#dd6b20', '#319795', '#718096'];

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? '#4a5568';
}

export function regionColor(region: string | null, regions: readonly string[]): string {
  const i = region ? regions.indexOf(region) : -1;
  return i === -1 ? '#a0aec0' : REGION_COLORS[i % REGION_COLORS.length]!;
}

/**
 * The cytoscape picture of one day. Keeps every state it has seen on its ring, so a date change redraws only
 * the edges and the organizations that moved; tells the view which node was picked.
 */
export class GraphCanvas {
  private readonly cy: Core;
  private readonly seen = new Map<string, RingState>();
  private regions: string[] = [];

  constructor(container: HTMLElement, private readonly onPick: (id: string | null) => void) {
    this.cy = cytoscape({
      container,
      layout: { name: 'preset' },
      minZoom: 0.2,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node[kind = "state"]',
          style: {
            width: 11,
            height: 11,
            'background-color': 'data(color)',
            label: 'data(id)',
            'font-size': 9,
            color: '#2d3748',
            'text-rotation': 'data(rotation)' as unknown as number,
            'text-margin-x': 'data(lx)' as unknown as number,
            'text-margin-y': 'data(ly)' as unknown as number,
            'text-halign': 'center',
            'text-valign': 'center',
          },
        },
        {
          selector: 'node[kind = "organization"]',
          style: {
            shape: 'round-rectangle',
            'background-color': 'data(color)',
            label: 'data(label)',
            color: '#fff',
            'font-size': 11,
            'font-weight': 'bold',
            'text-valign': 'center',
            'text-halign': 'center',
            width: 'data(w)',
            height: 18,
            'border-width': 1,
            'border-color': '#1a202c',
          },
        },
        {
          selector: 'edge',
          style: { width: 1.2, 'curve-style': 'haystack', 'line-color': 'data(color)', opacity: 0.45 },
        },
        { selector: 'edge[status = "suspended"]', style: { 'line-style': 'dashed', 'line-color': '#c53030', opacity: 0.9, 'curve-style': 'straight', width: 2 } },
        { selector: 'edge[status = "observer"], edge[status = "associate"]', style: { 'line-style': 'dotted', 'line-color': '#718096', 'curve-style': 'straight' } },
        // Carried forward past its source's last word: dashed and faint, whatever its status.
        { selector: 'edge[carried = "yes"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [3, 5], opacity: 0.3, 'curve-style': 'straight' } },
        { selector: '.faded', style: { opacity: 0.08 } },
        { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1a202c', 'z-index': 10 } },
        { selector: 'edge.focus', style: { opacity: 0.95, width: 2.2 } },
        { selector: 'edge.changed', style: { opacity: 1, width: 3, 'line-color': '#d53f8c', 'curve-style': 'straight' } },
      ],
    });
    this.cy.on('tap', 'node', (e) => this.onPick(e.target.id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.onPick(null);
    });
  }

  /** Draws a day; `changed` edge ids flash so a move of the slider shows what it changed. */
  show(snapshot: GraphSnapshot, changed: ReadonlySet<string>, focus: string | null): void {
    for (const r of snapshot.regions) if (!this.regions.includes(r)) this.regions.push(r);
    let grew = false;
    for (const n of snapshot.nodes) {
      if (n.kind === 'state' && !this.seen.has(n.id)) {
        this.seen.set(n.id, { id: n.id, name: n.name, region: n.region });
        grew = true;
      }
    }
    const ring = ringPositions([...this.seen.values()]);
    const orgs = snapshot.nodes.filter((n) => n.kind === 'organization');
    const orgAt = organizationPositions(orgs, snapshot.edges, ring);
    const wanted = new Set([...snapshot.nodes.map((n) => n.id), ...snapshot.edges.map((e) => e.id)]);
    const typeOf = new Map(orgs.map((o) => [o.id, o.type]));

    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      const add: ElementDefinition[] = [];
      for (const n of snapshot.nodes) {
        const at = n.kind === 'state' ? ring.get(n.id)! : orgAt.get(n.id)!;
        const existing = this.cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.position({ x: at.x, y: at.y });
          continue;
        }
        add.push({ group: 'nodes', data: nodeData(n, ring.get(n.id)?.angle, this.regions), position: { x: at.x, y: at.y } });
      }
      for (const e of snapshot.edges) {
        const existing = this.cy.getElementById(e.id);
        const data = { id: e.id, source: e.source, target: e.target, status: e.status, carried: e.carriedForward ? 'yes' : 'no', color: typeColor(typeOf.get(e.target) ?? 'igo') };
        if (existing.nonempty()) existing.data(data);
        else add.push({ group: 'edges', data });
      }
      this.cy.add(add);
      if (grew) {
        // The ring grew: every state moves to its new slot, and its label turns with it.
        this.cy.nodes('[kind = "state"]').forEach((node) => {
          const at = ring.get(node.id());
          if (at) node.position({ x: at.x, y: at.y }).data(labelData(at.angle));
        });
      }
      this.cy.elements().removeClass('changed');
      for (const id of changed) this.cy.getElementById(id).addClass('changed');
    });
    this.focus(focus);
    if (grew) this.cy.fit(undefined, 30);
  }

  /** Fades everything but a node and its neighbours. */
  focus(id: string | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('faded focus');
      if (!id) return;
      const node = this.cy.getElementById(id);
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      this.cy.elements().not(hood).addClass('faded');
      hood.addClass('focus');
    });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  resize(): void {
    this.cy.resize();
  }
}

function nodeData(n: GraphSnapshot['nodes'][number], angle: number | undefined, regions: readonly string[]) {
  // Cytoscape cannot size a node to its label any more; 7 px a character at 11 px bold is close enough.
  if (n.kind === 'organization') return { id: n.id, label: n.id, name: n.name, kind: n.kind, color: typeColor(n.type), w: 14 + n.id.length * 7.5 };
  return { id: n.id, name: n.name, kind: n.kind, color: regionColor(n.region, regions), ...labelData(angle ?? 0) };
}

/** A state's label sits outside the ring and reads along the radius, never upside down. */
function labelData(angle: number) {
  const left = Math.cos(angle) < 0;
  return { rotation: left ? angle + Math.PI : angle, lx: Math.cos(angle) * 17, ly: Math.sin(angle) * 17 };
}
