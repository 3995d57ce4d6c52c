import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../../src/core/entity.js';
import type { Fact } from '../../src/core/fact.js';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { dictionaryPeople } from '../../src/pipeline/event-coder-adapter.js';
import { stateEntity as state } from './state-entity.js';

/** An invented officeholder: "Shanti Kumar Verma", India's head of government 1990-2000, and a French-named state. */
const person: Entity = {
  id: 'P1',
  kind: 'person',
  name: 'Shanti Kumar Verma',
  aliases: [{ text: 'Shanti Kumar Verma', kind: 'name', lang: 'en' }],
  attrs: { gender: 'M' },
  provenance: [{ dataset: 'test', ref: 'P1' }],
};
const heldOffice: Fact = {
  id: 't:P1',
  subject: 'P1',
  predicate: 'holds_office',
  object: 'IND',
  valid: { from: '1990-01-01' as IsoDate, to: '2000-01-01' as IsoDate },
  precision: 'day',
  qualifiers: { office: 'head_of_government' },
  provenance: { dataset: 'test', ref: 'P1' },
  confidence: 1,
};
const officeholder = (id: string, name: string): Entity => ({
  ...person,
  id,
  name,
  aliases: [{ text: name, kind: 'name', lang: 'en' }],
});
const frenchNamed: Entity = { ...state('XGR', 'Grenadia', 'Grenadian'), aliases: [{ text: 'Grenade', kind: 'name', lang: 'fr' }] };
const graph = createNewsGraph({
  entities: [
    state('IND', 'India', 'Indian'),
    frenchNamed,
    person,
    officeholder('P2', 'Karim Ali'),
    officeholder('P3', 'Ranjha'),
    officeholder('P4', 'Narayan Dev'),
    officeholder('P5', 'Council of Ministers'),
  ],
  facts: [
    heldOffice,
    { ...heldOffice, id: 't:P2', subject: 'P2' },
    { ...heldOffice, id: 't:P3', subject: 'P3' },
    { ...heldOffice, id: 't:P5', subject: 'P5', qualifiers: { office: 'effective_leader' } },
  ],
});

const coder = {
  ...noEventCoder,
  agents: [{ phrases: ['hindu', 'hindus'], code: '~HIN' }],
  // Invented people of the dictionaries, coded for their offices' days as Phoenix codes them.
  people: [
    {
      id: 'dictionary-person:ravi-shankar-menon',
      name: 'Ravi Shankar Menon',
      phrases: ['ravi shankar menon'],
      codes: [{ code: 'INDGOVAGR', from: '2003-01-01', to: '2004-05-31' }],
    },
    { id: 'dictionary-person:a-rani', name: 'A Rani', phrases: ['a. rani'], codes: [{ code: 'INDGOV', from: '2003-01-01' }] },
    { id: 'dictionary-person:john-doyle', name: 'John Doyle', phrases: ['john doyle'], codes: [{ code: 'XGRGOV', from: '2001-01-01', to: '2009-01-20' }] },
  ],
};

/** The actors of an invented article: [words, CAMEO code, role] for each. */
function read(text: string, published = '2002-03-04') {
  const article = finishArticle({ text, title: null, published } as never, published as IsoDate);
  const a = analyze(article, { graph, coder });
  return { home: a.home?.country ?? null, actors: a.actors.map((x) => [x.text, x.cameo, x.role] as const), all: a.actors };
}
const find = (r: ReturnType<typeof read>, words: string) => r.actors.find(([t]) => t === words);

