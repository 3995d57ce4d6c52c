import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../fixtures/news/analyze-text.js';

const changes = (text: string, published = '2026-11-13') =>
  analyzeText(text, published)
    .facts.filter((f) => f.status !== undefined)
    .map((f) => `${f.predicate} ${f.subject} ${f.object} ${f.status} ${f.from} ${f.precision}`);

// [sentence, article day, expected "predicate subject object status from precision"]; 2026-11-13 is a Friday.
for (const [text, published, expected] of [
  ['Armenia joined the CSTO on 10 November 2026.', '2026-11-13', ['member_of ARM CSTO member 2026-11-10 day']],
  ['Uzbekistan suspended its membership of the CSTO on Monday.', '2026-11-13', ['member_of UZB CSTO suspended 2026-11-09 day']],
  ['Armenia withdrew from the CSTO last month, officials said.', '2026-11-13', ['member_of ARM CSTO withdrawn 2026-10-01 month']],
  ['Georgia formally applied to join NATO on Wednesday.', '2026-11-13', ['applied_to GEO NATO applied 2026-11-11 day']],
  ['Georgia has no plans to join NATO, its prime minister said.', '2026-11-13', []],
  ['Ukraine could join NATO by 2030, analysts say.', '2026-11-13', []],
  ['Moldova wants to join the CIS customs regime.', '2026-11-13', []],
  ['If Georgia joined NATO, Moscow would respond.', '2026-11-13', []],
  ['Armenia has not left the CSTO, the ministry said.', '2026-11-13', []],
  [
    'Kazakhstan and Kyrgyzstan joined the Customs Union in 2010.',
    '2026-11-13',
    ['member_of KAZ EACU member 2010-01-01 year', 'member_of KGZ EACU member 2010-01-01 year'],
  ],
  ['Uzbekistan has suspended its participation in the Collective Security Treaty Organization.', '2012-06-29', ['member_of UZB CSTO suspended 2012-06-29 day']],
  ['Had Georgia joined NATO in 2008, Moscow would have reacted differently.', '2026-11-13', []],
  ["Armenia's prime minister left the CSTO summit early on Thursday.", '2026-11-13', []],
  ["Belarus' prime minister left the CIS on Monday to lead a bank.", '2026-11-13', []],
  ['Armenia froze its membership of the Russian-led CSTO yesterday.', '2026-11-13', ['member_of ARM CSTO suspended 2026-11-12 day']],
  ['Has Armenia left the CSTO?', '2026-11-13', []],
  [
    'Ukraine and Moldova were granted candidate status by NATO in June 2022.',
    '2026-11-13',
    ['member_of UKR NATO candidate 2022-06-01 month', 'member_of MDA NATO candidate 2022-06-01 month'],
  ],
  ['Ukraine threatened to quit the CIS over the gas dispute.', '2026-11-13', []],
  ['Russian investigators were joined by NATO experts on Monday.', '2026-11-13', []],
  ['Russian President Vladimir Putin joined the CSTO leaders in Minsk.', '2026-11-13', []],
  ['Kazakhstan joined the rotating CIS presidency in January.', '2026-11-13', []],
  ['Armenia joined a CSTO-brokered ceasefire last year.', '2026-11-13', []],
  ['Georgia has joined NATO in condemning the attack.', '2026-11-13', []],
  ['It took part in talks with Ukraine in 2014 and joined the CIS in 2016.', '2026-11-13', []],
] as const) {
  test(`membership change: ${text}`, () => assert.deepEqual(changes(text, published), expected));
}
