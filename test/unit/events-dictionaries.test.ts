import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codeOn } from '../../src/extract/events/actor-groups.js';
import { regularForms } from '../../src/extract/events/compile-dictionaries.js';
import { parseActorDictionary, parseAgentDictionary, pluralize, toIsoDay } from '../../src/extract/events/parse-actor-dictionary.js';
import { parseCameoCodes, ploverOf } from '../../src/extract/events/parse-cameo-codes.js';
import { parsePattern } from '../../src/extract/events/parse-pattern.js';
import { parseVerbDictionary } from '../../src/extract/events/parse-verb-dictionary.js';
import type { PatternElement } from '../../src/extract/events/types.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8');

/** Short notation: WORD, WORD= (exact), s:SET, $ + % ^, np(...), pp(...); `_` marks PETRARCH's connector. */
function show(elements: readonly PatternElement[], side: 'pre' | 'post'): string {
  return elements
    .map((e) => {
      const body = e.k === 'w' ? `${e.w}${e.x ? '=' : ''}` : e.k === 's' ? `s:${e.s}` : e.k === 'np' || e.k === 'pp' ? `${e.k}(${show(e.items, side)})` : e.k;
      if (!e.adj) return body;
      return side === 'pre' ? `${body}_` : `_${body}`;
    })
    .join(' ');
}

const patterns: Array<[string, string, string]> = [
  ['* (TO +)', '', 'pp(TO +)'],
  ['$ * (AS &NEGOTIATOR) (WITH +)', '$', 'pp(AS s:NEGOTIATOR) pp(WITH +)'],
  ['* {ARMS SHIPMENT}', '', 'np(ARMS SHIPMENT)'],
  ['IN_*', 'IN_', ''],
  ['* MISSION_TO', '', 'MISSION _TO'],
  ['* CASH_', '', 'CASH='],
  ['* &FIGHT_CRIM', '', 's:FIGHT_CRIM'],
  ['+ * {DEATH THREAT}', '+', 'np(DEATH THREAT)'],
];
for (const [body, pre, post] of patterns) {
  test(`parses the verb pattern "${body}"`, () => {
    const p = parsePattern(body);
    assert.ok(p);
    assert.deepEqual([show(p.pre, 'pre'), show(p.post, 'post')], [pre, post]);
  });
}

test('a pattern without a verb position is refused', () => {
  assert.equal(parsePattern('TALKS WITH +'), undefined);
});

test('actor dictionary: synonyms, dated codes, a root without codes joins the next entry', () => {
  const entries = parseActorDictionary(fixture('mini.actors.txt'));
  const byPhrase = (p: string) => entries.find((e) => e.phrases.includes(p));
  assert.deepEqual(byPhrase('freedonian')?.codes, [{ code: 'FRD' }]);
  assert.deepEqual(byPhrase('president firefly')?.codes, [
    { code: 'FRDELI', from: '1930-01-01', to: '1933-01-01' },
    { code: 'FRDGOV', from: '1933-01-01' },
    { code: 'FRDELI' },
  ]);
  assert.deepEqual(byPhrase('league of ducks')?.phrases, ['league of ducks', 'anti duck pact', 'pact against ducks']);
  assert.deepEqual(byPhrase('league of ducks')?.codes, [{ code: 'IGODCK', from: '2001-01-01', to: '2010-12-31' }]);
});

const dated: Array<[string, string | undefined]> = [
  ['1931-06-01', 'FRDELI'],
  ['1950-01-01', 'FRDGOV'],
  ['1920-01-01', 'FRDELI'],
];
for (const [date, code] of dated) {
  test(`an actor's code on ${date} is ${code}`, () => {
    const entry = parseActorDictionary(fixture('mini.actors.txt')).find((e) => e.phrases.includes('rufus firefly'));
    assert.equal(codeOn(entry!.codes, date), code);
  });
}

