import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileDictionaries, explainText } from '../../src/extract/events/index.js';
import { loadEventDictionaries } from '../../src/pipeline/dictionary-files.js';

const d = compileDictionaries(loadEventDictionaries());
const coded = (sentence: string): string[] =>
  explainText(sentence, '2012-05-15', d, {}).flatMap((s) => s.events.map((e) => `${e.source} ${e.cameo} ${e.target}`));

test('"called upon X and Y to act" stays an appeal to both: no visit (sense.call-on-visit reads coordinated targets to the last)', () => {
  assert.deepEqual(coded('The Chadian opposition called upon the Sudanese president and the Libyan president to release the prisoners.').sort(), [
    'TCDOPP 020 LBYGOV',
    'TCDOPP 020 SDNGOV',
  ]);
});

test('a resignation demanded "of" X keeps X as the target (no sense.demanded-thing)', () => {
  assert.deepEqual(coded('The Chadian opposition demanded the resignation of the Sudanese president.'), ['TCDOPP 1041 SDNGOV']);
});

test('a passive far from its subject ("a vote on whether the mosque should be built") keeps the demand\'s target (no role.demanded-patient)', () => {
  const got = explainText('The Chadian cleric asked the Chadian government to hold a vote on whether the mosque should be built.', '2012-05-15', d, {});
  assert.ok(!got.some((s) => s.events.some((e) => e.rules.includes('role.demanded-patient'))));
  assert.ok(coded('The Chadian cleric asked the Chadian government to hold a vote on whether the mosque should be built.').includes('TCDREL 020 TCDGOV'));
});
