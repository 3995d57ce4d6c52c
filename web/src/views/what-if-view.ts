import { getJson, isAbort, query, words } from '../api.js';
import { isIsoDay, longDate } from '../dates.js';
import { clear, empty, errorBox, field, h, loading } from '../dom.js';
import { picker, refOf } from '../picker.js';
import type { CascadeAnswer, ObligationsPage, SwitchesAnswer } from '../rule-types.js';
import { replaceParams, type ViewFactory } from '../view.js';
import { cascadeSection, obligationsTable } from './what-if-render.js';

/** The seed's day: inside the treaty data (ATOP stops in 2018), and the day the project was created from. */
const DEFAULT_DAY = '2012-05-15';

/**
 * "What if": an attacked state (and attacker, day, place) in; out, who is bound to act and why, what the
 * attack breaks, and, given an attacker, the escalation round by round.
 */
export const whatIfView: ViewFactory = (root, params, ctx) => {
  if (!ctx.health.capabilities.obligations) {
    root.append(h('div', { class: 'page' }, h('div', { class: 'side' }), h('div', { class: 'result' }, h('p', { class: 'unavailable', text: 'What-if scenarios (treaty obligations) are not available on this server yet.' }))));
    return { update() {}, unmount() {} };
  }
  const attacked = picker('attacked', 'state', 'Tajikistan, TJK…', params.get('attacked') ?? '');
  const attacker = picker('attacker', 'state', 'optional: Afghanistan, AFG…', params.get('attacker') ?? '');
  const day = h('input', { type: 'date', id: 'whatif-day', value: isIsoDay(params.get('on') ?? '') ? params.get('on')! : DEFAULT_DAY, attrs: { min: '1815-01-01', required: '' } });
  const location = h('input', { type: 'text', id: 'whatif-location', value: params.get('location') ?? '', attrs: { placeholder: 'its own territory' } });
  const provoked = h('select', { id: 'whatif-provoked' }, h('option', { value: '', text: 'not said (conditions unknown)' }), h('option', { value: 'false', text: 'unprovoked' }), h('option', { value: 'true', text: 'provoked' }));
  const requested = h('input', { type: 'checkbox', id: 'whatif-requested' });
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
    field('On', day, 'the treaty data runs 1815 to 2018'),
    field('Where', location, 'a place such as hawaii or mediterranean, for treaties limited to an area'),
    field('The attack was', provoked),
    h('label', { class: 'check' }, requested, ' the attacked state asks its allies to act'),
    switchBox,
    submit,
  );
  root.append(h('div', { class: 'page whatif' }, form, result));

  let ctl: AbortController | undefined;
  const switchInputs = new Map<string, HTMLInputElement>();
  void getJson<SwitchesAnswer>('/api/switches').then((a) => {
    for (const s of a.switches) {
      const box = h('input', { type: 'checkbox', data: { switch: s.id } });
      box.checked = s.default;
      switchInputs.set(s.id, box);
      switchBox.append(h('label', { class: 'check', title: `Yes: ${s.on}\nNo: ${s.off}\n${s.citations.join('\n')}` }, box, ` ${s.question}`));
    }
  }).catch(() => switchBox.remove());

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });

  async function run(): Promise<void> {
    const on = day.value;
    if (!refOf(attacked)) {
      clear(result, errorBox('Name the attacked state first.'));
      attacked.focus();
      return;
    }
    if (!isIsoDay(on)) {
      clear(result, errorBox(`Not a calendar day: ${JSON.stringify(day.value)}`));
      return;
    }
    const switches = [...switchInputs.entries()].map(([id, box]) => `${id}:${box.checked ? 'on' : 'off'}`).join(',');
    const q = {
      attacked: refOf(attacked),
      attacker: refOf(attacker) || undefined,
      on,
      location: location.value.trim() || undefined,
      provoked: provoked.value || undefined,
      requested: requested.checked ? 'true' : undefined,
      switches: switches || undefined,
    };
    replaceParams('whatif', { attacked: q.attacked, attacker: q.attacker, on, location: q.location });
    ctl?.abort();
    const mine = (ctl = new AbortController());
    submit.disabled = true;
    clear(result, loading(`the obligations on ${longDate(on)}`));
    try {
      const [obligations, cascade] = await Promise.all([
        getJson<ObligationsPage>(`/api/obligations${query({ ...q, kind: 'defense,offense,neutrality,consultation', limit: 500, inactiveLimit: 100 })}`, mine.signal),
        q.attacker ? getJson<CascadeAnswer>(`/api/cascade${query(q)}`, mine.signal) : Promise.resolve(null),
      ]);
      clear(result, ...obligationsTable(obligations), ...(cascade ? cascadeSection(cascade) : []));
    } catch (e) {
      if (!isAbort(e)) clear(result, errorBox(words(e)));
    } finally {
      if (ctl === mine) submit.disabled = false;
    }
  }

  if (params.get('attacked')) void run();

  return {
    update() {},
    unmount() {
      ctl?.abort();
    },
  };
};
