import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allHold, evaluateCondition, type ConditionContext } from '../../src/rules/conditions.js';
import type { Condition } from '../../src/rules/provision.js';
import { areas } from '../fixtures/rules/tiny-world.js';

const AREAS = new Map(areas.map((a) => [a.id, a]));
const names = (c: number) => ({ 50: 'Euphoria', 60: 'Freedonia' })[c] ?? `COW ${c}`;
const avaria = { id: 'AAA', name: 'Avaria', ccode: 10 };
const euphoria = { id: 'EEE', name: 'Euphoria', ccode: 50 };
const freedonia = { id: 'FFF', name: 'Freedonia', ccode: 60 };
const base: ConditionContext = { partner: avaria, adversary: euphoria, partnerAttacked: true, on: '2009-06-01' };

// [what, condition, context changes, expected holds, reason pattern]
const cases: Array<[string, Condition, Partial<ConditionContext>, boolean | null, RegExp]> = [
  ['named adversary attacks', { code: 'adversary', named: [50] }, {}, true, /Euphoria is the one the treaty names/],
  [
    'other adversary, named list exclusive',
    { code: 'adversary', named: [50], exclusive: true },
    { adversary: freedonia },
    false,
    /only against Euphoria, not Freedonia/,
  ],
  [
    'other adversary, named list not exclusive',
    { code: 'adversary', named: [50] },
    { adversary: freedonia },
    null,
    /treaty names Euphoria as the threat.*whether Freedonia is one is not coded/,
  ],
  ['adversary not coded', { code: 'adversary' }, {}, null, /ATOP does not say which adversary/],
  ['no attacker named', { code: 'adversary', named: [50] }, { adversary: undefined }, null, /names no attacker/],
  ['location: own territory by default', { code: 'location', area: 'ring-area' }, {}, true, /Avaria's own territory lies in the Ring area/],
  ['location: own id counts as home', { code: 'location', area: 'ring-area' }, { location: 'AAA' }, true, /own territory/],
  ['location: a place inside', { code: 'location', area: 'ring-area' }, { location: 'Inner Sea' }, true, /inner-sea lies in the Ring area/],
  ['location: a place outside', { code: 'location', area: 'ring-area' }, { location: 'far-islands' }, false, /lies outside the Ring area/],
  ['location: left the area', { code: 'location', area: 'ring-area' }, { location: 'old-colony' }, false, /left the Ring area after 2005-12-31/],
  ['location: in the area then', { code: 'location', area: 'ring-area' }, { location: 'old-colony', on: '2005-06-01' }, true, /lies in/],
  [
    'location: a place not written down',
    { code: 'location', area: 'ring-area' },
    { location: 'moon' },
    null,
    /whether moon lies in the Ring area is not written down/,
  ],
  ['location: no area known', { code: 'location', atop: 'defcoloc' }, {}, null, /the project has not written down/],
  ['ongoing conflict', { code: 'ongoing-conflict' }, {}, null, /particular ongoing war/],
  ['number of adversaries', { code: 'number-of-adversaries' }, {}, null, /number of adversaries/],
  ['demands', { code: 'demands' }, {}, null, /demands/],
  ['non-provocation unknown', { code: 'non-provocation' }, {}, null, /does not say whether it did$/],
  ['non-provocation, unprovoked', { code: 'non-provocation' }, { provoked: false }, true, /did not provoke/],
  ['non-provocation, provoked', { code: 'non-provocation' }, { provoked: true }, false, /Avaria provoked the attack/],
  ['ally attacked', { code: 'ally-attacked' }, {}, true, /Avaria is the one attacked/],
  ['ally is the attacker', { code: 'ally-attacked' }, { partnerAttacked: false }, false, /here Avaria is the attacker/],
  ['request unknown', { code: 'request' }, {}, null, /does not say whether it does$/],
  ['request made', { code: 'request' }, { requested: true }, true, /asks for it/],
];

for (const [what, condition, change, holds, reason] of cases) {
  test(`condition ${condition.code}: ${what}`, () => {
    const r = evaluateCondition(condition, { ...base, ...change }, AREAS, names);
    assert.equal(r.holds, holds);
    assert.match(r.reason, reason);
    assert.equal(r.code, condition.code);
  });
}

test('the ATOP column travels with the result', () => {
  assert.equal(evaluateCondition({ code: 'demands', atop: 'defcodem' }, base, AREAS, names).atop, 'defcodem');
});

const combos: Array<[Array<boolean | null>, boolean | null]> = [
  [[], true],
  [[true, true], true],
  [[true, null], null],
  [[null, false], false],
  [[true, false], false],
];
for (const [holds, expected] of combos) {
  test(`allHold(${JSON.stringify(holds)}) is ${expected}`, () => {
    assert.equal(allHold(holds.map((h) => ({ code: 'demands', holds: h, reason: '' }))), expected);
  });
}
