import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Fact } from '../../src/core/fact.js';
import { EntenteError } from '../../src/core/errors.js';
import { convertAtop } from '../../scripts/build-data/atop.js';
import { buildReference } from '../../scripts/build-data/build.js';
import { convertCowIgo } from '../../scripts/build-data/cow-igo.js';
import { convertCowStates, readCrosswalk } from '../../scripts/build-data/cow-states.js';
import { parseCsv } from '../../scripts/build-data/csv-source.js';
import { readCuratedTables } from '../../scripts/build-data/curated.js';
import { convertDesta } from '../../scripts/build-data/desta.js';
import { BuildContext } from '../../scripts/build-data/facts.js';
import { convertLeaders } from '../../scripts/build-data/leaders.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/build-data/', import.meta.url));
const SOURCES = join(FIXTURES, 'sources');
const CURATED = join(FIXTURES, 'curated');

function setup() {
  const ctx = new BuildContext();
  const cw = readCrosswalk(SOURCES);
  convertCowStates(ctx, SOURCES, cw);
  return { ctx, cw, tables: readCuratedTables(CURATED) };
}

function fact(ctx: BuildContext, dataset: string, id: string): Fact {
  const f = ctx.factsOf(dataset).find((x) => x.id === id);
  assert.ok(
    f,
    `no fact ${id} in ${dataset}: ${ctx
      .factsOf(dataset)
      .map((x) => x.id)
      .join(', ')}`,
  );
  return f;
}

const span = (f: Fact) => [f.valid.from, f.valid.to];

test('the crosswalk is a function of code and date: COW 365 is Russia, the USSR, then Russia', () => {
  const { cw } = setup();
  assert.equal(cw.idAt(365, '1900-01-01' as never), 'RUS');
  assert.equal(cw.idAt(365, '1991-12-24' as never), 'SUN');
  assert.equal(cw.idAt(365, '1991-12-25' as never), 'RUS');
  assert.equal(cw.idAt(260, '1970-01-01' as never), 'DEU');
  assert.equal(cw.idAt(704, '2000-01-01' as never), 'UZB');
  assert.deepEqual(
    cw.split(365, '1990-01-01' as never, '1992-12-31' as never).map((s) => [s.id, s.from, s.to]),
    [
      ['SUN', '1990-01-01', '1991-12-24'],
      ['RUS', '1991-12-25', '1992-12-31'],
    ],
  );
});

test('COW IGO: consecutive years with one status collapse into one year-precise fact; 0, -9 and empty are no membership', () => {
  const { ctx, cw, tables } = setup();
  convertCowIgo(ctx, SOURCES, cw, tables.igoNames);
  const member = fact(ctx, 'cow-igo-3', 'cow-igo:csto:704:2002');
  assert.deepEqual(span(member), ['2002-01-01', '2005-12-31']);
  assert.equal(member.status, 'member');
  assert.equal(member.precision, 'year');
  const observer = fact(ctx, 'cow-igo-3', 'cow-igo:csto:704:2007');
  assert.deepEqual([observer.status, ...span(observer)], ['observer', '2007-01-01', '2008-12-31']);
  assert.equal(ctx.factsOf('cow-igo-3').filter((f) => f.object === 'ZZORG').length, 0);
  assert.equal(ctx.entities.get('EURASEC')?.attrs.cowIgo, 'eaec');
});

test('COW IGO: a run reaching 2014 is open-ended and censored; a run across 1991-12-25 splits into SUN and RUS', () => {
  const { ctx, cw, tables } = setup();
  convertCowIgo(ctx, SOURCES, cw, tables.igoNames);
  const last = fact(ctx, 'cow-igo-3', 'cow-igo:csto:704:2014');
  assert.deepEqual(span(last), ['2014-01-01', '9999-12-31']);
  assert.equal(last.qualifiers.censored, true);
  assert.deepEqual(span(fact(ctx, 'cow-igo-3', 'cow-igo:un:365:1990:SUN')), ['1990-01-01', '1991-12-24']);
  assert.deepEqual(span(fact(ctx, 'cow-igo-3', 'cow-igo:un:365:1990:RUS')), ['1991-12-25', '1992-12-31']);
  assert.equal(fact(ctx, 'cow-igo-3', 'cow-igo:un:365:1990:RUS').subject, 'RUS');
});

