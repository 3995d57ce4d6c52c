/**
 * Test rows of the precision rules of issue 14 (grammar/precision-rules.ts), read by events-rules.test.ts with the
 * others: [rule id, invented sentence, expected "SOURCE CODE TARGET" events]. Kept apart so that rules written in
 * parallel merge apart.
 */
export const precisionRows: Array<[string, string, string[]]> = [
  ['sense.baton-charge', 'The Chadian police lathi-charged the striking Chadian teachers.', ['TCDCOP 175 TCDEDU']],
  ['sense.baton-charge', 'Chadian police baton charged Sudanese protesters near the border.', ['TCDCOP 175 SDNOPP']],
  ['event.reported-conflict', 'The Chadian opposition leader said the Chadian government had failed the farmers.', ['TCDOPP 112 TCDGOV']],
  ['event.reported-conflict', 'The Chadian opposition said Sudanese troops had attacked Chadian villagers.', ['TCDOPP 112 SDNMIL']],
  ['entente.state-agent', 'The Chadian opposition said the Sudanese rebel leader had been arrested on Friday.', ['SDNGOV 173 SDNREB']],
  ['event.reproach', 'The Chadian opposition said the Chadian government should have allowed the rally.', ['TCDOPP 111 TCDGOV']],
  ['event.reproach', 'The Chadian opposition said the Sudanese rebels must have helped the smugglers.', []],
  ['role.inverted-speaker', 'The border is calm, disclosed the Chadian interior minister, criticizing Sudan.', ['TCDGOV 010 SDN', 'TCDGOV 111 SDN']],
  ['role.parenthetical-participle', 'The Chadian envoy, representing the Sudanese government, criticized the rebels.', ['TCDGOV 111 ---REB']],
  ['role.parenthetical-participle', 'The Chadian envoy, meeting Sudanese officials, criticized Libya.', ['TCDGOV 111 LBY']],
  ['role.coordinated-passive', 'Sudanese protesters were arrested and taken to a Chadian police station.', []],
  [
    'verb.coordinated-gerund',
    'The Chadian opposition was angry with Sudan for yielding to pressure and incarcerating Chadian traders and their families for 18 days.',
    [],
  ],
  ['role.pronoun-clause', 'The Chadian minister met the Sudanese envoy and he criticized the rebels.', ['TCDGOV 040 SDNGOV', 'TCDGOV 111 ---REB']],
  ['sense.call-on-visit', 'The Chadian minister called on the Sudanese president and held talks with him.', ['TCDGOV 042 SDNGOV']],
  ['sense.call-on-visit', 'The Chadian minister called upon the Sudanese president and had discussions with him.', ['TCDGOV 042 SDNGOV']],
  ['sense.describe-as', "The Chadian opposition described the Sudanese president's statement as a betrayal of the agreement.", ['TCDOPP 111 SDNGOV']],
  ['sense.press-channel', 'The Chadian minister told reporters that the border was calm.', []],
  ['sense.press-channel', 'The Chadian minister told reporters and Sudanese officials that the border was calm.', ['TCDGOV 010 SDNGOV']],
  ['role.same-form-passive', 'A Chadian shop was set afire by Sudanese rebels.', ['SDNREB 180 TCDBUS']],
];

/** Rows of the pipeline's options (the article's home country), as events-rules.test.ts's pipelineRows. */
export const precisionPipelineRows: Array<[string, string, string[], { country?: string }]> = [
  ['role.place-modifier', 'The Chadian minister said the Ndjamena violence had exposed the Chadian opposition.', [], { country: 'TCD' }],
  ['role.place-modifier', 'The Ndjamena riots had exposed the Sudanese rebels.', [], {}],
];
