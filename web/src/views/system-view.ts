import { getJson, isAbort, query, words } from '../api.js';
import { dayIndex, FIRST_DAY, isIsoDay, isoOfIndex, longDate, shift, todayIso } from '../dates.js';
import { clear, errorBox, field, h } from '../dom.js';
import { GraphCanvas, typeColor } from '../graph-canvas.js';
import type { GraphSnapshot } from '../types.js';
import { replaceParams, type ViewFactory } from '../view.js';
import { changeList, diff } from './changes.js';
import { showDetails } from './details-panel.js';

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
 * "The system on a day": a date slider from 1815 to today, the graph of that day, filters, what changed since
 * the previous day shown, and the picked node's details. Everything it shows lives in the address bar.
 */
export const systemView: ViewFactory = (root, params, ctx) => {
  const last = todayIso();
  let on = pickDay(params.get('on'));
  let types = params.get('types')?.split(',').filter(Boolean) ?? [...DEFAULT_TYPES];
  let region = params.get('region') ?? '';
  let focus: string | null = params.get('focus');
  let shown: GraphSnapshot | undefined;
  let shownFilter = '';
  let fetching: AbortController | undefined;
  let detailsFetch: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const slider = h('input', {
    type: 'range',
    id: 'day-slider',
    attrs: { min: '0', max: String(dayIndex(last)), step: '1', 'aria-label': 'Day (1815 to today); arrow keys move a day, Page Up and Page Down a month' },
  });
  const dayInput = h('input', { type: 'date', id: 'day-input', attrs: { min: FIRST_DAY, max: last, required: '' } });
  const step = (label: string, months: number, title: string) => h('button', { type: 'button', text: label, title, on: { click: () => go(shift(on, months)) } });
  const typeBox = h('fieldset', { class: 'types' }, h('legend', { text: 'Organization types' }));
  const regionSelect = h('select', { id: 'region-select' }, h('option', { value: '', text: 'Every region' }));
  const findInput = h('input', { type: 'search', id: 'find-node', attrs: { list: 'node-names', placeholder: 'CSTO, Tajikistan…', autocomplete: 'off' } });
  const names = h('datalist', { id: 'node-names' });
  const busy = h('p', { class: 'graph-busy', role: 'status', hidden: true });
  const problem = h('div', { class: 'graph-problem' });
  const container = h('div', { class: 'graph', id: 'graph', attrs: { 'aria-label': 'Graph of states and organizations; use the find box to pick one by keyboard' } });
  const changes = h('section', { class: 'changes', id: 'changes', aria: { live: 'polite', label: 'What changed' } });
  const caption = h('p', { class: 'graph-caption', id: 'graph-caption' });
  const details = h('aside', { class: 'details', id: 'details', aria: { label: 'Details of the picked state or organization' } });
  clear(details, h('p', { class: 'empty', text: 'Pick a state or an organization in the graph (or type its name in “Find”) to see its memberships, leaders, treaties and obligations, with sources.' }));

  root.append(
    h(
      'div',
      { class: 'system' },
      h(
        'div',
        { class: 'toolbar' },
        h('label', { class: 'slider-label', for: 'day-slider', text: 'Day' }),
        slider,
        step('« year', -12, 'One year earlier'),
        step('‹ month', -1, 'One month earlier'),
        dayInput,
        step('month ›', 1, 'One month later'),
        step('year »', 12, 'One year later'),
        h('button', { type: 'button', text: 'Today', on: { click: () => go(last) } }),
      ),
      h(
        'aside',
        { class: 'filters', aria: { label: 'Filters' } },
        field('Find', findInput),
        names,
        typeBox,
        field('Region', regionSelect),
        legend(),
      ),
      h('div', { class: 'canvas-wrap' }, caption, container, busy, problem, changes),
      details,
    ),
  );

  // Cytoscape measures its container when it starts, so it starts once the container is on the page.
  const canvas = new GraphCanvas(container, (id) => pick(id));

  slider.addEventListener('input', () => go(isoOfIndex(Number(slider.value)), 120));
  slider.addEventListener('keydown', (e) => {
    if (e.key === 'PageUp' || e.key === 'PageDown') {
      e.preventDefault();
      go(shift(on, e.key === 'PageUp' ? 1 : -1));
    }
  });
  dayInput.addEventListener('change', () => {
    if (isIsoDay(dayInput.value)) go(dayInput.value);
  });
  regionSelect.addEventListener('change', () => {
    region = regionSelect.value;
    load();
  });
  findInput.addEventListener('change', () => {
    const id = /\(([^)]+)\)$/.exec(findInput.value)?.[1] ?? findInput.value.trim().toUpperCase();
    if (id) pick(id);
  });
  const onResize = () => canvas.resize();
  window.addEventListener('resize', onResize);

  function go(day: string, delay = 0): void {
    on = day < FIRST_DAY ? FIRST_DAY : day > last ? last : day;
    syncControls();
    clearTimeout(timer);
    timer = setTimeout(load, delay);
  }

  function syncControls(): void {
    slider.value = String(dayIndex(on));
    slider.setAttribute('aria-valuetext', longDate(on));
    dayInput.value = on;
    caption.textContent = `The system on ${longDate(on)}`;
    replaceParams('system', { on, types: sameSet(types, DEFAULT_TYPES) ? null : types.join(','), region, focus });
  }

  async function load(): Promise<void> {
    fetching?.abort();
    const ctl = (fetching = new AbortController());
    const filterKey = `${types.join(',')}|${region}`;
    busy.hidden = false;
    busy.textContent = `Loading ${longDate(on)}…`;
    try {
      const snap = await getJson<GraphSnapshot>(`/api/graph${query({ on, types: types.join(','), region })}`, ctl.signal);
      if (ctl.signal.aborted) return;
      clear(problem);
      const changed = shown && shownFilter === filterKey ? diff(shown, snap) : [];
      const nameOf = new Map([...(shown?.nodes ?? []), ...snap.nodes].map((n) => [n.id, n.name]));
      if (shown && shownFilter === filterKey && shown.on !== snap.on) clear(changes, changeList(changed, longDate(shown.on), nameOf));
      else if (!shown || shownFilter !== filterKey) clear(changes);
      canvas.show(snap, new Set(changed.map((c) => c.edgeId)), focus);
      renderFilters(snap);
      const orgCount = snap.nodes.filter((n) => n.kind === 'organization').length;
      caption.textContent = `The system on ${longDate(snap.on)}: ${orgCount} organizations, ${snap.nodes.length - orgCount} states, ${snap.edges.length} memberships`;
      if (snap.edges.length === 0) clear(problem, h('p', { class: 'empty', text: 'No membership of the chosen types that day. Tick more organization types, choose every region, or move the date.' }));
      shown = snap;
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
          load();
        });
        return h('label', { class: 'check' }, box, h('span', { class: 'swatch', attrs: { style: `background:${typeColor(t)}` } }), ` ${TYPE_NAMES[t] ?? t} `, h('span', { class: 'muted', text: `(${known.get(t) ?? 0})` }));
      }),
    );
    const regions = snap.regions;
    if (regionSelect.options.length - 1 !== regions.length || region !== regionSelect.value) {
      clear(regionSelect, h('option', { value: '', text: 'Every region' }), ...regions.map((r) => h('option', { value: r, text: r })));
      regionSelect.value = region;
    }
    clear(names, ...snap.nodes.map((n) => h('option', { value: `${n.name} (${n.id})` })));
  }

  function pick(id: string | null): void {
    focus = id;
    canvas.focus(id);
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
    void showDetails(details, id, kind, on, { caps: ctx.health.capabilities, open: (other) => pick(other) }, ctl.signal);
  }

  syncControls();
  void load();

  return {
    update(next) {
      const day = pickDay(next.get('on'));
      const nextFocus = next.get('focus');
      if (nextFocus !== focus) pick(nextFocus);
      if (day !== on) go(day);
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
    h('ul', {}, item('member', 'member'), item('suspended', 'suspended'), item('observer', 'observer or associate'), item('changed', 'changed by the last move'), item('carried', 'carried forward past its source')),
    h('p', { class: 'muted', text: 'States sit on the ring by region; each organization sits among its members.' }),
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
