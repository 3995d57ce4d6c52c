import { ApiError, getJson, query } from './api.js';
import { h } from './dom.js';

export interface SearchHit {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly matched: string;
  readonly how: string;
}

interface SearchAnswer {
  readonly results: readonly SearchHit[];
}

/**
 * A text box that completes names as one types, from the server's one name matcher (typos, other spellings and
 * languages: "Armenai" offers Armenia first). A combobox: Down and Up walk the list, Enter or a click takes one,
 * Escape closes it. `refOf` sends the id when one was taken, the text as typed otherwise.
 */
export function picker(
  id: string,
  kind: 'state' | 'organization' | 'any',
  placeholder: string,
  value = '',
  onPick?: (hit: SearchHit) => void,
): HTMLInputElement {
  const listId = `${id}-names`;
  const input = h('input', {
    type: 'text',
    id,
    value,
    attrs: {
      placeholder,
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
    },
  });
  const list = h('ul', { class: 'picker-list', id: listId, role: 'listbox', hidden: true });
  let hits: readonly SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctl: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const take = (hit: SearchHit) => {
    input.value = `${hit.name} (${hit.id})`;
    close();
    onPick?.(hit);
  };
  const mark = (i: number) => {
    active = i;
    [...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${listId}-${i}`);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            data: { id: hit.id },
            aria: { selected: 'false' },
            on: { mousedown: (e) => (e.preventDefault(), take(hit)) },
          },
          h('strong', { text: hit.name }),
          ` ${hit.id}`,
          hit.matched !== hit.name && hit.matched !== hit.id ? h('span', { class: 'muted', text: ` · ${hit.matched}` }) : null,
        ),
      ),
    );
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', String(hits.length > 0));
    active = -1;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || /\([A-Z0-9:_-]+\)$/.test(q)) {
      hits = [];
      render();
      return;
    }
    timer = setTimeout(async () => {
      ctl?.abort();
      ctl = new AbortController();
      try {
        hits = (await getJson<SearchAnswer>(`/api/search${query({ q, kind, limit: 8 })}`, ctl.signal)).results;
        if (document.activeElement === input) render();
      } catch {
        // Completion is a convenience: a failed lookup leaves the box as it is.
      }
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    // Enter without a suggestion taken asks the question as typed: a lookup still on its way opens no list over the answer.
    if (e.key === 'Enter' && (list.hidden || active < 0)) {
      clearTimeout(timer);
      ctl?.abort();
      close();
      return;
    }
    if (list.hidden) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = hits.length;
      mark(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      take(hits[active]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  // The list is positioned under the box by the wrapper the caller's label puts them in.
  queueMicrotask(() => input.after(list));
  return input;
}

/** "Tajikistan (TJK)" -> "TJK"; anything else as typed. */
export function refOf(input: HTMLInputElement): string {
  const v = input.value.trim();
  return /\(([A-Z0-9:_-]+)\)$/.exec(v)?.[1] ?? v;
}

/**
 * A failure in words, its "did you mean" names as buttons: one click (or Enter) takes the name and asks again.
 * "No state is called "Armenai". Did you mean: [Armenia (ARM)]".
 */
export function errorWithSuggestions(e: unknown, retry: (ref: string) => void): HTMLElement {
  const message = e instanceof Error ? e.message : String(e);
  const suggestions = e instanceof ApiError ? e.suggestions : [];
  const box = h('div', { class: 'error', role: 'alert' }, h('span', { text: suggestions.length > 0 ? `${message}. Did you mean: ` : message }));
  suggestions.forEach((s, i) => {
    const id = /^([^\s(]+)(?: \(|$)/.exec(s)?.[1] ?? s;
    box.append(i > 0 ? ', ' : '', h('button', { type: 'button', class: 'link suggestion', text: s, data: { id }, on: { click: () => retry(id) } }));
  });
  return box;
}
