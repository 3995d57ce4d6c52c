/**
 * Test rows of the domestic-news rules (issue 14: generic agents, property and its owner, local protests, the police
 * agent; src/extract/events/grammar/domestic-rules.ts, data/dictionaries/entente-domestic.json), run with the rule
 * table's rows in events-rules.test.ts: [rule id, invented sentence, expected "SOURCE CODE TARGET" events, options].
 * Chad (TCD) stands for the article's home country, as the pipeline passes it.
 */
type Options = { country?: string; knownActorsOnly?: boolean; oneWay?: boolean };
const home: Options = { country: 'TCD', knownActorsOnly: true, oneWay: true };

export const domesticRows: Array<[string, string, string[], Options]> = [
  ['actor.property-owner', 'The mob attacked the police station.', ['TCDCVL 180 TCDCOP'], home],
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
  ['verb.tag-repair', 'Curfew was relaxed in the old town for two hours.', ['TCDGOV 0813 ---'], home],
  ['verb.tag-repair', 'The police burst teargas shells near the bus stand.', ['TCDCOP 175 ---'], home],
  ['verb.tag-repair', 'Riot police fired tear gas at the protesters.', ['TCDCOP 175 TCDOPP'], home],
  // A curfew, prohibitory orders, crowd control (entente.area-act): no target named, or the crowd of their purpose.
  ['entente.area-act', 'The police imposed curfew in the old town.', ['TCDCOP 1723 ---'], home],
  ['entente.area-act', 'Prohibitory orders were clamped in the district on Friday.', ['TCDGOV 1721 ---'], home],
  ['entente.area-act', 'Curfew has been lifted in most towns of the district.', ['TCDGOV 0813 ---'], home],
  ['role.passive-object', 'Curfew was reimposed in the old town after fresh clashes.', ['TCDGOV 1723 ---'], home],
  ['role.passive-object', 'A flag march was staged by the army in the old town.', ['TCDMIL 150 ---'], home],
  ['role.purpose-target', 'The police fired in the air to disperse the mob.', ['TCDCOP 175 TCDCVL'], home],
  ['role.purpose-target', 'The police burst teargas shells to disperse the protesters.', ['TCDCOP 175 TCDOPP'], home],
  ['sense.baton-charge', 'The police lathi-charged the mob near the bus stand.', ['TCDCOP 175 TCDCVL'], home],
  // A state's own forces sent or deployed at home: a show of force (sense.deploy-own-forces).
  ['sense.deploy-own-forces', 'The state government deployed the army in the old town.', ['TCDGOV 154 ---'], home],
  ['sense.deploy-own-forces', 'The state government rushed two companies of the rapid action force to the town.', ['TCDGOV 153 ---'], home],
  ['sense.deploy-own-forces', 'The police deployed the crpf near the temple.', ['TCDCOP 153 ---'], home],
  ['sense.deploy-own-forces', 'The state government rushed the police and the army to the town.', ['TCDGOV 150 ---'], home],
  ['entente.police-agent', 'The accused was arrested on Monday.', ['TCDCOP 173 TCDCRM'], home],
  ['role.attack-agent', 'Two persons were killed in police firing on Monday.', ['TCDCOP 190 TCDPPL'], home],
  ['role.attack-agent', 'A woman was injured in the mob attack.', ['TCDCVL 190 TCDCVL'], home],
  ['role.people-on-people', 'The mob beat up two youths near the market.', ['TCDCVL 190 TCDCVL'], home],
  ['entente.police-agent', 'Two suspects were detained after the raid.', ['TCDCOP 173 TCDCRM'], home],
];
