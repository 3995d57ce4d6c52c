import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, compileDictionaries } from '../../src/extract/events/index.js';
import { loadEventDictionaries } from '../../src/pipeline/dictionary-files.js';
import type { ResolvedMention } from '../../src/extract/events/index.js';
import { codeSentence } from '../../src/extract/events/code-sentence.js';
import { tokenizeSentences } from '../../src/extract/events/wink-tokens.js';

// The committed data/dictionaries (Phoenix + CAMEO.2.0 + entente additions), compiled once.
const d = compileDictionaries(loadEventDictionaries());

/** [sentence, date, expected "SOURCE ROOT TARGET" events (CAMEO root, two digits), what it shows] */
const rows: Array<[string, string, string[], string]> = [
  [
    'Russian President Vladimir Putin met Ukrainian President Viktor Yanukovych on Tuesday.',
    '2012-05-15',
    ['RUSGOV 04 UKRGOV'],
    'a meeting, agents compose with countries',
  ],
  ['Putin called on Ukraine to ratify the treaty.', '2012-05-15', ['RUSGOV 02 UKR'], 'an appeal: "call on X to"'],
  ['Kyrgyzstan said it might join the customs union.', '2012-05-15', ['KGZ 03 IGOCASCUN'], 'intent under a modal, a pronoun, an actor of our own'],
  ['Ukraine was criticized by Russia.', '2012-05-15', ['RUS 11 UKR'], 'passive voice: the by-phrase is the source'],
  ['The Ukrainian opposition criticized Russia.', '2012-05-15', ['UKROPP 11 RUS'], 'country + agent: UKR + OPP'],
  ['Russia did not attack Georgia.', '2012-05-15', [], 'negation codes nothing'],
  ['The weather was fine in Moscow on Tuesday.', '2012-05-15', [], 'no event'],
  ['Putin will visit Belarus next month.', '2012-05-15', ['RUSGOV 03 BLR'], 'a planned visit is an intent (03), not a visit'],
  ['Putin met Lukashenko in Minsk.', '2012-05-15', ['RUSGOV 04 BLRGOV'], 'the spelling Phoenix lacks'],
  [
    'Tajikistan and Kyrgyzstan said they might join the Customs Union of Russia, Belarus and Kazakhstan.',
    '2012-05-15',
    ['TJK 03 IGOCASCUN', 'KGZ 03 IGOCASCUN'],
    'coordinated subjects; "of Russia..." modifies the union',
  ],
  ['Israeli troops attacked Hamas militants in Gaza.', '2012-05-15', ['ISRMIL 19 PSEREBHMS'], 'military agent, conventional force'],
  ['The US claimed that the rebels had attacked Iraq.', '2012-05-15', ['USA 11 ---REB'], 'an alleged attack is an accusation'],
  ['Russia threatened to impose sanctions on Ukraine.', '2012-05-15', ['RUS 13 UKR'], '"threatened to" makes a threat'],
  ['Washington demanded that Hamas renounce violence.', '2012-05-15', ['USA 10 PSEREBHMS'], 'what is demanded has not happened'],
  ['Obama said he would not provide support to Israel.', '2015-06-01', ['USAGOV 12 ISR'], 'a negated cooperation is a rejection'],
  [
    'Jordan and Britain have agreed to undertake joint military exercises.',
    '2012-05-15',
    ['JOR 03 GBR', 'GBR 03 JOR'],
    'agreeing to an uncoded action is an intent, each way',
  ],
  ['France urged Russia to withdraw its troops from Georgia.', '2012-05-15', ['FRA 02 RUS'], 'a verb the dictionary lost, object control'],
  ['The Chadian opposition flayed the Sudanese government.', '2012-05-15', ['TCDOPP 11 SDNGOV'], 'verb.flay: a verb of South Asian English'],
  ['The Chadian opposition lambasted the Sudanese government.', '2012-05-15', ['TCDOPP 11 SDNGOV'], 'verb.lambast'],
  ['The Chadian opposition justified the Sudanese government.', '2012-05-15', ['TCDOPP 05 SDNGOV'], 'verb.justify: a verbal defence'],
  ['Chadian police chargesheeted Sudanese rebels.', '2012-05-15', ['TCDCOP 17 SDNREB'], 'verb.chargesheet: charges filed'],
  ['Ukrainian opposition supporters protested in Kiev.', '2012-05-15', ['UKROPP 14 ---'], 'a protest needs no target; a place is no target'],
  [
    'Officials said that Putin — who spoke in Moscow while touring the region — will pay his first visit as president to neighboring Belarus.',
    '2012-05-15',
    ['RUSGOV 03 BLR'],
    'a parenthetical between dashes, a role is no object',
  ],
  ['U.S.-led coalition forces attacked the rebels.', '2012-05-15', ['USAMIL 19 ---REB'], 'a hyphenated adjective stays in its phrase'],
  ['Thousands of Albanians demonstrated against the Serbian government.', '2012-05-15', ['ALB 14 SRBGOV'], 'plural demonyms'],
];

