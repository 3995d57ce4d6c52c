import { codeSentence } from './code-sentence.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import type { CodedEvent } from './types.js';
import { tokenizeSentences } from './wink-tokens.js';

/**
 * Codes a piece of text that may hold several sentences (wink-nlp splits it), offsets into `text`.
 * For callers without a sentence stage of their own: the `code` command, the eval, the bench.
 */
export function codeText(text: string, date: string, d: CompiledDictionaries): CodedEvent[] {
  return tokenizeSentences(text).flatMap((s) => codeSentence({ text, tokens: s.tokens, date }, d));
}
