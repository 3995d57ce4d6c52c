import { longDate } from '../dates.js';
import { webLink } from '../safe-url.js';
import { empty, h } from '../dom.js';
import { eventDateText, eventDateTitle } from '../event-date.js';

/** One result of POST /api/articles, with the analysis in the `ingest --json` shape; `read`: a stored article opened by GET /api/articles/:id. */
export interface IntakeResult {
  readonly status: 'stored' | 'analyzed' | 'exists' | 'duplicate' | 'problem' | 'read';
  readonly id: string | null;
  readonly message: string | null;
  readonly text: string | null;
  readonly analysis: AnalysisJson | null;
}

interface Spanned {
  readonly start: number;
  readonly end: number;
}

export interface AnalysisJson {
  readonly article: {
    title: string | null;
    authors: string[];
    published: string;
    url: string | null;
    captions: Array<{ text: string; credit: string | null }>;
    id: string;
    dateEstimated: boolean;
  };
  readonly actors: ReadonlyArray<Spanned & { text: string; id: string; type: string; role: string | null; name: string; state: string | null; cameo: string }>;
  readonly events: ReadonlyArray<
    Spanned & {
      source: string;
      target: string | null;
      cameo: string;
      plover: string | null;
      date: string;
      datePrecision: 'day' | 'month' | 'year' | 'undated';
      dateText: string | null;
      sentence: string;
      ruleId: string;
    }
  >;
  readonly facts: ReadonlyArray<Spanned & { predicate: string; subject: string; object: string; text: string; confidence: number; ruleId: string }>;
  readonly claims: ReadonlyArray<
    Spanned & {
      text: string;
      status: 'supported' | 'contradicted' | 'unverifiable';
      explanation: string;
      flag: string | null;
      names: string[];
      evidence: string[];
    }
  >;
  readonly warnings: readonly string[];
}

const LINKED = new Set(['state', 'government', 'organization', 'alliance', 'agreement']);

const STATUS_WORDS: Record<IntakeResult['status'], string> = {
  stored: 'Analysed and stored',
  analyzed: 'Analysed, not stored (dry run)',
  exists: 'Already stored: shown as analysed again',
  duplicate: 'The same text as another in this batch',
  problem: 'Could not be read',
  read: 'Stored',
};

/** The article with its actors highlighted and linked, then its events, claims and proposed facts. */
export function articleResult(r: IntakeResult): HTMLElement[] {
  if (!r.analysis || r.text === null)
    return [h('p', { class: r.status === 'problem' ? 'error' : 'muted', role: 'alert', text: `${STATUS_WORDS[r.status]}: ${r.message ?? ''}` })];
  const a = r.analysis;
  const meta = [a.article.authors.join(', '), `${longDate(a.article.published)}${a.article.dateEstimated ? ' (undated: the ingest day)' : ''}`]
    .filter(Boolean)
    .join(' · ');
  return [
    h('p', { class: `intake-status ${r.status}`, text: `${STATUS_WORDS[r.status]}${r.id ? ` as ${r.id}` : ''}.` }),
    h('h2', { id: 'article-title', text: a.article.title ?? '(untitled)' }),
    h('p', { class: 'muted' }, meta, sourceLink(a.article.url)),
    ...a.article.captions.map((c) => h('p', { class: 'muted caption', text: `Photo: ${c.text}${c.credit ? ` (${c.credit})` : ''}` })),
    a.warnings.length > 0 ? h('ul', { class: 'notes' }, ...a.warnings.map((w) => h('li', { text: w }))) : null,
    legend(),
    h('div', { class: 'article-text', id: 'article-text' }, ...highlighted(r.text, a)),
    h('h3', { text: `Claims checked against the graph (${a.claims.length})` }),
    a.claims.length > 0 ? claims(a) : empty('No checkable claim (a count of members, a membership) was found.'),
    h('h3', { text: `Events (${a.events.length})` }),
    a.events.length > 0 ? events(a) : empty('No event was coded.'),
    h('h3', { text: `Facts proposed to the graph (${a.facts.length})` }),
    a.facts.length > 0
      ? h(
          'ul',
          { class: 'lines facts' },
          ...a.facts.map((f) =>
            h(
              'li',
              {},
              h('strong', { text: `${f.subject} ${f.predicate.replaceAll('_', ' ')} ${f.object}` }),
              ` “${f.text}” `,
              h('span', { class: 'muted', text: `confidence ${f.confidence.toFixed(2)} · ${f.ruleId}` }),
            ),
          ),
        )
      : empty('None.'),
  ].filter((x): x is HTMLElement => x !== null);
}

