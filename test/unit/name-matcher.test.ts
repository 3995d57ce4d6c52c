import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntityKind } from '../../src/core/entity.js';
import { nameKey } from '../../src/core/normalize.js';
import { editDistance, NameMatcher, spellingKey, type NameCandidate } from '../../src/graph/name-matcher.js';

/** A few entities with the kinds of aliases the real data has: names in several languages, acronyms, capitals, patterns. */
const ENTITIES: Array<[string, EntityKind, string, string[]]> = [
  ['ARM', 'state', 'Armenia', ['Armenian', 'Армения', 'Arménie', 'Armenien']],
  ['ARE', 'state', 'United Arab Emirates', ['UAE', 'Emirates']],
  ['ARG', 'state', 'Argentina', ['Argentine']],
  ['KGZ', 'state', 'Kyrgyzstan', ['Kirghizia', 'Киргизия', 'Kyrgyz Republic']],
  ['BLR', 'state', 'Belarus', ['Byelorussia', 'Белоруссия', 'Weißrussland']],
  ['RUS', 'state', 'Russia', ['Russian Federation', 'Moscow']],
  ['CSTO', 'organization', 'Collective Security Treaty Organization', ['ОДКБ', 'CSTO']],
  ['DESTA867', 'agreement', 'Armenia EC', []],
  ['ATOP4220', 'alliance', 'Collective Security Treaty (Tashkent, 1992)', []],
];

const entries = ENTITIES.flatMap(([id, , name, aliases]) => [
  { key: nameKey(id), text: id, entityId: id, kind: 'id' },
  { key: nameKey(name), text: name, entityId: id, kind: 'name' },
  ...aliases.map((a) => ({ key: nameKey(a), text: a, entityId: id, kind: a === 'Moscow' ? 'capital' : 'name' })),
]);
const byId = new Map<string, NameCandidate>(ENTITIES.map(([id, kind, name]) => [id, { id, kind, name, curated: kind !== 'agreement' }]));
const matcher = new NameMatcher([...entries, { key: 're:kyrgyz|kirghiz', text: 'kyrgyz|kirghiz', entityId: 'KGZ', kind: 'pattern' }], (id) => byId.get(id));
const ANY: EntityKind[] = ['state', 'organization', 'alliance', 'agreement'];

const FIRST: Array<[string, string, string]> = [
  ['Armenai', 'ARM', 'typo'],
  ['Armen', 'ARM', 'prefix'],
  ['armenia', 'ARM', 'name'],
  ['ARM', 'ARM', 'id'],
  ['Kyrgyzia', 'KGZ', 'spelling'],
  ['Kirgiziya', 'KGZ', 'spelling'],
  ['ОДКБ', 'CSTO', 'name'],
  ['Weißrussland', 'BLR', 'name'],
  ['Weissrussland', 'BLR', 'spelling'],
  ['Weissrusland', 'BLR', 'spelling'],
  ['Belorusia', 'BLR', 'spelling'],
  ['Bealrus', 'BLR', 'typo'],
  ['Collective secrity', 'CSTO', 'typo'],
  ['Russian Fed', 'RUS', 'prefix'],
  ['Emirates', 'ARE', 'name'],
];

for (const [typed, id, how] of FIRST) {
  test(`"${typed}" ranks ${id} first (${how})`, () => {
    const [best] = matcher.rank(typed, ANY, 5);
    assert.equal(best?.id, id, JSON.stringify(matcher.rank(typed, ANY, 5)));
    assert.equal(best?.how, how);
  });
}

test('a state before a trade agreement that starts with its name', () => {
  assert.deepEqual(
    matcher.rank('Armenia', ANY, 3).map((m) => m.id),
    ['ARM', 'DESTA867'],
  );
});

test('kinds filter: an organization search never offers a state', () => {
  assert.ok(matcher.rank('Arm', ['organization', 'alliance', 'agreement'], 5).every((m) => m.kind !== 'state'));
});

test('nothing alike gives nothing', () => {
  assert.deepEqual(matcher.rank('Zzyzx', ANY, 5), []);
  assert.deepEqual(matcher.rank('  ', ANY, 5), []);
});

test('exact, spelling and pattern lookups are what resolution trusts', () => {
  assert.deepEqual(
    matcher.exact('csto', ANY).map((e) => e.id),
    ['CSTO'],
  );
  assert.deepEqual(matcher.exact('Armenai', ANY), []);
  assert.deepEqual(
    matcher.spelling('Kyrgyzia', ['state']).map((e) => e.id),
    ['KGZ'],
  );
  assert.deepEqual(
    matcher.pattern('the Kirghiz SSR', ['state']).map((e) => e.id),
    ['KGZ'],
  );
  assert.deepEqual(matcher.pattern('the Kirghiz SSR', ['organization']), []);
});

const DISTANCES: Array<[string, string, number]> = [
  ['armenai', 'armenia', 1],
  ['kitten', 'sitting', 3],
  ['', 'abc', 3],
  ['abc', 'abc', 0],
  ['ca', 'ac', 1],
];
for (const [a, b, d] of DISTANCES) test(`edit distance ${a} -> ${b} is ${d}`, () => assert.equal(editDistance(a, b), d));

test('spelling keys fold transliteration variants together', () => {
  assert.equal(spellingKey(nameKey('Kyrgyzia')), spellingKey(nameKey('Kirghizia')));
  assert.equal(spellingKey(nameKey('Kazakstan')), spellingKey(nameKey('Казахстан')));
  assert.equal(spellingKey(nameKey('Weißrussland')), spellingKey(nameKey('Weissrusland')));
});
