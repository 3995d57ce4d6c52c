import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../fixtures/news/analyze-text.js';

const changes = (text: string, published = '2026-11-13') =>
  analyzeText(text, published)
    .facts.filter((f) => f.predicate === 'holds_office' && f.status !== undefined)
    .map((f) => `${f.subject} ${f.object} ${f.qualifiers.office} ${f.status} ${f.from} ${f.ruleId}`);

// [invented sentence, article day, expected "person state office status from rule"]; 2026-11-13 is a Friday.
for (const [text, published, expected] of [
  ['Dmitry Medvedev was sworn in as president of Russia on Monday.', '2026-11-13', ['Q23530 RUS head_of_state in_office 2026-11-09 office.took']],
  ['Yulia Tymoshenko took office as prime minister of Ukraine on Tuesday.', '2026-11-13', ['Q8057 UKR head_of_government in_office 2026-11-10 office.took']],
  ['Kazakh President Nursultan Nazarbayev resigned on Wednesday.', '2026-11-13', ['Q170581 KAZ head_of_state withdrawn 2026-11-11 office.left']],
  ['Ukrainian President Viktor Yanukovych was ousted on 22 February 2014.', '2014-02-24', ['Q42429 UKR head_of_state withdrawn 2014-02-22 office.left']],
  ['Kazakh President Nursultan Nazarbayev has not resigned, his office said.', '2026-11-13', []],
  ['Yulia Tymoshenko could be sworn in as prime minister next week.', '2026-11-13', []],
  ['Nursultan Nazarbayev wants to step down as president.', '2026-11-13', []],
  ['Viktor Yanukovych stepped down from the party board on Monday.', '2026-11-13', []],
  ["Dmitry Medvedev's adviser resigned on Monday.", '2026-11-13', []],
] as const) {
  test(`office change: ${text}`, () => assert.deepEqual(changes(text, published), expected));
}
