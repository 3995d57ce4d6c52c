import { longDate } from '../dates.js';
import { empty, h } from '../dom.js';
import type { CascadeAnswer, ConditionLine, ObligationsPage, PagedLine } from '../rule-types.js';
import { sourceChips } from '../sources.js';

const KIND_WORDS: Record<string, string> = {
  defense: 'defend',
  offense: 'fight beside',
  neutrality: 'stay out of a war against',
  nonaggression: 'not attack',
  consultation: 'consult',
};

const KIND_ORDER = ['defense', 'offense', 'neutrality', 'consultation', 'nonaggression'];
/** Consultation and non-aggression lines are many and rarely the question: folded until opened. */
const FOLDED = new Set(['consultation', 'nonaggression']);

/**
 * The obligations of a scenario by kind (defence first), what the attack breaks, and what does not bind (and why).
 * Kinds the page left out (non-aggression, by default: many lines, rarely the question) show as counts, with a
 * button that lists them.
 */
export function obligationsTable(a: ObligationsPage, more?: (kind: string) => void): HTMLElement[] {
  const s = a.scenario;
  const who = s.attacker ? `${s.attacked.name} is attacked by ${s.attacker.name}` : `${s.attacked.name} is attacked`;
  // Lines resting on a membership its source last spoke of before the day asked are listed apart, below.
  const carried = a.obligations.filter((o) => o.carriedForward);
  const byKind = new Map<string, PagedLine[]>();
  for (const o of a.obligations) if (!o.carriedForward) byKind.set(o.kind, [...(byKind.get(o.kind) ?? []), o]);
  const kinds = Object.keys(a.counts.byKind).sort((x, y) => KIND_ORDER.indexOf(x) - KIND_ORDER.indexOf(y));
  const count = (k: string) => a.counts.byKind[k]?.states ?? 0;
  const summary = kinds.map((k) => `${count(k)} to ${KIND_WORDS[k] ?? k} ${k === 'neutrality' ? 'it' : s.attacked.name}`).join('; ');
  const out: HTMLElement[] = [
    h('h2', { text: `If ${who} on ${longDate(s.on)}` }),
    h('p', {
      class: 'summary',
      id: 'whatif-summary',
      text: kinds.length > 0 ? `States bound: ${summary}.` : 'No treaty in force binds anyone to act in this scenario.',
    }),
  ];
  for (const k of kinds) {
    const title = `Bound to ${KIND_WORDS[k] ?? k} (${count(k)} state${count(k) === 1 ? '' : 's'})`;
    const lines = byKind.get(k);
    if (!lines && a.obligations.some((o) => o.kind === k)) {
      out.push(
        h(
          'section',
          {},
          h('h3', { text: title }),
          h('p', { class: 'muted', text: 'Each rests on a membership carried forward past its source: listed below.' }),
        ),
      );
      continue;
    }
    if (!lines) {
      const list = more ? h('button', { type: 'button', class: 'link', text: 'List them', data: { kind: k }, on: { click: () => more(k) } }) : null;
      out.push(h('section', {}, h('h3', { text: title }), h('p', { class: 'muted' }, `${a.counts.byKind[k]?.lines ?? 0} obligations, not listed. `, list)));
      continue;
    }
    const body = table(a, lines, k);
    out.push(FOLDED.has(k) ? h('details', {}, h('summary', { text: title }), body) : h('section', {}, h('h3', { text: title }), body));
  }
  if (carried.length > 0) {
    const states = new Set(carried.map((o) => o.state.id)).size;
    out.push(
      h(
        'section',
        { class: 'carried', id: 'whatif-carried-section' },
        h('h3', { text: `Carried forward: ${states} state${states === 1 ? '' : 's'} bound on what a source last said before ${longDate(s.on)}` }),
        h('p', {
          class: 'muted',
          text: "These rest on a membership whose source stops earlier (ATOP ends in 2018): it was in force on that source's last day and no cited end is known since.",
        }),
        table(a, carried, 'carried', (l) => `verified through ${l.verifiedThrough}${l.carriedFrom ? `, carried forward from ${l.carriedFrom.dataset}` : ''}`),
      ),
    );
  }
  if (a.breaches.length > 0) out.push(h('h3', { text: 'What the attack breaks' }), table(a, a.breaches, 'breaches'));
  if (a.inactive.length > 0) {
    const rest = a.counts.inactive - a.inactive.length;
    out.push(
      h(
        'details',
        { class: 'inactive' },
        h('summary', { text: `In force, but not binding here (${a.counts.inactive})` }),
        table(a, a.inactive, 'inactive', (l) => ('reason' in l ? String(l.reason) : '')),
        rest > 0 ? h('p', { class: 'muted', text: `and ${rest} more (the API pages them: offset and inactiveLimit)` }) : null,
      ),
    );
  }
  if (a.notes.length > 0) out.push(h('ul', { class: 'notes' }, ...a.notes.map((n) => h('li', { text: n }))));
  return out;
}

