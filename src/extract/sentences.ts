import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from './analysis.js';
import type { Stage } from './stage.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/**
 * Sentences and tokens with character offsets into the text. wink-nlp keeps each token's preceding
 * whitespace, so offsets are running sums and the text is never re-searched.
 */
export function splitSentences(text: string): Sentence[] {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink-nlp types its.lemma for single tokens only; on a collection it returns one lemma per token.
  const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    // wink-nlp reports the token's own text; when it normalised it (rare), fall back to a search.
    const found = text.startsWith(values[i]!, at) ? at : text.indexOf(values[i]!, at);
    const start = found === -1 ? at : found;
    tokens[i] = { text: values[i]!, start, end: start + values[i]!.length, pos: pos[i]!, lemma: lemma[i]! };
    at = tokens[i]!.end;
  }
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentences: Sentence[] = [];
  const emit = (toks: Token[]) => {
    if (toks.length === 0) return;
    const start = toks[0]!.start;
    const end = toks[toks.length - 1]!.end;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), tokens: toks });
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
  run: (draft) => ({ ...draft, sentences: splitSentences(draft.article.text) }),
};
