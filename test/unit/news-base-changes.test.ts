import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../fixtures/news/analyze-text.js';

const changes = (text: string, published = '2026-11-13') =>
  analyzeText(text, published)
    .facts.filter((f) => f.predicate === 'hosts_base_of' && f.status !== undefined)
    .map((f) => `${f.subject} ${f.object} ${f.status} ${f.from} ${f.ruleId}`);

// [invented sentence, article day, expected "host user status from rule"]; 2026-11-13 is a Friday.
for (const [text, published, expected] of [
  ['Russia opened a new air base in Belarus on Monday.', '2026-11-13', ['BLR RUS open 2026-11-09 base.opened']],
  ['The United States closed its air base in Kyrgyzstan in June 2014.', '2026-11-13', ['KGZ USA withdrawn 2014-06-01 base.closed']],
  ['Russia formally handed over its naval base in Ukraine on Tuesday.', '2026-11-13', ['UKR RUS withdrawn 2026-11-10 base.closed']],
  ['Russia has not closed its military base in Tajikistan, the ministry said.', '2026-11-13', []],
  ['Russia could open a naval base in Moldova next year.', '2026-11-13', []],
  ['Russia wants to open an air base in Kazakhstan.', '2026-11-13', []],
  ['Russia opened talks with Armenia on Monday about the base.', '2026-11-13', []],
] as const) {
  test(`base change: ${text}`, () => assert.deepEqual(changes(text, published), expected));
}
