import { getJson, isAbort, query } from '../api.js';
import { dateField } from '../date-field.js';
import { isIsoDay, longDate, todayIso } from '../dates.js';
import { clear, empty, field, h, loading } from '../dom.js';
import { errorWithSuggestions, picker, refOf } from '../picker.js';
import { sourceChips } from '../sources.js';
import type { DiffAnswer } from '../types.js';
import { replaceParams, type ViewFactory } from '../view.js';

const CHANGE_WORDS = { joined: 'joined', left: 'left', changed: 'changed status' } as const;

/**
 * "Compare two days": who joined, left or changed status between a first and a second day, for an organization,
 * a state, or every organization the system view shows; each change with the day it took effect and its source.
 */
export const compareView: ViewFactory = (root, params) => {
  const from = dateField('compare-from', 'From', isIsoDay(params.get('from') ?? '') ? params.get('from')! : '2012-05-15', () => undefined);
  const to = dateField('compare-to', 'To', isIsoDay(params.get('to') ?? '') ? params.get('to')! : todayIso(), () => undefined);
  const subject = picker('compare-of', 'any', 'CSTO, Uzbekistan… (empty: the whole system)', params.get('of') ?? '');
  const submit = h('button', { type: 'submit', class: 'primary', id: 'compare-submit', text: 'Compare' });
  const result = h('section', { class: 'result', id: 'compare-result', aria: { live: 'polite' } });
  clear(result, empty('Pick two days and, if you like, an organization or a state; then compare.'));
  const form = h(
    'form',
    { aria: { label: 'Compare two days' } },
    h('h2', { text: 'Compare two days' }),
    from.element,
    to.element,
    field('Organization or state', subject, 'empty: every organization the system view shows'),
    submit,
  );
  root.append(h('div', { class: 'page compare' }, form, result));

  let ctl: AbortController | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  for (const d of [from, to]) d.input.addEventListener('keydown', (e) => e.key === 'Enter' && queueMicrotask(() => void run()));

  async function run(): Promise<void> {
    const keep = document.activeElement instanceof HTMLElement && form.contains(document.activeElement) ? document.activeElement : submit;
    const q = { from: from.value(), to: to.value(), of: refOf(subject) || undefined };
    replaceParams('compare', q);
    ctl?.abort();
    const mine = (ctl = new AbortController());
    clear(result, loading(`the changes from ${longDate(q.from)} to ${longDate(q.to)}`));
    try {
      const a = await getJson<DiffAnswer>(`/api/diff${query(q)}`, mine.signal);
      clear(result, ...render(a));
    } catch (e) {
      if (!isAbort(e))
        clear(
          result,
          errorWithSuggestions(e, (id) => ((subject.value = id), void run())),
        );
    } finally {
      if (ctl === mine) keep.focus();
    }
  }

  if (params.get('from')) void run();
  return {
    update() {},
    unmount() {
      ctl?.abort();
    },
  };
};

function render(a: DiffAnswer): HTMLElement[] {
  const what = a.subject ? a.subject.name : 'The system';
  const link = a.subject
    ? h('a', {
        href: `#/${a.subject.kind === 'state' ? 'state' : 'org'}?id=${encodeURIComponent(a.subject.id)}&on=${a.to}`,
        text: `${a.subject.name}’s page →`,
      })
    : null;
  const head = h('h2', { text: `${what}: ${longDate(a.from)} → ${longDate(a.to)}` });
  const summary = h('p', {
    class: 'summary',
    id: 'compare-summary',
    text: `${a.counts.joined} joined, ${a.counts.left} left, ${a.counts.changed} changed status.`,
  });
  if (a.changes.length === 0) return [head, summary, empty('Nothing changed between the two days.'), ...(link ? [h('p', {}, link)] : [])];
  const rows = a.changes.map((c) =>
    h(
      'tr',
      { class: c.change, data: { state: c.state.id, org: c.organization.id } },
      h('td', { text: c.on }),
      h('td', { class: `change ${c.change}`, text: CHANGE_WORDS[c.change] }),
      h('td', {}, h('a', { href: `#/state?id=${encodeURIComponent(c.state.id)}&on=${a.to}`, text: c.state.name })),
      h('td', {}, h('a', { href: `#/org?id=${encodeURIComponent(c.organization.id)}&on=${a.to}`, text: c.organization.name })),
      h('td', { text: c.change === 'changed' ? `${c.was} → ${c.now}` : (c.now ?? c.was ?? '') }),
      h('td', {}, sourceChips(c.sources, 2)),
    ),
  );
  return [
    head,
    summary,
    h(
      'table',
      { class: 'grid', id: 'compare-changes' },
      h('thead', {}, h('tr', {}, ...['On', 'Change', 'State', 'Organization', 'Status', 'Sources'].map((t) => h('th', { text: t })))),
      h('tbody', {}, ...rows),
    ),
    ...(a.notes.length > 0 ? [h('ul', { class: 'notes' }, ...a.notes.map((n) => h('li', { text: n })))] : []),
    ...(link ? [h('p', {}, link)] : []),
  ];
}
