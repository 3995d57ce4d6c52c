import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../fixtures/news/analyze-text.js';

const changes = (text: string, published = '2026-11-13') =>
  analyzeText(text, published)
    .facts.filter((f) => f.status !== undefined)
    .map((f) => `${f.predicate} ${f.subject} ${f.object} ${f.status} ${f.from} ${f.precision} ${f.ruleId}`);

// [invented sentence, article day, expected "predicate subject object stage from precision rule"]; 2026-11-13 is a Friday.
for (const [text, published, expected] of [
  ['Moldova signed the CIS free trade agreement on Monday.', '2026-11-13', ['party_to MDA DESTA811 signed 2026-11-09 day treaty.signed']],
  ['Moldova ratified the CIS free trade agreement last month.', '2026-11-13', ['party_to MDA DESTA811 ratified 2026-10-01 month treaty.ratified']],
  ['Uzbekistan acceded to the CIS free trade agreement in 2013.', '2026-11-13', ['party_to UZB DESTA811 in_force 2013-01-01 year treaty.acceded']],
  [
    'The CIS free trade agreement entered into force for Moldova on 9 December 2026.',
    '2026-12-10',
    ['party_to MDA DESTA811 in_force 2026-12-09 day treaty.in-force-for'],
  ],
  ['Ukraine withdrew from the CIS free trade agreement on Wednesday.', '2026-11-13', ['party_to UKR DESTA811 withdrawn 2026-11-11 day treaty.withdrew']],
  ['Ukraine formally denounced the CIS free trade agreement yesterday.', '2026-11-13', ['party_to UKR DESTA811 withdrawn 2026-11-12 day treaty.withdrew']],
  ['Ukraine has not withdrawn from the CIS free trade agreement, the ministry said.', '2026-11-13', []],
  ['Ukraine has never ratified the CIS free trade agreement.', '2026-11-13', []],
  ['Moldova could sign the CIS free trade agreement next year.', '2026-11-13', []],
  ['If Moldova ratified the CIS free trade agreement, tariffs would fall.', '2026-11-13', []],
  ['Moldova wants to sign the CIS free trade agreement.', '2026-11-13', []],
  ['Has Ukraine left the CIS free trade agreement?', '2026-11-13', []],
  ['Ukraine threatened to withdraw from the CIS free trade agreement.', '2026-11-13', []],
] as const) {
  test(`treaty event: ${text}`, () => assert.deepEqual(changes(text, published), expected));
}
