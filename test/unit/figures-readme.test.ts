import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { type FigureBook, type FigureTable, renderReadme, showFrom, stampsOf } from '../../scripts/figures/readme.js';
import { TABLES } from '../../scripts/figures/tables.js';

const stamp = { from: 'bench graph', taken: '2026-12-06', cores: 2, load: [4.14, 6.3] as const, commit: 'abc1234' };
const book: FigureBook = {
  'graph.members.sqlite.p99': { value: 0.2412, unit: 'ms', ...stamp },
  'graph.load.seconds': { value: 1.63, unit: 's', ...stamp },
  'graph.load.rows-per-second': { value: 50712.4, unit: 'per s', ...stamp },
  'ner.testa.f1': { value: 0.92818, unit: 'share', ...stamp, from: 'eval ner', taken: '2026-12-05', load: [1, 1] },
  'obligations.nonaggression': { value: 0.999912, unit: 'share', ...stamp },
  'obligations.defense': { value: 1, unit: 'share', ...stamp },
  'api.x': { value: 0.3349, unit: 'share', ...stamp },
  'ner.tagging': { value: 265_400, unit: 'per s', ...stamp },
  'pipeline.x': { value: 2.25, unit: 'x', ...stamp },
  'slow.ms': { value: 14.4, unit: 'ms', ...stamp },
  'mid.ms': { value: 3.14, unit: 'ms', ...stamp },
  'fast.ms': { value: 0.0123, unit: 'ms', ...stamp },
  'negative.ms': { value: -1.971, unit: 'ms', ...stamp },
};

test('figures are shown with the digits that matter, and a figure never measured as a dash', () => {
  const f = showFrom(book);
  const rows: Array<[string, string]> = [
    [f.ms('graph.members.sqlite.p99'), '0.24'],
    [f.ms('fast.ms'), '0.012'],
    [f.ms('mid.ms'), '3.1'],
    [f.ms('slow.ms'), '14'],
    [f.ms('negative.ms'), '-2.0'],
    [f.s('graph.load.seconds'), '1.6'],
    [f.rate('graph.load.rows-per-second'), '50,712'],
    [f.thousands('ner.tagging'), '265k'],
    [f.pct('obligations.nonaggression'), '99.991%'],
    [f.pct('obligations.defense'), '100%'],
    [f.pct('api.x', 0), '33%'],
    [f.points('ner.testa.f1'), '92.82'],
    [f.share('ner.testa.f1'), '0.93'],
    [f.x('pipeline.x'), '2.3x'],
    [f.ms('graph.members.postgres.p99'), '–'],
  ];
  for (const [shown, expected] of rows) assert.equal(shown, expected);
});

test("a row's last column says when, on how many cores and under what load its figures were taken", () => {
  assert.equal(stampsOf(book, ['graph.load.seconds', 'graph.load.rows-per-second']), '2026-12-06, 2 cores, load 4.1-6.3');
  assert.equal(stampsOf(book, ['graph.load.seconds', 'ner.testa.f1']), '2026-12-05, 2 cores, load 1.0; 2026-12-06, 2 cores, load 4.1-6.3');
  assert.equal(stampsOf(book, ['graph.load.seconds', 'nothing.yet']), '2026-12-06, 2 cores, load 4.1-6.3; 1 not measured');
  assert.equal(stampsOf(book, ['nothing.yet']), 'not measured');
});

const tables: Readonly<Record<string, FigureTable>> = {
  speed: {
    header: ['what', 'figure'],
    rows: [{ from: 'bench graph', uses: ['graph.load.seconds'], cells: (f) => ['load', `${f.s('graph.load.seconds')} s`] }],
  },
};

test('the README block between the markers is redrawn and the text around it kept', () => {
  const readme = 'Intro.\n\n<!-- figures:speed -->\n| old | table |\n<!-- /figures -->\n\nAfter.\n';
  assert.equal(
    renderReadme(readme, tables, book),
    'Intro.\n\n<!-- figures:speed -->\n| what | figure | measured |\n|---|---|---|\n| load | 1.6 s | 2026-12-06, 2 cores, load 4.1-6.3 |\n<!-- /figures -->\n\nAfter.\n',
  );
});

test('a block naming no table, a table without its block and an unclosed block are errors, not silence', () => {
  assert.throws(() => renderReadme('<!-- figures:speed -->\n<!-- /figures -->\n<!-- figures:sped -->\n<!-- /figures -->\n', tables, book), /names "sped"/);
  assert.throws(() => renderReadme('no markers here\n', tables, book), /expected a <!-- figures:speed -->/);
  assert.throws(() => renderReadme('<!-- figures:speed -->\n| old |\n', tables, book), /has no <!-- \/figures -->/);
});

test("the project's README has a block for every table of scripts/figures/tables.ts, and every row fits its header", () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const drawn = renderReadme(readme, TABLES, {});
  for (const name of Object.keys(TABLES)) assert.match(drawn, new RegExp(`<!-- figures:${name} -->\\n\\| `));
});