test('ATOP: valid to the day before exit, so phases stay disjoint; exit year 0 is open and censored', () => {
  const { ctx, cw, tables } = setup();
  convertAtop(ctx, SOURCES, cw, tables.allianceNames);
  assert.deepEqual(span(fact(ctx, 'atop-5.1', 'atop:4220:704:1')), ['1992-05-15', '1999-04-19']);
  assert.deepEqual(span(fact(ctx, 'atop-5.1', 'atop:4220:704:2')), ['2006-08-17', '2012-06-27']);
  assert.deepEqual(span(fact(ctx, 'atop-5.1', 'atop:4220:365:1')), ['1992-05-15', '2002-10-06']);
  const open = fact(ctx, 'atop-5.1', 'atop:4220:365:2');
  assert.deepEqual([open.subject, ...span(open), open.qualifiers.censored], ['RUS', '2002-10-07', '9999-12-31', true]);
  assert.equal(open.qualifiers.phase, 2);
  assert.equal(open.qualifiers.defense, 1);
  assert.equal(open.qualifiers.defcoadv, null);
  const alliance = ctx.entities.get('ATOP4220');
  assert.equal(alliance?.name, 'Collective Security Treaty (Tashkent, 1992)');
  assert.deepEqual(alliance?.attrs.phases, [
    { phase: 1, from: '1992-05-15', to: '2002-10-06' },
    { phase: 2, from: '2002-10-07', to: '9999-12-31' },
  ]);
});

test('ATOP: a Soviet membership splits at 1991-12-25; an unknown exit day keeps the month and says so', () => {
  const { ctx, cw, tables } = setup();
  convertAtop(ctx, SOURCES, cw, tables.allianceNames);
  assert.deepEqual(span(fact(ctx, 'atop-5.1', 'atop:4016:365:0:SUN')), ['1990-11-19', '1991-12-24']);
  assert.deepEqual(span(fact(ctx, 'atop-5.1', 'atop:4016:365:0:RUS')), ['1991-12-25', '1997-05-30']);
  const ukraine = fact(ctx, 'atop-5.1', 'atop:4016:369:0');
  assert.deepEqual([...span(ukraine), ukraine.precision], ['1990-11-19', '1997-05-31', 'month']);
  assert.match(ctx.entities.get('ATOP4016')?.name ?? '', /^ATOP 4016: .*1990$/);
});

test('DESTA: signed and in force stages from January 1; a withdrawal names who left and makes no party facts', () => {
  const { ctx } = setup();
  convertDesta(ctx, SOURCES, 'desta-2.3');
  const signed = fact(ctx, 'desta-2.3', 'desta:811:RUS:signed');
  assert.deepEqual([signed.object, ...span(signed), signed.precision, signed.qualifiers.stage], ['DESTA811', '2011-01-01', '9999-12-31', 'year', 'signed']);
  assert.equal(fact(ctx, 'desta-2.3', 'desta:811:UZB:in_force').valid.from, '2012-01-01');
  assert.equal(fact(ctx, 'desta-2.3', 'desta:104:KAZ:in_force').valid.from, '2010-01-01');
  assert.deepEqual(ctx.entities.get('DESTA434_1')?.attrs.withdrawing, ['UZB']);
  assert.equal(ctx.factsOf('desta-2.3').filter((f) => f.object === 'DESTA434_1' || f.object === 'DESTA999').length, 0);
});

