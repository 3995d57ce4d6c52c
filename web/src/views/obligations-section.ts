import { ApiError, getJson, query, words } from '../api.js';
import { empty, errorBox, h } from '../dom.js';
import type { BoundAnswer } from '../rule-types.js';
import { sourceChips } from '../sources.js';
import type { Health } from '../types.js';

const KIND_WORDS: Record<string, string> = {
  defense: 'Defend',
  offense: 'Fight beside',
  neutrality: 'Stay out of a war against',
  nonaggression: 'Not attack',
  consultation: 'Consult',
};

/** Whom a state is bound to on a day, and how; until the server offers obligations, says so plainly. */
export async function obligationsSection(state: string, on: string, caps: Health['capabilities'], signal: AbortSignal): Promise<HTMLElement> {
  if (!caps.obligations) return unavailable('Treaty obligations are not available on this server yet.');
  let a: BoundAnswer;
  try {
    a = await getJson<BoundAnswer>(`/api/states/${encodeURIComponent(state)}/obligations${query({ on })}`, signal);
  } catch (e) {
    // Outside the treaty data (before 1815, after ATOP's last year) the server says where the data stops.
    if (e instanceof ApiError && e.code === 'OUT_OF_RANGE') return unavailable(e.message);
    if (e instanceof ApiError) return errorBox(words(e));
    throw e;
  }
  const lines = a.obligations.filter((l) => !l.off && l.kind !== 'nonaggression' && l.kind !== 'consultation');
  const quiet = a.obligations.length - lines.length;
  if (lines.length === 0) return empty(a.notes[0] ?? `No defence, offence or neutrality obligation on ${a.on}.`);
  return h(
    'div',
    {},
    h(
      'ul',
      { class: 'lines obligations' },
      ...lines.map((l) =>
        h(
          'li',
          {},
          h('strong', { text: `${KIND_WORDS[l.kind] ?? l.kind} ` }),
          l.toward.map((s) => s.name).join(', '),
          h('div', {
            class: 'muted',
            text: `${l.treaty.name}, phase ${l.treaty.phase}${l.article ? `, art. ${l.article.article}` : ''}${l.conditions.length ? ` · if ${l.conditions.map((c) => c.code).join(', ')}` : ''}`,
          }),
          sourceChips(l.sources, 2),
        ),
      ),
    ),
    quiet > 0 ? h('p', { class: 'muted', text: `and ${quiet} non-aggression, consultation or switched-off line(s): see What if.` }) : null,
  );
}

function unavailable(message: string): HTMLElement {
  return h('p', { class: 'unavailable', text: message });
}