test('a title after the name with no article, through a party or a body, and as "the x of y"', () => {
  const r = read(
    'lucknow: the roads were shut in uttar pradesh. ravi tandon, the sp of sitapur, said the town was calm. ' +
      'mohan lal barua, a bjp mp, said the curfew would stay. dr kamal nath joshi, commissioner, sitapur division, left. ' +
      'harsh vardhan tiwari, vhp state president, spoke. kamal hussain, president of the cloth traders association, said so.',
  );
  assert.deepEqual(find(r, 'kamal hussain')?.[1], 'INDBUS');
  assert.deepEqual(find(r, 'ravi tandon')?.[1], 'INDCOP');
  assert.deepEqual(find(r, 'mohan lal barua')?.[1], 'INDGOVPTY');
  assert.deepEqual(find(r, 'kamal nath joshi'), ['kamal nath joshi', 'INDGOV', 'commissioner']);
  assert.deepEqual(find(r, 'harsh vardhan tiwari'), ['harsh vardhan tiwari', 'INDHIN', 'vhp state president']);
});

test('no apposition after a determiner or before "said", and never a participle after a title', () => {
  const r = read(
    'jammu: crowds fled the old fort, a police spokesman said in jammu. on the other hand, the traders stayed. ' +
      'party chief given permission to visit the town. second gunman shot dead near the gate.',
  );
  const people = r.all.filter((a) => a.type === 'person').map((a) => a.text);
  assert.deepEqual(people, []);
});

test('a religious form of address yields to an office or party title before it, not to an officer of no body', () => {
  const r = read('varanasi: bjp mp swami dayanand puri said in uttar pradesh. head priest mahant gopal das left. chief priest ram saran das spoke.');
  assert.deepEqual(find(r, 'dayanand puri')?.[1], 'INDGOVPTY');
  assert.deepEqual(find(r, 'gopal das')?.[1], 'INDREL');
  assert.deepEqual(find(r, 'ram saran das')?.[1], 'INDREL');
});

test('a graph officeholder is linked only when the given names agree, not by surname and first initial alone', () => {
  const r = read('new delhi: prime minister s k verma said in delhi. vhp media in-charge sanjay verma said the march would go on.');
  assert.equal(r.all.find((a) => a.text === 's k verma')?.id, 'P1');
  assert.notEqual(r.all.find((a) => a.text === 'sanjay verma')?.id, 'P1');
});

test('a title alone after one person named with it is that person: "the cm", "the chief minister"', () => {
  const r = read('patna: chief minister hari prasad sinha visited the camps in bihar. the cm said the riots were over. the chief minister left.');
  const cm = r.all.find((a) => a.text === 'cm');
  assert.equal(cm?.id, 'person:hari-prasad-sinha');
  assert.equal(cm?.ruleId, 'domestic.title-refers');
  assert.equal(r.all.find((a) => a.text === 'chief minister')?.id, 'person:hari-prasad-sinha');
  // Two chief ministers before: the title alone stays the body, not a guess.
  const two = read('patna: chief minister hari prasad sinha of bihar met chief minister gopal rai of assam in bihar. the cm said so.');
  assert.equal(two.all.find((a) => a.text === 'cm')?.ruleId, 'domestic.body-at-home+body.minister-short');
});

test('groups of people at home take the home country and the agents dictionary’s sector; a party’s workers do not', () => {
  const r = read(
    'surat: muslims and christians marched in gujarat. shopkeepers kept their shutters down while bjp workers and party workers ' +
      'took out a rally. students boycotted the exams. the cbi registered a case.',
  );
  assert.deepEqual(find(r, 'muslims')?.[1], 'INDMUS');
  assert.deepEqual(find(r, 'christians')?.[1], 'INDCHR');
  assert.deepEqual(find(r, 'shopkeepers')?.[1], 'INDCVL');
  assert.deepEqual(find(r, 'students')?.[1], 'INDEDU');
  assert.deepEqual(find(r, 'cbi')?.[1], 'INDCOP');
  assert.equal(find(r, 'workers'), undefined);
  assert.equal(find(read('patna: the police detained workers of the samajwadi party in bihar.'), 'workers'), undefined);
});

test('a party is not named before its founding day: "aap" in a 2002 article', () => {
  const old = read('new delhi: the aap and the bjp walked out of the delhi assembly.', '2002-03-04');
  assert.equal(find(old, 'aap'), undefined);
  assert.deepEqual(find(old, 'bjp')?.[1], 'INDGOVPTY');
  const later = read('new delhi: the aap and the bjp walked out of the delhi assembly.', '2015-03-04');
  assert.deepEqual(find(later, 'aap')?.[1], 'INDPTY');
});

