import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { PROJECT_ROOT } from '../../src/config.js';
import type { IsoDate } from '../../src/core/time.js';
import { readArticles, type ReadItem } from '../../src/ingest/read-articles.js';

/** The smaller findings of issue 16, point 9, as their reproducers. */
const day = '2026-12-06' as IsoDate;
const BIN = join(PROJECT_ROOT, 'bin', 'entente.js');

async function read(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readArticles(paths, { ingestDay: day })) out.push(item);
  return out;
}

test('a named pipe in a folder is skipped with the reason, not waited on forever', { skip: process.platform === 'win32', timeout: 30_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-fifo-'));
  writeFileSync(join(dir, 'a.txt'), 'Russia urged Ukraine to ratify the free trade treaty on Tuesday.');
  assert.equal(spawnSync('mkfifo', [join(dir, 'b.pipe')]).status, 0);
  const items = await read([dir]);
  assert.deepEqual(
    items.map((i) => i.kind),
    ['article', 'problem'],
  );
  assert.match(items[1]!.kind === 'problem' ? items[1]!.problem.message : '', /b\.pipe: expected a regular file, found a named pipe: skipped/);
  assert.equal(items[0]!.kind === 'article' ? items[0]!.article.origin : '', 'a.txt', 'the origin is the base name, not the folder');
});

test('UTF-16 text is read as text, with or without a byte order mark', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-utf16-'));
  const text = 'Russia urged Ukraine to ratify the free trade treaty on Tuesday, Moscow said.';
  writeFileSync(join(dir, 'le-bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  writeFileSync(join(dir, 'le.txt'), Buffer.from(text, 'utf16le'));
  writeFileSync(join(dir, 'be-bom.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
  const items = await read([join(dir, 'le-bom.txt'), join(dir, 'le.txt'), join(dir, 'be-bom.txt')]);
  assert.deepEqual(
    items.map((i) => i.kind),
    ['article', 'duplicate', 'duplicate'],
  );
  const first = items[0]!.kind === 'article' ? items[0]!.article : null;
  assert.equal(first?.text, text);
  assert.ok(first?.warnings.includes('read as UTF-16LE'));
});

test('a JSONL line that is null says null', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-jsonl-'));
  writeFileSync(join(dir, 'a.jsonl'), 'null\n[1]\n"text"\n');
  const messages = (await read([join(dir, 'a.jsonl')])).map((i) => (i.kind === 'problem' ? i.problem.message : ''));
  assert.deepEqual(messages, [
    'a.jsonl:1: expected a JSON object, found null',
    'a.jsonl:2: expected a JSON object, found an array',
    'a.jsonl:3: expected a JSON object, found a string',
  ]);
});

test('code --jsonl refuses a day that does not exist (2012-02-30)', { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-code-'));
  const file = join(dir, 's.jsonl');
  writeFileSync(file, `${JSON.stringify({ id: 1, text: 'Russia urged Ukraine to ratify the treaty.', date: '2012-02-30' })}\n`);
  const run = spawnSync(process.execPath, [BIN, 'code', '--jsonl', file], {
    encoding: 'utf8',
    env: { ...process.env, ENTENTE_DB: join(dir, 'unused.sqlite') },
  });
  assert.equal(run.status, 2, run.stderr);
  const line = JSON.parse(run.stdout.trim());
  assert.equal(line.error.code, 'BAD_INPUT');
  assert.match(line.error.message, /expected "date" as a real calendar day, found "2012-02-30"/);
});

test("two processes opening a fresh SQLite file wait for each other's first load, and neither crashes", { timeout: 240_000 }, async () => {
  for (let trial = 0; trial < 2; trial++) {
    const db = join(mkdtempSync(join(tmpdir(), 'entente-race-')), 'fresh.sqlite');
    const run = () =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'members', 'CSTO', '--on', '2012-05-15', '--json'], {
          env: { ...process.env, ENTENTE_DB: db },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let err = '';
        child.stderr.on('data', (d: Buffer) => (err += d));
        child.stdout.resume();
        child.once('exit', (code) => resolve({ code, err }));
      });
    const results = await Promise.all([run(), run()]);
    for (const r of results) {
      assert.equal(r.code, 0, r.err);
      assert.doesNotMatch(r.err, /database is locked|internal error/);
    }
  }
});
