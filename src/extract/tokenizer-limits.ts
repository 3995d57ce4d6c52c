/**
 * Limits that keep tokenization and every per-sentence step linear in the text's size, whatever the text.
 *
 * wink-nlp splits a word at its punctuation one piece at a time, rescanning the rest of the word each time, so a
 * word costs the square of its length: one 200,000-character "word" held the server for 15 s. And several stages
 * compare the tokens or actors of a sentence with each other, which is harmless at news lengths (the 1,257-article
 * bench corpus has no sentence over 122 tokens nor a word over 27 characters) and quadratic in a sentence of
 * 50,000 tokens with no full stop. Both are cut here, before any stage sees them, keeping every character offset.
 */

/** Longer runs of non-space characters are no words of any language: a URL fits, a pasted blob does not. */
export const MAX_WORD_CHARS = 64;

/** Runs longer than this are said in the article's warnings; a long URL, cut just the same, is not worth a word. */
const NOTED_WORD_CHARS = 256;

/** A sentence of more tokens is cut into pieces of at most this many (at a comma or semicolon when there is one). */
export const MAX_SENTENCE_TOKENS = 200;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/**
 * Runs longer than the limit, tried only where a run starts: from inside a word the search would scan the rest of the
 * word again at each of its characters (the same matches, a tenth of the CPU on news text).
 */
const LONG_RUN = new RegExp(`(?<!\\S)\\S{${MAX_WORD_CHARS + 1},}`, 'g');

/**
 * The text the tokenizer reads: the same length as `text`, so every offset stays valid, but in a run of more than
 * MAX_WORD_CHARS non-space characters every character that is not a letter, digit or mark becomes a space, and so
 * does one character in every MAX_WORD_CHARS: the run is read as words of at most that length, its punctuation
 * ignored. Tokens take their text from the original at the same offsets.
 */
export function tokenizerInput(text: string): { readonly text: string; readonly brokenWords: number } {
  let out: string[] | null = null;
  let brokenWords = 0;
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(text); m; m = LONG_RUN.exec(text)) {
    out ??= text.split('');
    if (m[0].length > NOTED_WORD_CHARS) brokenWords++;
    let run = 0;
    for (let k = m.index; k < m.index + m[0].length; ) {
      const ch = String.fromCodePoint(text.codePointAt(k)!);
      if (!WORD_CHAR.test(ch) || run >= MAX_WORD_CHARS - 1) {
        // A surrogate pair becomes two spaces: the text keeps its length in UTF-16 units.
        for (let u = 0; u < ch.length; u++) out[k + u] = ' ';
        run = 0;
      } else {
        run++;
      }
      k += ch.length;
    }
  }
  const read = out ? out.join('') : text;
  return { text: FOREIGN_LETTER.test(read) ? read.replace(FOREIGN_LETTERS, asciiStandIn) : read, brokenWords };
}

/**
 * Letters wink-nlp's English model splits a word at (Latin Extended, Greek, Cyrillic: "Erdoğan" read as "Erdo",
 * "ğ", "an"). The tokenizer reads an ASCII stand-in of the same case and length ("Erdogan"); the token's text is
 * still the original's.
 */
const FOREIGN_LETTER = /[\u0100-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF]/;
const FOREIGN_LETTERS = /[\u0100-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF]/g;

function asciiStandIn(ch: string): string {
  const base = ch.normalize('NFD')[0]!;
  if (/[A-Za-z]/.test(base)) return base;
  return ch === ch.toLowerCase() ? 'x' : 'X';
}

/**
 * Where a token wink-nlp reported normalised (rare) stands: searched for only a little way ahead, so that a text
 * full of such tokens costs no search across the whole rest of the text for each. -1 when it is not there.
 */
function nearby(text: string, value: string, at: number): number {
  const k = text.slice(at, at + 4 * MAX_WORD_CHARS).indexOf(value);
  return k === -1 ? -1 : at + k;
}

/**
 * Each wink-nlp token's start in `text`, from its value and preceding whitespace: wink-nlp keeps both, so the
 * offsets are running sums and the text is not searched, except after a token it normalised (then `nearby`).
 * The token ends at its start plus its value's length.
 */
export function tokenStarts(text: string, values: readonly string[], spaces: readonly string[]): number[] {
  const starts = new Array<number>(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    at += spaces[i]!.length;
    const found = text.startsWith(value, at) ? at : nearby(text, value, at);
    starts[i] = found === -1 ? at : found;
    at = starts[i]! + value.length;
  }
  return starts;
}

/**
 * A sentence's tokens in pieces of at most MAX_SENTENCE_TOKENS, each cut after the last comma, semicolon or colon
 * of its second half when it has one. Sentences within the limit come back as they are.
 */
export function cutLongSentence<T extends { readonly text: string }>(tokens: readonly T[]): T[][] {
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [tokens as T[]];
  const pieces: T[][] = [];
  let from = 0;
  while (tokens.length - from > MAX_SENTENCE_TOKENS) {
    let cut = from + MAX_SENTENCE_TOKENS;
    for (let k = cut - 1; k >= from + MAX_SENTENCE_TOKENS / 2; k--) {
      if (/^[,;:]$/.test(tokens[k]!.text)) {
        cut = k + 1;
        break;
      }
    }
    pieces.push(tokens.slice(from, cut));
    from = cut;
  }
  pieces.push(tokens.slice(from));
  return pieces;
}

/** What the caps did to an article, said once in its warnings; null when they did nothing. */
export function limitsWarning(brokenWords: number, cutSentences: number): string | null {
  const parts: string[] = [];
  if (brokenWords > 0)
    parts.push(
      `${brokenWords} run${brokenWords === 1 ? '' : 's'} of more than ${NOTED_WORD_CHARS} characters without a space read as words of at most ${MAX_WORD_CHARS} letters, punctuation ignored`,
    );
  if (cutSentences > 0) parts.push(`${cutSentences} sentence${cutSentences === 1 ? '' : 's'} of more than ${MAX_SENTENCE_TOKENS} tokens cut into pieces`);
  return parts.length > 0 ? `too long to read as written: ${parts.join('; ')}` : null;
}
