import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../src/core/entity.js';
import type { Fact } from '../../src/core/fact.js';
import type { IsoDate } from '../../src/core/time.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { isLowercaseText } from '../../src/extract/lowercase-text.js';
import { officeOf, personIndexFor } from '../../src/extract/offices.js';
import type { DatasetInfo } from '../../src/graph/graph-store.js';
import { finishArticle } from '../../src/ingest/article.js';
import { namedGroups } from '../../src/pipeline/event-coder-adapter.js';
import { withLeaderTerms } from '../../src/pipeline/load-news-graph.js';
import { analyze } from '../../src/pipeline/pipeline.js';

const person = (id: string, name: string, aliases: string[]): Entity => ({
  id,
  kind: 'person',
  name,
  aliases: aliases.map((text) => ({ text, kind: 'name', lang: 'en' })),
  attrs: {},
  provenance: [{ dataset: 'test', ref: id }],
});
const office = (subject: string, object: string, from: string, to: string): Fact => ({
  id: `t:${subject}:${from}`,
  subject,
  predicate: 'holds_office',
  object,
  valid: { from: from as IsoDate, to: to as IsoDate },
  precision: 'day',
  qualifiers: { office: 'head_of_government' },
  provenance: { dataset: 'test', ref: subject },
  confidence: 1,
});

test('the surname index lists a person spelled two ways once among the near spellings', () => {
  const graph = createNewsGraph({
    entities: [person('P1', 'Marta Kovalenko', ['Marta Kowalenko']), { ...person('S1', 'Ruritania', []), kind: 'state' }],
    facts: [office('P1', 'S1', '2001-01-01', '2003-01-01')],
  });
  // "Kovalenko" is its own key and within one edit of "kowalenko".
  assert.deepEqual(personIndexFor(graph).near('kovalenko'), ['P1']);
});

const state = (id: string, name: string, demonym: string, capital: string): Entity => ({
  id,
  kind: 'state',
  name,
  aliases: [
    { text: demonym, kind: 'demonym', lang: 'en' },
    { text: capital, kind: 'capital', lang: 'en' },
  ],
  attrs: {},
  provenance: [{ dataset: 'test', ref: id }],
});
const held = (subject: string, object: string, office: string, from: string, to = '9999-12-31', dataset = 'test'): Fact => ({
  ...officeFact(subject, object, from, to),
  id: `t:${subject}:${object}:${office}:${from}:${dataset}`,
  qualifiers: { office },
  provenance: { dataset, ref: subject },
});
const officeFact = office;

/** Invented states and officeholders: a president who is also a neighbour's co-prince, a premier named like a language. */
const WORLD = createNewsGraph({
  entities: [
    state('RUR', 'Ruritania', 'Ruritanian', 'Strelsau'),
    state('GRA', 'Graustark', 'Graustarkian', 'Edelweiss'),
    state('ZEN', 'Zenda', 'Zendan', 'Zendaburg'),
    state('ENG', 'Freedonia', 'Freedonian', 'Fredville'),
    person('P-MARC', 'Louis Marcel', ['Marcel']),
    person('P-ENGL', 'Bill Latin', ['Latin']),
    person('P-ROBI', 'Sharla Robins', []),
    person('P-CAGL', 'Mehmet Çağlayanoğlu', ['Çağlayanoğlu']),
    { ...person('RUTO', 'Ruritanian Treaty Organization', []), kind: 'organization', aliases: [{ text: 'RUTO', kind: 'acronym', lang: 'en' }] },
    { ...person('GU', 'Graustark Union', []), kind: 'organization', aliases: [{ text: 'GU', kind: 'acronym', lang: 'en' }] },
    { ...person('FRE', 'Freedonia', []), kind: 'state', aliases: [{ text: 'F.R.', kind: 'name', lang: 'en' }] },
  ],
  facts: [
    held('P-MARC', 'GRA', 'head_of_state', '2017-05-14'),
    held('P-MARC', 'RUR', 'head_of_state', '2017-05-14'),
    held('P-MARC', 'RUR', 'effective_leader', '2017-05-14'),
    held('P-ENGL', 'ZEN', 'head_of_government', '2016-12-12'),
    held('P-ROBI', 'ENG', 'head_of_government', '2016-12-20'),
    held('P-CAGL', 'ZEN', 'head_of_state', '2014-08-28'),
  ],
});

function actorsOf(text: string, published = '2018-03-06') {
  const article = finishArticle({ format: 'text', origin: 'test', title: null, published: published as IsoDate, text }, '2026-01-01' as IsoDate);
  return analyze(article, { graph: WORLD, coder: noEventCoder }).actors;
}

