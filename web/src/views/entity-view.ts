import { getJson, isAbort, query } from '../api.js';
import { dateField } from '../date-field.js';
import { isIsoDay, longDate, todayIso } from '../dates.js';
import { clear, empty, h, loading } from '../dom.js';
import { eventDateText, eventDateTitle } from '../event-date.js';
import type { StoredEvent } from '../news-types.js';
import { errorWithSuggestions, picker, refOf } from '../picker.js';
import { leadersList, membershipItem } from '../sources.js';
import type { LeadersAnswer, MembersAnswer, OrganizationsAnswer, SeriesAnswer } from '../types.js';
import { replaceParams, type ViewFactory } from '../view.js';
import { seriesChart } from './series-chart.js';
import { obligationsSection } from './obligations-section.js';

interface NewsAbout {
  readonly entity: { id: string; name: string };
  readonly events: readonly StoredEvent[];
  readonly facts: ReadonlyArray<{
    predicate: string;
    subject: string;
    object: string;
    text: string;
    articleId: string;
    articleTitle: string | null;
    published: string;
    ruleId: string;
    confidence: number;
  }>;
}

/**
 * An organization's page (`#/org?id=NATO`) or a state's (`#/state?id=RUS`): members (or memberships) over time
 * as a chart with the accession waves, who belongs on the chosen day, treaties and obligations, leaders, and what
 * the stored news says of it, every line with its sources.
 */
