import { getJson, isAbort, postJson, query, words } from '../api.js';
import { clear, empty, errorBox, field, h, loading } from '../dom.js';
import type { FactImpact, FactView } from '../types.js';
import { replaceParams, type ViewFactory } from '../view.js';

type Review = 'pending' | 'accepted' | 'rejected';

interface OneFact {
  readonly fact: FactView;
  readonly impact: FactImpact | null;
}

/** The sentence around a span: from after the previous sentence end (or line break) to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !/[.!?]\s/.test(text.slice(from - 2, from)) && text[from - 1] !== '\n') from--;
  let to = end;
  while (to < text.length && !/[.!?]/.test(text[to - 1] ?? '') && text[to] !== '\n') to++;
  return { start: from, end: to };
}

/** The verb between subject and object, per kind of change: "Tonga ratified Cotonou Agreement", "Kyrgyzstan no longer hosts a base of Russia". */
const VERBS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  member_of: { member: 'joined', suspended: 'suspended in', withdrawn: 'withdrew from' },
  party_to: { signed: 'signed', ratified: 'ratified', in_force: 'became a party to', withdrawn: 'withdrew from' },
  holds_office: { in_office: 'took office in', withdrawn: 'left office in' },
  hosts_base_of: { open: 'hosts a new base of', withdrawn: 'no longer hosts a base of' },
};

const change = (f: FactView) => (f.predicate === 'applied_to' ? 'applied to join' : (VERBS[f.predicate]?.[f.status] ?? `${f.status} of`));

/**
 * "Review facts": the facts the news proposes, each with its sentence highlighted in its article and what
 * accepting it changes ("CSTO on 2026-11-10: 6 members -> 5"); accept, or reject with a reason. Writes may
 * need the server's token, as for articles.
 */
export const factsView: ViewFactory = (root, params) => {
  let review: Review = (['pending', 'accepted', 'rejected'] as const).find((r) => r === params.get('review')) ?? 'pending';
  const select = h(
    'select',
    { id: 'facts-review', on: { change: () => ((review = select.value as Review), void list()) } },
    ...(['pending', 'accepted', 'rejected'] as const).map((r) => h('option', { value: r, text: r })),
  );
  select.value = review;
  const token = h('input', { type: 'password', id: 'facts-token', value: sessionStorage.getItem('entente-token') ?? '', attrs: { autocomplete: 'off' } });
  const listBox = h('ul', { class: 'fact-list', id: 'fact-list' });
  const detail = h('section', { class: 'result', id: 'fact-detail', aria: { live: 'polite' } });
  clear(detail, empty('Choose a fact to review it.'));
  root.append(
    h(
      'div',
      { class: 'page facts' },
      h(
        'div',
        { class: 'side' },
        h('h2', { text: 'Review facts' }),
        field('Show', select),
        field('Server token', token, 'accepting and rejecting may need it'),
        listBox,
      ),
      detail,
    ),
  );

  let ctl: AbortController | undefined;
  async function list(): Promise<void> {
    replaceParams('facts', { review, id: params.get('id') });
    clear(listBox, loading('facts'));
    try {
      const { facts } = await getJson<{ facts: FactView[] }>(`/api/facts${query({ review })}`);
      if (facts.length === 0) return clear(listBox, empty(`No ${review} facts. Facts come from stored articles (the Articles view).`));
      clear(
        listBox,
        ...facts.map((f) =>
          h(
            'li',
            {},
            h('button', {
              type: 'button',
              class: 'link fact-open',
              data: { id: f.id },
              text: `${f.subject.name} ${change(f)} ${f.object.name}, ${f.from}`,
              on: { click: () => void open(f.id) },
            }),
          ),
        ),
      );
      const wanted = params.get('id');
      if (wanted && facts.some((f) => f.id === wanted)) void open(wanted);
    } catch (e) {
      clear(listBox, errorBox(words(e)));
    }
  }

  async function open(id: string): Promise<void> {
    ctl?.abort();
    ctl = new AbortController();
    params.set('id', id);
    replaceParams('facts', { review, id });
    clear(detail, loading('the fact'));
    try {
      const { fact, impact } = await getJson<OneFact>(`/api/facts/${encodeURIComponent(id)}`, ctl.signal);
      const { text } = await getJson<{ text: string }>(`/api/articles/${encodeURIComponent(fact.article.id)}`, ctl.signal);
      show(fact, impact, text);
    } catch (e) {
      if (!isAbort(e)) clear(detail, errorBox(words(e)));
    }
  }

  function show(f: FactView, impact: FactImpact | null, text: string): void {
    const s = sentenceAround(text, f.span.start, f.span.end);
    const sentence = h(
      'mark',
      { class: 'fact-sentence', id: 'fact-sentence' },
      text.slice(s.start, f.span.start),
      h('strong', { class: 'fact-span', text: text.slice(f.span.start, f.span.end) }),
      text.slice(f.span.end, s.end),
    );
    const reason = h('input', { type: 'text', id: 'reject-reason', attrs: { placeholder: 'why it is wrong' } });
    const outcome = h('p', { id: 'review-outcome', role: 'status' });
    const buttons =
      f.review === 'pending'
        ? h(
            'div',
            { class: 'review-buttons' },
            h('button', { type: 'button', class: 'primary', id: 'accept-fact', text: 'Accept', on: { click: () => void decide(f, 'accept', '') } }),
            field('Reason', reason),
            h('button', { type: 'button', id: 'reject-fact', text: 'Reject', on: { click: () => void decide(f, 'reject', reason.value) } }),
          )
        : h('p', { text: f.review === 'rejected' ? `Rejected: ${f.reason ?? ''}` : 'Accepted: part of the graph as the news source.' });
    clear(
      detail,
      h('h2', { id: 'fact-title', text: `${f.subject.name} ${change(f)} ${f.object.name}` }),
      h('p', {
        class: 'muted',
        text: `from ${f.from}${f.precision === 'day' ? '' : ` (${f.precision})`} · status ${f.status} · rule ${f.rule} · confidence ${f.confidence.toFixed(2)} · ${f.corroboration} ${f.corroboration === 1 ? 'article says' : 'articles say'} so`,
      }),
      impact
        ? h('p', { class: 'impact', id: 'fact-impact', text: impact.text })
        : h('p', { class: 'muted', id: 'fact-impact', text: 'An application changes no membership.' }),
      buttons,
      outcome,
      h('h3', { text: `${f.article.title ?? f.article.id} (${f.article.published})` }),
      h('div', { class: 'article-text', id: 'fact-article' }, text.slice(0, s.start), sentence, text.slice(s.end)),
    );
    sentence.scrollIntoView({ block: 'center' });
  }

  async function decide(f: FactView, action: 'accept' | 'reject', reason: string): Promise<void> {
    sessionStorage.setItem('entente-token', token.value);
    if (!token.value) sessionStorage.removeItem('entente-token');
    const outcome = document.getElementById('review-outcome')!;
    try {
      await postJson(`/api/facts/${encodeURIComponent(f.id)}/${action}`, action === 'reject' ? { reason } : {});
      outcome.textContent =
        action === 'accept' ? `Accepted: ${f.subject.name} is now ${f.status} in the graph from ${f.from}.` : 'Rejected, with the reason kept.';
      await list();
    } catch (e) {
      outcome.textContent = words(e);
      outcome.classList.add('error');
    }
  }

  void list();
  return {
    update(next) {
      const id = next.get('id');
      if (id && id !== params.get('id')) void open(id);
    },
    unmount() {
      ctl?.abort();
    },
  };
};