test('a state’s one-word name in another language needs a capital in lower-cased text; a morcha is a front, a shrine board religious', () => {
  const r = read('jammu: a grenade exploded near the gate in jammu. the hill shrine board met. the river bank sangharsh morcha took out a march.');
  assert.equal(find(r, 'grenade'), undefined);
  assert.deepEqual(find(r, 'hill shrine board')?.[1], 'INDREL');
  assert.deepEqual(find(r, 'river bank sangharsh morcha')?.[1], 'IND');
  // "in front of" is a preposition, and a religion's adjective no title.
  const g = read('godhra: the cleric broke down in front of party mp ravi lal in gujarat. the plan would help hindu samaj re-achieve prosperity.');
  assert.equal(
    g.all.find((a) => a.text.startsWith('front')),
    undefined,
  );
  assert.equal(
    g.all.find((a) => a.type === 'person' && a.text.startsWith('samaj')),
    undefined,
  );
});

test('a title of a body named before the name, a determined title set off by a comma, and never a list', () => {
  const r = read(
    'jaipur: chairman of the city education trust anwar hussain said the schools were shut in rajasthan. ' +
      'the abc college principal, ravi murgai, said so. he met the chief minister, ram lal and sita devi.',
  );
  assert.deepEqual(find(r, 'anwar hussain')?.[1], 'INDNGO');
  assert.deepEqual(find(r, 'ravi murgai'), ['ravi murgai', 'INDEDU', 'principal']);
  assert.equal(find(r, 'ram lal'), undefined);
});

test('a known name followed by an officeholder’s surname is the start of a longer name: no link', () => {
  const r = read('lahore: karim ali ranjha spoke in lahore about india. karim ali said so in india.');
  assert.equal(find(r, 'karim ali')?.[0], 'karim ali');
  assert.equal(r.all.filter((a) => a.id === 'P2').length, 1);
});

test('a known person of no office in a list of titled people takes the title before the name, not the next item', () => {
  const r = read(
    'ahmedabad: the members are chief minister narayan dev, opposition leader hari raval, and others in gujarat. dmk leader ravi kumar split from the bjp.',
  );
  assert.deepEqual(find(r, 'narayan dev'), ['narayan dev', 'INDGOV', 'chief minister']);
  assert.deepEqual(find(r, 'ravi kumar')?.[1], 'INDPTY');
});

test('"she" is no man the graph knows, "he" no woman an honorific names: the person before is taken', () => {
  const r = read(
    'new delhi: congress president rita sen wrote to prime minister shanti kumar verma in delhi. in the letter she hoped for peace. ' +
      'mrs asha das met shri mohan lal. he said so.',
  );
  assert.equal(r.all.find((a) => a.text === 'she')?.id, 'person:rita-sen');
  assert.equal(r.all.find((a) => a.text === 'he')?.id, 'person:mohan-lal');
});

test('a title with its field or its body set off before the name, a member from a place, a surname after two initials', () => {
  const r = read(
    'surat: the minister of state for revenue, mohan lal raval, met the traders in gujarat. the national general secretary of the vhp, ' +
      'hari om shastri, spoke later. union minister of state for home k p swami visited the camp. rajya sabha member from kerala ' +
      'sunil menon said so. another minister, ravi desai, left. dev anand rao, a retiring rajya sabha member, spoke.',
  );
  assert.deepEqual(find(r, 'mohan lal raval'), ['mohan lal raval', 'INDGOV', 'minister of state for revenue']);
  assert.deepEqual(find(r, 'hari om shastri')?.[1], 'INDHIN');
  assert.deepEqual(find(r, 'k p swami'), ['k p swami', 'INDGOV', 'union minister of state for home']);
  assert.deepEqual(find(r, 'sunil menon'), ['sunil menon', 'INDLEG', 'rajya sabha member from kerala']);
  assert.deepEqual(find(r, 'ravi desai')?.[1], 'INDGOV');
  assert.deepEqual(find(r, 'dev anand rao')?.[1], 'INDLEG');
  // Two initials before a title's word, not one: "a priest" is no name.
  assert.equal(
    r.all.find((a) => a.type === 'person' && a.text.startsWith('a ')),
    undefined,
  );
});