export function entityView(kind: 'organization' | 'state'): ViewFactory {
  return (root, params, ctx) => {
    const view = kind === 'state' ? 'state' : 'org';
    let on = isIsoDay(params.get('on') ?? '') ? params.get('on')! : todayIso();
    const name = picker(
      `${view}-name`,
      kind,
      kind === 'state' ? 'Russia, Armenai, Weißrussland…' : 'NATO, ОДКБ, Eurasian…',
      params.get('id') ?? '',
      () => void show(),
    );
    const day = dateField(`${view}-day`, 'On', on, (d) => {
      on = d;
      void show();
    });
    const body = h('section', { class: 'result entity', id: `${view}-page`, aria: { live: 'polite' } });
    const form = h(
      'form',
      { aria: { label: kind === 'state' ? 'A state' : 'An organization' } },
      h('h2', { text: kind === 'state' ? 'A state' : 'An organization' }),
      h('label', { class: 'field' }, h('span', { class: 'field-label', text: 'Name' }), name),
      day.element,
      h('button', { type: 'submit', class: 'primary', text: 'Show' }),
    );
    root.append(h('div', { class: 'page entity-page' }, form, body));
    clear(
      body,
      empty(
        kind === 'state'
          ? 'Name a state to see its memberships over time, leaders, obligations and news.'
          : 'Name an organization or alliance to see its members over time, treaties and news.',
      ),
    );
    let ctl: AbortController | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void show();
    });

    async function show(): Promise<void> {
      const ref = refOf(name);
      if (!ref) return;
      ctl?.abort();
      const mine = (ctl = new AbortController());
      replaceParams(view, { id: ref, on });
      clear(body, loading(`${ref} on ${longDate(on)}`));
      try {
        const parts = kind === 'state' ? await statePage(ref, on, mine.signal) : await orgPage(ref, on, mine.signal);
        if (!mine.signal.aborted) clear(body, ...parts);
      } catch (e) {
        if (!isAbort(e))
          clear(
            body,
            errorWithSuggestions(e, (id) => ((name.value = id), void show())),
          );
      }
    }

    async function orgPage(ref: string, day: string, signal: AbortSignal): Promise<HTMLElement[]> {
      const enc = encodeURIComponent(ref);
      const [series, members, news] = await Promise.all([
        getJson<SeriesAnswer>(`/api/organizations/${enc}/series`, signal),
        getJson<MembersAnswer>(`/api/organizations/${enc}/members${query({ on: day })}`, signal),
        ctx.health.capabilities.news ? getJson<NewsAbout>(`/api/news/${enc}${query({ limit: 100 })}`, signal) : Promise.resolve(null),
      ]);
      const id = series.subject.id;
      return [
        h('h2', { text: series.subject.name }, h('span', { class: 'muted', text: ` ${id}` })),
        h(
          'p',
          { class: 'page-links' },
          h('a', { href: `#/timeline?org=${encodeURIComponent(id)}`, text: 'Timeline' }),
          ' · ',
          h('a', { href: `#/system?on=${day}&focus=${encodeURIComponent(id)}`, text: 'In the graph' }),
          ' · ',
          h('a', { href: `#/compare?of=${encodeURIComponent(id)}&from=${series.joins[0]?.on ?? day}&to=${day}`, text: 'Compare two days' }),
        ),
        h('h3', { text: 'Members over time' }),
        seriesChart(series, 'members'),
        waves(series),
        h('h3', { text: `${members.members.length} members on ${longDate(members.on)}` }),
        members.members.length
          ? h(
              'ul',
              { class: 'lines members' },
              ...members.members.map((m) => membershipItem(m, (s) => location.assign(`#/state?id=${encodeURIComponent(s)}&on=${day}`))),
            )
          : empty('No members that day.'),
        ...(members.others.length
          ? [h('h3', { text: 'Also attached' }), h('ul', { class: 'lines others' }, ...members.others.map((m) => membershipItem(m)))]
          : []),
        h('h3', { text: 'Founding treaties and their obligations' }),
        series.treaties.length
          ? h(
              'ul',
              { class: 'lines treaties' },
              ...series.treaties.map((t) =>
                h(
                  'li',
                  {},
                  h('strong', { text: t.name }),
                  h('span', { class: 'muted', text: ` ${t.id}` }),
                  ' · ',
                  h('a', { href: `#/whatif?attacked=${encodeURIComponent(members.members[0]?.id ?? '')}&on=${day}`, text: 'what if a member is attacked →' }),
                ),
              ),
            )
          : empty('No founding treaty is linked; obligations come from the treaties each member is party to (see a member’s page).'),
        ...newsSection(news),
        ...notes([...series.notes, ...members.notes]),
      ];
    }

    async function statePage(ref: string, day: string, signal: AbortSignal): Promise<HTMLElement[]> {
      const enc = encodeURIComponent(ref);
      const [series, orgs, leaders, news] = await Promise.all([
        getJson<SeriesAnswer>(`/api/states/${enc}/series`, signal),
        getJson<OrganizationsAnswer>(`/api/states/${enc}/organizations${query({ on: day })}`, signal),
        getJson<LeadersAnswer>(`/api/states/${enc}/leaders${query({ on: day })}`, signal),
        ctx.health.capabilities.news ? getJson<NewsAbout>(`/api/news/${enc}${query({ limit: 100 })}`, signal) : Promise.resolve(null),
      ]);
      const id = series.subject.id;
      const openOrg = (o: string) => location.assign(`#/org?id=${encodeURIComponent(o)}&on=${day}`);
      return [
        h('h2', { text: series.subject.name }, h('span', { class: 'muted', text: ` ${id}` })),
        h(
          'p',
          { class: 'page-links' },
          h('a', { href: `#/whatif?attacked=${encodeURIComponent(id)}&on=${day}`, text: 'What if it is attacked' }),
          ' · ',
          h('a', { href: `#/system?on=${day}&focus=${encodeURIComponent(id)}`, text: 'In the graph' }),
          ' · ',
          h('a', { href: `#/timeline?state=${encodeURIComponent(id)}`, text: 'Its events' }),
        ),
        h('h3', { text: 'Memberships over time' }),
        seriesChart(series, 'organizations'),
        h('h3', { text: `Leaders on ${longDate(leaders.on)}` }),
        leadersList(leaders),
        h('h3', { text: 'Bound by treaty to' }),
        await obligationsSection(id, day, ctx.health.capabilities, signal),
        h('h3', { text: `Organizations on ${longDate(orgs.on)} (${orgs.organizations.length})` }),
        orgs.organizations.length
          ? h('ul', { class: 'lines orgs' }, ...orgs.organizations.map((o) => membershipItem(o, openOrg, o.kind)))
          : empty('No organization memberships that day.'),
        h('h3', { text: `Alliances in force (${orgs.alliances.length})` }),
        orgs.alliances.length
          ? h('ul', { class: 'lines alliances' }, ...orgs.alliances.map((a) => membershipItem(a, openOrg, a.phase === null ? undefined : `phase ${a.phase}`)))
          : empty('No alliance in force that day.'),
        ...newsSection(news),
        ...notes([...series.notes, ...orgs.notes]),
      ];
    }

    if (params.get('id')) void show();
    return {
      update(next) {
        const id = next.get('id');
        const d = next.get('on');
        if ((id && id !== refOf(name)) || (d && isIsoDay(d) && d !== on)) {
          if (id) name.value = id;
          if (d && isIsoDay(d)) day.set((on = d));
          void show();
        }
      },
      unmount() {
        ctl?.abort();
      },
    };
  };
}

