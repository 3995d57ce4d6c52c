import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, parseDateQuery, parseIsoDate } from '../../src/core/time.js';

const good: Array<[string, string, string]> = [
  ['2012-05-15', '2012-05-15', 'day'],
  ['2012-02-29', '2012-02-29', 'day'],
  ['2000-02-29', '2000-02-29', 'day'],
  ['2012', '2012-07-01', 'year'],
];
for (const [input, date, precision] of good) {
  test(`reads ${input}`, () => {
    const q = parseDateQuery(input);
    assert.deepEqual([q.date, q.precision], [date, precision]);
  });
}

const bad: Array<[string, RegExp]> = [
  ['2012-02-30', /February 2012 has 29 days/],
  ['2011-02-29', /February 2011 has 28 days/],
  ['1900-02-29', /February 1900 has 28 days/],
  ['2012-13-01', /month 13 does not exist/],
  ['0000-01-01', /there is no year 0000: years run from 0001 to 9999/],
  ['0000', /expected YYYY-MM-DD/],
  ['15/05/2012', /expected YYYY-MM-DD/],
  ['', /expected YYYY-MM-DD/],
];
for (const [input, message] of bad) {
  test(`refuses ${JSON.stringify(input)}`, () => {
    assert.throws(() => parseDateQuery(input), message);
  });
}

test('a bare year is not a full date', () => {
  assert.throws(() => parseIsoDate('2012'), /expected a full date/);
});

test('adds days across months and leap days', () => {
  assert.equal(addDays(parseIsoDate('2012-02-28'), 1), '2012-02-29');
  assert.equal(addDays(parseIsoDate('2012-06-27'), 1), '2012-06-28');
  assert.equal(addDays(parseIsoDate('2013-01-01'), -1), '2012-12-31');
});
