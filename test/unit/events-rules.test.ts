import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileDictionaries, explainText, grammarTable } from '../../src/extract/events/index.js';
import { loadEventDictionaries } from '../../src/pipeline/dictionary-files.js';
import { parseActorDictionary } from '../../src/extract/events/parse-actor-dictionary.js';
import { parseVerbDictionary } from '../../src/extract/events/parse-verb-dictionary.js';
import { domesticRows } from './events-domestic-rows.js';
import { precisionPipelineRows, precisionRows } from './events-precision-rows.js';
import { policeRows } from './events-police-rows.js';
import { readingRows } from './events-reading-rows.js';
import { recallPipelineRows, recallRows } from './events-recall-rows.js';
import { speechRows } from './events-speech-rows.js';
import { targetRows } from './events-target-rows.js';

// One row per grammar rule (src/extract/events/grammar/table.ts): an invented sentence on which the rule fires
// (it shapes an event or stops one, as the trace says) and the events it leaves, in full CAMEO codes.
const dicts = loadEventDictionaries();
const d = compileDictionaries(dicts);
const table = grammarTable(dicts.additions);

/** [rule id, invented sentence, expected "SOURCE CODE TARGET" events] */
const rows: Array<[string, string, string[]]> = [
  ['verb.preposition-form', 'According to Chadian officials, Sudanese rebels crossed the border.', []],
  ['verb.preposition-form', 'According to the Chadian police, the Sudanese envoy praised Chad.', ['SDNGOV 051 TCD']],
  ['verb.hyphen-compound', 'The war-torn province asked Chad for help.', []],
  ['verb.tagged-noun', 'Chad praised its offers to Sudan.', []],
  ['verb.adverb-adjective', 'Bolivia criticized Chile over the recently imposed Peruvian law.', ['BOL 111 CHL']],
  ['verb.gerund-after-preposition', 'Chad accused the rebels of attacking Sudan.', ['TCD 1123 ---REB']],
  ['verb.reduced-relative', 'Chad signed an agreement forced on Sudan by Libya.', []],
  ['verb.participle-adjective', 'Germany met with exiled dissidents from Belarus.', ['DEU 040 BLROPP']],
  ['verb.reduced-relative-by', 'Canada praised doctors attacked by Syrian troops.', ['CAN 051 ---HLH']],
  ['verb.noun-modifier-ing', 'Spain gave aid to refugees fleeing Malian rebels.', ['ESP 070 ---REF']],
  ['entente.unasserted', 'Chile was angered by reports that Peru had attacked Bolivia.', []],
  ['verb.gerund-content', 'A Kenyan court jailed a Somali man for helping militants join a Yemeni group.', ['KENJUD 173 SOMPPL']],
  ['verb.noun-infinitive', 'Chad sent an invitation to attack Sudan.', []],
  ['verb.gerund-object', 'Chad would consider investigating the Sudanese raids.', []],
  ['verb.gerund-object', 'Chad denied attacking Sudan.', ['TCD 016 SDN']],
  ['verb.feeling', 'The Chadian president was upset with the Sudanese envoy.', []],
  ['event.opening-speech', 'Stating that the raids had to stop, Chadian officials demanded talks with Sudan.', ['TCDGOV 026 SDN']],
  ['verb.feeling', 'It was evident that the visits had left the Chadian president upset and shaken.', []],
  ['entente.negation', 'The Chadian government gave no instructions to the Sudanese envoy.', []],
  ['entente.negation', 'The Chadian minister didn’t meet Sudanese officials.', []],
  ['verb.noun-compound', 'Chad sent aid to the flood hit areas of Sudan.', []],
  ['entente.intent', 'The Chadian president is likely to visit Sudan in April.', ['TCDGOV 036 SDN']],
  ['sense.said-content', 'The Chadian minister said the Sudanese talks had failed.', []],
  ['sense.call-name', 'The Chadian opposition called the president the weakest leader in decades.', ['TCDOPP 111 ---GOV']],
  ['sense.call-name', 'Chadian rebels called the Sudanese president a great friend.', ['TCDREB 051 SDNGOV']],
  ['sense.call-name', 'chadian rebels called amadou tello the weakest leader of the region.', ['TCDREB 111 ---GOV']],
  ['sense.link-things', 'Linking the bombing with the attacks on the Sudanese embassy, the Chadian minister spoke of a plot.', []],
  ['entente.intent', 'The Chadian minister is due to meet Sudanese officials.', ['TCDGOV 036 SDNGOV']],
  ['entente.negation', 'Chad is yet to reassure Sudan.', []],
  ['entente.negation', 'The Chadian government failed to protect Sudanese refugees.', []],
  ['entente.negation', 'The Chadian government refused to protect Sudanese refugees.', ['TCDGOV 1224 SDNREF']],
  ['event.pattern-word', 'Chad called Sudan to congratulate its president.', ['TCD 013 SDN']],
  ['entente.complement', "Egypt summoned Libya's ambassador Ali Omar to complain about Sudanese rebels.", ['EGY 040 LBYGOV']],
  ['event.background-relative', 'Chad, which attacked Sudan last year, met Libyan officials.', ['TCD 040 LBYGOV']],
  ['event.ing-adjunct', 'Peru refused to sign the pact, citing Chilean opposition to the border.', ['PER 120 CHLOPP']],
  ['event.no-code', 'Chad altered its policy toward Sudan.', []],
  ['event.demanded-content', "Egyptian officials demanded that Israel match Jordan's offer of aid to Gaza.", ['EGYGOV 100 ISR']],
  ['event.complement-codes', 'Cuba agreed to help Venezuela.', ['CUB 033 VEN']],
  ['event.wants-object-to', 'Chad wants the Sudanese government to take the matter seriously.', ['TCD 020 SDNGOV']],
  ['event.wants-object-to', 'Iran wants Syria to withdraw its troops from Lebanon.', ['IRN 020 SYR']],
  ['event.uncoded-promise', 'Jordan and Britain agreed to undertake joint exercises.', ['JOR 030 GBR', 'GBR 030 JOR']],
  ['event.conditional-threat', 'Nigeria said it will withdraw its troops from Chad unless the president resigns.', ['NGA 136 TCDMIL']],
  ['event.pattern-negation', 'Chad will not move towards Sudan.', ['TCD 030 SDN']],
  ['event.reported-would', 'Chad said it would boycott the talks with Sudan.', ['TCD 1312 SDN']],
  ['event.no-source', 'The report criticized Sudan.', []],
  ['event.no-target', 'Chad criticized the decision.', []],
  ['event.quoted', '"We have destroyed the Sudanese rebels," the Chadian general said.', []],
  ['event.quoted', '‘‘we attacked the sudanese rebels,’’ says the chadian general.', []],
  ['event.condition-clause', 'Chad will close the border if Sudan invaded Niger.', []],
  ['event.question', 'Didn’t the Chadian president ask parliament to overrule the court?', []],
  ['event.question', 'Why did the Chadian president meet the Sudanese envoy?', []],
  ['event.question', '"Will Sudan withdraw its troops?" the Chadian minister asked the Sudanese envoy.', ['TCDGOV 020 SDNGOV']],
  ['role.inverted-speaker', 'The war is over, said the Chadian foreign minister, criticizing Sudan.', ['TCDGOV 010 SDN', 'TCDGOV 111 SDN']],
  ['role.quote-speaker', '“We demand that Sudan withdraw,” the Chadian minister said.', ['TCDGOV 100 SDN']],
  ['verb.noun-infinitive', 'Chad said it was difficult to send troops to Sudan.', []],
  ['event.hypothetical', 'A Sudanese offer might encourage Chad.', []],
  ['event.hypothetical', 'Chad could send troops to Sudan.', []],
  ['entente.negation', 'Chad is unwilling to tolerate Sudanese raids.', ['TCD 124 SDN']],
  ['entente.negation', 'Chad did not meet Sudan.', []],
  ['entente.negation', 'Chad will not meet Sudan.', ['TCD 125 SDN']],
  ['sense.verbal-clash', 'The Chadian foreign minister clashed with the Sudanese president.', ['TCDGOV 110 SDNGOV', 'SDNGOV 110 TCDGOV']],
  ['sense.fight-alongside', 'Chadian troops fought alongside French forces against the rebels.', ['TCDMIL 190 ---REB']],
  ['sense.verbal-attack', 'The Chadian opposition took a swipe at the Sudanese president.', ['TCDOPP 111 SDNGOV']],
  ['sense.verbal-attack', 'The Chadian opposition is training its guns at the Sudanese envoy.', ['TCDOPP 111 SDNGOV']],
  ['sense.capture', 'Chadian troops captured Sudanese soldiers near the border.', ['TCDMIL 173 SDNMIL']],
  ['sense.topic', 'Referring to the Sudanese rebels, the Chadian minister said the border was calm.', []],
  ['sense.seek-of', "The Chadian president sought the Sudanese government's intervention.", ['TCDGOV 020 SDNGOV']],
  ['sense.withdraw-money', 'A Chadian trader withdrew 400 dollars from a Sudanese bank.', []],
  ['sense.request-force', 'Chadian officials demanded a ban on the Sudanese rebels.', ['TCDGOV 100 SDNREB']],
  ['sense.capture', 'Sudanese rebels captured Chad.', ['SDNREB 192 TCD']],
  ['actor.us-pronoun', 'the chadian president assured us of a solution.', []],
  ['actor.us-pronoun', 'chad said the ban did not allow us to help sudan.', []],
  ['role.inverted-speaker', "The border is closed,'' said Amadou Tello, the head of the Chadian traders.", []],
  ['verb.reduced-relative-by', 'Chad held a seminar organised by students and sponsored by the Sudanese government.', []],
  ['event.hypothetical', 'If Sudan wants peace, Chad can always approach the Sudanese government.', []],
  ['event.future', 'Chad said it will criticize Sudan.', []],
  ['event.same-actor', 'Chad criticized Chad.', []],
  ['event.one-way-mood', 'Putin will visit Belarus next month.', ['RUSGOV 036 BLR']],
  ['event.mutual', 'Brazil and Chile agreed to deepen ties.', ['BRA 031 CHL', 'CHL 031 BRA']],
  ['event.joint-act', 'Chadian and Sudanese officials visited the camp.', []],
  ['actor.party-meeting', 'The party congress of the Chadian communists condemned Sudanese rebels.', ['TCDPTY 111 SDNREB']],
  ['actor.named-body', 'The Ndjamena Water Users Association criticized Sudanese rebels.', ['TCDNGO 111 SDNREB']],
  ['actor.named-body', 'The Savings Bank of Chad criticized Sudanese rebels.', ['TCDBUS 111 SDNREB']],
  ['actor.named-body', 'Sudanese rebels took 400 dollars from the Savings Bank of Chad.', ['SDNREB 171 TCDBUS']],
  ['actor.named-body', 'The all Chad rationalist association criticized Sudanese rebels.', ['TCDNGO 111 SDNREB']],
  // The head's sector is the actor stage's table's (rules/body-name-rules.ts): a board or commission is the state's.
  ['actor.named-body', 'The Chad electricity board criticized Sudanese rebels.', ['TCDGOV 111 SDNREB']],
  ['event.joint-act', 'The meeting was attended by Chadian and Sudanese ministers.', []],
  ['event.joint-act', 'Chadian and Sudanese officials organised a peace march.', []],
  ['role.passive-agent', 'Ukraine was criticized by Russia.', ['RUS 111 UKR']],
  ['role.passive-pattern', 'The Bolivian embassy was demolished by a Chilean protestor.', ['CHL 145 BOLGOV']],
  ['role.place', 'Ukrainian opposition supporters protested in Kiev.', ['UKROPP 140 ---']],
  ['role.place', 'Chad declared at a meeting in Khartoum that the border was open.', []],
  ['role.thing-subject', 'Chadian police said the bomb threatened to explode near the Sudanese embassy.', []],
  ['role.thing-subject', 'Chad won but the aftershocks of the riots have left the Sudanese government paralysed.', []],
  ['role.relative-subject', 'A Chadian team that visited Sudan last week has sought a meeting with the Libyan president.', []],
  [
    'role.relative-subject',
    'Chadian officials who visited Sudan last week met the Libyan president.',
    ['TCDGOV 040 LBYGOV', 'TCDGOV 042 SDN', 'SDN 043 TCDGOV'],
  ],
  ['role.complement-object', 'Chad called to congratulate the Sudanese president.', ['TCD 013 SDNGOV']],
  ['role.appeal-clause', 'Washington demanded that Hamas renounce violence.', ['USA 100 PSEREBHMS']],
  ['role.complain-about', 'Chad complained to the United Nations over Sudanese raids.', ['TCD 114 SDN']],
  ['role.condition-target', 'Chad threatened to ban the vote if Sudan sent troops.', ['TCD 132 SDN']],
  ['role.purpose-target', 'Thousands of Kenyan students marched on Monday to denounce the Ugandan government.', ['KENEDU 140 UGAGOV']],
  ['role.pronoun', 'Kyrgyzstan said it might join the customs union.', ['KGZ 0311 IGOCASCUN']],
  ['actor.possessive', 'Syria said its troops attacked Lebanon.', ['SYRMIL 190 LBN']],
  ['actor.sole-country', 'Rebels in Chad rejected an offer from President Amadou Tello.', ['TCDREB 127 TCDGOV']],
  ['actor.shared-head', 'US and British activists protested in Beijing.', ['USAOPP 140 ---', 'GBROPP 140 ---']],
  ['actor.placed-role', 'Security forces in Guinea have tortured Liberian refugees.', ['GINMIL 1822 LBRREF']],
  ['actor.lower-case-noun', 'French activists hung banners on a pole and protested.', ['FRAOPP 140 ---']],
  ['actor.hyphen-modifier', 'NATO-member Norway criticized Russia.', ['NOR 111 RUS']],
  ['entente.intent', "Portugal will support Turkey's efforts to join the European Community.", ['PRT 032 TUR']],
  ['entente.negation', 'Obama said he would not provide support to Israel.', ['USAGOV 120 ISR']],
  ['entente.demand', 'Egypt said that Israel must stop the raids.', ['EGY 100 ISR']],
  ['entente.demand', 'The Chadian opposition said the Sudanese government should give permission to the refugees.', ['TCDOPP 023 SDNGOV']],
  ['entente.allegation', 'The US claimed that the militants had attacked Iraq.', ['USA 112 ---UAF']],
  ['entente.state-agent', 'The Chadian rebel leader was expelled from the party.', []],
  ['entente.state-agent', 'The Georgian opposition leader was arrested in Tbilisi.', ['GEOGOV 173 GEOOPP']],
  ['entente.state-agent', 'Georgian opposition leaders were hunted down and killed.', []],
  ['entente.state-agent', 'Armenian traders were stopped on the road by strangers.', []],
  ['entente.targetless', 'Ukrainian opposition supporters protested in Kiev.', ['UKROPP 140 ---']],
];

