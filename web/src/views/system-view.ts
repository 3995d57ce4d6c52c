import { getJson, isAbort, query, words } from '../api.js';
import { dateField } from '../date-field.js';
import { dayIndex, FIRST_DAY, isIsoDay, isoOfIndex, longDate, shift, todayIso } from '../dates.js';
import { clear, errorBox, field, h } from '../dom.js';
import { GraphCanvas, typeColor } from '../graph-canvas.js';
import { groupTreaties, type TreatyGroup } from '../labels.js';
import { picker, refOf } from '../picker.js';
import type { GraphSnapshot } from '../types.js';
import { replaceParams, type ViewFactory } from '../view.js';
import { changeList, diff } from './changes.js';
import { showDetails } from './details-panel.js';
import { download, snapshotCsv } from './export.js';

/** The server's default set; the checkboxes start from it so that what is ticked is what is drawn. */
const DEFAULT_TYPES = ['featured', 'security_organization', 'customs_union', 'economic_union', 'free_trade_area'];
const TYPE_NAMES: Record<string, string> = {
  featured: 'Key bodies (curated: CIS, CSTO, EAEU…)',
  security_organization: 'Security organizations',
  customs_union: 'Customs unions',
  economic_union: 'Economic unions',
  free_trade_area: 'Free-trade areas',
  alliance: 'Alliances (ATOP treaties)',
  trade_agreement: 'Trade agreements (DESTA)',
  igo: 'Other IGOs (COW)',
};

/**
 * "The system on a day": a day to type or step through (and a slider from 1815 to today), the graph of that
 * day with zoom, pan, fit, hover cards and exports, filters, what changed since the previous day shown, and
 * the picked node's details. Everything it shows lives in the address bar.
 */
