import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { FIXTURE_BUNDLE } from '../fixtures/news/fixture-graph.js';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-facts-office-cli-'));
const env = { ENTENTE_DATA_DIR: writeDataDir(FIXTURE_BUNDLE), ENTENTE_DB: join(dir, 'db.sqlite'), ENTENTE_TODAY: '2026-12-06' };

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const leaders = (state: string, day: string) =>
  JSON.parse(cli(['leaders', state, '--on', day, '--json']).out).leaders as {
    person: { id: string };
    office: string;
    sources: { dataset: string; ref: string }[];
  }[];

/** Invented: Belarus's president resigns, Russia swears in a new one. */
const ARTICLE = [
  'Minsk and Moscow change leaders',
  '',
  'November 13, 2026',
  '',
  'Belarusian President Alexander Lukashenko resigned on Wednesday, state television said.',
  'Dmitry Medvedev was sworn in as president of Russia on Monday. Alexander Lukashenko could return to office, aides said.',
].join('\n');

test("an accepted leader's change answers `leaders` from its day, citing the article", () => {
  const file = join(dir, 'leaders.txt');
  writeFileSync(file, ARTICLE);
  assert.equal(cli(['ingest', file]).code, 0);
  const { facts } = JSON.parse(cli(['facts', '--pending', '--json']).out);
  const got = facts.map((f: { subject: { id: string }; predicate: string; object: { id: string }; status: string; from: string }) =>
    [f.subject.id, f.predicate, f.object.id, f.status, f.from].join(' '),
  );
  assert.deepEqual(got.sort(), ['Q23530 holds_office RUS in_office 2026-11-09', 'Q42465 holds_office BLR withdrawn 2026-11-11'], 'the forecast is no fact');
  assert.ok(leaders('BLR', '2026-11-20').some((l) => l.person.id === 'Q42465'));

  assert.equal(cli(['facts', 'accept', ...facts.map((f: { id: string }) => f.id)]).code, 0);
  assert.ok(!leaders('BLR', '2026-11-20').some((l) => l.person.id === 'Q42465'), 'he left office on 2026-11-11');
  assert.ok(
    leaders('BLR', '2026-11-10').some((l) => l.person.id === 'Q42465'),
    'the day before he still held it',
  );
  const medvedev = leaders('RUS', '2026-11-20').find((l) => l.person.id === 'Q23530');
  assert.equal(medvedev?.office, 'head_of_state');
  assert.equal(medvedev?.sources[0]?.dataset, 'news');
  assert.equal(medvedev?.sources[0]?.ref, facts[0].article.id);
});
