import { ApiError, getJson, isAbort, query, words } from '../api.js';
import { clear, empty, errorBox, h, loading } from '../dom.js';
import { longDate } from '../dates.js';
import { leadersList, membershipItem, sourceChips, span } from '../sources.js';
import type { BasesAnswer, Health, LeadersAnswer, MembersAnswer, OrganizationsAnswer } from '../types.js';
import { obligationsSection } from './obligations-section.js';
import type { TreatyGroup } from '../labels.js';

export interface DetailsContext {
  readonly caps: Health['capabilities'];
  /** Select another node (an organization named in a state's list, a member named in an organization's). */
  readonly open: (id: string) => void;
  /** Treaties drawn as one node with this one: listed, each its own. */
  readonly group?: TreatyGroup;
}

/**
 * The panel beside the graph: what the picked node is on the day. A state: its organizations and alliances,
 * leaders, foreign bases on its soil, and whom it is bound to defend. An organization: its members, who else is
 * attached, where sources disagree. Every line carries its sources.
 */
export async function showDetails(
  panel: HTMLElement,
  id: string,
  kind: 'state' | 'organization' | 'unknown',
  on: string,
  ctx: DetailsContext,
  signal: AbortSignal,
): Promise<void> {
  clear(panel, loading(`${id} on ${longDate(on)}`));
  try {
    const body =
      kind === 'state'
        ? await stateDetails(id, on, ctx, signal)
        : kind === 'organization'
          ? await organizationDetails(id, on, ctx, signal)
          : await stateDetails(id, on, ctx, signal).catch((e) => {
              // A name typed in "Find" that is not drawn that day: a state or else an organization.
              if (e instanceof ApiError && e.code === 'UNKNOWN_ENTITY') return organizationDetails(id, on, ctx, signal);
              throw e;
            });
    if (!signal.aborted) clear(panel, ...body);
  } catch (e) {
    if (!isAbort(e)) clear(panel, errorBox(words(e)));
  }
}

async function organizationDetails(id: string, on: string, ctx: DetailsContext, signal: AbortSignal): Promise<HTMLElement[]> {
  const a = await getJson<MembersAnswer>(`/api/organizations/${encodeURIComponent(id)}/members${query({ on })}`, signal);
  const out: HTMLElement[] = [
    h('h2', { text: a.organization.name }, h('span', { class: 'muted', text: ` ${a.organization.id}` })),
    h('p', { class: 'summary', text: `${a.members.length} members on ${longDate(a.on)}` }),
    h(
      'p',
      { class: 'page-links' },
      h('a', { href: `#/org?id=${encodeURIComponent(a.organization.id)}&on=${a.on}`, text: 'Its page: members over time, treaties, news →' }),
    ),
    ...(ctx.group && ctx.group.members.length > 1
      ? [
          h('p', {
            class: 'muted',
            text: `Drawn as one node with ${ctx.group.members
              .filter((m) => m.id !== a.organization.id)
              .map((m) => m.name)
              .join('; ')} (the same parties).`,
          }),
        ]
      : []),
    a.members.length > 0 ? h('ul', { class: 'lines members' }, ...a.members.map((m) => membershipItem(m, ctx.open))) : empty('No members that day.'),
  ];
  if (a.others.length > 0)
    out.push(h('h3', { text: 'Also attached' }), h('ul', { class: 'lines others' }, ...a.others.map((m) => membershipItem(m, ctx.open))));
  if (a.disagreements.length > 0) {
    out.push(
      h('h3', { text: 'Where sources disagree' }),
      h(
        'ul',
        { class: 'lines' },
        ...a.disagreements.map((d) =>
          h('li', {}, h('strong', { text: d.name }), ': ', d.says.map((s) => `${s.dataset} says ${s.status ?? 'not a member'}`).join('; ')),
        ),
      ),
    );
  }
  out.push(
    ...notes(a.notes),
    h('p', {}, h('a', { href: `#/timeline?org=${encodeURIComponent(a.organization.id)}`, text: 'Membership history on the timeline →' })),
  );
  return out;
}

async function stateDetails(id: string, on: string, ctx: DetailsContext, signal: AbortSignal): Promise<HTMLElement[]> {
  const enc = encodeURIComponent(id);
  const [orgs, leaders, bases] = await Promise.all([
    getJson<OrganizationsAnswer>(`/api/states/${enc}/organizations${query({ on })}`, signal),
    getJson<LeadersAnswer>(`/api/states/${enc}/leaders${query({ on })}`, signal),
    getJson<BasesAnswer>(`/api/bases${query({ on, host: id })}`, signal),
  ]);
  // The short, telling sections first; the long list of IGO memberships last, its tail folded.
  const ranked = [...orgs.organizations].sort((a, b) => Number(a.kind === 'igo') - Number(b.kind === 'igo') || a.name.localeCompare(b.name));
  const rest = ranked.slice(8);
  const out: HTMLElement[] = [
    h('h2', { text: orgs.state.name }, h('span', { class: 'muted', text: ` ${orgs.state.id}` })),
    h(
      'p',
      { class: 'page-links' },
      h('a', { href: `#/state?id=${encodeURIComponent(orgs.state.id)}&on=${orgs.on}`, text: 'Its page: memberships over time, leaders, news →' }),
    ),
    h('h3', { text: `Leaders on ${longDate(orgs.on)}` }),
    leadersList(leaders),
    h('h3', { text: 'Bound by treaty to' }),
    await obligationsSection(id, on, ctx.caps, signal),
  ];
  if (bases.bases.length > 0) {
    out.push(
      h('h3', { text: 'Foreign bases here' }),
      h(
        'ul',
        { class: 'lines bases' },
        ...bases.bases.map((b) =>
          h(
            'li',
            {},
            h('strong', { text: b.base }),
            ` (${b.user.name})`,
            b.place ? `, ${b.place}` : '',
            ' ',
            h('span', { class: 'muted', text: span(b.from, b.to) }),
            ' ',
            sourceChips(b.sources),
          ),
        ),
      ),
    );
  }
  out.push(
    h('h3', { text: `Organizations (${ranked.length})` }),
    ranked.length > 0
      ? h('ul', { class: 'lines orgs' }, ...ranked.slice(0, 8).map((o) => membershipItem(o, ctx.open, o.kind)))
      : empty('No organization memberships that day.'),
  );
  if (rest.length > 0)
    out.push(
      h(
        'details',
        {},
        h('summary', { text: `${rest.length} more` }),
        h('ul', { class: 'lines orgs' }, ...rest.map((o) => membershipItem(o, ctx.open, o.kind))),
      ),
    );
  out.push(
    h('h3', { text: `Alliances in force (${orgs.alliances.length})` }),
    orgs.alliances.length > 0
      ? h('ul', { class: 'lines alliances' }, ...orgs.alliances.map((a) => membershipItem(a, undefined, a.phase === null ? undefined : `phase ${a.phase}`)))
      : empty('No alliance in force that day.'),
  );
  out.push(...notes(orgs.notes));
  return out;
}

function notes(list: readonly string[]): HTMLElement[] {
  return list.length > 0 ? [h('ul', { class: 'notes' }, ...list.map((n) => h('li', { text: n })))] : [];
}
