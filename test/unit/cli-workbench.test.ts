import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fitWidths, shortRef, table, wrap } from '../../src/cli/table.js';
import { apiWorld } from '../api/api-world.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';

/** The CLI a researcher keeps open: tables that fit, `diff`, `--on today`, one flag name per thing. */
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');
const dataDir = writeDataDir(apiWorld);
const fresh = () => ({ ENTENTE_DATA_DIR: dataDir, ENTENTE_DB: join(mkdtempSync(join(tmpdir(), 'entente-cli-')), 'db.sqlite') });

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const widest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

test('tables fit $COLUMNS when not a terminal; --wide keeps every cell on one line', () => {
  const narrow = cli(['members', 'PACT', '--on', '2012-05-15'], { ...fresh(), COLUMNS: '60' });
  assert.equal(narrow.code, 0, narrow.err);
  const tableLines = narrow.out
    .split('\n')
    .slice(1)
    .filter((l) => !/^(sources disagree|note:)/.test(l));
  assert.ok(widest(tableLines.join('\n')) <= 60, narrow.out);
  const wide = cli(['--wide', 'members', 'PACT', '--on', '2012-05-15'], { ...fresh(), COLUMNS: '60' });
  assert.ok(widest(wide.out) > 60);
  assert.match(wide.out, /c:AAA line 1/, 'the whole source reference with --wide');
});

test('diff names who changed between two days, for an organization and for the whole system', () => {
  const env = fresh();
  const org = cli(['diff', 'PTO', '--from', '2012-05-15', '--to', '2012-07-15'], env);
  assert.equal(org.code, 0, org.err);
  assert.match(org.out, /Pact Treaty Organization \(PACT\), 2012-05-15 to 2012-07-15: 0 joined, 0 left, 1 changed status/);
  assert.match(org.out, /2012-06-28\s+changed\s+Dolmatia \(DDD\)/);
  const json = JSON.parse(cli(['diff', '--from', '2012-05-15', '--to', '2012-07-15', '--json'], env).out);
  assert.equal(json.subject, null);
  assert.deepEqual(json.counts, { joined: 0, left: 0, changed: 1 });
  const reversed = cli(['diff', 'PTO', '--from', '2013', '--to', '2012'], env);
  assert.equal(reversed.code, 2);
  assert.match(reversed.err, /after the second/);
});

test('--on today is today', () => {
  const r = cli(['members', 'PTO', '--on', 'today', '--json'], fresh());
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).on, new Date().toISOString().slice(0, 10));
});

test('one flag name per thing: obligations take --attacker like cascade; --by stays as its older name', () => {
  const env = fresh();
  for (const flag of ['--attacker', '--by']) {
    const r = cli(['obligations', '--attacked', 'AAA', flag, 'AAA', '--on', '2009-06-01'], env);
    assert.equal(r.code, 2, flag);
    assert.match(r.err, /cannot attack itself/);
  }
  const both = cli(['obligations', '--attacked', 'AAA', '--attacker', 'BBB', '--by', 'CCC', '--on', '2009-06-01'], env);
  assert.equal(both.code, 2);
  assert.match(both.err, /name two attackers/);
});

const FIT: Array<[number[], number, number[]]> = [
  [[3, 10, 40], 80, [3, 10, 40]],
  [[3, 30, 40], 60, [3, 26, 27]],
  [[12, 12], 10, [10, 10]],
];
for (const [natural, width, expected] of FIT) {
  test(`column widths ${natural.join(',')} in ${width}: ${expected.join(',')}`, () => assert.deepEqual(fitWidths(natural, width), expected));
}

test('cells wrap at spaces, and a word longer than the column is cut', () => {
  assert.deepEqual(wrap('one two three four', 9), ['one two', 'three', 'four']);
  assert.deepEqual(wrap('abcdefghijkl', 5), ['abcde', 'fghij', 'kl']);
  assert.equal(table(['a', 'b'], [['x', 'one two three']], 12), ['a  b', '-  ----------', 'x  one two', '   three'].join('\n'));
});

test('a source reference shortens to its file and line', () => {
  assert.equal(shortRef('data/curated/organizations.json line 39 id=curated:csto:UZB'), 'organizations.json:39');
  assert.equal(shortRef('atop5_1m.csv line 1771 atopid=4220;member=371;phase=2'), 'atop5_1m.csv:1771');
  assert.equal(shortRef('orgs line 1'), 'orgs:1');
  assert.equal(shortRef('Q7747'), 'Q7747');
});