test('leaders: Archigos and REIGN leaders become the Wikidata person; tenures end the day before the successor starts', () => {
  const { ctx, cw } = setup();
  convertLeaders(ctx, SOURCES, cw);
  const putin = ctx.factsOf('archigos-4.1').find((f) => f.id === 'archigos:RUS-2000');
  assert.equal(putin?.subject, 'Q7747');
  assert.equal(putin?.qualifiers.censored, true);
  assert.equal(ctx.factsOf('reign-3.21').find((f) => f.id === 'reign:R2:2000-01-01')?.subject, 'Q7747');
  assert.ok(ctx.entities.get('Q7747')?.aliases.some((a) => a.text === 'Putin'));
  assert.deepEqual(span(fact(ctx, 'archigos-4.1', 'archigos:RUS-1985')), ['1985-03-11', '1991-08-20']);
  assert.deepEqual(span(fact(ctx, 'archigos-4.1', 'archigos:RUS-1991:SUN')), ['1991-08-21', '1991-12-24']);
  const yeltsin = fact(ctx, 'reign-3.21', 'reign:R1:1991-08-21:RUS');
  assert.equal(yeltsin.subject, 'ARCHIGOS:L2');
  assert.deepEqual([yeltsin.valid.to, yeltsin.precision], ['1999-12-31', 'month']);
  const yanukovych = fact(ctx, 'reign-3.21', 'reign:R3:2010-02-25');
  assert.deepEqual([yanukovych.subject, yanukovych.valid.to, yanukovych.precision], ['Q1459658', '2014-02-22', 'day']);
  const medvedev = fact(ctx, 'wikidata-leaders', 'wikidata:RUS:head_of_state:Q23530:2008-05-07');
  assert.deepEqual(span(medvedev), ['2008-05-07', '2012-05-06']);
  assert.equal(fact(ctx, 'wikidata-leaders', 'wikidata:RUS:head_of_government:Q23530:2012-05-08').valid.to, '2020-01-16');
  assert.equal(ctx.entities.get('ABW')?.kind, 'state');
});

test('the CSV reader keeps quoted commas, quotes and line breaks, and counts lines from where a record starts', () => {
  const rows = parseCsv('a,b\n"x, ""y""",2\n"multi\nline",3\n\nlast,4', ',', 't.csv');
  assert.deepEqual(
    rows.map((r) => [r.cells, r.line]),
    [
      [['a', 'b'], 1],
      [['x, "y"', '2'], 2],
      [['multi\nline', '3'], 3],
      [['last', '4'], 6],
    ],
  );
  assert.throws(
    () => parseCsv('a,b\n1,x"y\n', ',', 't.csv'),
    (e: unknown) => e instanceof EntenteError && e.details.line === 2 && e.details.column === 2,
  );
});

function tempTree(): { root: string; sources: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'entente-build-data-'));
  const sources = join(root, 'sources');
  cpSync(SOURCES, sources, { recursive: true });
  return { root, sources, out: join(root, 'data', 'reference') };
}

test('a full build writes sorted JSONL, a manifest with a content version, and the same bytes when run again', () => {
  const { root, sources, out } = tempTree();
  try {
    const first = buildReference({ referenceDir: sources, curatedDir: CURATED, outDir: out });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.match(manifest.version, /^[0-9a-f]{16}$/);
    assert.equal(manifest.files[0], 'entities.jsonl');
    assert.ok(manifest.files.includes('facts/curated.jsonl'));
    assert.equal(manifest.datasets.find((d: { id: string }) => d.id === 'cow-igo-3').rank, 7);
    const ids = readFileSync(join(out, 'facts', 'atop-5.1.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    assert.deepEqual(ids, [...ids].sort());
    const csto = readFileSync(join(out, 'entities.jsonl'), 'utf8')
      .split('\n')
      .find((l) => l.startsWith('{"id":"CSTO"'));
    assert.match(csto ?? '', /"treaty":"ATOP4220"/);
    const second = buildReference({ referenceDir: sources, curatedDir: CURATED, outDir: out });
    assert.equal(second.version, first.version);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a malformed row stops the build with file, line and column, and writes nothing', () => {
  const { root, sources, out } = tempTree();
  try {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'manifest.json'), '{"version":"previous"}\n');
    cpSync(join(FIXTURES, 'bad', 'atop5_1m.csv'), join(sources, 'atop5_1m.csv'));
    assert.throws(
      () => buildReference({ referenceDir: sources, curatedDir: CURATED, outDir: out }),
      (e: unknown) => {
        assert.ok(e instanceof EntenteError);
        assert.equal(e.code, 'BAD_ROW');
        assert.deepEqual([e.details.file, e.details.line, e.details.column, e.details.found], ['atop5_1m.csv', 4, 'dayent', 'x5']);
        assert.match(e.message, /atop5_1m\.csv line 4, column dayent: expected an integer/);
        return true;
      },
    );
    assert.equal(readFileSync(join(out, 'manifest.json'), 'utf8'), '{"version":"previous"}\n');
    assert.deepEqual(readdirSync(join(root, 'data')), ['reference']);
    assert.ok(!existsSync(join(out, 'entities.jsonl')));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
