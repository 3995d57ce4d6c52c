import assert from 'node:assert/strict';
import { test } from 'node:test';
import { itemAt } from '../../src/core/checked.js';
import { EntenteError } from '../../src/core/errors.js';

test('itemAt returns the item, zeros and empty strings included', () => {
  assert.equal(itemAt(['a', ''], 1, 'words'), '');
  assert.equal(itemAt(new Int32Array([0, 7]), 0, 'tags'), 0);
});

test('a missing item is an INTERNAL error naming the list, the index and its length', () => {
  for (const i of [2, -1, 0.5]) {
    assert.throws(
      () => itemAt(['a', 'b'], i, 'NER tags'),
      (e: unknown) => e instanceof EntenteError && e.code === 'INTERNAL' && e.message === `NER tags: no item at index ${i} (length 2)`,
    );
  }
});