for (const [sentence, date, expected, why] of rows) {
  test(`codes ${why}: ${sentence}`, () => {
    const got = codeText(sentence, date, d).map((e) => `${e.source} ${e.cameo.slice(0, 2)} ${e.target}`);
    assert.deepEqual([...new Set(got)].sort(), [...expected].sort());
  });
}

test('actor codes follow the date: Putin is a government actor as president, an elite before 1999', () => {
  const code = (date: string) => codeText('Putin met Bush in Moscow.', date, d)[0]?.source;
  assert.equal(code('2005-06-01'), 'RUSGOV');
  assert.equal(code('1995-06-01'), 'RUSELI');
});

test('every event records the rule that fired and its spans', () => {
  const text = 'Russian President Vladimir Putin met Ukrainian President Viktor Yanukovych on Tuesday.';
  const [e] = codeText(text, '2012-05-15', d);
  assert.ok(e);
  assert.match(e.ruleId, /^(cameo2:|entente\.)/);
  assert.equal(text.slice(e.sourceSpan.start, e.sourceSpan.end), 'Russian President Vladimir Putin');
  assert.equal(text.slice(e.verbSpan.start, e.verbSpan.end), 'met');
  assert.equal(text.slice(e.targetSpan?.start, e.targetSpan?.end), 'Ukrainian President Viktor Yanukovych');
  assert.equal(e.plover, 'CONSULT');
});

test("the caller's resolved mentions are actors: 'The alliance' as NATO", () => {
  const text = 'The alliance criticized U.S. missile defense plans.';
  const [s] = tokenizeSentences(text);
  assert.ok(s);
  const mentions: ResolvedMention[] = [{ start: 0, end: 12, code: 'IGOWSTNAT' }];
  const got = codeSentence({ text, tokens: s.tokens, date: '2012-05-15', mentions }, d).map((e) => `${e.source} ${e.cameo.slice(0, 2)} ${e.target}`);
  assert.deepEqual(got, ['IGOWSTNAT 11 USA']);
});

test("an opening participle after a dateline is its main clause subject's act, as one at the sentence's start is", () => {
  for (const text of [
    'ndjamena: criticizing the sudanese government for the raids, the chadian minister said the border would stay closed.',
    'Criticizing the Sudanese government for the raids, the Chadian minister said the border would stay closed.',
  ]) {
    const [s] = tokenizeSentences(text);
    assert.ok(s);
    assert.deepEqual(
      codeSentence({ text, tokens: s.tokens, date: '2012-05-15' }, d).map((e) => `${e.source} ${e.cameo} ${e.target}`),
      ['TCDGOV 111 SDNGOV'],
    );
  }
  // After a dateline only a participle of speaking: "taking a cue from..." sets the scene.
  const text = 'ndjamena: taking a cue from the sudanese president, the chadian minister said the border would stay closed.';
  const [s] = tokenizeSentences(text);
  assert.ok(s);
  assert.deepEqual(codeSentence({ text, tokens: s.tokens, date: '2012-05-15' }, d), []);
});

test('role.distinct-actors: a named body appeals to people of its own code named by role or faith, not to itself', () => {
  const text = 'The Ndjamena Hindu Council appealed to Hindus to stay calm.';
  const [s] = tokenizeSentences(text);
  assert.ok(s);
  const council = { start: 4, end: 26, code: 'TCDHIN', id: 'party:TCD-NHC' };
  const hindus = { start: 39, end: 45, code: 'TCDHIN', id: 'TCD:body.hindus' };
  const code = (mentions: ResolvedMention[]) =>
    codeSentence({ text, tokens: s.tokens, date: '2012-05-15', mentions }, d).map((e) => `${e.source} ${e.cameo} ${e.target}`);
  assert.deepEqual(code([council, hindus]), ['TCDHIN 020 TCDHIN']);
  assert.deepEqual(code([council, { ...hindus, id: council.id }]), []);
});

test('mentions in sentence offsets still fit tokens in article offsets; a bare country gives way to a dated code', () => {
  const article = 'Headline line.\nPutin criticized NATO on Tuesday.';
  const start = article.indexOf('Putin');
  const sentence = article.slice(start);
  const [s] = tokenizeSentences(article).slice(-1);
  assert.ok(s);
  const mentions: ResolvedMention[] = [
    { start: 0, end: 5, code: 'RUS' },
    { start: 17, end: 21, code: 'IGOWSTNAT' },
  ];
  const got = codeSentence({ text: sentence, tokens: s.tokens, date: '2012-05-15', mentions }, d).map((e) => `${e.source} ${e.cameo.slice(0, 2)} ${e.target}`);
  assert.deepEqual(got, ['RUSGOV 11 IGOWSTNAT']);
});
