import { getJson, query } from './api.js';
import { h } from './dom.js';

interface SearchAnswer {
  readonly results: ReadonlyArray<{ id: string; name: string; kind: string }>;
}

/**
 * A text box that completes names from /api/search as one types ("Taj" offers "Tajikistan (TJK)"). The server
 * resolves whatever is typed, so a name, an alias or an id all work; `refOf` sends the id when one was picked.
 */
export function picker(id: string, kind: 'state' | 'organization', placeholder: string, value = ''): HTMLInputElement {
  const list = h('datalist', { id: `${id}-names` });
  const input = h('input', { type: 'text', id, value, attrs: { list: `${id}-names`, placeholder, autocomplete: 'off', spellcheck: 'false' } });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctl: AbortController | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2 || /\([A-Z0-9]+\)$/.test(q)) return;
    timer = setTimeout(async () => {
      ctl?.abort();
      ctl = new AbortController();
      try {
        const a = await getJson<SearchAnswer>(`/api/search${query({ q, kind, limit: 10 })}`, ctl.signal);
        list.replaceChildren(...a.results.map((r) => h('option', { value: `${r.name} (${r.id})` })));
      } catch {
        // Completion is a convenience: a failed lookup leaves the box as it is.
      }
    }, 150);
  });
  // A datalist works from anywhere in the document; one per picker id, replaced when a view is rebuilt.
  document.getElementById(`${id}-names`)?.remove();
  document.body.append(list);
  return input;
}

/** "Tajikistan (TJK)" -> "TJK"; anything else as typed. */
export function refOf(input: HTMLInputElement): string {
  const v = input.value.trim();
  return /\(([A-Z0-9:_-]+)\)$/.exec(v)?.[1] ?? v;
}
