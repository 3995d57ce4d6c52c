import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { FIXTURE_BUNDLE } from '../fixtures/news/fixture-graph.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-facts-cli-'));
const env = { ENTENTE_DATA_DIR: writeDataDir(FIXTURE_BUNDLE), ENTENTE_DB: join(dir, 'db.sqlite'), ENTENTE_TODAY: '2026-12-06' };

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE = [
  'Armenia freezes its CSTO membership',
  '',
  'November 13, 2026',
  '',
  'Armenia suspended its membership of the Collective Security Treaty Organization on Monday, the foreign ministry in Yerevan said.',
  'Georgia wants to join NATO, and Moldova could join the CIS customs regime by 2030.',
].join('\n');

test('done when: ingest an article, accept its fact, and members on a later day answers with it, citing the article', () => {
  const file = join(dir, 'armenia.txt');
  writeFileSync(file, ARTICLE);
  assert.equal(cli(['ingest', file]).code, 0);
  const pending = cli(['facts', '--pending', '--json']);
  assert.equal(pending.code, 0, pending.err);
  const { facts } = JSON.parse(pending.out);
  assert.equal(facts.length, 1, 'the wish and the forecast are no facts');
  const f = facts[0];
  assert.deepEqual([f.subject.id, f.predicate, f.object.id, f.status, f.from, f.precision], ['ARM', 'member_of', 'CSTO', 'suspended', '2026-11-09', 'day']);
  assert.equal(f.rule, 'membership.suspended');

  const before = cli(['members', 'CSTO', '--on', '2026-11-20', '--json']);
  assert.ok(JSON.parse(before.out).members.some((m: { id: string }) => m.id === 'ARM'));

  const accepted = cli(['facts', 'accept', f.id]);
  assert.equal(accepted.code, 0, accepted.err);
  assert.match(accepted.out, /accepted 1/);
  const after = JSON.parse(cli(['members', 'CSTO', '--on', '2026-11-20', '--json']).out);
  assert.ok(!after.members.some((m: { id: string }) => m.id === 'ARM'));
  const armenia = after.others.find((m: { id: string }) => m.id === 'ARM');
  assert.equal(armenia.status, 'suspended');
  assert.equal(armenia.sources[0].dataset, 'news');
  assert.equal(armenia.sources[0].ref, f.article.id);
  const table = cli(['members', 'CSTO', '--on', '2026-11-20', '--all']).out;
  assert.match(table, new RegExp(`news ${f.article.id}@${f.span.start}-${f.span.end}`));
  assert.equal(
    JSON.parse(cli(['members', 'CSTO', '--on', '2026-11-01', '--json']).out).members.some((m: { id: string }) => m.id === 'ARM'),
    true,
  );

  assert.match(cli(['facts', 'accept', f.id]).out, /nothing changed/);
  const conflict = cli(['facts', 'reject', f.id, '--reason', 'no']);
  assert.equal(conflict.code, 2);
  assert.match(conflict.err, /already accepted/);
  const unknown = cli(['facts', 'accept', 'fnothere']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /No proposed fact has the id "fnothere"/);
  assert.equal(JSON.parse(cli(['facts', '--accepted', '--json']).out).facts.length, 1);
  assert.equal(JSON.parse(cli(['facts', '--rejected', '--json']).out).facts.length, 0);
});

test('claims --recheck reads the stored articles again; accepting already checked those it touched', () => {
  const r = cli(['claims', '--recheck', '--json']);
  assert.equal(r.code, 0, r.err);
  assert.deepEqual(JSON.parse(r.out), { checked: 1, changed: [] });
  assert.equal(cli(['claims']).code, 2);
});
