import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { cutLongSentence, tokenizerInput, tokenStarts } from '../tokenizer-limits.js';
import type { CoderToken } from './types.js';

/**
 * Sentences and tokens from wink-nlp in the coder's shape, for callers that have only text (the
 * `code` command, the eval and the bench). The pipeline passes the tokens of its own sentence stage.
 */
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface TokenizedSentence {
  readonly text: string;
  readonly start: number;
  readonly tokens: CoderToken[];
}

/** `lemmas: false` skips wink's lemmatizer: the coder then matches verbs by their surface forms only. */
export function tokenizeSentences(original: string, options: { lemmas?: boolean } = {}): TokenizedSentence[] {
  // Over-long words and sentences are cut as in the pipeline's sentence stage (tokenizer-limits.ts).
  const input = tokenizerInput(original);
  const text = input.text;
  const changed = text !== original;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = options.lemmas === false ? undefined : (doc.tokens().out(its.lemma as never) as string[]);
  const starts = tokenStarts(text, values, spaces);
  const tokens = values.map((v, i): CoderToken | undefined => {
    if (pos[i] === 'SPACE') return undefined;
    const start = starts[i]!;
    const end = start + v.length;
    const value = changed ? original.slice(start, end) : v;
    return lemmas ? { text: value, start, end, pos: pos[i]!, lemma: lemmas[i]! } : { text: value, start, end, pos: pos[i]! };
  });
  const out: TokenizedSentence[] = [];
  for (const [a, b] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const all = tokens.slice(a, b + 1).filter((t): t is CoderToken => t !== undefined);
    if (all.length === 0) continue;
    for (const list of cutLongSentence(all)) {
      const start = list[0]!.start;
      out.push({ text: original.slice(start, list[list.length - 1]!.end), start, tokens: list });
    }
  }
  return out;
}
