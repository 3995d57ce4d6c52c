import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from './analysis.js';
import type { Stage } from './stage.js';
import { cutLongSentence, limitsWarning, tokenizerInput, tokenStarts } from './tokenizer-limits.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Sentences and tokens with character offsets into the text. wink-nlp keeps each token's preceding
 * whitespace, so offsets are running sums and the text is never re-searched. Over-long words and sentences are
 * cut first (tokenizer-limits.ts); `limits` counts what was cut.
 */
export function splitSentences(original: string, limits: { brokenWords: number; cutSentences: number } = { brokenWords: 0, cutSentences: 0 }): Sentence[] {
  const input = tokenizerInput(original);
  limits.brokenWords += input.brokenWords;
  // Offsets are found in the tokenizer's text (as long as the original); each token's text is the original's.
  const text = input.text;
  const changed = text !== original;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink-nlp types its.lemma for single tokens only; on a collection it returns one lemma per token.
  const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const starts = tokenStarts(text, values, spaces);
  const tokens: Token[] = values.map((value, i) => {
    const start = starts[i]!;
    const end = start + value.length;
    return { text: changed ? original.slice(start, end) : value, start, end, pos: pos[i]!, lemma: lemma[i]! };
  });
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  const emit = (all: Token[]) => {
    if (all.length === 0) return;
    const pieces = cutLongSentence(all);
    if (pieces.length > 1) limits.cutSentences++;
    for (const toks of pieces) {
      const start = toks[0]!.start;
      const end = toks[toks.length - 1]!.end;
      sentences.push({ index: sentences.length, start, end, text: original.slice(start, end), tokens: toks });
    }
  };
  for (const [first, last] of spans) {
    // Whitespace tokens are dropped; a blank line always ends a sentence (headlines, list items).
    let run: Token[] = [];
    for (let i = first; i <= last; i++) {
      const t = tokens[i]!;
      if (pos[i] !== 'SPACE') run.push(t);
      else if (t.text.includes('\n\n')) {
        emit(run);
        run = [];
      }
    }
    emit(run);
  }
  return sentences;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run(draft) {
    const limits = { brokenWords: 0, cutSentences: 0 };
    const sentences = splitSentences(draft.article.text, limits);
    const warning = limitsWarning(limits.brokenWords, limits.cutSentences);
    return { ...draft, sentences, warnings: warning ? [...draft.warnings, warning] : draft.warnings };
  },
};