test('an undated article: a title of another office than the graph’s holds over the office of the ingest day', () => {
  const article = finishArticle(
    {
      text: 'patna: bihar chief minister shanti kumar verma visited the camps in bihar. verma said the riots were over.',
      title: null,
      published: null,
    } as never,
    '1995-06-01' as IsoDate,
  );
  const a = analyze(article, { graph, coder });
  const verma = a.actors.find((x) => x.text === 'shanti kumar verma');
  assert.equal(verma?.id, 'P1');
  assert.equal(verma?.role, 'bihar chief minister');
  assert.equal(verma?.cameo, 'INDGOV');
  assert.match(verma?.ruleId ?? '', /^actor\.person\.undated-other-title/);
  assert.equal(a.actors.find((x) => x.text === 'verma')?.role, 'bihar chief minister');
});

test('a collective leadership the leaders data holds as a person names no one', () => {
  const r = read('ahmedabad: neither the chief minister nor any member of his council of ministers visited the camps in gujarat.', '1995-03-04');
  assert.equal(
    r.all.find((a) => a.id === 'P5'),
    undefined,
  );
});

test('a surname named before with the honorific suffix -ji is that person', () => {
  const r = read('new delhi: union home minister k l mehra met the traders in delhi. later mehraji said the talks went well.');
  const ji = r.all.find((a) => a.text === 'mehraji');
  assert.equal(ji?.id, 'person:k-l-mehra');
  assert.equal(ji?.ruleId, 'person.surname-ji');
  assert.equal(find(read('pune: the rajji hall was shut in maharashtra.'), 'rajji'), undefined);
});

test('"he said" is the one who speaks, not the last person named; "says x explained" makes no speaker of x', () => {
  const r = read(
    'hyderabad: former law minister hari om joshi backed the act. the law is fair, joshi said. he told union home minister k l mehra ' +
      'that the act would stay. on the misuse of the law, he said the police erred.',
  );
  const hes = r.all.filter((a) => a.text === 'he').map((a) => [a.id, a.ruleId]);
  assert.deepEqual(hes, [
    ['person:hari-om-joshi', 'coref.pronoun-speaker'],
    ['person:hari-om-joshi', 'coref.pronoun-speaker'],
  ]);
  const inner = read('jaipur: mla ravi kumar, a veteran, says ravi shankar menon explained the plan in rajasthan. he said it was over.', '2003-03-04');
  assert.equal(inner.all.find((a) => a.text === 'he')?.id, 'person:ravi-kumar');
});

test('after a plural title, words with no initials name people only as a list; "karsewaks" as the news spells them', () => {
  const r = read('amritsar: the farmers met in punjab. their mps favour indirect relief for the growers. the karsewaks left.');
  assert.equal(
    r.all.find((a) => a.type === 'person'),
    undefined,
  );
  assert.deepEqual(find(r, 'karsewaks')?.[1], 'INDREL');
  const list = read('amritsar: party mps ravi kumar and mohan das met in punjab.');
  assert.deepEqual(
    list.all.filter((a) => a.type === 'person').map((a) => a.text),
    ['ravi kumar', 'mohan das'],
  );
});

