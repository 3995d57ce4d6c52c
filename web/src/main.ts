import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import './styles.css';
import { getJson, words } from './api.js';
import { clear, errorBox, h, loading } from './dom.js';
import type { Health } from './types.js';
import type { AppContext, View, ViewFactory } from './view.js';
import { articlesView } from './views/articles-view.js';
import { systemView } from './views/system-view.js';
import { timelineView } from './views/timeline-view.js';
import { whatIfView } from './views/what-if-view.js';

/** The one page: a hash router over four views, started once the server has said what it offers. */
const VIEWS: Record<string, { factory: ViewFactory; title: string }> = {
  system: { factory: systemView, title: 'The system on a day' },
  whatif: { factory: whatIfView, title: 'What if' },
  timeline: { factory: timelineView, title: 'Timeline' },
  articles: { factory: articlesView, title: 'Articles' },
};

const main = document.getElementById('main')!;
const status = document.getElementById('status')!;
let current: { name: string; view: View } | undefined;

function parse(): { name: string; params: URLSearchParams } {
  const m = /^#\/([a-z]+)(?:\?(.*))?$/.exec(location.hash);
  const name = m && VIEWS[m[1]!] ? m[1]! : 'system';
  return { name, params: new URLSearchParams(m?.[2] ?? '') };
}

function route(ctx: AppContext): void {
  const { name, params } = parse();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (a.dataset.view === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (current?.name === name) {
    current.view.update(params);
    return;
  }
  current?.view.unmount();
  clear(main);
  const { factory, title } = VIEWS[name]!;
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
      ? 'The database has no reference data yet: run `entente init`.'
      : `Reference data ${health.reference} on ${health.store}${missing.length ? ` · not available yet: ${missing.join(', ')}` : ''}`;
  const ctx: AppContext = { health, navigate: (hash) => (location.hash = hash) };
  window.addEventListener('hashchange', () => route(ctx));
  route(ctx);
}

void start();
