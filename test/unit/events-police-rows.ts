/**
 * Test rows of the police-news senses (issue 14, recall on police and riot news; grammar/police-senses.ts), run with the
 * rule table's rows in events-rules.test.ts: [rule id, invented sentence, expected "SOURCE CODE TARGET" events, options].
 * Chad (TCD) stands for the article's home country, as the pipeline passes it.
 */
type Options = { country?: string; knownActorsOnly?: boolean; oneWay?: boolean };
const home: Options = { country: 'TCD', knownActorsOnly: true, oneWay: true };

export const policeRows: Array<[string, string, string[], Options]> = [
  ['sense.police-firing', 'The police fired twelve rounds near the bus stand on Sunday.', ['TCDCOP 175 ---'], home],
  ['sense.police-firing', 'The police opened fire near the old mosque late on Monday.', ['TCDCOP 175 ---'], home],
  ['role.purpose-target', 'The army fired over 40 rounds to disperse the mob near the bridge.', ['TCDMIL 190 TCDCVL'], home],
  ['sense.police-firing', 'The police fired ten rounds to disperse the mob near the temple.', ['TCDCOP 175 TCDCVL'], home],
  // Others' firing is no crowd control: it still wants a target.
  ['event.no-target', 'The robbers fired two rounds before fleeing.', [], home],
  ['role.arrested-people', 'The police arrested Tomas Brel, Ali Dogo and Hamid Sabo on Friday.', ['TCDCOP 173 TCDCVL'], home],
  ['role.arrested-people', 'The city police arrested a 22-year-old housewife on Sunday.', ['TCDCOP 173 TCDCVL'], home],
  ['role.arrested-people', 'The police raided the hideout and arrested two brothers.', ['TCDCOP 173 TCDCVL'], home],
  // No phrase right after the verb: nobody is named as arrested.
  ['event.no-target', 'The police arrested in the night after the riots.', [], home],
  ['actor.counted-phrase', 'Over 50 students were arrested near the bus stand.', ['TCDCOP 173 TCDEDU'], home],
  ['actor.counted-phrase', 'At least 22 shopkeepers were detained on Monday.', ['TCDCOP 173 TCDBUS'], home],
  // Cases and blame at home (grammar/case-senses.ts): the state's case is a charge, a party's a lawsuit.
  ['sense.case-by-party', 'The Chadian opposition lodged a case against the mayor on Monday.', ['TCDOPP 115 TCDGOV'], home],
  ['sense.call-off-protest', 'The Chadian traders called off their agitation after talks with the mayor.', ['TCDBUS 082 TCDGOV'], home],
  ['sense.walkout-house', 'Chadian opposition members staged a walkout in the national assembly on Friday.', ['TCDOPP 143 ---'], home],
  ['entente.negation', 'No arrests have been made by the Chadian police so far.', [], home],
  ['sense.blame-at-home', 'The Chadian opposition blamed the ruling party for the violence in the capital.', ['TCDOPP 112 TCDGOV'], home],
];
