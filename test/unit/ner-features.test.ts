import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paddedInfos, tokenFeatures } from '../../src/extract/ner/features.js';
import { FLAG, wordFlags, wordInfo, wordShapes } from '../../src/extract/ner/word-features.js';

test('word shapes: long (runs capped at 4) and short (runs collapsed)', () => {
  const rows: [string, string, string][] = [
    ['Moscow', 'Xxxxx', 'Xx'],
    ['NATO', 'XXXX', 'X'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996-08-22', 'dddd-dd-dd', 'd-d-d'],
    ["McDonald's", "XxXxxxx'x", "XxXx'x"],
    ['3,500', 'd,ddd', 'd,d'],
    ['São', 'Xxx', 'Xx'],
    ['Łódź', 'Xxxx', 'Xx'],
    ['東京', 'xx', 'x'],
    ['—', '*', '*'],
  ];
  for (const [word, shape, short] of rows) assert.deepEqual(wordShapes(word), { shape, short }, word);
});

test('word flags', () => {
  const rows: [string, number][] = [
    ['NATO', FLAG.allCaps | FLAG.initCap],
    ['Moscow', FLAG.initCap],
    ['McDonald', FLAG.initCap | FLAG.innerCap],
    ['1996', FLAG.hasDigit | FLAG.allDigits | FLAG.noLetters],
    ['F-16', FLAG.allCaps | FLAG.initCap | FLAG.hasDigit | FLAG.hasHyphen],
    ['U.S.', FLAG.allCaps | FLAG.initCap | FLAG.hasPeriod],
    ['iPhone', FLAG.innerCap],
    ['editor', 0],
    [',', FLAG.noLetters],
  ];
  for (const [word, flags] of rows) assert.equal(wordFlags(word), flags, word);
});

test('the lexicon feeds clusters and case buckets; unknown words get none', () => {
  const lexicon = new Map([['moscow', { clusters: [3, 17, -1], capBucket: 4, freqBucket: 5 }]]);
  const known = wordInfo('Moscow', lexicon);
  const unknown = wordInfo('Korotchenko', lexicon);
  assert.equal(known.cap, 4);
  assert.equal(known.clusters[2], -1);
  assert.notEqual(known.clusters[0], -1);
  assert.equal(unknown.cap, -1);
  assert.deepEqual(unknown.clusters, [-1, -1, -1]);
  // Case is kept for the word feature and dropped for the lower-cased one.
  assert.equal(wordInfo('MOSCOW', lexicon).lower, known.lower);
  assert.notEqual(wordInfo('MOSCOW', lexicon).word, known.word);
});

test('token features are deterministic and depend on the context window', () => {
  const feats = (tokens: string[], i: number) => {
    const out: number[] = [];
    tokenFeatures(paddedInfos(tokens, new Map()), i, false, undefined, out);
    return out;
  };
  const a = feats(['He', 'spoke', 'in', 'Moscow', '.'], 3);
  assert.deepEqual(a, feats(['He', 'spoke', 'in', 'Moscow', '.'], 3));
  assert.ok(a.every((h) => Number.isInteger(h) && h !== 0));
  // Changing a word two to the left changes some features, not all.
  const b = feats(['He', 'slept', 'in', 'Moscow', '.'], 3);
  const shared = a.filter((h) => b.includes(h)).length;
  assert.ok(shared > 0 && shared < a.length);
  // Gazetteer labels add features.
  const out: number[] = [];
  tokenFeatures(paddedInfos(['Moscow'], new Map()), 0, false, ['U-LOC'], out);
  assert.equal(out.length, feats(['Moscow'], 0).length + 1);
});
