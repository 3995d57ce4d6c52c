import type { CoderSentence } from './types.js';
import { SUBORDINATORS as CLAUSE_SUBORDINATORS } from '../clause-words.js';

/**
 * The sentence as parallel arrays the coder reads many times: lower-case words (for phrase
 * lookups), upper-case words (for the dictionaries' patterns), POS tags and lemmas.
 */
export interface SentenceView {
  readonly source: CoderSentence;
  readonly n: number;
  readonly lower: readonly string[];
  readonly upper: readonly string[];
  readonly pos: readonly string[];
  readonly lemma: readonly string[];
}

const views = new WeakMap<CoderSentence, SentenceView>();

/** Made once per sentence: the grammar, its verb gate and the classifier's fallback read the same view. */
export function viewOf(s: CoderSentence): SentenceView {
  let view = views.get(s);
  if (!view) views.set(s, (view = makeView(s)));
  return view;
}

function makeView(s: CoderSentence): SentenceView {
  const n = s.tokens.length;
  const lower = new Array<string>(n);
  const upper = new Array<string>(n);
  const pos = new Array<string>(n);
  const lemma = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = s.tokens[i]!;
    // Curly apostrophes and the like: the dictionaries write ASCII.
    const text = t.text.includes('\u2019') || t.text.includes('\u2018') ? t.text.replace(/[\u2019\u2018]/g, "'") : t.text;
    lower[i] = text.toLowerCase();
    upper[i] = text.toUpperCase();
    pos[i] = t.pos;
    lemma[i] = (t.lemma ?? text).toUpperCase();
  }
  return { source: s, n, lower, upper, pos, lemma };
}

/**
 * What opens a new clause for the coder: the house's subordinators, and "as" and "despite", which start an
 * adverbial phrase whose actors are not the current verb's ("as Sudan's troops withdrew", "despite Chad's protest").
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([...CLAUSE_SUBORDINATORS, 'as', 'despite']);

export const HARD_BOUNDARIES: ReadonlySet<string> = new Set([';', ':', '—', '–', '--', '"', '“', '”', '(', ')']);

export const BE_FORMS: ReadonlySet<string> = new Set([
  'be',
  'is',
  'are',
  'was',
  'were',
  'been',
  'being',
  "'s",
  "'re",
  'am',
  'get',
  'gets',
  'got',
  'gotten',
  'getting',
]);

// "didn’t", "won’t": news typesets the apostrophe, and the tokenizer keeps it ("n’t").
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never', 'no']);

export const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'we']);