/** One row per state (and whom it is bound toward), every treaty that binds it listed in the row with its reason. */
function table(a: ObligationsPage, lines: readonly PagedLine[], id: string, why?: (l: PagedLine) => string): HTMLElement {
  const groups = new Map<string, PagedLine[]>();
  for (const l of lines) {
    const key = `${l.kind}|${l.state.id}|${l.toward.id}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const rows = [...groups.values()].sort(
    (x, y) => KIND_ORDER.indexOf(x[0]!.kind) - KIND_ORDER.indexOf(y[0]!.kind) || x[0]!.state.name.localeCompare(y[0]!.state.name),
  );
  return h(
    'table',
    { class: 'grid', id: `whatif-${id}` },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...[
          'State',
          'Bound to',
          why
            ? id === 'carried'
              ? 'Under, and how far its sources reach'
              : 'Under, and why it does not bind'
            : 'Under (treaty, article, rule, conditions, sources)',
        ].map((t) => h('th', { text: t })),
      ),
    ),
    h(
      'tbody',
      {},
      ...rows.map((group) => {
        const l = group[0]!;
        return h(
          'tr',
          { data: { state: l.state.id } },
          h('td', {}, h('strong', { text: l.state.name }), h('div', { class: 'muted', text: l.state.id })),
          h('td', { text: `${KIND_WORDS[l.kind] ?? l.kind} ${l.toward.name}` }),
          h(
            'td',
            {},
            h(
              'ul',
              { class: 'treaties' },
              ...group.map((t) =>
                h(
                  'li',
                  {},
                  h('span', { text: `${t.treaty.name}, phase ${t.treaty.phase}` }),
                  h('span', {
                    class: 'muted',
                    title: t.article ? (a.articles[t.article.ref]?.summary ?? '') : '',
                    text: ` · ${t.article ? `art. ${t.article.article} · ` : ''}${t.rule}`,
                  }),
                  t.conditions.length > 0 ? conditions(t.conditions) : null,
                  why ? h('div', { class: 'why', text: why(t) }) : sourceChips(t.sources, 3),
                ),
              ),
            ),
          ),
        );
      }),
    ),
  );
}

function conditions(list: readonly ConditionLine[]): HTMLElement {
  if (list.length === 0) return h('span', { class: 'muted', text: 'none' });
  return h(
    'ul',
    { class: 'conditions' },
    ...list.map((c) => {
      const mark = c.holds === true ? '✓' : c.holds === false ? '✗' : '?';
      const word = c.holds === true ? 'holds' : c.holds === false ? 'fails' : 'unknown';
      return h('li', { class: `cond ${word}`, title: c.reason }, h('span', { aria: { label: word }, text: mark }), ` ${c.code}: ${c.reason}`);
    }),
  );
}

/** "defend Armenia against Azerbaijan under the CIS Charter (phase 0) and the Collective Security Treaty (phase 2)". */
function reasons(because: CascadeAnswer['rounds'][number]['joined'][number]['because']): HTMLElement {
  const byAim = new Map<string, (typeof because)[number][]>();
  for (const b of because) {
    const key = `${KIND_WORDS[b.kind] ?? b.kind} ${b.toward.name} against ${b.against.name}`;
    byAim.set(key, [...(byAim.get(key) ?? []), b]);
  }
  return h(
    'span',
    {},
    ...[...byAim.entries()].flatMap(([aim, bs], i) => [
      i > 0 ? '; ' : '',
      `${aim} under `,
      ...bs.flatMap((b, k) => [
        k > 0 ? (k === bs.length - 1 ? ' and ' : ', ') : '',
        h('span', { title: b.rule, text: `${b.treaty.name} (phase ${b.treaty.phase})` }),
      ]),
    ]),
  );
}

/** The escalation: each round, who joins which side and under which treaty; who is pulled both ways. */
export function cascadeSection(a: CascadeAnswer): HTMLElement[] {
  const out: HTMLElement[] = [h('h2', { class: 'cascade-title', text: `Escalation: ${a.scenario.attacker.name} against ${a.scenario.attacked.name}` })];
  const rounds = a.rounds.filter((r) => r.joined.length > 0 || r.uncertain.length > 0);
  if (rounds.length === 0) out.push(empty('Nobody is bound to join either side.'));
  else {
    out.push(
      h(
        'ol',
        { class: 'rounds', id: 'cascade-rounds' },
        ...rounds.map((r) =>
          h(
            'li',
            { data: { round: String(r.round) } },
            h('h3', { text: `Round ${r.round}` }),
            h(
              'ul',
              { class: 'lines' },
              ...r.joined.map((j) =>
                h(
                  'li',
                  {},
                  h('strong', { text: j.state.name }),
                  ` joins ${j.side === 'attacked' ? a.scenario.attacked.name : a.scenario.attacker.name}'s side, bound to `,
                  reasons(j.because),
                  j.carriedForward ? h('span', { class: 'carried-mark', text: ` (carried forward: verified through ${j.verifiedThrough})` }) : null,
                ),
              ),
              ...r.uncertain.map((u) =>
                h('li', { class: 'muted' }, h('strong', { text: u.state.name }), ` may join the ${u.side} side: ${u.reason} (${u.rule})`),
              ),
            ),
          ),
        ),
      ),
    );
  }
  out.push(
    h(
      'p',
      {},
      h('strong', { text: 'Sides: ' }),
      `${a.scenario.attacked.name}'s side: ${a.sides.attacked.map((s) => s.name).join(', ') || 'alone'}; `,
      `${a.scenario.attacker.name}'s side: ${a.sides.attacker.map((s) => s.name).join(', ') || 'alone'}.`,
    ),
  );
  if (a.bothSides.length > 0) {
    out.push(
      h('h3', { text: 'Bound to both sides' }),
      h(
        'ul',
        { class: 'lines both-sides' },
        ...a.bothSides.map((b) =>
          h(
            'li',
            {},
            h('strong', { text: b.state.name }),
            b.joined ? ` (joined the ${b.joined} side)` : ' (stands aside)',
            `: ${b.toAttacked.length} obligation(s) to the attacked side, ${b.toAttacker.length} to the attacker's`,
          ),
        ),
      ),
    );
  }
  if (a.notes.length > 0) out.push(h('ul', { class: 'notes' }, ...a.notes.map((n) => h('li', { text: n }))));
  return out;
}
