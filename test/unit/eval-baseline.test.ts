import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareWithBaseline, formatBaselineRows, writeBaseline, type Baseline } from '../../eval/headline.js';

const baseline: Baseline = {
  'events.petr2.root.precision': { value: 0.81 },
  'events.petr2.root.recall': { value: 0.64 },
  'obligations.defense': { value: 1, tolerance: 0 },
  'ner.testa.f1': { value: 0.93 },
};

test('a figure within the tolerance holds; one more than 0.02 below the baseline is DROPPED', () => {
  const rows = compareWithBaseline(
    baseline,
    new Map([
      ['events.petr2.root.precision', 0.795],
      ['events.petr2.root.recall', 0.61],
    ]),
    ['events'],
  );
  assert.deepEqual(
    rows.map((r) => [r.name, r.verdict]),
    [
      ['events.petr2.root.precision', 'ok'],
      ['events.petr2.root.recall', 'DROPPED'],
    ],
  );
});

test('a zero tolerance fails on any drop; a rise is better; a figure the baseline lacks is new', () => {
  const rows = compareWithBaseline(
    baseline,
    new Map([
      ['obligations.defense', 0.99999],
      ['obligations.offense', 1],
    ]),
    ['obligations'],
  );
  assert.deepEqual(
    rows.map((r) => [r.name, r.verdict]),
    [
      ['obligations.defense', 'DROPPED'],
      ['obligations.offense', 'new'],
    ],
  );
  const better = compareWithBaseline(baseline, new Map([['ner.testa.f1', 0.95]]), ['ner']);
  assert.equal(better[0]!.verdict, 'better');
});

test('a baseline figure of a module that ran but did not report it is MISSING; modules not run are not checked', () => {
  const rows = compareWithBaseline(baseline, new Map([['events.petr2.root.precision', 0.81]]), ['events']);
  assert.deepEqual(
    rows.map((r) => [r.name, r.verdict]),
    [
      ['events.petr2.root.precision', 'ok'],
      ['events.petr2.root.recall', 'MISSING'],
    ],
  );
  assert.match(formatBaselineRows(rows), /events\.petr2\.root\.recall\s+0\.6400\s+-\s+MISSING/);
});

test('updating the baseline keeps tolerances and the figures of modules that did not run', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'baseline.json');
  writeBaseline(
    baseline,
    new Map([
      ['obligations.defense', 1],
      ['events.petr2.root.precision', 0.83333333],
    ]),
    ['obligations', 'events'],
    file,
  );
  const written = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
  assert.deepEqual(written, {
    'events.petr2.root.precision': { value: 0.83333333 },
    'ner.testa.f1': { value: 0.93 },
    'obligations.defense': { value: 1, tolerance: 0 },
  });
});
