/**
 * Issue 11's measure: how far the sources behind today's answers reach. For the organizations users ask about
 * first, and for every organization and alliance with members today: the last day a source verified one of its
 * memberships, and the share of today's memberships verified after 2024-01-01 (aim: every named organization
 * verified after it). Reads the committed data only; `ENTENTE_TODAY` fixes today (default: the clock).
 * Run alone: npx tsx eval/freshness.eval.ts. ENTENTE_EVAL_DB reuses a loaded SQLite file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../src/app.js';
import { isEntenteError } from '../src/core/errors.js';
import type { MembersAnswer } from '../src/graph/answers.js';
import { headline } from './headline.js';

const RECENT = '2024-01-01';
/** What users ask about first (issue 11), by the names they use. */
const NAMED = [
  'EU',
  'NATO',
  'SCO',
  'BRICS',
  'OPEC',
  'ASEAN',
  'ECOWAS',
  'Alliance of Sahel States',
  'CIS',
  'CSTO',
  'EAEU',
  'Union State',
  'USMCA',
  'G7',
  'G20',
  'African Union',
];

interface Row {
  readonly ask: string;
  readonly id: string;
  readonly members: number;
  readonly newest: string;
  readonly recent: number;
}

export async function run(): Promise<void> {
  const db = process.env.ENTENTE_EVAL_DB ?? join(mkdtempSync(join(tmpdir(), 'entente-eval-')), 'eval.sqlite');
  const app = await createApp({ db });
  try {
    await app.ensureLoaded();
    const today = app.config.today();
    const on = { date: today, precision: 'day' as const };
    process.stdout.write(`today ${today}; the newest day the data knows: ${await app.graph.newestDay()}\n\n`);
    const named: Row[] = [];
    for (const ask of NAMED) named.push(await rowOf(app, ask, on));
    table(named);
    const met = named.filter((r) => r.members > 0 && r.recent === r.members).length;
    const lines = named.reduce((n, r) => n + r.members, 0);
    const recent = named.reduce((n, r) => n + r.recent, 0);
    process.stdout.write(`\nnamed organizations with every membership of today verified after ${RECENT}: ${met} of ${NAMED.length} (aim: all)\n`);
    // Stable against the clock: RECENT is a fixed day, and today's memberships change only with the data.
    headline('freshness.named.fully-verified', met / NAMED.length);
    headline('freshness.named.memberships-verified', lines === 0 ? 0 : recent / lines);

    const catalog = await app.stores.graph.coverage(['member_of', 'party_to']);
    const ids = [...new Set(catalog.filter((r) => r.to >= today).map((r) => r.object))];
    const kinds = new Map((await app.stores.graph.entities(ids)).map((e) => [e.id, e.kind]));
    for (const kind of ['organization', 'alliance'] as const) {
      const rows: Row[] = [];
      for (const id of ids.filter((x) => kinds.get(x) === kind)) {
        const r = await rowOf(app, id, on);
        if (r.members > 0) rows.push(r);
      }
      const lines = rows.reduce((n, r) => n + r.members, 0);
      const recent = rows.reduce((n, r) => n + r.recent, 0);
      const fresh = rows.filter((r) => r.newest >= RECENT).length;
      process.stdout.write(
        `${kind === 'organization' ? 'organizations' : 'alliances'} with members today: ${rows.length}; verified after ${RECENT}: ${fresh} (${pct(fresh, rows.length)}); ` +
          `memberships today: ${lines}, verified after ${RECENT}: ${recent} (${pct(recent, lines)})\n`,
      );
      const byNewest = new Map<string, number>();
      for (const r of rows) byNewest.set(r.newest, (byNewest.get(r.newest) ?? 0) + 1);
      process.stdout.write(
        `  by last verified day: ${[...byNewest]
          .sort((a, b) => (a[0] < b[0] ? 1 : -1))
          .map(([d, n]) => `${d} ${n}`)
          .join(', ')}\n`,
      );
    }
  } finally {
    await app.close();
  }
}

async function rowOf(app: App, ask: string, on: { date: string; precision: 'day' }): Promise<Row> {
  let a: MembersAnswer;
  try {
    a = await app.graph.members(ask, on as never);
  } catch (e) {
    if (isEntenteError(e) && e.code === 'UNKNOWN_ENTITY') return { ask, id: '(unknown)', members: 0, newest: '', recent: 0 };
    throw e;
  }
  const lines = [...a.members, ...a.others];
  const newest = lines.reduce((d, l) => (l.verifiedThrough > d ? l.verifiedThrough : d), '');
  return { ask, id: a.organization.id, members: lines.length, newest, recent: lines.filter((l) => l.verifiedThrough >= RECENT).length };
}

function table(rows: readonly Row[]): void {
  const head = ['asked', 'id', 'memberships today', 'last verified', `verified after ${RECENT}`];
  const cells = rows.map((r) => [r.ask, r.id, String(r.members), r.newest || '-', r.members ? `${r.recent} (${pct(r.recent, r.members)})` : '-']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${[line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`);
}

function pct(n: number, of: number): string {
  return of === 0 ? '-' : `${((100 * n) / of).toFixed(0)}%`;
}
