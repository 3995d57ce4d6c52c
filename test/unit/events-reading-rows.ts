/**
 * Test rows of the senses and actor rules of issue 14's independent reading of unseen news (grammar/reading-senses.ts,
 * actor.opposition-stance, actor.kin-not-actor), read by events-rules.test.ts with the others: [rule id, invented
 * sentence, expected "SOURCE CODE TARGET" events]. Kept apart so that rules written in parallel merge apart.
 */
export const readingRows: Array<[string, string, string[]]> = [
  ['sense.solve-case', 'The Chadian police cracked the Sudanese embassy case.', []],
  ['sense.solve-case', 'The Chadian police cracked the murder case of the Sudanese trader.', []],
  ['sense.crowd-attack', 'A Chadian mob attacked the Sudanese traders.', ['TCDCVL 180 SDNBUS']],
  ['sense.crowd-attack', 'Chadian villagers attacked Sudanese soldiers near the border.', ['TCDCVL 180 SDNMIL']],
  ['sense.take-details', 'The Chadian minister took details from the Sudanese officials.', []],
  ['sense.take-details', 'The Chadian minister took a report from the Sudanese officials on the attack.', []],
  ['sense.take-to-task', 'The Chadian minister took the Sudanese officials to task.', ['TCDGOV 111 SDNGOV']],
  ['sense.take-to-task', 'The Chadian opposition took the Sudanese president to task for the delay.', ['TCDOPP 111 SDNGOV']],
  ['sense.ask-vigilance', 'The Chadian minister asked the Chadian people to be vigilant against rumours.', ['TCDGOV 020 TCDPPL']],
  ['sense.ask-vigilance', 'The Chadian president asked the Chadian villagers to be alert against rumours.', ['TCDGOV 020 TCDCVL']],
  ['actor.opposition-stance', 'The Chadian minister voiced his opposition to the Sudanese plan.', ['TCDGOV 111 SDN']],
  ['actor.opposition-stance', 'The Chadian president expressed strong opposition to astrology.', []],
  ['actor.kin-not-actor', "The Chadian minister met the Sudanese president's brother.", []],
  ['actor.kin-not-actor', "The Sudanese president's son criticized the Chadian minister.", []],
];