function legend(): HTMLElement {
  return h(
    'p',
    { class: 'muted highlight-legend' },
    'Highlighted: ',
    h('mark', { class: 'actor state', text: 'states' }),
    ' ',
    h('mark', { class: 'actor organization', text: 'organizations' }),
    ' ',
    h('mark', { class: 'actor person', text: 'people' }),
    ' ',
    h('mark', { class: 'actor other', text: 'other names' }),
    ' ',
    h('span', { class: 'claim-span contradicted', text: 'contradicted claim' }),
    ' ',
    h('span', { class: 'claim-span supported', text: 'supported claim' }),
    '. Each name links to the system on the article’s day.',
  );
}

/**
 * The text cut at every span boundary; each piece is plain, part of an actor (a link), part of a claim
 * (underlined in its verdict's colour), or both. Offsets are the server's, into the same text.
 */
function highlighted(text: string, a: AnalysisJson): Node[] {
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...a.actors, ...a.claims]) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Node[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    const piece = text.slice(from, to);
    const actor = innermost(a.actors, from, to);
    const claim = innermost(a.claims, from, to);
    let node: Node = document.createTextNode(piece);
    if (actor) {
      // Names only the trained recognizer found (places, others) have no graph entity to open.
      const target = actor.type === 'person' ? actor.state : LINKED.has(actor.type) ? actor.id : null;
      const title = `${actor.name} (${actor.id}) · ${actor.type}${actor.role ? ` · ${actor.role}` : ''} · CAMEO ${actor.cameo}`;
      const mark = h('mark', { class: `actor ${actor.type}`, title, data: { id: actor.id } }, piece);
      node = target ? h('a', { class: 'actor-link', href: `#/system?on=${a.article.published}&focus=${encodeURIComponent(target)}`, title }, mark) : mark;
    }
    if (claim) node = h('span', { class: `claim-span ${claim.status}`, title: `${claim.status}: ${claim.explanation}` }, node);
    out.push(node);
  }
  return out;
}

function innermost<T extends Spanned>(spans: readonly T[], from: number, to: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) if (s.start <= from && to <= s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  return best;
}

function claims(a: AnalysisJson): HTMLElement {
  return h(
    'ul',
    { class: 'lines claims', id: 'article-claims' },
    ...a.claims.map((c) =>
      h(
        'li',
        { data: { status: c.status } },
        h('span', { class: `badge ${c.status}`, text: c.status }),
        ' ',
        h('strong', { text: `“${c.text}”` }),
        h('div', { text: c.explanation }),
        c.names.length > 0 ? h('div', { class: 'muted', text: `${c.flag ? `${c.flag.replaceAll('_', ' ')}: ` : ''}${c.names.join(', ')}` }) : null,
        c.evidence.length > 0
          ? h('div', {
              class: 'muted',
              text: `evidence: ${c.evidence.slice(0, 6).join(', ')}${c.evidence.length > 6 ? ` and ${c.evidence.length - 6} more facts` : ''}`,
            })
          : null,
      ),
    ),
  );
}

function events(a: AnalysisJson): HTMLElement {
  return h(
    'table',
    { class: 'grid', id: 'article-events' },
    h('thead', {}, h('tr', {}, ...['Date', 'Who → whom', 'CAMEO', 'Sentence', 'Rule'].map((t) => h('th', { text: t })))),
    h(
      'tbody',
      {},
      ...a.events.map((e) =>
        h(
          'tr',
          {},
          h('td', {
            text: eventDateText(e),
            attrs: { title: eventDateTitle(e) },
          }),
          h('td', { text: `${e.source} → ${e.target ?? '—'}` }),
          h('td', { text: `${e.cameo}${e.plover ? ` (${e.plover})` : ''}` }),
          h('td', { text: e.sentence }),
          h('td', { class: 'muted', text: e.ruleId }),
        ),
      ),
    ),
  );
}

/** The article's source as a link when it is a web address; otherwise shown as text, never followed. */
function sourceLink(url: string | null): HTMLElement | null {
  if (!url) return null;
  const href = webLink(url);
  return h(
    'span',
    {},
    ' · ',
    href
      ? h('a', { href, text: 'source', attrs: { rel: 'noopener noreferrer', target: '_blank' } })
      : h('span', { class: 'muted', title: url, text: 'source (not a web address)' }),
  );
}
