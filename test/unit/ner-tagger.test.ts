import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadNerTagger } from '../../src/pipeline/ner-gazetteer-file.js';
import { tokenize } from '../../src/extract/ner/tokenize.js';

const tagger = loadNerTagger();
const entities = (text: string) => tagger.findEntities(text, tokenize(text)).map((e) => `${e.text}/${e.type}`);

test('the committed model finds people, organizations and places no dictionary has', () => {
  const rows: [string, string[]][] = [
    ['Igor Korotchenko, editor of National Defense magazine, spoke in Moscow.', ['Igor Korotchenko/PER', 'National Defense/ORG', 'Moscow/LOC']],
    ['Photo by Denis Sinyakov / Reuters', ['Denis Sinyakov/PER', 'Reuters/ORG']],
    ['The United Nations Security Council met in New York to discuss the war in Syria.', ['United Nations Security Council/ORG', 'New York/LOC', 'Syria/LOC']],
    ['Shares in Siemens AG rose 3 percent in Frankfurt after the company beat estimates.', ['Siemens AG/ORG', 'Frankfurt/LOC']],
    [
      'President Vladimir Putin met Ukrainian President Viktor Yanukovych in Moscow.',
      ['Vladimir Putin/PER', 'Ukrainian/MISC', 'Viktor Yanukovych/PER', 'Moscow/LOC'],
    ],
  ];
  for (const [text, expected] of rows) assert.deepEqual(entities(text), expected, text);
});

test('findEntities gives offsets into the text; tagTokens gives BIO tags', () => {
  const text = '  Igor Korotchenko spoke in Moscow.';
  const found = tagger.findEntities(text, tokenize(text));
  for (const e of found) assert.equal(text.slice(e.start, e.end), e.text);
  assert.deepEqual(found[0], { text: 'Igor Korotchenko', start: 2, end: 18, type: 'PER' });
  assert.deepEqual(tagger.tagTokens(['Igor', 'Korotchenko', 'spoke', 'in', 'Moscow', '.']), ['B-PER', 'I-PER', 'O', 'O', 'B-LOC', 'O']);
  assert.deepEqual(tagger.tagTokens([]), []);
  assert.deepEqual(tagger.findEntities('', []), []);
});

test('the second stage reads the whole document: a name given in full once decides its short form', () => {
  const alone = 'Jones stock closed down 1/8 at 40.';
  const inDocument = `Jones Medical Industries Inc said on Friday it completed the acquisition. ${alone}`;
  // Alone, nothing says Jones is a company (the model's guess, PER or MISC, varies with its training).
  const [guess, ...more] = entities(alone);
  assert.ok(guess?.startsWith('Jones/') && guess !== 'Jones/ORG' && more.length === 0, guess);
  assert.deepEqual(entities(inDocument), ['Jones Medical Industries Inc/ORG', 'Jones/ORG']);
});

test('tokenize follows the CoNLL conventions', () => {
  const rows: [string, string][] = [
    ["Russia's U.S.-based", "Russia|'s|U.S.|-|based"],
    ["Mr. Smith don't O'Neill", "Mr.|Smith|do|n't|O'Neill"],
    ['3,500 troops on 1996-08-22 (12.5%)', '3,500|troops|on|1996-08-22|(|12.5|%|)'],
    ['Łódź, São Paulo', 'Łódź|,|São|Paulo'],
    ['', ''],
  ];
  for (const [text, expected] of rows)
    assert.equal(
      tokenize(text)
        .map((t) => t.text)
        .join('|'),
      expected,
      text,
    );
});