/** Rules the committed dictionaries never reach on a plain sentence: pinned on a dictionary written for the test. */
const own = compileDictionaries({
  actors: parseActorDictionary('GONDOR_ [GON]\nOSGILIATH_ [OSG]\n'),
  agents: [],
  verbs: parseVerbDictionary('---  POSTPONE   [---]  ---\nPOSTPONE\n- % * MEETING  [040]  # POSTPONE\n'),
  cameo: dicts.cameo,
});
const ownRows: Array<[string, string, string[]]> = [['event.compound', 'Gondor and Osgiliath postponed their meeting.', ['GON 040 OSG', 'OSG 040 GON']]];

/** Rules of the news pipeline's options: the article's one country, and records that must name both actors. */
type Options = { country?: string; knownActorsOnly?: boolean; oneWay?: boolean };
const pipelineRows: Array<[string, string, string[], Options]> = [
  ['actor.article-country', 'The minister criticized Sudanese rebels.', ['TCDGOV 111 SDNREB'], { country: 'TCD' }],
  ['event.unknown-actor', 'The minister criticized Sudanese rebels.', [], { knownActorsOnly: true }],
  ['role.home-place', 'The interior minister condemned the riots in Ndjamena.', [], { country: 'TCD' }],
  ['role.home-place', 'The defence minister flew to Ndjamena and criticized the Sudanese rebels there.', ['TCDGOV 111 SDNREB'], { country: 'TCD' }],
  ['event.reverse-half', 'The Chadian president visited Sudan.', ['TCDGOV 042 SDN'], { oneWay: true }],
];

