import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DyadYearRow } from '../../src/rules/answers.js';
import { DYAD_YEAR_HEADER, dyadYearCsv } from '../../src/rules/dyad-years.js';
import { ObligationService } from '../../src/rules/obligation-service.js';
import { tinyRuleBook, world } from '../fixtures/rules/tiny-world.js';

const service = () => new ObligationService(async () => world, { ruleBook: tinyRuleBook() });
const key = (r: DyadYearRow) => `${r.ccode1},${r.ccode2},${r.year}`;
const bits = (r: DyadYearRow | undefined) => (r ? `${r.defense}${r.offense}${r.neutral}${r.nonagg}${r.consul}` : 'absent');

const rows = service().dyadYears(2000, 2018);

// [dyad-year, defense offense neutral nonagg consul, why]
const expected: Array<[string, string, string]> = [
  ['10,20,2004', '10001', 'phase 1: defence and consultation'],
  ['10,20,2005', '10010', 'the year of the phase change takes the later phase: consultation is gone'],
  ['10,20,2018', '10010', 'an open membership runs to the end of the data'],
  ['10,20,2019', 'absent', 'and no further'],
  ['10,40,2007', '00001', 'only the bilateral consultation before DDD joins the pact'],
  ['10,40,2008', '10011', 'the pact from DDD’s accession, with the bilateral consultation'],
  ['40,10,2008', '10010', 'DDD owes defence under both treaties'],
  ['10,40,2010', '10011', 'the bilateral treaty ended on 2010-01-01 and still counts in 2010'],
  ['10,40,2011', '10010', 'and not after'],
  ['60,50,2002', '01000', 'offence owed one way'],
  ['50,60,2002', '00100', 'neutrality owed the other way'],
  ['20,50,2003', '10000', 'the switched provision, on by default'],
  ['80,82,2006', '10000', 'JJJ and LLL share 2005-2006'],
  ['80,82,2007', 'absent', 'JJJ left in 2006'],
  ['81,82,2006', '10000', 'KKK joins the day JJJ leaves'],
  ['80,81,2006', 'absent', 'JJJ and KKK never share a day'],
];

for (const [dyadYear, want, why] of expected) {
  test(`dyad-year ${dyadYear}: ${why}`, async () => {
    const got = (await rows).find((r) => key(r) === dyadYear);
    assert.equal(bits(got), want);
  });
}

test('members outside the COW system (4-digit codes) are left out, as ATOP leaves them out', async () => {
  assert.ok(!(await rows).some((r) => r.ccode1 === 1234 || r.ccode2 === 1234));
});

test('rows are sorted by ccode1, ccode2, year and every dyad-year appears once', async () => {
  const keys = (await rows).map((r) => [r.ccode1, r.ccode2, r.year]);
  const sorted = [...keys].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!);
  assert.deepEqual(keys, sorted);
  assert.equal(new Set(keys.map((k) => k.join(','))).size, keys.length);
});

test('with the switch off, the dyad still shares an alliance but owes nothing under it', async () => {
  const off = await service().dyadYears(2000, 2018, { 'charter-defense': false });
  assert.equal(bits(off.find((r) => key(r) === '20,50,2003')), '00000');
});

test('a year range narrows the rows', async () => {
  const one = await service().dyadYears(2005, 2005);
  assert.ok(one.length > 0 && one.every((r) => r.year === 2005));
});

test('CSV in ATOP’s column order', async () => {
  const csv = dyadYearCsv((await rows).filter((r) => key(r) === '10,20,2004'));
  assert.equal(csv, `${DYAD_YEAR_HEADER}\n10,20,2004,1,0,0,0,1\n`);
  assert.equal(DYAD_YEAR_HEADER, 'ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul');
});
