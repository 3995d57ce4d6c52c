import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { Timeline, type DataItem, type DataGroup, type TimelineOptions } from 'vis-timeline/standalone';
import { getJson, isAbort, query } from '../api.js';
import { todayIso } from '../dates.js';
import { clear, empty, field, h, loading } from '../dom.js';
import { eventDateText, eventDateTitle } from '../event-date.js';
import { errorWithSuggestions, picker, refOf } from '../picker.js';
import type { HistoryAnswer, HistoryEntry } from '../types.js';
import type { StoredEvent } from '../news-types.js';
import { replaceParams, type ViewFactory } from '../view.js';

/**
 * "Timeline": an organization's membership history, one row per state, each bar a membership as one source
 * records it (the source the precedence follows in colour, the others grey when asked for); and a state's
 * events as the news reports them.
 */
export const timelineView: ViewFactory = (root, params, ctx) => {
  const org = picker('timeline-org', 'organization', 'CSTO, NATO, Customs Union…', params.get('org') ?? '');
  const everySource = h('input', { type: 'checkbox', id: 'every-source' });
  everySource.checked = params.get('every') === '1';
  const state = picker('timeline-state', 'state', 'Russia, RUS…', params.get('state') ?? '');
  const orgBox = h('section', { id: 'org-timeline', aria: { live: 'polite' } });
  const stateBox = h('section', { id: 'state-timeline', aria: { live: 'polite' } });
  clear(orgBox, empty('Name an organization to see every membership change, with its sources.'));
  clear(
    stateBox,
    ctx.health.capabilities.news
      ? empty('Name a state to see its events as the ingested news reports them.')
      : h('p', { class: 'unavailable', text: 'Events from the news are not available on this server yet.' }),
  );

  const orgForm = h(
    'form',
    { aria: { label: 'Organization history' } },
    field('Organization', org),
    h('label', { class: 'check' }, everySource, ' show every source, not only the one followed'),
    h('button', { type: 'submit', class: 'primary', text: 'Show history' }),
  );
  const stateForm = h(
    'form',
    { aria: { label: 'State events' } },
    field('State', state),
    h('button', { type: 'submit', class: 'primary', text: 'Show events', disabled: !ctx.health.capabilities.news }),
  );
  root.append(
    h(
      'div',
      { class: 'page timeline' },
      h('div', { class: 'side' }, h('h2', { text: 'Timeline' }), orgForm, h('hr'), stateForm),
      h('div', { class: 'result' }, orgBox, stateBox),
    ),
  );

  let history: HistoryAnswer | undefined;
  const timelines: Timeline[] = [];
  let ctl: AbortController | undefined;

  orgForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void showOrg();
  });
  everySource.addEventListener('change', () => {
    keepUrl();
    if (history) drawOrg(history);
  });
  stateForm.addEventListener('submit', (e) => {
    e.preventDefault();
    void showState();
  });

  async function showOrg(): Promise<void> {
    const ref = refOf(org);
    if (!ref) return;
    keepUrl();
    ctl?.abort();
    const mine = (ctl = new AbortController());
    clear(orgBox, loading(`the history of ${ref}`));
    try {
      history = await getJson<HistoryAnswer>(`/api/organizations/${encodeURIComponent(ref)}/history`, mine.signal);
      drawOrg(history);
    } catch (e) {
      if (!isAbort(e))
        clear(
          orgBox,
          errorWithSuggestions(e, (id) => ((org.value = id), void showOrg())),
        );
    }
  }

  function keepUrl(): void {
    replaceParams('timeline', { org: refOf(org) || undefined, state: refOf(state) || undefined, every: everySource.checked ? '1' : undefined });
  }

  function drawOrg(a: HistoryAnswer): void {
    const bars = membershipBars(a.entries, everySource.checked);
    if (bars.length === 0) {
      clear(orgBox, h('h2', { text: a.organization.name }), empty('No membership is recorded for it.'));
      return;
    }
    const groups = [...new Map(bars.map((b) => [b.state.id, b.state])).values()];
    const firstOf = new Map<string, string>();
    for (const b of bars) if (!firstOf.has(b.state.id) || b.from < firstOf.get(b.state.id)!) firstOf.set(b.state.id, b.from);
    groups.sort((x, y) => firstOf.get(x.id)!.localeCompare(firstOf.get(y.id)!) || x.name.localeCompare(y.name));
    const box = h('div', { class: 'timeline-box', id: 'org-timeline-chart' });
    clear(
      orgBox,
      h('h2', { text: `${a.organization.name} (${a.organization.id}): ${groups.length} states, ${a.entries.length} recorded changes` }),
      box,
      ...(a.notes.length ? [h('ul', { class: 'notes' }, ...a.notes.map((n) => h('li', { text: n })))] : []),
    );
    const items: DataItem[] = bars.map((b, i) => ({
      id: i,
      group: b.state.id,
      start: b.from,
      end: b.to || todayIso(),
      // The bar says its dates (and a status other than member), so nobody has to hover to read it.
      content: `${b.from.slice(0, 4)}–${b.to ? b.to.slice(0, 4) : ''}${b.status === 'member' || b.status === 'in_force' ? '' : ` ${b.status}`}`,
      title: `${b.state.name}: ${b.status} ${b.from} – ${b.to || 'open'}\n${b.source.dataset}: ${b.source.ref}${b.source.citation ? `\n${b.source.citation}` : ''}`,
      className: `${b.followed ? 'followed' : 'other-source'} ${b.status}`,
      type: 'range',
    }));
    draw(
      box,
      items,
      groups.map((g) => ({ id: g.id, content: g.name })),
    );
  }

  async function showState(): Promise<void> {
    const ref = refOf(state);
    if (!ref) return;
    keepUrl();
    clear(stateBox, loading(`the events of ${ref}`));
    try {
      const a = await getJson<{ events: StoredEvent[]; total?: number }>(`/api/events${query({ actor: ref, limit: 500 })}`);
      if (a.events.length === 0) {
        clear(stateBox, empty(`No event with ${ref} in the ingested articles. Ingest articles in the Articles view.`));
        return;
      }
      const box = h('div', { class: 'timeline-box', id: 'state-timeline-chart' });
      const rows = a.events.map((e) =>
        h(
          'tr',
          {},
          h('td', { text: eventDateText(e), attrs: { title: eventDateTitle(e) } }),
          h('td', { text: `${e.source} → ${e.target ?? '—'}` }),
          h('td', { text: `${e.cameo}${e.plover ? ` (${e.plover})` : ''}` }),
          h('td', { text: e.sentence }),
          h('td', { class: 'muted', text: e.articleTitle ?? e.articleId }),
        ),
      );
      const table = h(
        'table',
        { class: 'grid', id: 'state-events' },
        h('thead', {}, h('tr', {}, ...['Date', 'Who → whom', 'CAMEO', 'Sentence', 'Article'].map((t) => h('th', { text: t })))),
        h('tbody', {}, ...rows),
      );
      clear(stateBox, h('h2', { text: `${state.value.replace(/ \([A-Z0-9:_-]+\)$/, '')} in the news: ${a.events.length} events` }), box, table);
      // An undated event has no day to stand on: the table lists it, the chart does not.
      const dated = a.events.filter((e) => e.datePrecision !== 'undated');
      const items: DataItem[] = dated.map((e, i) => ({
        id: i,
        start: e.date,
        content: `${e.cameo} ${e.source}→${e.target ?? '—'}`,
        title: `${e.sentence}\n${e.articleTitle ?? e.articleId} · ${e.ruleId}`,
        className: 'news-event',
        type: 'box',
      }));
      // A window around the events, at least a year wide, so a single day does not zoom to milliseconds.
      const days = dated.map((e) => Date.parse(e.date)).sort((x, y) => x - y);
      if (days.length === 0)
        return clear(stateBox, h('h2', { text: `${state.value.replace(/ \([A-Z0-9:_-]+\)$/, '')} in the news: ${a.events.length} events, none dated` }), table);
      const pad = Math.max(183 * 86_400_000, (days[days.length - 1]! - days[0]!) * 0.1);
      draw(box, items, undefined, { start: new Date(days[0]! - pad), end: new Date(days[days.length - 1]! + pad), stack: true });
    } catch (e) {
      clear(
        stateBox,
        errorWithSuggestions(e, (id) => ((state.value = id), void showState())),
      );
    }
  }

  /**
   * Every row is drawn (no height cap): the page scrolls with the wheel and the keys. Ctrl+wheel zooms the time
   * axis; with the chart focused, Left and Right move it, + and - zoom, Home shows it all. Dates on both axes.
   */
  function draw(box: HTMLElement, items: DataItem[], groups?: DataGroup[], extra: TimelineOptions = {}): void {
    const t = new Timeline(box, items, {
      stack: false,
      zoomKey: 'ctrlKey',
      orientation: 'both',
      showCurrentTime: false,
      horizontalScroll: false,
      verticalScroll: false,
      ...extra,
    });
    if (groups) t.setGroups(groups);
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute(
      'aria-label',
      'Timeline chart: Left and Right move in time, + and - zoom, Home shows it all; Up, Down, Page Up and Page Down scroll its rows, as the wheel does',
    );
    box.addEventListener('keydown', (e) => {
      const w = t.getWindow();
      const span = w.end.getTime() - w.start.getTime();
      const move = (f: number) => t.setWindow(new Date(w.start.getTime() + span * f), new Date(w.end.getTime() + span * f), { animation: false });
      // Rows scroll with the page around the chart: the chart takes the keys, so it passes these on.
      const pane = box.closest('.result');
      const scroll = (dy: number) => pane?.scrollBy({ top: dy });
      const keys: Record<string, () => void> = {
        ArrowDown: () => scroll(40),
        ArrowUp: () => scroll(-40),
        PageDown: () => scroll((pane?.clientHeight ?? 400) * 0.9),
        PageUp: () => scroll(-(pane?.clientHeight ?? 400) * 0.9),
        ArrowLeft: () => move(-0.2),
        ArrowRight: () => move(0.2),
        '+': () => t.zoomIn(0.4, { animation: false }),
        '=': () => t.zoomIn(0.4, { animation: false }),
        '-': () => t.zoomOut(0.4, { animation: false }),
        Home: () => t.fit({ animation: false }),
      };
      const run = keys[e.key];
      if (run) {
        e.preventDefault();
        run();
      }
    });
    timelines.push(t);
  }

  if (params.get('org')) void showOrg();
  if (params.get('state') && ctx.health.capabilities.news) void showState();

  return {
    update(next) {
      if (next.get('org') && next.get('org') !== refOf(org)) {
        org.value = next.get('org')!;
        void showOrg();
      }
    },
    unmount() {
      ctl?.abort();
      for (const t of timelines) t.destroy();
    },
  };
};

interface Bar {
  readonly state: { id: string; name: string };
  readonly status: string;
  readonly from: string;
  readonly to: string;
  readonly source: HistoryEntry['source'];
  readonly followed: boolean;
}

/** History entries come as joined/left pairs per source row; a bar is one pair (open when nothing left). */
export function membershipBars(entries: readonly HistoryEntry[], everySource: boolean): Bar[] {
  const open = new Map<string, HistoryEntry>();
  const bars: Bar[] = [];
  const key = (e: HistoryEntry) => `${e.state.id}|${e.source.dataset}|${e.source.ref}|${e.status}`;
  for (const e of entries) {
    if (e.change === 'joined') open.set(key(e), e);
    else {
      const j = open.get(key(e));
      open.delete(key(e));
      if (j) bars.push({ state: j.state, status: j.status, from: j.date, to: e.date, source: j.source, followed: j.followed });
    }
  }
  for (const j of open.values()) bars.push({ state: j.state, status: j.status, from: j.date, to: '', source: j.source, followed: j.followed });
  return everySource ? bars : bars.filter((b) => b.followed);
}
