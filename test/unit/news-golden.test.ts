import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { goldenAnalysis, goldenCases } from '../golden/news/golden.js';

for (const c of goldenCases()) {
  test(`golden news case ${c.name} (update: npx tsx scripts/golden-update.ts --update)`, async () => {
    const expected = JSON.parse(readFileSync(join(c.dir, 'expected.json'), 'utf8'));
    assert.deepEqual(await goldenAnalysis(c.source), expected);
  });
}
