import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { organizationPositions, ringPositions, type RingState } from './layout.js';
import { placeLabels, shortName } from './labels.js';
import type { GraphSnapshot } from './types.js';

/** Colours by organization type and by region; the legend in the view reads from the same tables. */
const TYPE_COLORS: Record<string, string> = {
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

function regionColor(region: string | null, regions: readonly string[]): string {
  const i = region ? regions.indexOf(region) : -1;
  return i === -1 ? '#a0aec0' : REGION_COLORS[i % REGION_COLORS.length]!;
}

/** What a hover card says of a node: the view fills it from the snapshot. */
export type HoverText = (id: string) => { title: string; lines: string[] } | null;

const ZOOM_STEP = 1.25;
const PAN_STEP = 60;

/**
 * The cytoscape picture of one day. Keeps every state it has seen on its ring, so a date change redraws only
 * the edges and the organizations that moved; zooms and pans by wheel, drag, buttons and keys; shows a card on
 * hover or focus; hides the labels that would collide (the bigger bodies keep theirs); tells the view which
 * node was picked.
 */
export class GraphCanvas {
  private readonly cy: Core;
  private readonly seen = new Map<string, RingState>();
  private regions: string[] = [];
  private readonly card: HTMLElement;
  private declutterTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly onPick: (id: string | null) => void,
    private readonly hover: HoverText,
  ) {
    this.cy = cytoscape({
      container,
      layout: { name: 'preset' },
      minZoom: 0.15,
      maxZoom: 6,
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
        // A treaty is smaller than an organization: its name sits under a diamond, in the treaty's colour.
        {
          selector: 'node[type = "alliance"], node[type = "trade_agreement"]',
          style: {
            shape: 'diamond',
            width: 14,
            height: 14,
            color: '#742a2a',
            'font-size': 9,
            'font-weight': 'normal',
            'text-valign': 'bottom',
            'text-margin-y': 3,
          },
        },
        {
          selector: 'edge',
          style: { width: 1.2, 'curve-style': 'haystack', 'line-color': 'data(color)', opacity: 0.45 },
        },
        {
          selector: 'edge[status = "suspended"]',
          style: { 'line-style': 'dashed', 'line-color': '#c53030', opacity: 0.9, 'curve-style': 'straight', width: 2 },
        },
        {
          selector: 'edge[status = "observer"], edge[status = "associate"]',
          style: { 'line-style': 'dotted', 'line-color': '#718096', 'curve-style': 'straight' },
        },
        // Carried forward past its source's last word: dashed and faint, whatever its status.
        {
          selector: 'edge[carried = "yes"]',
          style: { 'line-style': 'dashed', 'line-dash-pattern': [3, 5], opacity: 0.3, 'curve-style': 'straight' },
        },
        { selector: '.faded', style: { opacity: 0.08 } },
        { selector: 'node.nolabel', style: { 'text-opacity': 0 } },
        { selector: 'node.focus, node.hovered', style: { 'border-width': 3, 'border-color': '#1a202c', 'z-index': 10, 'text-opacity': 1 } },
        { selector: 'edge.focus', style: { opacity: 0.95, width: 2.2 } },
        { selector: 'edge.changed', style: { opacity: 1, width: 3, 'line-color': '#d53f8c', 'curve-style': 'straight' } },
      ],
    });
    this.card = document.createElement('div');
    this.card.className = 'hover-card';
    this.card.setAttribute('role', 'tooltip');
    this.card.hidden = true;
    container.parentElement?.append(this.card);
    this.cy.on('tap', 'node', (e) => this.onPick(e.target.id()));
    this.cy.on('tap', (e) => {
      if (e.target === this.cy) this.onPick(null);
    });
    this.cy.on('mouseover', 'node', (e) => this.showCard(e.target as NodeSingular));
    this.cy.on('mouseout', 'node', (e) => {
      (e.target as NodeSingular).removeClass('hovered');
      this.card.hidden = true;
    });
    this.cy.on('zoom pan', () => {
      this.card.hidden = true;
      // Tests and assistive tools read the zoom level here.
      this.container.dataset.zoom = this.cy.zoom().toFixed(2);
      clearTimeout(this.declutterTimer);
      this.declutterTimer = setTimeout(() => this.declutter(), 80);
    });
  }

  /** Draws a day; `changed` edge ids flash so a move of the date shows what it changed. */
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
    const degree = new Map<string, number>();
    for (const e of snapshot.edges) degree.set(e.target, (degree.get(e.target) ?? 0) + 1);

    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        if (!wanted.has(el.id())) el.remove();
      });
      const add: ElementDefinition[] = [];
      for (const n of snapshot.nodes) {
        const at = n.kind === 'state' ? ring.get(n.id)! : orgAt.get(n.id)!;
        const existing = this.cy.getElementById(n.id);
        if (existing.nonempty()) {
          existing.position({ x: at.x, y: at.y }).data('members', degree.get(n.id) ?? 0);
          continue;
        }
        add.push({
          group: 'nodes',
          data: { ...nodeData(n, ring.get(n.id)?.angle, this.regions), members: degree.get(n.id) ?? 0 },
          position: { x: at.x, y: at.y },
        });
      }
      for (const e of snapshot.edges) {
        const existing = this.cy.getElementById(e.id);
        const data = {
          id: e.id,
          source: e.source,
          target: e.target,
          status: e.status,
          carried: e.carriedForward ? 'yes' : 'no',
          color: typeColor(typeOf.get(e.target) ?? 'igo'),
        };
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
    if (grew) this.fit();
    this.declutter();
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

  /** Centres a node (picked by keyboard) and shows its card. */
  reveal(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    // The card comes when the move is over: every zoom or pan step hides it.
    this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 1.2) }, { duration: 200, complete: () => this.showCard(node) });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  zoomBy(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  zoomIn(): void {
    this.zoomBy(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoomBy(1 / ZOOM_STEP);
  }

  panBy(dx: number, dy: number): void {
    this.cy.panBy({ x: dx * PAN_STEP, y: dy * PAN_STEP });
  }

  zoom(): number {
    return this.cy.zoom();
  }

  fit(): void {
    this.cy.fit(undefined, 30);
    this.declutter();
  }

  resize(): void {
    this.cy.resize();
    this.declutter();
  }

  /** The picture as shown (what is on screen, at twice its pixels), on white. */
  png(): Blob {
    return this.cy.png({ output: 'blob', bg: '#ffffff', full: false, scale: 2 });
  }

  /** Ids of the nodes in view, for an export of what is shown. */
  visibleIds(): Set<string> {
    const ext = this.cy.extent();
    const inside = this.cy.nodes().filter((n) => {
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    });
    return new Set(inside.map((n) => n.id()));
  }

  /** Hides the labels that would overlap a label already placed; bodies with more members are placed first. */
  private declutter(): void {
    const nodes = this.cy.nodes();
    const boxes = nodes.map((n) => {
      const b = n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeEdges: false });
      return { id: n.id(), box: { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 }, priority: priorityOf(n) };
    });
    const shown = placeLabels(boxes);
    this.cy.batch(() => {
      nodes.forEach((n) => {
        if (shown.has(n.id())) n.removeClass('nolabel');
        else n.addClass('nolabel');
      });
    });
    this.container.dataset.labels = String(shown.size);
  }

  private showCard(node: NodeSingular): void {
    const text = this.hover(node.id());
    if (!text) return;
    node.addClass('hovered');
    this.card.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = text.title;
    this.card.append(title);
    for (const l of text.lines) {
      const p = document.createElement('div');
      p.textContent = l;
      this.card.append(p);
    }
    const at = node.renderedPosition();
    const { width } = this.container.getBoundingClientRect();
    this.card.style.left = `${Math.min(at.x + 14, width - 260)}px`;
    this.card.style.top = `${at.y + 14}px`;
    this.card.hidden = false;
  }
}

function priorityOf(n: NodeSingular): number {
  if (n.data('kind') === 'state') return 1;
  const type = n.data('type') as string;
  const base = type === 'alliance' || type === 'trade_agreement' ? 2 : 100;
  return base + Number(n.data('members') ?? 0);
}

function nodeData(n: GraphSnapshot['nodes'][number], angle: number | undefined, regions: readonly string[]) {
  if (n.kind === 'organization') {
    const label = shortName(n);
    // Cytoscape cannot size a node to its label any more; 7.5 px a character at 11 px bold is close enough.
    return { id: n.id, label, name: n.name, kind: n.kind, type: n.type, color: typeColor(n.type), w: 14 + label.length * 7.5 };
  }
  return { id: n.id, name: n.name, kind: n.kind, type: n.type, color: regionColor(n.region, regions), ...labelData(angle ?? 0) };
}

/** A state's label sits outside the ring and reads along the radius, never upside down. */
function labelData(angle: number) {
  const left = Math.cos(angle) < 0;
  return { rotation: left ? angle + Math.PI : angle, lx: Math.cos(angle) * 17, ly: Math.sin(angle) * 17 };
}