const cases: Array<[string, string, string[], typeof d, Options]> = [
  ...[...rows, ...precisionRows, ...recallRows, ...readingRows, ...targetRows].map(
    ([id, s, e]) => [id, s, e, d, {}] as [string, string, string[], typeof d, Options],
  ),
  ...ownRows.map(([id, s, e]) => [id, s, e, own, {}] as [string, string, string[], typeof d, Options]),
  ...[...pipelineRows, ...precisionPipelineRows, ...domesticRows, ...recallPipelineRows, ...policeRows, ...speechRows].map(
    ([id, s, e, o]) => [id, s, e, d, o] as [string, string, string[], typeof d, Options],
  ),
];

for (const [id, sentence, expected, dictionaries, options] of cases) {
  test(`rule ${id}: ${sentence}`, () => {
    const out = explainText(sentence, '2012-05-15', dictionaries, options);
    const fired = out.some((s) => s.events.some((e) => e.rules.includes(id)) || s.trace.some((t) => t.rule === id));
    assert.ok(fired, `${id} did not fire: ${JSON.stringify(out.map((s) => [s.events.map((e) => e.rules), s.trace.map((t) => t.rule)]))}`);
    const got = out.flatMap((s) => s.events.map((e) => `${e.source} ${e.cameo} ${e.target}`));
    assert.deepEqual(got.sort(), [...expected].sort());
  });
}

test('every rule of the grammar table has a test row, and every test row names a rule of the table', () => {
  const tested = new Set(cases.map(([id]) => id));
  assert.deepEqual(
    table.map((r) => r.id).filter((id) => !tested.has(id)),
    [],
  );
  const ids = new Set(table.map((r) => r.id));
  assert.deepEqual(
    [...tested].filter((id) => !ids.has(id)),
    [],
  );
});

test('every rule of the table has an id, an example and a reason, and ids are unique', () => {
  for (const r of table) assert.ok(r.id && r.example && r.reason, JSON.stringify(r));
  assert.equal(new Set(table.map((r) => r.id)).size, table.length);
});
