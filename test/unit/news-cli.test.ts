import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { FIXTURE_BUNDLE } from '../fixtures/news/fixture-graph.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');
const GOLDEN = join(import.meta.dirname, '..', 'golden', 'news', 'minsk-eurasec-summit', 'source.txt');
const env = { ENTENTE_DATA_DIR: writeDataDir(FIXTURE_BUNDLE), ENTENTE_DB: join(mkdtempSync(join(tmpdir(), 'entente-news-cli-')), 'db.sqlite') };

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('ingest --json --dry-run prints the documented shape and stores nothing; ingest stores; articles lists it', () => {
  const dry = cli(['ingest', GOLDEN, '--json', '--dry-run']);
  assert.equal(dry.code, 0, dry.err);
  const a = JSON.parse(dry.out);
  assert.deepEqual(Object.keys(a.article).slice(0, 5), ['title', 'authors', 'published', 'url', 'captions']);
  assert.deepEqual(Object.keys(a.actors[0]).slice(0, 6), ['text', 'start', 'end', 'id', 'type', 'role']);
  assert.ok(Array.isArray(a.events) && Array.isArray(a.facts));
  for (const e of a.events) {
    assert.ok(e.sourceSpan && e.verbSpan && Array.isArray(e.rules), JSON.stringify(e));
    assert.ok(e.sourceSpan.start >= e.start && e.verbSpan.end <= e.end, 'spans lie inside the sentence');
  }
  assert.deepEqual(Object.keys(a.claims[0]).slice(0, 3), ['text', 'status', 'explanation']);
  assert.equal(a.status, 'analyzed');

  const stored = cli(['ingest', GOLDEN]);
  assert.equal(stored.code, 0, stored.err);
  assert.match(stored.out, /stored .*"Medvedev Pushes Deeper Eurasian Integration at Minsk Talks" 2011-10-19/);
  assert.match(stored.out, /! a bloc of five former Soviet republics: .*omits Tajikistan/);
  const list = cli(['articles', '--json']);
  assert.equal(JSON.parse(list.out).length, 1);
});

test('a batch with nothing readable exits 2 and says why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-news-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = cli(['ingest', dir]);
  assert.equal(r.code, 2);
  assert.match(r.err, /empty\.txt is empty: expected article text, found 0 bytes/);
  assert.match(r.err, /no article could be read/);
});

test('code --text --explain says why an event was coded and why a verb coded none; code --jsonl prints spans and rules', () => {
  const r = cli(['code', '--text', 'Belarus, which attacked Georgia last year, met Kazakh officials.', '--date', '2012-05-15', '--explain']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /event BLR 040 KAZGOV/);
  assert.match(r.out, /actor "Belarus" BLR \(BLR\) by actor\.state\.name/);
  assert.match(r.out, /source "Belarus", verb "met", target "Kazakh officials"/);
  assert.match(r.out, /stopped "attacked" by event\.background-relative: a non-restrictive relative clause/);
  const dir = mkdtempSync(join(tmpdir(), 'entente-code-'));
  writeFileSync(join(dir, 's.jsonl'), '{"id":"a","text":"Russia did not attack Georgia.","date":"2012-05-15"}\n');
  const j = cli(['code', '--jsonl', join(dir, 's.jsonl'), '--explain']);
  assert.equal(j.code, 0, j.err);
  const line = JSON.parse(j.out);
  assert.deepEqual(line.events, []);
  assert.deepEqual(
    line.stopped.map((t: { rule: string; text: string }) => `${t.rule} ${t.text}`),
    ['entente.negation attack'],
  );
});

test('events prints "undated" for the events of an article with no date, never the ingest day', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'entente-undated-')), 'undated.txt');
  writeFileSync(file, 'Russia and Kazakhstan talk\n\nThe president of Russia met the president of Kazakhstan in the capital on Tuesday.\n');
  const stored = cli(['ingest', file]);
  assert.equal(stored.code, 0, stored.err);
  assert.match(stored.out, /undated: ingest day/);
  const events = cli(['events', '--actor', 'KAZ']);
  assert.equal(events.code, 0, events.err);
  assert.match(events.out, /^undated +RUS/m);
  const json = JSON.parse(cli(['events', '--actor', 'KAZ', '--json']).out) as Array<{ datePrecision: string }>;
  assert.ok(json.length > 0 && json.every((e) => e.datePrecision === 'undated'), JSON.stringify(json));
});
