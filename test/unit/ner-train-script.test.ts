import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadNerGazetteer, loadNerTagger } from '../../src/pipeline/ner-gazetteer-file.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('train:ner --gazetteer writes the lists with the model, and the folder loads as one tagger', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-script-'));
  try {
    const unlabelled = join(dir, 'news.jsonl');
    writeFileSync(unlabelled, `${JSON.stringify({ text: 'The council of Brask met on Monday.\nIt said little.' })}\n`);
    const out = join(dir, 'model');
    const args = ['--train', join(root, 'test/fixtures/ner/tiny.conll'), '--unlabelled', unlabelled, '--out', out];
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts/train-ner.ts'), ...args, '--epochs', '2', '--stages', '1', '--no-clusters', '--gazetteer'],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as { gazetteer?: string; gazetteerNames?: Record<string, number> };
    assert.equal(meta.gazetteer, loadNerGazetteer(out).version);
    for (const type of ['LOC', 'MISC', 'ORG', 'PER']) assert.ok((meta.gazetteerNames?.[type] ?? 0) > 100, type);
    assert.equal(loadNerTagger(out).tagTokens(['Brask', 'met', '.']).length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