export const systemView: ViewFactory = (root, params, ctx) => {
  const last = todayIso();
  let on = pickDay(params.get('on'));
  let types = params.get('types')?.split(',').filter(Boolean) ?? [...DEFAULT_TYPES];
  let region = params.get('region') ?? '';
  let focus: string | null = params.get('focus');
  let shown: GraphSnapshot | undefined;
  let groups: ReadonlyMap<string, TreatyGroup> = new Map();
  let shownFilter = '';
  let fetching: AbortController | undefined;
  let detailsFetch: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const slider = h('input', {
    type: 'range',
    id: 'day-slider',
    attrs: { min: '0', max: String(dayIndex(last)), step: '1', 'aria-label': 'Day (1815 to today); arrow keys move a day, Page Up and Page Down a month' },
  });
  const day = dateField('day-input', 'Day', on, (d) => go(d));
  const typeBox = h('fieldset', { class: 'types' }, h('legend', { text: 'Organization types' }));
  const regionSelect = h('select', { id: 'region-select' }, h('option', { value: '', text: 'Every region' }));
  const findInput = picker('find-node', 'any', 'CSTO, Tajikistan, Armenai…', '', (hit) => pick(hit.id, true));
  const busy = h('p', { class: 'graph-busy', role: 'status', hidden: true });
  const problem = h('div', { class: 'graph-problem' });
  const container = h('div', {
    class: 'graph',
    id: 'graph',
    tabindex: 0,
    attrs: {
      role: 'application',
      'aria-label': 'Graph of states and organizations. Plus and minus zoom, arrow keys pan, 0 fits; pick a node with the Find box',
    },
  });
  const changes = h('section', { class: 'changes', id: 'changes', aria: { live: 'polite', label: 'What changed' } });
  const caption = h('p', { class: 'graph-caption', id: 'graph-caption' });
  const details = h('aside', { class: 'details', id: 'details', aria: { label: 'Details of the picked state or organization' } });
  clear(
    details,
    h('p', {
      class: 'empty',
      text: 'Pick a state or an organization in the graph (or type its name in “Find”) to see its memberships, leaders, treaties and obligations, with sources.',
    }),
  );
  const tool = (id: string, text: string, title: string, run: () => void) =>
    h('button', { type: 'button', id, class: 'tool', text, title, aria: { label: title }, on: { click: run } });

  root.append(
    h(
      'div',
      { class: 'system' },
      h('div', { class: 'toolbar' }, day.element, slider),
      h('aside', { class: 'filters', aria: { label: 'Filters' } }, field('Find', findInput), typeBox, field('Region', regionSelect), legend()),
      h(
        'div',
        { class: 'canvas-wrap' },
        caption,
        container,
        h(
          'div',
          { class: 'graph-tools', role: 'toolbar', aria: { label: 'Graph' } },
          tool('zoom-in', '+', 'Zoom in (+)', () => canvas.zoomIn()),
          tool('zoom-out', '−', 'Zoom out (−)', () => canvas.zoomOut()),
          tool('zoom-fit', 'Fit', 'Fit the whole graph (0)', () => canvas.fit()),
          tool('export-png', 'PNG', 'Save the picture as shown (PNG)', () => exportPng()),
          tool('export-csv', 'CSV', 'Save the memberships shown (CSV)', () => exportCsv()),
        ),
        busy,
        problem,
        changes,
      ),
      details,
    ),
  );

  // Cytoscape measures its container when it starts, so it starts once the container is on the page.
  const canvas = new GraphCanvas(container, (id) => pick(id), hoverText);

  slider.addEventListener('input', () => go(isoOfIndex(Number(slider.value)), 120));
  slider.addEventListener('keydown', (e) => {
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      go(shift(on, e.key === 'PageUp' ? 1 : -1));
    }
  });
  container.addEventListener('keydown', (e) => {
    const keys: Record<string, () => void> = {
      '+': () => canvas.zoomIn(),
      '=': () => canvas.zoomIn(),
      '-': () => canvas.zoomOut(),
      '0': () => canvas.fit(),
      ArrowLeft: () => canvas.panBy(1, 0),
      ArrowRight: () => canvas.panBy(-1, 0),
      ArrowUp: () => canvas.panBy(0, 1),
      ArrowDown: () => canvas.panBy(0, -1),
      Escape: () => pick(null),
    };
    const run = keys[e.key];
    if (run) {
      e.preventDefault();
      run();
      container.dataset.zoom = canvas.zoom().toFixed(2);
    }
  });
  regionSelect.addEventListener('change', () => {
    region = regionSelect.value;
    syncControls();
    void load();
  });
  findInput.addEventListener('keydown', (e) => {
    // Enter on a typed name that was not taken from the list: the server resolves it (typos included).
    if (e.key === 'Enter' && findInput.getAttribute('aria-expanded') !== 'true') {
      e.preventDefault();
      const ref = refOf(findInput);
      if (ref) pick(ref, true);
    }
  });
  const onResize = () => canvas.resize();
  window.addEventListener('resize', onResize);

  function go(next: string, delay = 0): void {
    on = next < FIRST_DAY ? FIRST_DAY : next > last ? last : next;
    syncControls();
    clearTimeout(timer);
    timer = setTimeout(load, delay);
  }

  function syncControls(): void {
    slider.value = String(dayIndex(on));
    slider.setAttribute('aria-valuetext', longDate(on));
    day.set(on);
    if (shown?.on !== on) caption.textContent = `The system on ${longDate(on)}`;
    replaceParams('system', { on, types: sameSet(types, DEFAULT_TYPES) ? null : types.join(','), region, focus });
  }

  async function load(): Promise<void> {
    fetching?.abort();
    const ctl = (fetching = new AbortController());
    const filterKey = `${types.join(',')}|${region}`;
    busy.hidden = false;
    busy.textContent = `Loading ${longDate(on)}…`;
    try {
      const raw = await getJson<GraphSnapshot>(`/api/graph${query({ on, types: types.join(','), region })}`, ctl.signal);
      if (ctl.signal.aborted) return;
      const grouped = groupTreaties(raw);
      const snap = grouped.snapshot;
      clear(problem);
      const changed = shown && shownFilter === filterKey ? diff(shown, snap) : [];
      const nameOf = new Map([...(shown?.nodes ?? []), ...snap.nodes].map((n) => [n.id, n.name]));
      if (shown && shownFilter === filterKey && shown.on !== snap.on) clear(changes, changeList(changed, longDate(shown.on), nameOf));
      else if (!shown || shownFilter !== filterKey) clear(changes);
      groups = grouped.groups;
      shown = snap;
      canvas.show(snap, new Set(changed.map((c) => c.edgeId)), focus);
      renderFilters(raw);
      const orgCount = snap.nodes.filter((n) => n.kind === 'organization').length;
      caption.textContent = `The system on ${longDate(snap.on)}: ${orgCount} organizations and treaties, ${snap.nodes.length - orgCount} states, ${raw.edges.length} memberships`;
      if (snap.edges.length === 0)
        clear(
          problem,
          h('p', { class: 'empty', text: 'No membership of the chosen types that day. Tick more organization types, choose every region, or move the date.' }),
        );
      shownFilter = filterKey;
      container.dataset.on = snap.on;
      if (!document.body.dataset.graphRenderedMs) document.body.dataset.graphRenderedMs = String(Math.round(performance.now()));
      if (focus) openDetails(focus);
    } catch (e) {
      if (!isAbort(e)) clear(problem, errorBox(words(e)));
    } finally {
      if (fetching === ctl) busy.hidden = true;
    }
  }

  function renderFilters(snap: GraphSnapshot): void {
    const known = new Map(snap.types.map((t) => [t.type, t.count]));
    const all = [...new Set([...DEFAULT_TYPES, ...Object.keys(TYPE_NAMES), ...known.keys()])];
    clear(
      typeBox,
      h('legend', { text: 'Organization types' }),
      ...all.map((t) => {
        const box = h('input', { type: 'checkbox', value: t, data: { type: t } });
        box.checked = types.includes(t);
        box.addEventListener('change', () => {
          types = box.checked ? [...types, t] : types.filter((x) => x !== t);
          syncControls();
          void load();
        });
        return h(
          'label',
          { class: 'check' },
          box,
          h('span', { class: 'swatch', attrs: { style: `background:${typeColor(t)}` } }),
          ` ${TYPE_NAMES[t] ?? t} `,
          h('span', { class: 'muted', text: `(${known.get(t) ?? 0})` }),
        );
      }),
    );
    const regions = snap.regions;
    if (regionSelect.options.length - 1 !== regions.length || region !== regionSelect.value) {
      clear(regionSelect, h('option', { value: '', text: 'Every region' }), ...regions.map((r) => h('option', { value: r, text: r })));
      regionSelect.value = region;
    }
  }

  /** A node's hover card: its name, what it is, its members or memberships that day, and what it groups. */
  function hoverText(id: string): { title: string; lines: string[] } | null {
    const n = shown?.nodes.find((x) => x.id === id);
    if (!shown || !n) return null;
    if (n.kind === 'state') {
      const of = shown.edges.filter((e) => e.source === id);
      return {
        title: `${n.name} (${n.id})`,
        lines: [
          n.region ?? 'no region',
          `${of.length} memberships shown: ${of
            .slice(0, 6)
            .map((e) => e.target)
            .join(', ')}${of.length > 6 ? '…' : ''}`,
        ],
      };
    }
    const members = shown.edges.filter((e) => e.target === id);
    const full = members.filter((e) => e.status === 'member' || e.status === 'in_force');
    const attached = members.length - full.length;
    const group = groups.get(id);
    return {
      title: group ? `${group.members.length} treaties with the same parties` : n.name,
      lines: [
        ...(group ? group.members.map((m) => m.name) : [`${TYPE_NAMES[n.type] ?? n.type} · ${n.id}`]),
        `${full.length} ${n.type === 'alliance' || n.type === 'trade_agreement' ? 'parties' : 'members'}: ${full
          .slice(0, 8)
          .map((e) => e.source)
          .join(', ')}${full.length > 8 ? '…' : ''}`,
        ...(attached > 0
          ? [
              `${attached} more attached (observer, associate or suspended): ${members
                .filter((e) => !full.includes(e))
                .map((e) => `${e.source} ${e.status}`)
                .join(', ')}`,
            ]
          : []),
        'Click (or type its name in Find) for details',
      ],
    };
  }

  function pick(id: string | null, reveal = false): void {
    focus = id;
    // A treaty drawn in a group is shown by its group's node, and its own details.
    const node = id && [...groups.values()].find((g) => g.members.some((m) => m.id === id))?.id;
    canvas.focus(node ?? id);
    if (id && reveal) canvas.reveal(node ?? id);
    syncControls();
    if (id) openDetails(id);
    else {
      detailsFetch?.abort();
      clear(details, h('p', { class: 'empty', text: 'Pick a state or an organization to see its details.' }));
    }
  }

  function openDetails(id: string): void {
    detailsFetch?.abort();
    const ctl = (detailsFetch = new AbortController());
    const kind = shown?.nodes.find((n) => n.id === id)?.kind ?? 'unknown';
    const group = [...groups.values()].find((g) => g.members.some((m) => m.id === id));
    void showDetails(details, id, kind, on, { caps: ctx.health.capabilities, open: (other) => pick(other, true), ...(group ? { group } : {}) }, ctl.signal);
  }

  function exportPng(): void {
    download(canvas.png(), `entente-system-${on}.png`);
  }

  function exportCsv(): void {
    if (!shown) return;
    download(new Blob([snapshotCsv(shown, canvas.visibleIds(), groups)], { type: 'text/csv' }), `entente-system-${on}.csv`);
  }

  syncControls();
  void load();

  return {
    update(next) {
      const d = pickDay(next.get('on'));
      const nextFocus = next.get('focus');
      if (nextFocus !== focus) pick(nextFocus);
      if (d !== on) go(d);
    },
    unmount() {
      fetching?.abort();
      detailsFetch?.abort();
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    },
  };

  function pickDay(value: string | null): string {
    return value && isIsoDay(value) ? value : last;
  }
};

function legend(): HTMLElement {
  const item = (cls: string, text: string) => h('li', {}, h('span', { class: `line ${cls}` }), ` ${text}`);
  return h(
    'section',
    { class: 'legend', aria: { label: 'Legend' } },
    h('h3', { text: 'Legend' }),
    h(
      'ul',
      {},
      item('member', 'member'),
      item('suspended', 'suspended'),
      item('observer', 'observer or associate'),
      item('changed', 'changed by the last move'),
    ),
    h('p', {
      class: 'muted',
      text: 'States sit on the ring by region; each organization sits among its members; a diamond is a treaty (treaties with the same parties are one). Labels that would collide are hidden: zoom in or hover.',
    }),
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