test('a person the dictionaries code by days: the code of the day, else the state alone; a title says more; no part of a longer name', () => {
  const before = read('kochi: if only he had the courage shown by ravi shankar menon, who toured kerala.', '2002-03-04');
  assert.deepEqual(find(before, 'ravi shankar menon')?.[1], 'IND');
  assert.equal(before.all.find((a) => a.text === 'ravi shankar menon')?.ruleId, 'actor.person.dictionary');
  const during = read('kochi: if only he had the courage shown by ravi shankar menon, who toured kerala.', '2003-03-04');
  assert.deepEqual(find(during, 'ravi shankar menon')?.[1], 'INDGOVAGR');
  const titled = read('kochi: inspector ravi shankar menon said the mob fled in kerala.', '2002-03-04');
  assert.deepEqual(find(titled, 'ravi shankar menon'), ['ravi shankar menon', 'INDCOP', 'inspector']);
  // A title with no state names before a person the dictionaries code for another state: that state's, not the home's.
  const foreign = read('kochi: the leaders including grenadian president john doyle came to kerala.', '2003-03-04');
  assert.deepEqual(find(foreign, 'john doyle')?.[1].slice(0, 3), 'XGR');
  const bare = read('kochi: the leaders including president john doyle came to kerala.', '2003-03-04');
  assert.deepEqual(find(bare, 'john doyle')?.[1].slice(0, 3), 'XGR');
  const longer = read('kochi: the crowd cheered ravi shankar menon pillai in kerala. two ias, an ips, a rani and a bjp mp came.', '2003-03-04');
  assert.equal(
    longer.all.find((a) => a.ruleId.startsWith('actor.person.dictionary')),
    undefined,
  );
});

test('a state’s name inside a venue’s or a carrier’s name is no actor; the state’s army is', () => {
  const r = read('new delhi: the paintings were shown at the india habitat centre in delhi. an indian airlines plane landed. the indian army moved.');
  const text = 'new delhi: the paintings were shown at the india habitat centre in delhi. an indian airlines plane landed. the indian army moved.';
  // Only the demonym before the army is left, as the state the army is of.
  assert.deepEqual(
    r.all.filter((a) => a.type === 'state').map((a) => a.start),
    [text.indexOf('indian army')],
  );
  assert.deepEqual(find(r, 'army')?.[1], 'INDMIL');
});

test('a chamber of commerce’s head takes its sector; the vhp’s women’s wing is a hindu body', () => {
  const r = read('mumbai: ficci chief ravi kant gupta said the losses in maharashtra were large. durga vahini activists marched.');
  assert.deepEqual(find(r, 'ficci')?.[1], 'INDBUS');
  assert.deepEqual(find(r, 'ravi kant gupta')?.[1], 'INDBUS');
  assert.deepEqual(find(r, 'durga vahini')?.[1], 'INDHIN');
});

test('a body’s head named by a place alone is the place’s people, no body; with a field it is one', () => {
  const r = read('surat: the strife-torn society of gujarat waits. the society of gujarat traders met.');
  assert.deepEqual(
    r.all.filter((a) => a.type === 'organization').map((a) => a.text),
    ['society of gujarat traders'],
  );
});

test('the dictionaries’ people: dated codes of one state, names of two words with no title in them', () => {
  const people = dictionaryPeople({
    actors: [
      { phrases: ['ravi menon', 'menon', 'chief minister ravi menon'], codes: [{ code: 'INDGOV', from: '2003-01-01', to: '2004-05-31' }] },
      { phrases: ['kerala traders forum'], codes: [{ code: 'INDBUS' }] },
      { phrases: ['hari das'], codes: [{ code: 'NGOHIN', from: '2003-01-01' }] },
    ],
  } as never);
  assert.deepEqual(
    people.map((p) => p.phrases),
    [['ravi menon']],
  );
});

test('a police officer named by rank alone is the home police; with a name, the person', () => {
  const r = read('surat: the police commissioner of surat took time to impose curfew in gujarat. police commissioner mohan lal rathod said so.');
  const ranks = r.all.filter((a) => a.cameo === 'INDCOP').map((a) => [a.text, a.type]);
  assert.deepEqual(ranks, [
    ['police commissioner', 'person'],
    ['mohan lal rathod', 'person'],
  ]);
});