/** The accessions, several on a day reading as one wave ("2004-03-29: 7 joined: Bulgaria, Estonia…"). */
function waves(s: SeriesAnswer): HTMLElement {
  if (s.joins.length === 0) return empty('No accession recorded.');
  const items = s.joins.map((j) =>
    h('li', { class: j.who.length > 1 ? 'wave' : '' }, h('strong', { text: j.on }), ` ${j.who.length} joined: ${j.who.map((w) => w.name).join(', ')}`),
  );
  const left = s.leaves.map((j) =>
    h('li', { class: 'left' }, h('strong', { text: j.on }), ` ${j.who.length} left or stopped being full members: ${j.who.map((w) => w.name).join(', ')}`),
  );
  return h(
    'details',
    { class: 'waves', attrs: { open: '' } },
    h('summary', { text: `Accessions (${s.joins.length} days) and departures (${s.leaves.length})` }),
    h('ul', { class: 'lines', id: 'accessions' }, ...items, ...left),
  );
}

function newsSection(news: NewsAbout | null): HTMLElement[] {
  if (!news) return [];
  const events = news.events.slice(-30).reverse();
  return [
    h('h3', { text: `In the news (${news.events.length} events, ${news.facts.length} proposed facts)` }),
    events.length
      ? h(
          'ul',
          { class: 'lines news-events' },
          ...events.map((e) =>
            h(
              'li',
              {},
              h('strong', { text: eventDateText(e), attrs: { title: eventDateTitle(e) } }),
              ` ${e.source} → ${e.target ?? '—'} (CAMEO ${e.cameo}): ${e.sentence} `,
              h('a', {
                class: 'chip',
                href: `#/articles?id=${encodeURIComponent(e.articleId)}`,
                title: `rule ${e.ruleId}`,
                text: e.articleTitle ?? e.articleId,
              }),
            ),
          ),
        )
      : empty('No event in the stored articles.'),
    ...(news.facts.length
      ? [
          h(
            'ul',
            { class: 'lines news-facts' },
            ...news.facts.map((f) =>
              h(
                'li',
                {},
                h('strong', { text: `${f.subject} ${f.predicate.replaceAll('_', ' ')} ${f.object}` }),
                ` “${f.text}” `,
                h('a', {
                  class: 'chip',
                  href: `#/articles?id=${encodeURIComponent(f.articleId)}`,
                  title: `rule ${f.ruleId}, confidence ${f.confidence}`,
                  text: `${f.articleTitle ?? f.articleId}, ${f.published}`,
                }),
              ),
            ),
          ),
        ]
      : []),
  ];
}

function notes(list: readonly string[]): HTMLElement[] {
  return list.length > 0 ? [h('ul', { class: 'notes' }, ...list.map((n) => h('li', { text: n })))] : [];
}
