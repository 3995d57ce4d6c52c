import './styles.css';
import { getJson, words } from './api.js';
import { clear, errorBox, loading } from './dom.js';
import type { Health } from './types.js';
import type { AppContext, View, ViewFactory } from './view.js';
import { systemView } from './views/system-view.js';

/**
 * The one page: a hash router over four views, started once the server has said what it offers. The first
 * view ships in the main bundle; the others (vis-timeline is half the code) load when first opened.
 */
const VIEWS: Record<string, { load: () => Promise<ViewFactory>; title: string }> = {
  system: { load: async () => systemView, title: 'The system on a day' },
  whatif: { load: async () => (await import('./views/what-if-view.js')).whatIfView, title: 'What if' },
  timeline: { load: async () => (await import('./views/timeline-view.js')).timelineView, title: 'Timeline' },
  articles: { load: async () => (await import('./views/articles-view.js')).articlesView, title: 'Articles' },
  facts: { load: async () => (await import('./views/facts-view.js')).factsView, title: 'Review facts' },
  compare: { load: async () => (await import('./views/compare-view.js')).compareView, title: 'Compare two days' },
  org: { load: async () => (await import('./views/entity-view.js')).entityView('organization'), title: 'An organization' },
  state: { load: async () => (await import('./views/entity-view.js')).entityView('state'), title: 'A state' },
};

const main = document.getElementById('main')!;
const status = document.getElementById('status')!;
let current: { name: string; view: View } | undefined;

function parse(): { name: string; params: URLSearchParams } {
  const m = /^#\/([a-z]+)(?:\?(.*))?$/.exec(location.hash);
  const name = m && VIEWS[m[1]!] ? m[1]! : 'system';
  return { name, params: new URLSearchParams(m?.[2] ?? '') };
}

let routing = 0;

async function route(ctx: AppContext): Promise<void> {
  const { name, params } = parse();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (current?.name === name) {
    current.view.update(params);
    return;
  }
  const mine = ++routing;
  current?.view.unmount();
  current = undefined;
  const { load, title } = VIEWS[name]!;
  clear(main, loading(title));
  let factory: ViewFactory;
  try {
    factory = await load();
  } catch (e) {
    clear(main, errorBox(`The ${title} view did not load: ${words(e)}`));
    return;
  }
  // Another hash change came while this view loaded: that one wins.
  if (mine !== routing) return;
  clear(main);
  document.title = `${title} · Entente`;
  main.dataset.view = name;
  current = { name, view: factory(main, params, ctx) };
}

async function start(): Promise<void> {
  clear(main, loading('the server’s state'));
  let health: Health;
  try {
    health = await getJson<Health>('/api/health');
  } catch (e) {
    clear(main, errorBox(`The API does not answer: ${words(e)}`));
    return;
  }
  const missing = [health.capabilities.obligations ? '' : 'obligations', health.capabilities.news ? '' : 'news'].filter(Boolean);
  status.textContent =
    health.status === 'empty'
      ? 'The database has no reference data yet: the server’s operator has to load it.'
      : `Reference data ${health.reference} on ${health.store}${missing.length ? ` · not available yet: ${missing.join(', ')}` : ''}`;
  const ctx: AppContext = { health, navigate: (hash) => (location.hash = hash) };
  // The address bar holds the whole state: a hash the views rewrite (replaceState) is the one shared.
  window.addEventListener('hashchange', () => void route(ctx));
  await route(ctx);
}

void start();
