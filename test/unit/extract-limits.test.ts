import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/extract/sentences.js';
import { firstContaining, SpanCover } from '../../src/extract/span-index.js';
import { cutLongSentence, limitsWarning, MAX_SENTENCE_TOKENS, MAX_WORD_CHARS, tokenizerInput } from '../../src/extract/tokenizer-limits.js';
import { tokenizeSentences } from '../../src/extract/events/wink-tokens.js';

/** Every token's offsets point at its own text in the original. */
function assertOffsets(text: string, tokens: readonly { text: string; start: number; end: number }[]): void {
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
}

test("the tokenizer input keeps the text's length and its ordinary words, and breaks only over-long runs", () => {
  const rows: Array<[string, string]> = [
    ['Russia urged Ukraine, on Tuesday.', 'Russia urged Ukraine, on Tuesday.'],
    [`see https://example.org/${'a'.repeat(20)}`, `see https://example.org/${'a'.repeat(20)}`],
    [`x ${'ab.-'.repeat(20)} y`, `x ${'ab  '.repeat(20)} y`],
  ];
  for (const [input, expected] of rows) {
    const out = tokenizerInput(input).text;
    assert.equal(out.length, input.length);
    assert.equal(out, expected);
  }
  const blob = tokenizerInput('a'.repeat(10_000)).text;
  assert.equal(blob.length, 10_000);
  assert.ok(
    blob.split(' ').every((w) => w.length <= MAX_WORD_CHARS),
    'no word longer than the limit',
  );
  // A surrogate pair in a broken run becomes two spaces, never half a character.
  const emoji = tokenizerInput(`${'😀'.repeat(40)}`).text;
  assert.equal(emoji, ' '.repeat(80));
});

test('a 200,000-character word is read as pieces whose offsets point into the original, and the article says so', () => {
  const text = `Russia urged Ukraine to act. ${'ab1.-'.repeat(40_000)} Moscow agreed.`;
  const limits = { brokenWords: 0, cutSentences: 0 };
  const sentences = splitSentences(text, limits);
  assert.equal(limits.brokenWords, 1);
  for (const s of sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    assertOffsets(text, s.tokens);
    assert.ok(s.tokens.length <= MAX_SENTENCE_TOKENS);
  }
  assert.equal(sentences[0]!.text, 'Russia urged Ukraine to act.');
  assert.equal(sentences.at(-1)!.tokens.at(-2)!.text, 'agreed');
  assert.match(limitsWarning(limits.brokenWords, limits.cutSentences) ?? '', /1 run of more than 256 characters without a space/);
  // The event coder's own tokenizer (the `code` command) cuts the same way.
  for (const s of tokenizeSentences(text)) {
    assertOffsets(text, s.tokens);
    assert.ok(s.tokens.length <= MAX_SENTENCE_TOKENS);
  }
});

test('a sentence of thousands of tokens is cut into pieces of at most 200, after a comma where there is one', () => {
  const words = Array.from({ length: 450 }, (_, i) => ({ text: i % 30 === 29 ? ',' : `w${i}` }));
  const pieces = cutLongSentence(words);
  assert.deepEqual(pieces.flat(), words, 'nothing lost, nothing reordered');
  assert.ok(pieces.every((p) => p.length <= MAX_SENTENCE_TOKENS));
  assert.equal(pieces[0]!.at(-1)!.text, ',', 'the first piece ends at a comma');
  assert.deepEqual(cutLongSentence(words.slice(0, 200)), [words.slice(0, 200)], 'a sentence within the limit is kept whole');

  const limits = { brokenWords: 0, cutSentences: 0 };
  const text = 'and the minister said '.repeat(3000);
  const sentences = splitSentences(text, limits);
  assert.equal(limits.cutSentences, 1);
  assert.ok(sentences.length >= 60 && sentences.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS));
  for (const s of sentences) assertOffsets(text, s.tokens);
});

test('the span index answers as a scan over every span would (the first span holding a range, as find), on random spans', () => {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let round = 0; round < 50; round++) {
    const spans = Array.from({ length: random(30) }, () => {
      const start = random(200);
      return { start, end: start + 1 + random(15) };
    });
    const cover = new SpanCover(spans);
    const holding = firstContaining(spans);
    for (let pos = -2; pos < 220; pos++) {
      const to = pos + 1 + random(4);
      assert.equal(
        holding(pos, to),
        spans.find((a) => a.start <= pos && to <= a.end),
        `firstContaining(${pos}, ${to})`,
      );
      assert.equal(
        cover.covers(pos),
        spans.some((a) => a.start <= pos && pos < a.end),
        `covers(${pos})`,
      );
      const end = pos + random(6);
      assert.equal(
        cover.overlaps(pos, end),
        spans.some((a) => a.start < end && pos < a.end),
        `overlaps(${pos}, ${end})`,
      );
    }
  }
});
