import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Command } from 'commander';
import { EntenteError } from '../../src/core/errors.js';
import { nerCommand } from '../../src/cli/commands/ner.js';
import { EXIT_CODES } from '../../src/cli/exit-codes.js';
import type { CliContext } from '../../src/cli/context.js';
import { readConll, writeConll } from '../../src/extract/ner/conll.js';

const sample = ['-DOCSTART- -X- O', '', 'EU NNP I-ORG', 'rejects VBZ O', '', 'Peter NNP I-PER', 'Blackburn NNP I-PER', ''].join('\n');

test('reading: sentences, documents, columns; writing appends a column and keeps blank lines', () => {
  const f = readConll(sample, 's.conll');
  assert.equal(f.columns, 3);
  assert.deepEqual(
    f.sentences.map((s) => [s.doc, s.tokens, s.lastColumn]),
    [
      [1, ['EU', 'rejects'], ['I-ORG', 'O']],
      [1, ['Peter', 'Blackburn'], ['I-PER', 'I-PER']],
    ],
  );
  const out = writeConll(f, [
    ['B-ORG', 'O'],
    ['B-PER', 'I-PER'],
  ]);
  assert.equal(
    out,
    ['-DOCSTART- -X- O O', '', 'EU NNP I-ORG B-ORG', 'rejects VBZ O O', '', 'Peter NNP I-PER B-PER', 'Blackburn NNP I-PER I-PER', ''].join('\n'),
  );
});

test('edge cases: CRLF, no final newline, runs of blank lines, empty input, tokens only', () => {
  const f = readConll('a\r\nb\r\n\r\n\r\n\r\nc', 'x');
  assert.deepEqual(
    f.sentences.map((s) => s.tokens),
    [['a', 'b'], ['c']],
  );
  assert.equal(writeConll(f, [['O', 'O'], ['B-LOC']]), 'a O\nb O\n\n\n\nc B-LOC');
  assert.equal(writeConll(readConll('', 'x'), []), '');
  assert.deepEqual(readConll('\n\n', 'x').sentences, []);
});

test('a line with another column count is BAD_ROW with its line number', () => {
  assert.throws(
    () => readConll('EU NNP I-ORG\nrejects VBZ\n', 'bad.conll'),
    (e: unknown) =>
      e instanceof EntenteError &&
      e.code === 'BAD_ROW' &&
      e.details.line === 2 &&
      e.details.file === 'bad.conll' &&
      e.details.expected === '3 columns' &&
      e.details.found === '2 columns' &&
      /bad\.conll:2: expected 3 columns/.test(e.message),
  );
});

function runNer(args: string[]): Promise<string> {
  let out = '';
  const ctx: CliContext = {
    app: () => Promise.reject(new Error('the ner command must not open the app')),
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    json: () => undefined,
    width: () => Number.POSITIVE_INFINITY,
  };
  const program = new Command('entente').exitOverride();
  nerCommand(program, ctx);
  return program.parseAsync(['node', 'entente', 'ner', ...args]).then(() => out);
}

test('`entente ner --conll` with the committed model: every line back with a tag; long sentences and non-ASCII', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-cli-'));
  try {
    const long = Array.from({ length: 3000 }, (_, i) => (i % 10 === 0 ? 'Moscow' : 'word'));
    const lines = ['-DOCSTART-', '', 'Lech', 'Wałęsa', 'visited', 'Łódź', 'and', 'São', 'Paulo', '.', '', '東京', '', ...long, ''];
    const file = join(dir, 'in.conll');
    writeFileSync(file, lines.join('\n'));
    const out = (await runNer(['--conll', file])).split('\n');
    assert.equal(out.length, lines.length);
    out.forEach((l, i) => {
      if (lines[i] === '') assert.equal(l, '');
      else assert.match(l, new RegExp(`^${lines[i]} (O|[BI]-(PER|ORG|LOC|MISC))$`));
    });
    assert.equal(out[0], '-DOCSTART- O');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('`entente ner` on a malformed file: BAD_ROW naming the line, which the CLI maps to exit code 2', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ner-cli-'));
  try {
    const file = join(dir, 'bad.conll');
    writeFileSync(file, 'EU NNP\nrejects VBZ\n\ncall NN O\n');
    await assert.rejects(
      runNer(['--conll', file]),
      (e: unknown) =>
        e instanceof EntenteError &&
        e.code === 'BAD_ROW' &&
        e.details.line === 4 &&
        /bad\.conll:4: expected 2 columns like the lines before, found 3/.test(e.message),
    );
    assert.equal(EXIT_CODES.BAD_ROW, 2);
    await assert.rejects(runNer(['--conll', join(dir, 'missing.conll')]), (e: unknown) => e instanceof EntenteError && e.code === 'BAD_INPUT');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
