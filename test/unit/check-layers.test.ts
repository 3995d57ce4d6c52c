import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkLayers } from '../../scripts/layers/check.js';
import { LAYERS } from '../../scripts/layers/house-rules.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'layers');

test('the layer check reads every kind of import and names file and line of each forbidden one', async () => {
  const report = await checkLayers({ root, layers: LAYERS, exceptions: [] });
  const where = report.problems.map((p) => p.split(': ')[0]);
  assert.deepEqual(where, [
    'src/api/members-route.ts:6', // a value import over several lines (the import type above it is allowed)
    'src/cli/lazy-command.ts:3', // import()
    'src/extract/reads-disk.ts:2', // export ... from an I/O module in a pure layer
    'src/extract/reads-disk.ts:3', // export * from a layer extract may not import
    'src/graph/disk-cache.ts:2', // process.getBuiltinModule in a pure layer
    'src/loose.ts:1', // a file in no layer
    'src/store/seed-path.ts:2', // a path into ../shared
    'web/src/main.ts:4', // the browser importing server code (its import type is allowed)
  ]);
  assert.match(report.problems[0]!, /api may not import src\/graph\/answers\.ts \(only its types, with import type\): api calls app's services/);
  assert.match(report.problems[1]!, /with import\(\)/);
  assert.match(report.problems[2]!, /extract is pure but imports fs \(a re-export\)/);
});

test('a known exception is excused; one that no longer occurs is reported so the list only shrinks', async () => {
  const lazy = { from: 'src/cli/lazy-command.ts', to: 'src/graph/answers.ts', why: 'test' };
  const gone = { from: 'src/cli/lazy-command.ts', to: 'src/rules/book.ts', why: 'test' };
  const report = await checkLayers({ root, layers: LAYERS, exceptions: [lazy, gone] });
  assert.equal(report.excepted, 1);
  assert.deepEqual(report.stale, [gone]);
  assert.ok(!report.problems.some((p) => p.startsWith('src/cli/lazy-command.ts')));
  assert.equal(report.problems.length, 7);
});