test("a person's main office wins: the state that has him as its effective leader, not the one he is co-prince of", () => {
  const a = actorsOf('Louis Marcel met the Graustarkian envoy in Strelsau.');
  const marcel = a.find((x) => x.text === 'Louis Marcel')!;
  assert.equal(marcel.state, 'RUR');
  assert.equal(marcel.cameo, 'RURGOV');
});

test('a surname alone links to an officeholder only with agreeing context', () => {
  // "Latin" is a language before it is Zenda's premier: no Zenda in the article, no link.
  assert.equal(
    actorsOf('Latin is taught in every school, Marcel said.').some((x) => x.type === 'person'),
    false,
  );
  // The office's state named in the article agrees.
  assert.equal(actorsOf('Latin said Zenda would sign.').find((x) => x.text === 'Latin')?.id, 'P-ENGL');
  // So does a title right before the name.
  assert.equal(actorsOf('Prime Minister Latin said the talks went well.').find((x) => x.text === 'Latin')?.id, 'P-ENGL');
  assert.equal(actorsOf('President Marcel said the talks went well.').find((x) => x.text === 'Marcel')?.state, 'RUR');
});

test('a first name that is not the officeholder’s keeps a shared surname from linking', () => {
  assert.notEqual(actorsOf('Freedonia welcomed Joe Robins, a tourist.').find((x) => x.text === 'Joe Robins')?.id, 'P-ROBI');
  assert.equal(actorsOf('Freedonia welcomed Sharla Robins.').find((x) => x.text === 'Sharla Robins')?.id, 'P-ROBI');
});

test('terms end when a later source names a successor: an open term from a dataset that stopped is cut', () => {
  const facts = [
    held('P-OLD', 'RUR', 'effective_leader', '2009-01-20', '9999-12-31', 'old-leaders'),
    held('P-OLD', 'RUR', 'head_of_state', '2009-01-20', '2017-01-19', 'new-leaders'),
    held('P-NEW', 'RUR', 'head_of_state', '2017-01-20', '9999-12-31', 'new-leaders'),
  ];
  const datasets = [
    { id: 'old-leaders', coverage: { from: '1875-01-01', to: '2015-12-31' } },
    { id: 'new-leaders', coverage: { from: '1875-01-01', to: '2025-10-31' } },
  ] as unknown as DatasetInfo[];
  const graph = createNewsGraph({ entities: [person('P-OLD', 'Barry Old', []), person('P-NEW', 'Don New', [])], facts: withLeaderTerms(facts, datasets) });
  assert.equal(officeOf(graph, 'P-OLD', '2018-03-06' as IsoDate)?.former, true);
  assert.equal(officeOf(graph, 'P-NEW', '2018-03-06' as IsoDate)?.former, false);
  assert.equal(officeOf(graph, 'P-OLD', '2012-03-06' as IsoDate)?.former, false);
});

test('names as the news writes them: acronyms dotted or not, and in title case', () => {
  const ids = (text: string) => actorsOf(text).map((x) => `${x.text}=${x.id}`);
  // Dotted and dotless, either way round; an acronym said as a word in title case.
  assert.deepEqual(ids('The FR and the G.U. met; Ruto said so.'), ['FR=FRE', 'G.U.=GU', 'Ruto=RUTO']);
  // Still in its own case: the pronoun is no acronym.
  assert.deepEqual(ids('Let fr go, said gu.'), []);
});

test('a name with letters beyond Latin-1 is one token: "Çağlayanoğlu", not "Ça", "ğ", "layano"', () => {
  const ids = (text: string) => actorsOf(text).map((x) => `${x.text}=${x.id}`);
  // One token with its Turkish letters, not "Ça", "ğ", "layano"...
  assert.deepEqual(ids('Zenda said Çağlayanoğlu would go.'), ['Zenda=ZEN', 'Çağlayanoğlu=P-CAGL']);
});

test('armed groups and parties of the dictionaries are actors, as proper names only', () => {
  const coder = {
    ...noEventCoder,
    groups: [
      { id: 'group:rlf', name: 'Ruritanian Liberation Front', phrases: ['ruritanian liberation front', 'rlf'], codes: [{ code: 'RURREB' }] },
      { id: 'group:red-hand', name: 'Red Hand', phrases: ['red hand'], codes: [{ code: 'RURREB', from: '2015-01-01' }] },
    ],
  };
  const actors = (text: string, published = '2018-03-06') =>
    analyze(finishArticle({ format: 'text', origin: 'test', title: null, published: published as IsoDate, text }, '2026-01-01' as IsoDate), {
      graph: WORLD,
      coder,
    }).actors.map((x) => `${x.text}=${x.id}/${x.cameo}/${x.state}`);
  assert.deepEqual(actors('The RLF and the Red Hand group attacked Strelsau.'), [
    'RLF=group:rlf/RURREB/RUR',
    'Red Hand=group:red-hand/RURREB/RUR',
    'Strelsau=RUR/RURGOV/RUR',
  ]);
  // Lower-case words are words; an acronym is matched in its capitals only; a code not yet in force names nobody.
  assert.deepEqual(actors('He raised a red hand, and the rlf of it.'), []);
  assert.deepEqual(actors('The Red Hand marched.', '2010-01-01'), []);
});

