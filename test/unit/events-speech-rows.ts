/**
 * Test rows of the statements coded with their meaning (issue 14; grammar/speech-senses.ts), run with the rule table's
 * rows in events-rules.test.ts: [rule id, invented sentence, expected "SOURCE CODE TARGET" events, options]. Chad (TCD)
 * stands for the article's home country, as the pipeline passes it.
 */
type Options = { country?: string; knownActorsOnly?: boolean; oneWay?: boolean };
const home: Options = { country: 'TCD', knownActorsOnly: true, oneWay: true };

export const speechRows: Array<[string, string, string[], Options]> = [
  // "added that" is a statement as "said that" is (entente.added-that: the dictionary's ADD block codes no event).
  ['sense.said-failure', 'The Chadian opposition leader added that the interior ministry had failed to protect the farmers.', ['TCDOPP 111 TCDGOV'], home],
  ['sense.said-failure', 'The Chadian opposition leader said the interior ministry had failed to protect the farmers.', ['TCDOPP 111 TCDGOV'], home],
  ['sense.said-failure', 'The Chadian opposition leader said the interior ministry did not take any action against the rioters.', ['TCDOPP 111 TCDGOV'], home],
  ['sense.said-failure', 'The interior ministry has failed to protect the herders, said a Chadian farmers leader.', ['TCDAGR 111 TCDGOV'], home],
  [
    'sense.said-failure',
    'The Chadian opposition leader said the herders were afraid because the interior ministry had failed to stop the raids.',
    ['TCDOPP 111 TCDGOV'],
    home,
  ],
  // The content's own verb ("failed the farmers", 120) is the same criticism reported, not a second event.
  ['sense.said-failure', 'The Chadian opposition leader said the interior ministry had failed the farmers.', ['TCDOPP 111 TCDGOV'], home],
  ['sense.said-blame', 'The Chadian opposition leader said the interior ministry was responsible for the violence.', ['TCDOPP 112 TCDGOV'], home],
  // A speaker closing the sentence in the usual order: the content before the comma.
  ['sense.said-blame', 'The interior ministry was responsible for the riots, the Chadian opposition leader said on Monday.', ['TCDOPP 112 TCDGOV'], home],
  [
    'sense.said-failure',
    'The interior ministry did not take any step to protect the herders, the Chadian opposition leader said.',
    ['TCDOPP 111 TCDGOV'],
    home,
  ],
  // What the content says another did is the closing speaker's accusation, as with "said" before it.
  ['event.reported-conflict', 'The Sudanese rebels attacked the Chadian farmers, the Chadian opposition leader said.', ['TCDOPP 112 SDNREB'], home],
  [
    'sense.said-blame',
    'The Chadian opposition leader said both the interior ministry and the Chadian police were solely responsible for the riots.',
    ['TCDOPP 112 TCDGOV', 'TCDOPP 112 TCDCOP'],
    home,
  ],
  [
    'sense.said-blame',
    'The Chadian opposition leader said the violence was planned and the interior minister should be held responsible for it.',
    ['TCDOPP 112 TCDGOV'],
    home,
  ],
  // A warning of what may come is no blame for what was done.
  ['event.no-target', 'The Chadian opposition leader said the interior minister would be held responsible for any incident.', [], home],
  ['sense.said-reproach', 'The Chadian opposition leader said the interior ministry had betrayed the herders.', ['TCDOPP 111 TCDGOV'], home],
  ['sense.said-reproach', 'The Chadian opposition leader said that the interior ministry was playing votebank politics.', ['TCDOPP 111 TCDGOV'], home],
  // A passive's subject is the one it was not done to: "were not taken into confidence" reproaches no one named.
  ['event.no-target', 'The Chadian opposition leader said the Chadian police were not taken into confidence.', [], home],
  ['sense.said-protest-threat', 'The Chadian farmers union said they would launch an agitation if their demands were not met.', ['TCDAGR 133 TCDGOV'], home],
  [
    'sense.said-protest-threat',
    'The Chadian clergy said if these demands were not met by the interior ministry, they would court arrest.',
    ['TCDREL 133 TCDGOV'],
    home,
  ],
  // Without a condition a protest one will hold is a plan, no threat.
  ['event.no-target', 'The Chadian farmers union said they would launch an agitation next week.', [], home],
  ['sense.blame-at-home', 'The Chadian opposition leader blamed the police for the violence in the capital.', ['TCDOPP 112 TCDCOP'], home],
  ['sense.criticized-measure', 'The Chadian opposition flayed the restrictions in the capital.', ['TCDOPP 111 TCDGOV'], home],
  ['sense.criticized-measure', 'The Chadian opposition condemned the indefinite curfew.', ['TCDOPP 111 TCDGOV'], home],
  ['event.should-appeal', 'The Chadian opposition leader said the interior ministry should withdraw the order.', ['TCDOPP 025 TCDGOV'], home],
  ['entente.demand', 'The Chadian opposition leader said the interior ministry must withdraw the order.', ['TCDOPP 105 TCDGOV'], home],
  // Guards: the police reporting what the accused did, a speaker's content about its own side, no home country.
  ['event.no-target', 'The Chadian police said the accused were responsible for the murder.', [], home],
  ['event.no-target', 'The Chadian opposition leader said the opposition had failed to win the polls.', [], home],
  ['event.no-target', 'The Chadian opposition leader said the Chadian interior ministry had failed to protect the farmers.', [], {}],
];