const days: Array<[string, string | undefined]> = [
  ['080507', '2008-05-07'],
  ['700101', '1970-01-01'],
  ['20070101', '2007-01-01'],
  ['2004017', undefined],
  ['991399', undefined],
];
for (const [input, iso] of days) test(`reads the dictionary date ${input}`, () => assert.equal(toIsoDay(input), iso));

test('agents: substitution sets, generated plurals, "{}" for none, prefix codes', () => {
  const agents = parseAgentDictionary(fixture('mini.agents.txt'));
  const codeOf = (p: string) => agents.find((a) => a.phrases.includes(p))?.code;
  assert.equal(codeOf('ambassadors'), '~GOV');
  assert.equal(codeOf('spokeswoman'), '~GOV');
  assert.equal(codeOf('spokesmen'), '~GOV');
  assert.equal(codeOf('police'), '~COP');
  assert.equal(codeOf('polices'), undefined);
  assert.equal(codeOf('army parties'), '~MIL');
  assert.equal(codeOf('relief agencies'), 'NGO~');
});

const plurals: Array<[string, string]> = [
  ['soldier', 'soldiers'],
  ['opposition party', 'opposition parties'],
  ['police chief', 'police chiefs'],
  ['spokesman', 'spokesmen'],
  ['coach', 'coaches'],
  ['ministers', 'ministers'],
  ['boss', 'bosses'],
];
for (const [one, many] of plurals) test(`plural of ${one}`, () => assert.equal(pluralize(one), many));

test('verb dictionary: synsets, blocks, default codes, irregular forms, phrasal verbs, pattern ids', () => {
  const d = parseVerbDictionary(fixture('mini.verbs.txt'));
  assert.deepEqual(d.synsets.DUCK_WORDS, ['DUCK', 'MALLARD_', 'RUBBER DUCK']);
  const [quack, waddle] = d.blocks;
  assert.equal(quack?.code, '---');
  assert.deepEqual(quack?.verbs, [
    { lemma: 'QUACK' },
    { lemma: 'HONK', forms: ['HONKED', 'HONKING'] },
    { lemma: 'QUACK', particles: ['AT'], forms: ['QUACKED'], code: '111' },
  ]);
  assert.deepEqual(
    quack?.patterns.map((p) => [p.id, p.code]),
    [
      ['QUACK.1', '112'],
      ['QUACK.2', '042:043'],
      ['QUACK.3', ':173'],
    ],
  );
  assert.equal(waddle?.code, '190');
  assert.equal(waddle?.patterns[0]?.code, '---');
});

const forms: Array<[string, string[]]> = [
  ['ATTACK', ['ATTACK', 'ATTACKS', 'ATTACKED', 'ATTACKING']],
  ['RATIFY', ['RATIFY', 'RATIFIES', 'RATIFIED', 'RATIFYING']],
  ['PLAN', ['PLAN', 'PLANS', 'PLANED', 'PLANING', 'PLANNED', 'PLANNING']],
  ['CRITICIZE', ['CRITICIZE', 'CRITICIZES', 'CRITICIZED', 'CRITICIZING']],
];
for (const [lemma, want] of forms) test(`regular forms of ${lemma}`, () => assert.deepEqual(regularForms(lemma).sort(), [...want].sort()));

test('CAMEO codes: labels, roots, PLOVER categories through the nearest mapped ancestor', () => {
  const codes = parseCameoCodes(
    '//04: CONSULT\nLABEL: 040= Consult\nLABEL: 042= Make a visit\nLABELi: 042= Visit\nLABELi: 0431= Something new\n',
    '04: CONSULT\n040: CONSULT, ,  # Consult\n042: CONSULT, visit,   # Make a visit\n',
  );
  assert.equal(codes['042']?.label, 'Make a visit');
  assert.equal(codes['0431']?.label, 'Something new');
  assert.equal(codes['042']?.mode, 'visit');
  assert.equal(ploverOf('0431', codes), 'CONSULT');
  assert.equal(ploverOf('020', codes), null);
});
