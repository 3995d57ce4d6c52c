import { addDaysIso, FIRST_DAY, longDate, readDay, shift, todayIso } from './dates.js';
import { h } from './dom.js';

export interface DateField {
  /** The field, its step buttons and the day in words, as one labelled group. */
  readonly element: HTMLElement;
  readonly input: HTMLInputElement;
  value(): string;
  /** Shows a day without telling the listener (the view already knows it). */
  set(day: string): void;
}

/**
 * The one date control of every view: type a day (see `readDay`) and press Enter, or step a day, a month or a
 * year with the buttons or the keyboard (arrow keys: a day; Page Up and Down: a month; with Shift: a year;
 * Home: the first day; End: today). Focus stays in the field, so stepping is a key away.
 */
export function dateField(id: string, label: string, initial: string, onDay: (day: string) => void, bounds: { min?: string; max?: string } = {}): DateField {
  const min = bounds.min ?? FIRST_DAY;
  const max = bounds.max ?? todayIso();
  let day = initial;
  const input = h('input', {
    type: 'text',
    id,
    value: day,
    attrs: { inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': `${id}-words`, placeholder: 'YYYY-MM-DD, a year, or today' },
  });
  const words = h('span', { class: 'date-words', id: `${id}-words`, aria: { live: 'polite' } });
  const problem = h('span', { class: 'date-problem', role: 'alert' });
  /** The last day the listener heard of: stepping onto the same day again (a clamp) says nothing. */
  let lastSent = initial;
  const go = (next: string) => {
    const clamped = next < min ? min : next > max ? max : next;
    show(clamped);
    if (clamped !== lastSent) onDay(clamped);
    lastSent = clamped;
  };
  const show = (d: string) => {
    day = d;
    input.value = d;
    words.textContent = longDate(d);
    problem.textContent = '';
    input.removeAttribute('aria-invalid');
  };
  const step = (text: string, title: string, move: () => string, cls = '') =>
    h('button', { type: 'button', class: `step ${cls}`, text, title, aria: { label: title }, on: { click: () => go(move()) } });
  const commit = () => {
    const read = readDay(input.value);
    if (read === null) {
      problem.textContent = `Not a day: “${input.value}”. Type 2012-05-15, a year such as 2012, or today.`;
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    go(read);
  };
  input.addEventListener('keydown', (e) => {
    const moves: Record<string, () => string> = {
      ArrowUp: () => addDaysIso(day, 1),
      ArrowDown: () => addDaysIso(day, -1),
      PageUp: () => shift(day, e.shiftKey ? 12 : 1),
      PageDown: () => shift(day, e.shiftKey ? -12 : -1),
    };
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (moves[e.key]) {
      e.preventDefault();
      go(moves[e.key]!());
    } else if (e.key === 'Home' && e.ctrlKey) {
      e.preventDefault();
      go(min);
    } else if (e.key === 'End' && e.ctrlKey) {
      e.preventDefault();
      go(max);
    }
  });
  input.addEventListener('change', commit);
  const element = h(
    'div',
    {
      class: 'date-field',
      role: 'group',
      aria: { label: `${label}: type a day and press Enter; arrows move a day, Page Up and Down a month, with Shift a year` },
    },
    h('label', { for: id, class: 'date-label', text: label }),
    step('«', 'One year earlier', () => shift(day, -12)),
    step('‹‹', 'One month earlier', () => shift(day, -1)),
    step('‹', 'One day earlier', () => addDaysIso(day, -1)),
    input,
    step('›', 'One day later', () => addDaysIso(day, 1)),
    step('››', 'One month later', () => shift(day, 1)),
    step('»', 'One year later', () => shift(day, 12)),
    h('button', { type: 'button', class: 'step today', text: 'Today', on: { click: () => go(max) } }),
    words,
    problem,
  );
  show(day);
  return {
    element,
    input,
    value: () => day,
    set(d) {
      lastSent = d;
      show(d);
    },
  };
}
