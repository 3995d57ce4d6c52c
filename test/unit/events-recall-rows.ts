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
];

/** Rows of the pipeline's options (the article's home country), as events-rules.test.ts's pipelineRows. */
export const recallPipelineRows: Array<[string, string, string[], { country?: string }]> = [
  ['role.distinct-actors', 'The chief minister asked the governor to call a session of the assembly.', ['TCDGOV 020 TCDGOV'], { country: 'TCD' }],
];
