import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenizerInput, tokenStarts } from './tokenizer-limits.js';

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/**
 * wink's lemmatizer answers for a word and its tag from the model's own vocabulary only (a word first met in the news
 * is never a base form to it), so the same word and tag always get the same lemma: answers are kept, where wink
 * lemmatized every noun, verb and adjective it had no single lemma for again at each occurrence.
 */
function keptLemmas(lemmatize: Lemmatize): Lemmatize {
  let kept = new Map<string, string>();
  return (value, pos, cache) => {
    const key = `${pos} ${value}`;
    let lemma = kept.get(key);
    if (lemma === undefined) {
      if (kept.size >= 100_000) kept = new Map();
      kept.set(key, (lemma = lemmatize(value, pos, cache)));
    }
    return lemma;
  };
}

const addons = (model as unknown as { addons: { lemmatize: Lemmatize } }).addons;

/** One wink-nlp for the process (its model is loaded once): the sentence stage and the coder's own tokenizer. */
const nlp = winkNLP({ ...model, addons: { ...addons, lemmatize: keptLemmas(addons.lemmatize) } } as typeof model, ['sbd', 'pos']);
const its = nlp.its;

/** A token as wink-nlp read it, with its offsets and its text in the original; `pos` is `SPACE` for whitespace. */
interface WinkToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  /** wink-nlp's lemma ("said" -> "say"), unless the caller asked for none. */
  readonly lemma?: string;
}

export interface WinkReading {
  /** Every token, whitespace included, in order. */
  readonly tokens: readonly WinkToken[];
  /** wink-nlp's sentences, each as the indexes of its first and last token (inclusive). */
  readonly sentences: readonly (readonly [number, number])[];
  /** Over-long words broken before tokenizing (tokenizer-limits.ts). */
  readonly brokenWords: number;
}

/**
 * Tokens and sentences of `original` with character offsets into it. Over-long words are broken first
 * (tokenizer-limits.ts), keeping every offset; each token's text is the original's. `lemmas: false` skips wink's
 * lemmatizer.
 */
export function readWink(original: string, options: { lemmas?: boolean } = {}): WinkReading {
  const input = tokenizerInput(original);
  const text = input.text;
  const changed = text !== original;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink-nlp types its.lemma for single tokens only; on a collection it returns one lemma per token.
  const lemmas = options.lemmas === false ? undefined : (doc.tokens().out(its.lemma as unknown as typeof its.value) as string[]);
  const starts = tokenStarts(text, values, doc.tokens().out(its.precedingSpaces) as string[]);
  const tokens = values.map((value, i): WinkToken => {
    const start = starts[i]!;
    const end = start + value.length;
    const text = changed ? original.slice(start, end) : value;
    // One literal per token (no spread): this runs for every token of every article.
    return lemmas ? { text, start, end, pos: pos[i]!, lemma: lemmas[i]! } : { text, start, end, pos: pos[i]! };
  });
  return { tokens, sentences: doc.sentences().out(its.span) as unknown as [number, number][], brokenWords: input.brokenWords };
}
