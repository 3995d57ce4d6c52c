import { empty, h } from './dom.js';
import type { LeadersAnswer, MembershipLine, SourceRef as GraphSource } from './types.js';

/** A graph fact's source, or a rule's (which has no precision). */
type SourceRef = Omit<GraphSource, 'precision'> & { readonly precision?: string };

/** A source as a short chip (dataset and row), with the citation as its title or link: every answer says why. */
function sourceChip(s: SourceRef): HTMLElement {
  // Row refs are long (file, line, key); the chip shows the dataset and line, the tooltip all of it.
  const line = /line (\d+)/.exec(s.ref)?.[1];
  const label = line ? `${s.dataset}:${line}` : s.dataset;
  const title = [s.ref, s.citation, s.rule ? `rule: ${s.rule}` : '', s.precision ? `${s.precision}-precise` : ''].filter(Boolean).join('\n');
  if (s.citation && /^https?:\/\//.test(s.citation)) {
    return h('a', { class: 'chip', href: s.citation, title, text: label, attrs: { target: '_blank', rel: 'noopener' } });
  }
  return h('span', { class: 'chip', title, text: label });
}

export function sourceChips(sources: readonly SourceRef[], max = 3): HTMLElement {
  const shown = sources.slice(0, max).map(sourceChip);
  const more =
    sources.length > max
      ? h('span', {
          class: 'chip more',
          title: sources
            .slice(max)
            .map((s) => `${s.dataset}: ${s.ref}`)
            .join('\n'),
          text: `+${sources.length - max}`,
        })
      : null;
  return h('span', { class: 'chips' }, ...shown, more);
}

export function span(from: string, to: string): string {
  return to ? `${from} – ${to}` : `since ${from}`;
}

/** A line carried forward past its source's last word: a badge saying from when and from where. */
function carriedBadge(l: {
  readonly verifiedThrough: string;
  readonly carriedForward: boolean;
  readonly carriedFrom?: { readonly dataset: string };
}): HTMLElement | null {
  if (!l.carriedForward) return null;
  return h('span', {
    class: 'badge carried',
    title: `carried forward: ${l.carriedFrom?.dataset ?? 'its source'} last speaks of it on ${l.verifiedThrough}`,
    text: `carried from ${l.verifiedThrough}`,
  });
}

/** One membership as a list item: the name (a button when it can be opened), status, dates, freshness and sources. */
export function membershipItem(m: MembershipLine, open?: (id: string) => void, extra?: string): HTMLLIElement {
  const name = open ? h('button', { class: 'link', text: m.name, on: { click: () => open(m.id) } }) : h('strong', { text: m.name });
  const status = m.status === 'member' || m.status === 'in_force' ? null : h('span', { class: `badge ${m.status}`, text: m.status });
  return h(
    'li',
    { data: { id: m.id, carried: m.carriedForward ? 'yes' : 'no' } },
    name,
    ' ',
    h('span', { class: 'muted', text: `${m.id}${extra ? ` · ${extra}` : ''} · ${span(m.from, m.to)}` }),
    ' ',
    status,
    ' ',
    carriedBadge(m),
    ' ',
    sourceChips(m.sources),
  );
}

/** A state's leaders on a day, each with office, term, a badge when the term is carried forward, and sources. */
export function leadersList(answer: LeadersAnswer): HTMLElement {
  if (answer.leaders.length === 0) return empty(answer.notes.join(' ') || 'No leader recorded that day.');
  return h(
    'ul',
    { class: 'lines leaders' },
    ...answer.leaders.map((l) =>
      h(
        'li',
        {},
        h('strong', { text: l.person.name }),
        ' ',
        h('span', { class: 'muted', text: `${l.office.replaceAll('_', ' ')} · ${span(l.from, l.to)}` }),
        ' ',
        carriedBadge(l),
        ' ',
        sourceChips(l.sources),
      ),
    ),
  );
}
