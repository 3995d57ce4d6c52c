import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CAMEO, ROOT } from '../../src/extract/events/cameo.js';
import { loadEventDictionaries } from '../../src/pipeline/dictionary-files.js';

// The named CAMEO constants the grammar uses say what the codebook says of their codes.
const { cameo } = loadEventDictionaries();
const words = (name: string): string[] =>
  name
    .toLowerCase()
    .split('_')
    .filter((w) => !['to', 'of', 'a', 'make'].includes(w));

for (const [name, code] of [...Object.entries(CAMEO), ...Object.entries(ROOT)]) {
  test(`CAMEO ${name} = ${code}: the codebook's label has its words`, () => {
    const label = cameo[code]?.label.toLowerCase() ?? '';
    assert.ok(label, `no label for ${code}`);
    for (const w of words(name)) assert.ok(label.includes(w.slice(0, 5)), `${name}: "${w}" not in "${label}"`);
  });
}

test('every CAMEO code but the 01 statements has a PLOVER category; appeals (02) are REQUEST like demands (10)', async () => {
  const { ploverOf } = await import('../../src/extract/events/parse-cameo-codes.js');
  const missing = Object.keys(cameo).filter((c) => !c.startsWith('01') && ploverOf(c, cameo) === null);
  assert.deepEqual(missing, []);
  assert.equal(cameo['0211']?.plover, 'REQUEST');
  assert.equal(cameo['026']?.mode, 'meet');
});
