/**
 * `entente code` runs the analysis `entente ingest` runs (issue 13, "one actor stage for ingest and code"): the same
 * actors, home country and graph on the day, so the same events. From the user's side, on the committed data and an
 * own SQLite file; every article is invented.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');
const dir = mkdtempSync(join(tmpdir(), 'entente-code-ingest-'));
const env = { ...process.env, ENTENTE_DB: join(dir, 'db.sqlite') };

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

interface Event {
  source: string;
  target: string | null;
  cameo: string;
  sourceSpan: unknown;
  targetSpan: unknown;
  verbSpan: unknown;
}
const key = (e: Event) => JSON.stringify([e.source, e.target, e.cameo, e.sourceSpan, e.targetSpan, e.verbSpan]);

/** Invented articles, one a line: a body at home, a lower-case titled person and a party, officials, states. */
const ARTICLES = [
  { id: 'police', text: 'patna: the police detained dozens of workers of the samajwadi party after a protest on monday.', date: '2024-02-06' },
  { id: 'titled', text: 'lucknow: home minister sunil verma criticised the samajwadi party on sunday.', date: '2024-02-05' },
  {
    id: 'officials',
    text: "Russia's foreign minister Sergei Lavrov met the Chinese ambassador in Moscow on Tuesday. The talks ended quietly.",
    date: '2019-04-02',
  },
  { id: 'states', text: 'The government of Kenya accused Uganda of sheltering rebels. Nairobi recalled its envoy.', date: '2021-07-14' },
];

test('code --jsonl prints the events ingest stores for the same text on the same day (source, target, code, spans)', { timeout: 180_000 }, () => {
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, `${ARTICLES.map((a) => JSON.stringify(a)).join('\n')}\n`);
  const ingested = cli(['ingest', '--dry-run', '--json', file])
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { events: Event[] });
  const coded = cli(['code', '--jsonl', file, '--explain'])
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; events: Event[]; actors: { text: string; code: string }[]; stopped: { rule: string }[] });
  assert.deepEqual(
    coded.map((c) => c.id),
    ARTICLES.map((a) => a.id),
  );
  for (const [i, c] of coded.entries()) assert.deepEqual(c.events.map(key), ingested[i]!.events.map(key), ARTICLES[i]!.id);
  // Not an empty agreement: the actor stage's actors make events the dictionaries alone would not.
  const police = coded[0]!;
  assert.ok(
    police.events.some((e) => e.source === 'INDCOP' && e.target === 'INDPTY'),
    JSON.stringify(police.events),
  );
  assert.ok(
    police.actors.some((a) => a.text === 'samajwadi party' && a.code === 'INDPTY'),
    JSON.stringify(police.actors),
  );
  assert.ok(!police.stopped.some((t) => t.rule === 'event.no-source'), JSON.stringify(police.stopped));
  assert.ok(
    coded[1]!.events.some((e) => e.source === 'INDGOV' && e.cameo === '111'),
    JSON.stringify(coded[1]!.events),
  );
});

test('code --text --explain shows the event of a titled person in lower case against a party, with the actors found', { timeout: 120_000 }, () => {
  const text = 'kanpur: transport minister arjun malhotra accused the samajwadi party of blocking the new bus depot.';
  const out = cli(['code', '--text', text, '--date', '2023-11-20', '--explain']);
  assert.match(out, /^article: home country IND/m);
  assert.match(out, /actor "arjun malhotra" INDGOV\w* \(person:arjun-malhotra\) by person\.title-name/);
  assert.match(out, /actor "samajwadi party" INDPTY/);
  assert.match(out, /event INDGOV\w* 11\d INDPTY/);
  assert.doesNotMatch(out, /event\.no-source/);
  const json = JSON.parse(cli(['code', '--text', text, '--date', '2023-11-20'])) as { events: Event[] };
  assert.ok(
    json.events.some((e) => e.source.startsWith('INDGOV') && e.target === 'INDPTY'),
    JSON.stringify(json.events),
  );
});
