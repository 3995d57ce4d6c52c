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
  repairTags(n, lower, pos, lemma);
  return { source: s, n, lower, upper, pos, lemma };
}

/** The tokens whose tag repairTags put right (for the trace: `verb.tag-repair`). */
export function repairedTags(v: SentenceView): number[] {
  const out: number[] = [];
  for (let i = 0; i < v.n; i++) if (v.pos[i] !== v.source.tokens[i]!.pos) out.push(i);
  return out;
}

/** Irregular past forms the tagger calls adjectives ("the mob burnt three buses"), with their lemma. */
const PAST_FORMS: ReadonlyMap<string, string> = new Map([
  ['burnt', 'BURN'],
  ['torched', 'TORCH'],
  ['gutted', 'GUT'],
  ['looted', 'LOOT'],
  ['ransacked', 'RANSACK'],
  ['vandalised', 'VANDALISE'],
  ['vandalized', 'VANDALIZE'],
  ['gheraoed', 'GHERAO'],
  // The words of curfews and crowd control (entente.area-act): "curfew was relaxed", "the police burst teargas shells".
  ['relaxed', 'RELAX'],
  ['burst', 'BURST'],
]);

/** "had talks with", "has had a meeting with": a form of "have" the tagger calls an auxiliary before talks or a meeting is the verb. */
const HAVE_FORMS: ReadonlySet<string> = new Set(['had', 'has', 'have']);
const TALK_NOUNS: ReadonlySet<string> = new Set(['talks', 'meeting', 'meetings', 'discussions']);

/** Whether talks or a meeting follow `from` after at most three determiners or adjectives ("an unscheduled meeting"). */
function heldTalks(lower: readonly string[], pos: readonly string[], from: number): boolean {
  for (let k = from; k < lower.length && k - from < 4; k++) {
    if (TALK_NOUNS.has(lower[k]!)) return true;
    if (pos[k] !== 'DET' && pos[k] !== 'ADJ' && pos[k] !== 'NUM') return false;
  }
  return false;
}

/** A past form between these (a subject, or "and" after a verb; an object) is a verb; so is one after a form of "be" (a passive). */
const BEFORE_PAST: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'CCONJ']);
const AFTER_PAST: ReadonlySet<string> = new Set(['DET', 'NUM', 'NOUN']);

/**
 * Two tags the tagger gets wrong in news of riots, put right (`verb.tag-repair`, grammar/domestic-rules.ts): a past
 * form tagged as an adjective (or a noun) between a noun (or "and") and its object is the verb ("rioters torched two shops",
 * "...and ransacked shops", "the police burst teargas shells"), and so is one after a form of "be" ("three buses were
 * torched", "curfew was relaxed"), "tear" before "gas" is a noun ("fired tear gas"),
 * "had" before talks or a meeting is the verb ("had talks with", "had an unscheduled meeting with"),
 * and an -s form after a noun's "to" is a plural noun, never an infinitive ("set fire to shops", "damage to houses"), the
 * "to" a preposition (after a verb the tagger's reading is kept: "leading to worries" codes as it did).
 */
function repairTags(n: number, lower: string[], pos: string[], lemma: string[]): void {
  for (let i = 1; i < n; i++) {
    const w = lower[i]!;
    if (
      (pos[i] === 'ADJ' || pos[i] === 'NOUN') &&
      PAST_FORMS.has(w) &&
      ((AFTER_PAST.has(pos[i + 1] ?? '') && BEFORE_PAST.has(pos[i - 1]!)) || BE_FORMS.has(lower[i - 1]!))
    ) {
      pos[i] = 'VERB';
      lemma[i] = PAST_FORMS.get(w)!;
    } else if (pos[i] === 'AUX' && HAVE_FORMS.has(w) && heldTalks(lower, pos, i + 1)) {
      pos[i] = 'VERB';
      lemma[i] = 'HAVE';
    } else if (w === 'tear' && lower[i + 1] === 'gas') {
      pos[i] = 'NOUN';
    } else if (pos[i] === 'VERB' && lower[i - 1] === 'to' && pos[i - 2] === 'NOUN' && w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) {
      pos[i] = 'NOUN';
      pos[i - 1] = 'ADP';
    }
  }
}

/**
 * What opens a new clause for the coder: the house's subordinators, and "as" and "despite", which start an
 * adverbial phrase whose actors are not the current verb's ("as Sudan's troops withdrew", "despite Chad's protest").
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([...CLAUSE_SUBORDINATORS, 'as', 'despite']);

/** The tags of a noun phrase's words ("the prohibitory orders", "the three opposition parties"). */
export const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'PROPN']);

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

/** ", accusing it of ...": the comma before the -ing participle at i, adverbs between (", then urging"), or -1. */
export function commaBeforeParticiple(v: SentenceView, i: number): number {
  if (!v.upper[i]!.endsWith('ING')) return -1;
  let j = i - 1;
  while (j > 0 && v.pos[j] === 'ADV') j--;
  return j > 0 && v.lower[j] === ',' ? j : -1;
}
