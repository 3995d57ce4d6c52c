/**
 * Test rows of the domestic-news rules (issue 14: generic agents, property and its owner, local protests, the police
 * agent; src/extract/events/grammar/domestic-rules.ts, data/dictionaries/entente-domestic.json), run with the rule
 * table's rows in events-rules.test.ts: [rule id, invented sentence, expected "SOURCE CODE TARGET" events, options].
 * Chad (TCD) stands for the article's home country, as the pipeline passes it.
 */
type Options = { country?: string; knownActorsOnly?: boolean; oneWay?: boolean };
const home: Options = { country: 'TCD', knownActorsOnly: true, oneWay: true };

export const domesticRows: Array<[string, string, string[], Options]> = [
  ['actor.property-owner', 'The mob attacked the police station.', ['TCDCVL 190 TCDCOP'], home],
  ['actor.property-owner', 'Rioters set fire to two shops.', ['TCDOPP 1712 TCDBUS'], home],
  ['actor.property-owner', 'Miscreants damaged a temple near the bus stand.', ['TCDCRM 1712 TCDREL'], home],
  ['actor.property-owner', 'Unidentified men torched a government vehicle.', ['TCDCRM 1712 TCDGOV'], home],
  ['sense.crowd-riot', 'The mob burnt three buses.', ['TCDCVL 145 ---'], home],
  ['sense.crowd-riot', 'Protesters damaged several vehicles on the highway.', ['TCDOPP 145 ---'], home],
  ['actor.property-no-source', 'A speeding truck hit the bus.', [], home],
  ['actor.property-no-source', 'The police escorting the vehicle dispersed the mob.', ['TCDCOP 010 TCDCVL'], home],
  ['actor.property-only-violence', 'The minister visited the temple.', [], home],
  ['actor.property-only-violence', 'The minister praised the new police station.', [], home],
  ['verb.tag-repair', 'The mob burnt three buses and torched two shops.', ['TCDCVL 145 ---', 'TCDCVL 1712 TCDBUS'], home],
  ['verb.tag-repair', 'Rioters set fire to shops.', ['TCDOPP 1712 TCDBUS'], home],
  ['entente.police-agent', 'The accused was arrested on Monday.', ['TCDCOP 173 TCDCRM'], home],
  ['role.attack-agent', 'Two persons were killed in police firing on Monday.', ['TCDCOP 190 TCDPPL'], home],
  ['role.attack-agent', 'A woman was injured in the mob attack.', ['TCDCVL 190 TCDCVL'], home],
  ['role.people-on-people', 'The mob beat up two youths near the market.', ['TCDCVL 190 TCDCVL'], home],
  ['entente.police-agent', 'Two suspects were detained after the raid.', ['TCDCOP 173 TCDCRM'], home],
];
