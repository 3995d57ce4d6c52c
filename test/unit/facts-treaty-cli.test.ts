import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { FIXTURE_BUNDLE } from '../fixtures/news/fixture-graph.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-facts-treaty-cli-'));
const env = { ENTENTE_DATA_DIR: writeDataDir(FIXTURE_BUNDLE), ENTENTE_DB: join(dir, 'db.sqlite'), ENTENTE_TODAY: '2026-12-06' };

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const partiesOn = (day: string, all = false) =>
  JSON.parse(cli(['members', 'DESTA811', '--on', day, '--json', ...(all ? ['--all'] : [])]).out) as {
    members: { id: string; status: string; sources: { dataset: string; ref: string }[] }[];
    others?: { id: string; status: string; sources: { dataset: string; ref: string }[] }[];
  };

const ARTICLE = [
  'Kyiv leaves the CIS trade pact',
  '',
  'November 13, 2026',
  '',
  'Ukraine withdrew from the CIS free trade agreement on Monday, the economy ministry said.',
  'Moldova signed the CIS free trade agreement on Wednesday, and Georgia could sign it next year.',
].join('\n');

test('an accepted treaty event changes the parties of the agreement from its day, citing the article', () => {
  const file = join(dir, 'ukraine.txt');
  writeFileSync(file, ARTICLE);
  assert.equal(cli(['ingest', file]).code, 0);
  const { facts } = JSON.parse(cli(['facts', '--pending', '--json']).out);
  const got = facts.map((f: { subject: { id: string }; predicate: string; object: { id: string }; status: string; from: string }) =>
    [f.subject.id, f.predicate, f.object.id, f.status, f.from].join(' '),
  );
  assert.deepEqual(got.sort(), ['MDA party_to DESTA811 signed 2026-11-11', 'UKR party_to DESTA811 withdrawn 2026-11-09'], 'the forecast is no fact');
  assert.ok(
    partiesOn('2026-11-20', true).members.some((m) => m.id === 'UKR'),
    'a signatory in the fixture data',
  );

  const ids = facts.map((f: { id: string }) => f.id);
  assert.equal(cli(['facts', 'accept', ...ids]).code, 0);
  const after = partiesOn('2026-11-20', true);
  assert.ok(!after.members.some((m) => m.id === 'UKR'), 'Ukraine is no party of any stage after it withdrew');
  const moldova = [...after.members, ...(after.others ?? [])].find((m) => m.id === 'MDA');
  assert.equal(moldova?.status, 'signed');
  assert.equal(moldova?.sources[0]?.dataset, 'news');
  assert.equal(moldova?.sources[0]?.ref, facts[0].article.id);
  assert.ok(
    partiesOn('2026-11-01', true).members.some((m) => m.id === 'UKR'),
    'the days before the article are unchanged',
  );
});
