import { getJson, isAbort, query } from '../api.js';
import { dateField } from '../date-field.js';
import { isIsoDay, longDate, todayIso } from '../dates.js';
import { clear, empty, errorBox, field, h, loading } from '../dom.js';
import { errorWithSuggestions, picker, refOf } from '../picker.js';
import type { CascadeAnswer, ObligationsPage, SwitchesAnswer } from '../rule-types.js';
import { replaceParams, type ViewFactory } from '../view.js';
import { cascadeSection, obligationsTable } from './what-if-render.js';

const LISTED_KINDS = 'defense,offense,neutrality,consultation';

/**
 * "What if": an attacked state (and attacker, day, place) in; out, who is bound to act and why, what the
 * attack breaks, and, given an attacker, the escalation round by round.
 */
export const whatIfView: ViewFactory = (root, params, ctx) => {
  if (!ctx.health.capabilities.obligations) {
    root.append(
      h(
        'div',
        { class: 'page' },
        h('div', { class: 'side' }),
        h('div', { class: 'result' }, h('p', { class: 'unavailable', text: 'What-if scenarios (treaty obligations) are not available on this server yet.' })),
      ),
    );
    return { update() {}, unmount() {} };
  }
  const attacked = picker('attacked', 'state', 'Tajikistan, TJK…', params.get('attacked') ?? '');
  const attacker = picker('attacker', 'state', 'optional: Afghanistan, AFG…', params.get('attacker') ?? '');
  const day = dateField('whatif-day', 'On', isIsoDay(params.get('on') ?? '') ? params.get('on')! : todayIso(), () => undefined);
  const location = h('input', { type: 'text', id: 'whatif-location', value: params.get('location') ?? '', attrs: { placeholder: 'its own territory' } });
  const provoked = h(
    'select',
    { id: 'whatif-provoked' },
    h('option', { value: '', text: 'not said (conditions unknown)' }),
    h('option', { value: 'false', text: 'unprovoked' }),
    h('option', { value: 'true', text: 'provoked' }),
  );
  provoked.value = params.get('provoked') ?? '';
  const requested = h('input', { type: 'checkbox', id: 'whatif-requested' });
  requested.checked = params.get('requested') === 'true';
  const fromUrl = new Map(
    (params.get('switches') ?? '')
      .split(',')
      .filter(Boolean)
      .map((p) => p.split(':') as [string, string]),
  );
  const switchBox = h('fieldset', { class: 'switches' }, h('legend', { text: 'Where scholars disagree' }));
  const submit = h('button', { type: 'submit', class: 'primary', text: 'Who is bound to act?' });
  const result = h('section', { class: 'result', id: 'whatif-result', aria: { live: 'polite' } });
  clear(result, empty('Pick the state that is attacked (and, to see the escalation, the attacker), then ask.'));

  const form = h(
    'form',
    { aria: { label: 'Scenario' } },
    h('h2', { text: 'What if…' }),
    field('Attacked state', attacked),
    field('Attacker', attacker, 'with an attacker: the cascade, round by round'),
    day.element,
    h('small', { class: 'muted', text: 'any day from 1815 to today: ATOP codes treaties to 2018, cited provisions and memberships carry them on (marked)' }),
    field('Where', location, 'a place such as hawaii or mediterranean, for treaties limited to an area'),
    field('The attack was', provoked),
    h('label', { class: 'check' }, requested, ' the attacked state asks its allies to act'),
    switchBox,
    submit,
  );
  root.append(h('div', { class: 'page whatif' }, form, result));

  let ctl: AbortController | undefined;
  const switchInputs = new Map<string, HTMLInputElement>();
  const defaults = new Map<string, boolean>();
  const switchesLoaded = getJson<SwitchesAnswer>('/api/switches')
    .then((a) => {
      for (const s of a.switches) {
        const box = h('input', { type: 'checkbox', data: { switch: s.id } });
        box.checked = fromUrl.has(s.id) ? fromUrl.get(s.id) === 'on' : s.default;
        switchInputs.set(s.id, box);
        defaults.set(s.id, s.default);
        switchBox.append(h('label', { class: 'check', title: `Yes: ${s.on}\nNo: ${s.off}\n${s.citations.join('\n')}` }, box, ` ${s.question}`));
      }
    })
    .catch(() => switchBox.remove());

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  async function run(extraKinds = ''): Promise<void> {
    await switchesLoaded;
    const on = day.value();
    const keep = document.activeElement instanceof HTMLElement && form.contains(document.activeElement) ? document.activeElement : submit;
    if (!refOf(attacked)) {
      clear(result, errorBox('Name the attacked state first.'));
      attacked.focus();
      return;
    }
    const switches = [...switchInputs.entries()]
      .filter(([id, box]) => box.checked !== defaults.get(id))
      .map(([id, box]) => `${id}:${box.checked ? 'on' : 'off'}`)
      .join(',');
    const q = {
      attacked: refOf(attacked),
      attacker: refOf(attacker) || undefined,
      on,
      location: location.value.trim() || undefined,
      provoked: provoked.value || undefined,
      requested: requested.checked ? 'true' : undefined,
      switches: switches || undefined,
    };
    replaceParams('whatif', {
      attacked: q.attacked,
      attacker: q.attacker,
      on,
      location: q.location,
      provoked: q.provoked,
      requested: q.requested,
      switches: q.switches,
    });
    ctl?.abort();
    const mine = (ctl = new AbortController());
    submit.disabled = true;
    clear(result, loading(`the obligations on ${longDate(on)}`));
    try {
      const [obligations, cascade] = await Promise.all([
        getJson<ObligationsPage>(`/api/obligations${query({ ...q, kind: `${LISTED_KINDS}${extraKinds}`, limit: 500, inactiveLimit: 100 })}`, mine.signal),
        q.attacker ? getJson<CascadeAnswer>(`/api/cascade${query(q)}`, mine.signal) : Promise.resolve(null),
      ]);
      clear(result, ...obligationsTable(obligations, (kind) => void run(`,${kind}`)), ...(cascade ? cascadeSection(cascade) : []));
    } catch (e) {
      if (!isAbort(e))
        clear(
          result,
          errorWithSuggestions(e, (id) => retryWith(e, id)),
        );
    } finally {
      if (ctl === mine) {
        submit.disabled = false;
        // Focus stays where it was (the button, a field), so the next question is a key away.
        keep.focus();
      }
    }
  }

  /** A "did you mean" name taken: it goes in the box that held the unknown name, and the question is asked again. */
  function retryWith(e: unknown, id: string): void {
    const found = e instanceof Error ? /called "([^"]*)"/.exec(e.message)?.[1] : undefined;
    const box = found !== undefined && refOf(attacker) === found ? attacker : attacked;
    box.value = id;
    void run();
  }

  // Submitting from the date field (Enter) asks too.
  day.input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') queueMicrotask(() => void run());
  });
  if (params.get('attacked')) void run();

  return {
    update() {},
    unmount() {
      ctl?.abort();
    },
  };
};
