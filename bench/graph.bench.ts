/**
 * Issue 2's figures: the full reference load into SQLite (seconds, rows/s), then `members X --on D` and
 * `orgs S --on D` in-process over 10,000 random (org, date) and (state, date) queries, on SQLite and PostgreSQL
 * side by side, beside a floor: the same indexed lookup as one raw prepared statement on better-sqlite3.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { createApp, type App } from '../src/app.js';
import { makeDate, type DateQuery } from '../src/core/time.js';
import { figure } from '../scripts/figures/figure.js';
import { printTable, seeded, timeEach } from './stats.js';

const N = Number(process.env.BENCH_QUERIES ?? 10_000);
const PG_URL = process.env.ENTENTE_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function run(): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'entente-bench-')), 'bench.sqlite');
  const sqlite = await createApp({ db: file });
  const load = await sqlite.init();
  const rows = load.entities + load.aliases + load.facts;
  printTable(
    'Reference load into SQLite (one transaction)',
    ['figure', 'value'],
    [
      ['seconds', load.seconds],
      ['rows (entities + aliases + facts)', rows],
      ['rows/s', rows / load.seconds],
    ],
  );

  const orgs = ['CSTO', 'NATO', 'CIS', 'EACU', 'EAEU', 'EURASEC', 'SCO', 'UN', 'OAS', 'ATOP4220', 'ATOP3180', 'WTO'];
  const states = ['RUS', 'TJK', 'USA', 'FRA', 'DEU', 'UKR', 'KAZ', 'ARM', 'CHN', 'BRA', 'IND', 'TUR'];
  const rnd = seeded(42);
  const day = (): DateQuery => ({ date: makeDate(1946 + Math.floor(rnd() * 79), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)), precision: 'day' });
  const memberQueries = Array.from({ length: N }, () => ({ org: orgs[Math.floor(rnd() * orgs.length)]!, on: day() }));
  const stateQueries = Array.from({ length: N }, () => ({ state: states[Math.floor(rnd() * states.length)]!, on: day() }));

  const measure = async (app: App) => {
    // Steady state: each organization's and state's timelines are built once per loaded version, on first use.
    for (const org of orgs) await app.graph.members(org, day());
    for (const state of states) await app.graph.organizations(state, day());
    const members = await timeEach(N, (i) => app.graph.members(memberQueries[i]!.org, memberQueries[i]!.on));
    const organizations = await timeEach(N, (i) => app.graph.organizations(stateQueries[i]!.state, stateQueries[i]!.on));
    return { members, organizations };
  };

  const raw = new BetterSqlite3(file, { readonly: true });
  const stmt = raw.prepare("select * from facts where predicate = 'member_of' and object = ? and valid_from <= ? and valid_to >= ?");
  const floor = await timeEach(N, (i) => stmt.all(memberQueries[i]!.org, memberQueries[i]!.on.date, memberQueries[i]!.on.date));
  raw.close();

  const onSqlite = await measure(sqlite);
  await sqlite.close();

  let onPg: Awaited<ReturnType<typeof measure>> | undefined;
  try {
    const pg = await createApp({ databaseUrl: PG_URL, databaseSchema: 'entente_bench' });
    await pg.init();
    onPg = await measure(pg);
    await pg.close();
  } catch (e) {
    process.stdout.write(`(PostgreSQL skipped: ${(e as Error).message})\n`);
  }

  const row = (name: string, r: { p50: number; p99: number; perSecond: number } | undefined) =>
    r ? [name, r.p50, r.p99, r.perSecond, r.p50 / floor.p50] : [name, NaN, NaN, NaN, NaN];
  printTable(
    `In-process queries, ${N.toLocaleString('en-US')} random (org|state, day) each (ms)`,
    ['query', 'p50', 'p99', 'per s', 'x floor p50'],
    [
      ['floor: raw indexed SELECT (better-sqlite3)', floor.p50, floor.p99, floor.perSecond, 1],
      row('members, SQLite', onSqlite.members),
      row('orgs, SQLite', onSqlite.organizations),
      row('members, PostgreSQL', onPg?.members),
      row('orgs, PostgreSQL', onPg?.organizations),
    ],
  );
  process.stdout.write(`aim: load < 20 s; members/orgs p99 < 1 ms on SQLite\n`);
  figure('graph.load.seconds', load.seconds, 's');
  figure('graph.load.rows-per-second', rows / load.seconds, 'per s');
  for (const [db, r] of [
    ['sqlite', onSqlite],
    ['postgres', onPg],
  ] as const) {
    for (const [query, t] of r
      ? ([
          ['members', r.members],
          ['orgs', r.organizations],
        ] as const)
      : []) {
      figure(`graph.${query}.${db}.p50`, t.p50, 'ms');
      figure(`graph.${query}.${db}.p99`, t.p99, 'ms');
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
