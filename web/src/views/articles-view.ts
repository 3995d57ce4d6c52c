import uzbekistan from '../../samples/2012-06-29-uzbekistan-csto.txt?raw';
import eaeu from '../../samples/2015-01-02-eurasian-union.txt?raw';
import finland from '../../samples/2023-04-05-finland-nato.txt?raw';
import { ApiError, deleteJson, getJson, isAbort, postJson, query, words } from '../api.js';
import { longDate } from '../dates.js';
import { clear, empty, errorBox, field, h, loading } from '../dom.js';
import { replaceParams, type ViewFactory } from '../view.js';
import { articleResult, type AnalysisJson, type IntakeResult } from './article-render.js';

const SAMPLES: ReadonlyArray<[string, string]> = [
  ['Uzbekistan and the CSTO, 2012', uzbekistan],
  ['The Eurasian Economic Union, 2015', eaeu],
  ['Finland joins NATO, 2023', finland],
];

interface StoredArticle {
  readonly id: string;
  readonly title: string | null;
  readonly published: string;
  readonly origin: string;
  readonly counts: { actors: number; events: number; facts: number; claims: number };
  readonly revisedAt: string | null;
}

/** GET /api/articles/:id: the stored analysis with the text its spans point into. */
interface StoredAnalysis extends AnalysisJson {
  readonly text: string;
}

type Mode = 'text' | 'file' | 'feed';

/**
 * "Articles": paste text, drop a file or give a feed; the article comes back with actors highlighted and linked,
 * events with their sentence, claims marked supported or contradicted with the evidence. Writes may need the
 * server's token, asked for when the server says so.
 */
