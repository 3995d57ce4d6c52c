/** A few DOM helpers, so views read as the markup they build. */
type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  title?: string;
  href?: string;
  id?: string;
  role?: string;
  type?: string;
  value?: string;
  for?: string;
  hidden?: boolean;
  disabled?: boolean;
  tabindex?: number;
  aria?: Record<string, string>;
  data?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
  attrs?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  if (props.title) el.title = props.title;
  if (props.id) el.id = props.id;
  if (props.role) el.setAttribute('role', props.role);
  if (props.href !== undefined) el.setAttribute('href', props.href);
  if (props.type) el.setAttribute('type', props.type);
  if (props.for) el.setAttribute('for', props.for);
  if (props.value !== undefined) (el as HTMLInputElement).value = props.value;
  if (props.hidden) el.hidden = true;
  if (props.disabled) (el as HTMLButtonElement).disabled = true;
  if (props.tabindex !== undefined) el.tabIndex = props.tabindex;
  for (const [k, v] of Object.entries(props.aria ?? {})) el.setAttribute(`aria-${k}`, v);
  for (const [k, v] of Object.entries(props.data ?? {})) el.dataset[k] = v;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const [name, fn] of Object.entries(props.on ?? {})) el.addEventListener(name, fn as EventListener);
  append(el, ...children);
  return el;
}

function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'number' ? String(c) : c);
  }
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** A labelled form control: the label wraps the control, so clicking the words focuses it. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', { class: 'field-label', text: label }), control, hint ? h('small', { text: hint }) : null);
}

export function loading(what: string): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', aria: { hidden: 'true' } }), `Loading ${what}…`);
}

export function errorBox(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert', text: message });
}

export function empty(message: string): HTMLElement {
  return h('p', { class: 'empty', text: message });
}
