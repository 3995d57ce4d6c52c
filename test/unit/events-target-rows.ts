/**
 * Test rows of the rules on the targets of requests (src/extract/events/grammar/target-senses.ts), read by
 * events-rules.test.ts with the others: [rule id, invented sentence, expected "SOURCE CODE TARGET" events].
 * Kept apart so that rules written in parallel merge apart.
 */
export const targetRows: Array<[string, string, string[]]> = [
  ['sense.demanded-thing', 'The Chadian opposition demanded a judicial probe into the Sudanese raids.', ['TCDOPP 1014 ---']],
  ['sense.demanded-thing', 'The Chadian opposition demanded the arrest of the Sudanese rebels.', ['TCDOPP 100 ---']],
  ['sense.demanded-thing', 'The Chadian opposition demanded action against the Sudanese rebels.', ['TCDOPP 100 ---']],
  [
    'sense.call-on-visit',
    'The Chadian opposition called upon the Sudanese president and the Libyan president and held talks with them.',
    ['TCDOPP 042 SDNGOV', 'TCDOPP 042 LBYGOV'],
  ],
  [
    'sense.leadership-change',
    'The Chadian opposition demanded the dismissal of both the Chadian and Sudanese governments.',
    ['TCDOPP 1041 TCDGOV', 'TCDOPP 1041 SDNGOV'],
  ],
  ['actor.former-office', 'The former Chadian interior minister criticized the Sudanese rebels.', ['TCDELI 111 SDNREB']],
  ['actor.former-office', 'The Sudanese rebels criticized a former Chadian judge.', ['SDNREB 111 TCDELI']],
  // "should" advises: an appeal (event.should-appeal), as "must be arrested" would be a demand.
  ['role.demanded-patient', 'The Chadian opposition leader said the Sudanese rebels should be arrested.', ['TCDOPP 020 ---']],
  ['role.demanded-patient', 'The Chadian opposition leader said the Sudanese rebels must be arrested.', ['TCDOPP 100 ---']],
];
