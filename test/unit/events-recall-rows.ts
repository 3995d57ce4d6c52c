/**
 * Test rows of the recall rules of issue 14 (grammar/recall-rules.ts), read by events-rules.test.ts with the others:
 * [rule id, invented sentence, expected "SOURCE CODE TARGET" events]. Kept apart so that rules written in parallel
 * merge apart.
 */
export const recallRows: Array<[string, string, string[]]> = [
  ['role.distinct-actors', 'The Chadian president met the Chadian mayor on Monday.', ['TCDGOV 040 TCDGOV']],
  ['sense.leadership-change', 'The Chadian opposition demanded the resignation of the Chadian interior minister.', ['TCDOPP 1041 TCDGOV']],
  ['sense.leadership-change', 'Sudanese rebels called for the resignation of the Chadian president.', ['SDNREB 0241 TCDGOV']],
  ['role.alleged-subject', 'The Chadian opposition complained that the Sudanese army did nothing.', ['TCDOPP 114 SDNMIL']],
  ['event.protest-by', 'The shutdown called by the Chadian teachers closed the schools.', ['TCDEDU 143 ---']],
  ['event.protest-by', 'A rally organised by Sudanese students marched to the Chadian embassy.', ['SDNEDU 141 ---']],
  ['role.act-agent', 'The Chadian president criticized the statement made by the Sudanese envoy.', ['TCDGOV 111 SDNGOV']],
  ['role.act-agent', 'Chad welcomed the steps taken by Sudan to reopen the border.', ['TCD 051 SDN']],
  ['event.verbal-participle', 'The Chadian opposition criticized the government, accusing it of corruption.', ['TCDOPP 111 ---GOV', 'TCDOPP 112 ---GOV']],
  ['event.verbal-participle', 'The Chadian minister met the Sudanese envoy, urging him to reopen the border.', ['TCDGOV 040 SDNGOV', 'TCDGOV 020 SDNGOV']],
  [
    'event.verbal-participle',
    'The Chadian opposition demanded the dismissal of the interior minister, accusing him of failing to stop the riots.',
    ['TCDOPP 1041 ---GOV', 'TCDOPP 112 ---GOV'],
  ],
  // Under a modal or a negation the participle's act is no more asserted than its main verb's.
  ['event.ing-adjunct', 'The Chadian minister might urge Sudan, asking it to withdraw.', []],
  ['event.ing-adjunct', 'The Chadian opposition did not criticize the Sudanese government, accusing it of lying.', []],
  [
    'role.object-pronoun',
    'The Chadian opposition criticised the Sudanese government and accused it of corruption.',
    ['TCDOPP 111 SDNGOV', 'TCDOPP 112 SDNGOV'],
  ],
  [
    'role.object-pronoun',
    'The Chadian opposition criticised the Sudanese government for not arresting Libyan rebels in Ndjamena and accused it of lying.',
    ['TCDOPP 111 SDNGOV', 'TCDOPP 112 SDNGOV'],
  ],
  [
    'role.object-pronoun',
    'The Chadian minister talked to Sudanese officials in Ndjamena and urged them to reopen the border.',
    ['TCDGOV 010 SDNGOV', 'TCDGOV 020 SDNGOV'],
  ],
  ['role.object-pronoun', 'The Chadian president wrote to the Sudanese president, urging him to withdraw his troops.', ['TCDGOV 025 SDNGOV']],
  ['event.nominal-act', "The Chadian opposition's demand for the resignation of the Sudanese envoy was rejected.", ['TCDOPP 1041 SDNGOV']],
  ['event.nominal-act', 'The allegations by the Chadian opposition that the Sudanese army lied were denied.', ['TCDOPP 112 SDNMIL']],
  ['event.nominal-act', "The Sudanese president's appeal to Chad went unheard.", ['SDNGOV 020 TCD']],
  // Lower-case news with a doubled apostrophe ("cpm''s appeal"), as the bench writes it.
  ['event.nominal-act', "ndjamena: the sudanese envoy refused to support the chadian opposition''s appeal to libya.", ['SDNGOV 120 TCDOPP', 'TCDOPP 020 LBY']],
  ['event.quoted', '"The Chadian opposition\'s demand for the release of Sudanese prisoners is just," the Sudanese envoy said.', []],
  ['event.condition-clause', "If the Chadian opposition's demand for the resignation of the Sudanese envoy is met, the talks will resume.", []],
  ['role.joined-in', 'Chadian students joined the opposition in condemning the Sudanese government.', ['TCDEDU 111 SDNGOV', '---OPP 111 SDNGOV']],
  [
    'role.joined-in',
    'The Chadian opposition joined Sudanese rebels in demanding the resignation of the Libyan president.',
    ['TCDOPP 1041 LBYGOV', 'SDNREB 1041 LBYGOV'],
  ],
  ['sense.lead-protest', 'The Chadian opposition leader led a march against the Sudanese embassy.', ['TCDOPP 141 SDNGOV']],
  ['sense.lead-protest', 'Chadian students took out a march against the Sudanese government.', ['TCDEDU 141 SDNGOV']],
];

/** Rows of the pipeline's options (the article's home country), as events-rules.test.ts's pipelineRows. */
export const recallPipelineRows: Array<[string, string, string[], { country?: string }]> = [
  ['role.distinct-actors', 'The chief minister asked the governor to call a session of the assembly.', ['TCDGOV 020 TCDGOV'], { country: 'TCD' }],
];
