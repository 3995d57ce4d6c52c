import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EntenteError } from '../../src/core/errors.js';
import type { DateQuery, IsoDate } from '../../src/core/time.js';
import { ObligationService } from '../../src/rules/obligation-service.js';
import { writeDataDir } from '../fixtures/graph/write-data-dir.js';
import { datasets, entities, facts, tinyRuleBook, world } from '../fixtures/rules/tiny-world.js';

const TODAY = '2026-12-06' as IsoDate;
const service = () => new ObligationService(async () => world, { ruleBook: tinyRuleBook(), today: () => TODAY });
const on = (date: string, precision: DateQuery['precision'] = 'day'): DateQuery => ({ date: date as IsoDate, precision });

function rejectsWith(code: string, message: RegExp) {
  return (e: unknown) => {
    assert.ok(e instanceof EntenteError, String(e));
    assert.equal(e.code, code);
    assert.match(e.message, message);
    return true;
  };
}

const bad: Array<[string, () => Promise<unknown>, string, RegExp]> = [
  ['an unknown state', () => service().obligations({ attacked: 'Avarla', on: on('2009-06-01') }), 'UNKNOWN_ENTITY', /No state is called "Avarla"/],
  [
    'a date before 1815',
    () => service().obligations({ attacked: 'AAA', on: on('1814-12-31') }),
    'OUT_OF_RANGE',
    /No treaty data before 1815.*1814-12-31 is before it/,
  ],
  [
    'a day after today',
    () => service().obligations({ attacked: 'AAA', on: on('2026-12-07') }),
    'OUT_OF_RANGE',
    /2026-12-07 is after today \(2026-12-06\).*not of the future/,
  ],
  [
    'attacker = attacked',
    () => service().obligations({ attacked: 'AAA', attacker: 'Avaria', on: on('2009-06-01') }),
    'BAD_SCENARIO',
    /cannot attack itself.*Avaria \(AAA\)/,
  ],
  ['cascade, attacker = attacked', () => service().cascade({ attacked: 'AAA', attacker: 'AAA', on: on('2009-06-01') }), 'BAD_SCENARIO', /cannot attack itself/],
  ['--of an unknown state', () => service().boundBy('QQQ', on('2009-06-01')), 'UNKNOWN_ENTITY', /No state is called "QQQ"/],
  ['conflicts in the future', () => service().conflicts(on('2030-01-01')), 'OUT_OF_RANGE', /after today/],
  ['a bare year in the future', () => service().boundBy('AAA', on('2027-07-01', 'year')), 'OUT_OF_RANGE', /2027-07-01 is after today/],
  ['export before 1815', () => service().dyadYears(1800, 1900), 'OUT_OF_RANGE', /before ATOP begins/],
  ['export after this year', () => service().dyadYears(2000, 2027), 'OUT_OF_RANGE', /--to 2027 is after this year/],
  ['export from > to', () => service().dyadYears(2010, 2000), 'USAGE', /--from <= --to/],
];

for (const [what, run, code, message] of bad) {
  test(`refuses ${what} with ${code}`, async () => {
    await assert.rejects(run(), rejectsWith(code, message));
  });
}

test('an unknown state comes with the closest names', async () => {
  await assert.rejects(service().obligations({ attacked: 'Avarla', on: on('2009-06-01') }), (e: unknown) => {
    assert.ok(e instanceof EntenteError);
    assert.equal(e.details.suggestions?.[0], 'AAA (Avaria)');
    return true;
  });
});

test('names and aliases resolve case-insensitively', async () => {
  const a = await service().obligations({ attacked: 'avarian republic', attacker: 'EUPHORIA', on: on('2009-06-01') });
  assert.equal(a.scenario.attacked.id, 'AAA');
  assert.equal(a.scenario.attacker?.id, 'EEE');
});

test('a bare year is evaluated on 1 July and the answer says so', async () => {
  const a = await service().obligations({ attacked: 'AAA', on: { ...on('2009-07-01', 'year'), note: 'a bare year: evaluated on 2009-07-01' } });
  assert.ok(a.notes[0]!.startsWith('a bare year'));
});

// The CLI maps each error to exit code 2 and prints it on stderr; one fresh database for the three runs.
const BIN = join(import.meta.dirname, '..', '..', 'bin', 'entente.js');
const env = {
  ENTENTE_DATA_DIR: writeDataDir({ version: 'rules-fixture', datasets, entities, facts }),
  ENTENTE_DB: join(mkdtempSync(join(tmpdir(), 'entente-rules-')), 'db.sqlite'),
};
const cli = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

const cliCases: Array<[string[], RegExp]> = [
  [['obligations', '--attacked', 'AAA', '--by', 'AAA', '--on', '2009-06-01'], /cannot attack itself/],
  [['obligations', '--attacked', 'AAA', '--on', '1790-01-01'], /No treaty data before 1815/],
  [['obligations', '--attacked', 'AAA', '--on', '2999-01-01'], /2999-01-01 is after today/],
  [['members', 'PACTORG', '--on', '2999-01-01'], /2999-01-01 is after today/],
  [['cascade', '--attacker', 'Nowhere', '--attacked', 'AAA', '--on', '2009-06-01'], /No state is called "Nowhere"/],
];
for (const [args, message] of cliCases) {
  test(`entente ${args.join(' ')} exits 2`, () => {
    const r = cli(args);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.doesNotMatch(r.stderr, /internal error/);
  });
}
