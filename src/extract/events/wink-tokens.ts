import { cutLongSentence } from '../tokenizer-limits.js';
import { readWink } from '../wink-read.js';
import type { CoderToken } from './types.js';

/**
 * Sentences and tokens from wink-nlp in the coder's shape, for callers that have only text (the
 * `code` command, the eval and the bench). The pipeline passes the tokens of its own sentence stage.
 */
export interface TokenizedSentence {
  readonly text: string;
  readonly start: number;
  readonly tokens: CoderToken[];
}

/** `lemmas: false` skips wink's lemmatizer: the coder then matches verbs by their surface forms only. */
export function tokenizeSentences(original: string, options: { lemmas?: boolean } = {}): TokenizedSentence[] {
  // Over-long words and sentences are cut as in the pipeline's sentence stage (tokenizer-limits.ts).
  const read = readWink(original, options);
  const tokens = read.tokens.map((t): CoderToken | undefined => (t.pos === 'SPACE' ? undefined : t));
  const out: TokenizedSentence[] = [];
  for (const [a, b] of read.sentences) {
    const all = tokens.slice(a, b + 1).filter((t): t is CoderToken => t !== undefined);
    if (all.length === 0) continue;
    for (const list of cutLongSentence(all)) {
      const start = list[0]!.start;
      out.push({ text: original.slice(start, list[list.length - 1]!.end), start, tokens: list });
    }
  }
  return out;
}