export const articlesView: ViewFactory = (root, params, ctx) => {
  if (!ctx.health.capabilities.news) {
    root.append(
      h(
        'div',
        { class: 'page' },
        h('div', { class: 'side' }),
        h('div', { class: 'result' }, h('p', { class: 'unavailable', text: 'Articles (the news pipeline) are not available on this server yet.' })),
      ),
    );
    return { update() {}, unmount() {} };
  }
  let mode: Mode = 'text';
  const text = h('textarea', {
    id: 'article-text-input',
    attrs: { 'aria-label': 'Article text', placeholder: 'Headline\n\nBy Author\n\nMay 15, 2012\n\nBody…' },
  });
  const title = h('input', { type: 'text', id: 'article-title-input' });
  const published = h('input', { type: 'date', id: 'article-date-input' });
  const url = h('input', { type: 'url', id: 'article-url-input' });
  const fileInput = h('input', { type: 'file', id: 'article-file', attrs: { accept: '.txt,.html,.htm,.jsonl,.json,.xml,.rss,.atom' } });
  const drop = h('div', { class: 'dropzone', id: 'dropzone' }, 'Drop a .txt, .html, .jsonl or RSS/Atom file here, or choose one: ', fileInput);
  const feed = h('input', { type: 'url', id: 'feed-url', attrs: { placeholder: 'https://…/feed.xml' } });
  const dryRun = h('input', { type: 'checkbox', id: 'dry-run' });
  const token = h('input', { type: 'password', id: 'token', value: sessionStorage.getItem('entente-token') ?? '', attrs: { autocomplete: 'off' } });
  const tokenField = field('Server token', token, 'this server takes articles only with its token');
  tokenField.hidden = !sessionStorage.getItem('entente-token');
  const submit = h('button', { type: 'submit', class: 'primary', id: 'ingest', text: 'Analyse' });
  const result = h('section', { class: 'result', id: 'article-result', aria: { live: 'polite' } });
  const stored = h('section', { class: 'stored', id: 'stored-articles' });
  clear(result, empty('Paste an article, drop a file or give a feed URL, then “Analyse”. Or try one of the samples.'));

  const panes: Record<Mode, HTMLElement> = {
    text: h(
      'div',
      {},
      text,
      h(
        'div',
        { class: 'samples' },
        h('span', { class: 'muted', text: 'Samples: ' }),
        ...SAMPLES.map(([label, body]) =>
          h('button', { type: 'button', class: 'link sample', text: label, on: { click: () => ((text.value = body), text.focus()) } }),
        ),
      ),
      h(
        'details',
        {},
        h('summary', { text: 'Title, date and URL (optional)' }),
        field('Title', title),
        field('Published', published, 'relative dates (“on Tuesday”) resolve against it'),
        field('URL', url),
      ),
    ),
    file: drop,
    feed: field('Feed or page URL', feed, 'the server fetches it (RSS, Atom or an article page)'),
  };
  const tabs = (Object.keys(panes) as Mode[]).map((m) =>
    h('button', {
      type: 'button',
      role: 'tab',
      id: `tab-${m}`,
      text: { text: 'Paste text', file: 'Drop a file', feed: 'Feed URL' }[m],
      aria: { selected: String(m === mode), controls: `pane-${m}` },
      on: { click: () => select(m) },
    }),
  );
  const paneBox = h('div', { role: 'tabpanel' });
  const form = h(
    'form',
    { aria: { label: 'Ingest an article' } },
    h('h2', { text: 'Articles' }),
    h('div', { class: 'tabs', role: 'tablist' }, ...tabs),
    paneBox,
    h('label', { class: 'check' }, dryRun, ' dry run: analyse, do not store'),
    tokenField,
    submit,
    h('hr'),
    h('h3', { text: 'Stored articles' }),
    stored,
  );
  root.append(h('div', { class: 'page articles' }, form, result));
  select('text');

  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer?.files[0];
    if (f) void send({ file: f });
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (mode === 'text') void send({ text: text.value, title: title.value, published: published.value, url: url.value });
    else if (mode === 'file') fileInput.files?.[0] ? void send({ file: fileInput.files[0] }) : clear(result, errorBox('Choose or drop a file first.'));
    else void send({ feedUrl: feed.value.trim() });
  });

  function select(m: Mode): void {
    mode = m;
    for (const t of tabs) t.setAttribute('aria-selected', String(t.id === `tab-${m}`));
    paneBox.id = `pane-${m}`;
    clear(paneBox, panes[m]);
  }

  let ctl: AbortController | undefined;
  async function send(input: { text?: string; title?: string; published?: string; url?: string; file?: File; feedUrl?: string }): Promise<void> {
    sessionStorage.setItem('entente-token', token.value);
    if (!token.value) sessionStorage.removeItem('entente-token');
    let body: unknown;
    if (input.file) body = { file: { name: input.file.name, base64: await base64(input.file) } };
    else if (input.feedUrl !== undefined) body = { feedUrl: input.feedUrl };
    else {
      if (!input.text?.trim()) {
        clear(result, errorBox('The article is empty: paste its text first.'));
        return;
      }
      body = {
        text: input.text,
        ...(input.title ? { title: input.title } : {}),
        ...(input.published ? { published: input.published } : {}),
        ...(input.url ? { url: input.url } : {}),
      };
    }
    ctl?.abort();
    const mine = (ctl = new AbortController());
    submit.disabled = true;
    clear(result, loading('the analysis (actors, events, claims)'));
    try {
      const a = await postJson<{ results: IntakeResult[] }>(`/api/articles${query({ dryRun: dryRun.checked || undefined })}`, body, mine.signal);
      showResults(a.results);
      void listStored();
    } catch (e) {
      if (isAbort(e)) return;
      if (e instanceof ApiError && e.code === 'UNAUTHORIZED') {
        tokenField.hidden = false;
        token.focus();
      }
      clear(result, errorBox(words(e)));
    } finally {
      if (ctl === mine) submit.disabled = false;
    }
  }

  function showResults(results: readonly IntakeResult[]): void {
    if (results.length === 0) {
      clear(result, empty('The input held no article.'));
      return;
    }
    const shown = h('div', {});
    const show = (r: IntakeResult) => clear(shown, ...articleResult(r));
    if (results.length === 1) {
      show(results[0]!);
      clear(result, shown);
      return;
    }
    const picker = h(
      'select',
      { id: 'result-picker' },
      ...results.map((r, i) => h('option', { value: String(i), text: `${r.status}: ${r.analysis?.article.title ?? r.message ?? r.id ?? `article ${i + 1}`}` })),
    );
    picker.addEventListener('change', () => show(results[Number(picker.value)]!));
    show(results[0]!);
    clear(result, field(`${results.length} articles in the input`, picker), shown);
  }

  /** A stored article as it was analysed, read back by GET /api/articles/:id (nothing is analysed again). */
  async function openStored(id: string): Promise<void> {
    replaceParams('articles', { id });
    ctl?.abort();
    const mine = (ctl = new AbortController());
    clear(result, loading('the stored article'));
    try {
      const a = await getJson<StoredAnalysis>(`/api/articles/${encodeURIComponent(id)}`, mine.signal);
      showResults([{ status: 'read', id: a.article.id, message: null, text: a.text, analysis: a }]);
      result.prepend(
        h(
          'div',
          { class: 'article-actions' },
          h('button', {
            type: 'button',
            class: 'danger',
            id: 'delete-article',
            text: 'Delete this article…',
            data: { id: a.article.id },
            on: { click: () => confirmDelete(a.article.id, a.article.title ?? a.article.id) },
          }),
        ),
      );
    } catch (e) {
      if (isAbort(e)) return;
      clear(result, errorBox(words(e)));
    }
  }

  /** Asks in the page (not a browser dialog, which a keyboard user can also answer), then deletes. */
  function confirmDelete(id: string, title: string): void {
    const box = h(
      'div',
      { class: 'confirm', role: 'alertdialog', id: 'delete-confirm', aria: { label: 'Delete the article?' } },
      h('p', { text: `Delete “${title}” and everything found in it (actors, events, proposed facts, claims)? This cannot be undone.` }),
      h('button', { type: 'button', class: 'danger', id: 'delete-yes', text: 'Delete', on: { click: () => void remove(id, title) } }),
      ' ',
      h('button', {
        type: 'button',
        id: 'delete-no',
        text: 'Keep it',
        on: { click: () => (box.remove(), document.getElementById('delete-article')?.focus()) },
      }),
    );
    document.getElementById('delete-confirm')?.remove();
    result.prepend(box);
    box.querySelector<HTMLButtonElement>('#delete-no')?.focus();
  }

  async function remove(id: string, title: string): Promise<void> {
    sessionStorage.setItem('entente-token', token.value);
    if (!token.value) sessionStorage.removeItem('entente-token');
    try {
      const d = await deleteJson<{ id: string; deleted: { actors: number; events: number; facts: number; claims: number } }>(
        `/api/articles/${encodeURIComponent(id)}`,
      );
      replaceParams('articles', {});
      clear(
        result,
        h('p', {
          class: 'done',
          role: 'status',
          id: 'delete-done',
          text: `Deleted “${title}”: ${d.deleted.actors} actors, ${d.deleted.events} events, ${d.deleted.facts} proposed facts and ${d.deleted.claims} claims went with it.`,
        }),
      );
      await listStored();
      stored.querySelector<HTMLButtonElement>('.stored-open')?.focus();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'UNAUTHORIZED') {
        tokenField.hidden = false;
        token.focus();
      }
      result.prepend(errorBox(words(e)));
    }
  }

  async function listStored(): Promise<void> {
    try {
      const a = await getJson<{ articles: StoredArticle[] }>('/api/articles?limit=50');
      if (a.articles.length === 0) {
        clear(stored, empty('None yet.'));
        return;
      }
      clear(
        stored,
        h(
          'ul',
          { class: 'lines' },
          ...a.articles.map((s) =>
            h(
              'li',
              {},
              h('button', {
                type: 'button',
                class: 'link stored-open',
                text: s.title ?? s.id,
                attrs: { 'data-id': s.id },
                on: { click: () => void openStored(s.id) },
              }),
              h('div', {
                class: 'muted',
                text: `${longDate(s.published)}${s.revisedAt ? ' (date corrected)' : ''} · ${s.counts.actors} actors, ${s.counts.events} events, ${s.counts.claims} claims`,
              }),
            ),
          ),
        ),
      );
    } catch (e) {
      clear(stored, errorBox(words(e)));
    }
  }

  void listStored();
  if (params.get('id')) void openStored(params.get('id')!);
  return {
    update(next) {
      const id = next.get('id');
      if (id) void openStored(id);
    },
    unmount() {
      ctl?.abort();
    },
  };
};

async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