test('the groups taken from the dictionaries: the project’s own without an entity, and Phoenix entries coded as armed groups', () => {
  const groups = namedGroups({
    actors: [
      { phrases: ['ruritanian liberation front', 'rlf'], codes: [{ code: 'RURREB' }] },
      { phrases: ['rlf'], codes: [{ code: 'RURREB' }] },
      { phrases: ['rudolf rassendyll'], codes: [{ code: 'RURGOV', from: '2001-01-01' }] },
      { phrases: ['global jihad'], codes: [{ code: 'IMGMUSJIH' }] },
    ],
    agents: [],
    verbs: { verbs: [], patterns: [] },
    cameo: {},
    additions: {
      actors: [
        { id: 'actor.zlf', name: 'Zenda Liberation Front', phrases: ['zenda liberation front'], codes: [{ code: 'ZENREB' }], example: 'x', why: 'y' },
        { id: 'actor.ruto', entity: 'RUTO', phrases: ['ruto'], codes: [{ code: 'IGORUT' }], example: 'x', why: 'y' },
      ],
      agents: [],
      patterns: [],
    },
  } as unknown as Parameters<typeof namedGroups>[0]);
  assert.deepEqual(
    groups.map((g) => `${g.id}=${g.name}`),
    [
      'group:actor.zlf=Zenda Liberation Front',
      'group:ruritanian-liberation-front=Ruritanian Liberation Front',
      'group:rlf=RLF',
      'group:global-jihad=Global Jihad',
    ],
  );
});

test('people below heads of state from title phrases, with their state and sector, remembered through the article', () => {
  const a = actorsOf(
    "The Zendan secretary of state, Anna Kowal, met Ruritania's foreign minister Petr Novak in Edelweiss. " +
      'Kowal said the talks went well. The Graustarkian deputy speaker Ivo Brun and the defence secretary, Max Hart, agreed. ' +
      "Zenda's prosecutor general Eva Lind objected, Strelsau's spokesman, Jan Sova, said.",
  );
  const by = (t: string) => a.find((x) => x.text === t);
  assert.equal(by('Anna Kowal')?.cameo, 'ZENGOV');
  assert.equal(by('Anna Kowal')?.role, 'secretary of state');
  assert.equal(by('Petr Novak')?.cameo, 'RURGOV');
  assert.equal(by('Petr Novak')?.ruleId, 'person.role-apposition');
  assert.equal(by('Kowal')?.id, by('Anna Kowal')?.id);
  assert.equal(by('Ivo Brun')?.cameo, 'GRALEG');
  assert.equal(by('Max Hart')?.cameo.slice(3), 'MIL');
  assert.equal(by('Eva Lind')?.cameo, 'ZENJUD');
  assert.equal(by('Jan Sova')?.cameo, 'RURGOV');
});

test('a role set off by a comma needs a determiner or a state before it: a list of roles is no title', () => {
  const a = actorsOf('Zenda sent a minister, Anna Kowal and others.');
  assert.equal(
    a.some((x) => x.text === 'Anna Kowal' && x.role === 'minister'),
    false,
  );
});

test('a venue is not an actor: a capital after "in" or "at" is a place, the capital as subject is its government', () => {
  assert.deepEqual(
    actorsOf('Louis Marcel met the envoy in Strelsau and at the Edelweiss talks.').map((x) => `${x.text}:${x.type}:${x.cameo}`),
    ['Louis Marcel:person:RURGOV', 'Strelsau:place:', 'Edelweiss:place:'],
  );
  assert.equal(actorsOf('Strelsau said it would reply.')[0]?.cameo, 'RURGOV');
});

test('a lower-cased story stays lower-cased with a share bar of capitals at its end', () => {
  const story = 'strelsau: the ruritanian minister met louis marcel on friday. he said talks went well. the envoy left. talks resume soon.';
  assert.equal(isLowercaseText(`${story}\n\nFacebook Twitter Linkedin Mail`), true);
  assert.equal(isLowercaseText('Strelsau: The minister met Louis Marcel. He said talks went well. The envoy left.'), false);
});

test('a capital opening a dateline is where the story was filed, not its government', () => {
  const a = actorsOf('STRELSAU: Zenda said the talks went well.');
  assert.equal(a.find((x) => x.text === 'STRELSAU')?.type, 'place');
  assert.equal(actorsOf('Strelsau said the talks went well.')[0]?.type, 'government');
});
