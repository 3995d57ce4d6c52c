import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { smallWorld } from '../fixtures/graph/small-world.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const dataDir = writeDataDir(smallWorld);
const fresh = () => ({ ENTENTE_DATA_DIR: dataDir, ENTENTE_DB: join(mkdtempSync(join(tmpdir(), 'entente-cli-')), 'db.sqlite') });

test('the first query on a fresh database loads the data and answers', () => {
  const r = cli(['members', 'PTO', '--on', '2012-05-15'], fresh());
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Pact Treaty Organization \(PACT\) on 2012-05-15: 3 members/);
  assert.match(r.out, /DDD\s+Dolmatia\s+member\s+2006-08-16\s+2012-06-27/);
});

test('--json prints the documented shape', () => {
  const r = cli(['members', 'pact treaty organization', '--on', '2013-01-01', '--json'], fresh());
  assert.equal(r.code, 0, r.err);
  const a = JSON.parse(r.out);
  assert.deepEqual(Object.keys(a.organization), ['id', 'name', 'kind']);
  assert.equal(a.on, '2013-01-01');
  assert.deepEqual(
    a.members.map((m: { id: string }) => m.id),
    ['AAA', 'BBB'],
  );
  assert.deepEqual(Object.keys(a.members[0]), ['id', 'name', 'status', 'from', 'to', 'sources', 'verifiedThrough', 'carriedForward']);
  assert.equal(a.members[0].sources[0].dataset, 'curated');
});

test('an unknown organization exits 2 with the closest names', () => {
  const r = cli(['members', 'Pakt Treaty Organisation', '--on', '2012-05-15'], fresh());
  assert.equal(r.code, 2);
  assert.match(r.err, /No organization or alliance or agreement is called "Pakt Treaty Organisation"/);
  assert.match(r.err, /did you mean: PACT \(Pact Treaty Organization\)/);
});

test('an impossible date exits 2 and says why', () => {
  const r = cli(['orgs', 'AAA', '--on', '2012-02-30'], fresh());
  assert.equal(r.code, 2);
  assert.match(r.err, /February 2012 has 29 days/);
});

test('a malformed data row stops the load with file, line and field, and nothing of that load is kept', () => {
  const env = fresh();
  assert.equal(cli(['init'], env).code, 0);
  const broken = writeDataDir({ ...smallWorld, version: 'broken' }, (files) => {
    const lines = files.get('facts/curated.jsonl')!.split('\n');
    lines[2] = lines[2]!.replace('"2006-08-16"', '"2006-02-30"');
    files.set('facts/curated.jsonl', lines.join('\n'));
  });
  const r = cli(['init'], { ...env, ENTENTE_DATA_DIR: broken });
  assert.equal(r.code, 2);
  assert.match(r.err, /facts\/curated\.jsonl:3: field valid\.from: a calendar day YYYY-MM-DD; found "2006-02-30"/);
  const still = cli(['members', 'PACT', '--on', '2012-05-15', '--json'], env);
  assert.equal(JSON.parse(still.out).members.length, 3);
});

test('history, orgs and leaders answer with sources', () => {
  const env = fresh();
  const h = cli(['history', 'PACT'], env);
  assert.equal(h.code, 0, h.err);
  assert.match(h.out, /2012-06-28\s+\*\s+joined\s+Dolmatia \(DDD\)\s+suspended\s+curated/);
  const o = cli(['orgs', 'Dolmatia', '--on', '2012-05-15', '--json'], env);
  assert.deepEqual(
    JSON.parse(o.out).alliances.map((x: { id: string }) => x.id),
    ['ATOP9001'],
  );
  const l = cli(['leaders', 'AAA', '--on', '2012-05-15'], env);
  assert.match(l.out, /head of state\s+Vlad Avarov/);
});

test('--version says the newest day the data knows; a carried-forward line is marked ~ and --strict leaves it out', () => {
  const v = cli(['--version'], fresh());
  assert.equal(v.code, 0, v.err);
  assert.match(v.out, /entente \d+\.\d+\.\d+; reference data fixture-1; the newest day the data knows: 2026-01-01 \(Curated facts\)/);
  const env = { ...fresh(), ENTENTE_TODAY: '2026-12-06' };
  const r = cli(['members', 'PACT', '--on', '2026-06-01'], env);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /AAA\s+Avaria\s+member\s+2002-10-07\s+2026-01-01 ~\s+curated/);
  assert.match(r.out, /note: .* carried forward past the last day their source speaks of \(marked ~\)/);
  const strict = cli(['members', 'PACT', '--on', '2026-06-01', '--strict', '--json'], env);
  assert.ok(JSON.parse(strict.out).members.every((m: { carriedForward: boolean }) => !m.carriedForward));
  const future = cli(['leaders', 'AAA', '--on', '2026-12-07'], env);
  assert.equal(future.code, 2);
  assert.match(future.err, /2026-12-07 is after today \(2026-12-06\)/);
});
