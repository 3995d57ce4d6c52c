import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../fixtures/news/analyze-text.js';

const facts = (text: string, published = '2012-05-15') => analyzeText(text, published).facts.map((f) => `${f.predicate} ${f.subject} ${f.object}`);

// [sentence, expected facts "predicate subject object"]
for (const [text, expected] of [
  ['The CSTO, whose members include Armenia, Belarus and Russia, met.', ['member_of ARM CSTO', 'member_of BLR CSTO', 'member_of RUS CSTO']],
  [
    'The talks of the Commonwealth of Independent States, which includes the members of the CSTO and other countries like Ukraine and Moldova, ended.',
    ['member_of UKR CIS', 'member_of MDA CIS'],
  ],
  ['They may join the Customs Union of Russia, Belarus and Kazakhstan.', ['member_of RUS EACU', 'member_of BLR EACU', 'member_of KAZ EACU']],
  ['The CSTO operates a 4,000-soldier force.', ['force_size CSTO 4000']],
  ['Armenia and Tajikistan, which both host Russian military bases, agreed.', ['hosts_base_of ARM RUS', 'hosts_base_of TJK RUS']],
  ['Moscow urged Ukraine to ratify a free trade agreement it has signed with other CIS states.', ['party_to UKR DESTA811']],
  ['The summit of the CSTO, a group that was founded in 1992, opened.', ['founded_in CSTO 1992']],
  ['The CSTO says an attack on one of its members constitutes an attack on all.', ['has_provision CSTO collective_defence']],
  ['Russia and Belarus met in Minsk.', []],
] as const) {
  test(`facts: ${text}`, () => assert.deepEqual(facts(text), expected));
}

test('a count claim with an incomplete list is contradicted and names the member left out', () => {
  const a = analyzeText(
    'The CSTO summit, a group of seven states, opened. The CSTO, whose members include Armenia, Belarus, Tajikistan, Kyrgyzstan, Kazakhstan and Russia, met.',
  );
  const c = a.claims.find((x) => x.ruleId === 'claim.member-count')!;
  assert.equal(c.status, 'contradicted');
  assert.equal(c.flag, 'incomplete_list');
  assert.deepEqual(c.names, ['UZB']);
  assert.match(c.explanation, /omits Uzbekistan \(UZB, member 2006-08-17 to 2012-06-28\)/);
  const list = a.claims.find((x) => x.ruleId === 'claim.fact.member-list')!;
  assert.equal(list.status, 'supported');
});

// The same count on other days: after Uzbekistan left, six is right.
for (const [published, status] of [
  ['2012-05-15', 'supported'],
  ['2013-01-01', 'contradicted'],
] as const) {
  test(`"a group of seven" on ${published} is ${status}`, () => {
    const c = analyzeText('The CSTO, a group of seven states, met.', published).claims.find((x) => x.ruleId === 'claim.member-count')!;
    assert.equal(c.status, status);
  });
}

// [sentence, claim status]
for (const [text, status] of [
  ['The Customs Union of Russia, Belarus and Kazakhstan grows.', 'supported'],
  ['The Customs Union of Russia, Belarus and Ukraine grows.', 'contradicted'],
  ['Tajikistan, which hosts Russian military bases, agreed.', 'supported'],
  ['Moldova, which hosts Russian military bases, agreed.', 'unverifiable'],
  ['Moscow urged Ukraine to ratify a free trade agreement it has signed.', 'supported'],
  ['The CSTO, a group that was founded in 1995, met.', 'contradicted'],
  ['The CSTO operates a 4,000-soldier force.', 'unverifiable'],
] as const) {
  test(`claim: ${text} -> ${status}`, () => {
    const claims = analyzeText(text).claims;
    assert.equal(claims.length, 1, JSON.stringify(claims));
    assert.equal(claims[0]!.status, status, claims[0]!.explanation);
  });
}

test('every actor, fact and claim carries a span into the text and a rule id', () => {
  const text = 'The CSTO, whose members include Armenia and Russia, a group of seven states, met in Moscow.';
  const a = analyzeText(text);
  for (const x of [...a.actors, ...a.facts, ...a.claims]) {
    assert.ok(x.start >= 0 && x.end <= text.length && x.start < x.end);
    assert.ok(x.ruleId.length > 0);
  }
  for (const x of a.actors) assert.equal(text.slice(x.start, x.end), x.text);
});
