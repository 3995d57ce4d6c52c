import type { Token } from './analysis.js';
import { placeEndingAt } from './home-country.js';
import { partyPhrases } from './parties.js';
import { keysOf, type PhraseIndex } from './phrase-index.js';
import { commonWordShape } from './rules/name-rules.js';
import { FORMER, HONORIFICS, NOT_NAMES, TITLE_MODIFIERS } from './rules/title-rules.js';
import type { SpanCover } from './span-index.js';
import type { NameSpan, Title } from './title-cues.js';

/**
 * The shape of a name after a title (titled-people.ts): which tokens can be a name's initials and words, not a common
 * word, a title, a party or a place, and where such a name starting at a token ends.
 */
export const NOT_NAME_WORDS = new Set([...NOT_NAMES, ...FORMER, ...TITLE_MODIFIERS]);
const STOP_POS = new Set(['VERB', 'ADP', 'DET', 'PRON', 'ADV', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ', 'SPACE']);
const AUX_WORDS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
]);
export const HONORIFIC = new Set(HONORIFICS);

/**
 * Rule person.name-ed-shape: "shahi imam syed ahmed qureshi", "vice-chancellor naresh ved": the tagger reads a name
 * ending in -ed as a past tense, but a verb's past tense has a lemma of its own ("appealed": appeal) and a name keeps
 * its word as its lemma. Such a "verb" stops no name.
 */
export const NAME_ED_SHAPE = {
  id: 'person.name-ed-shape',
  example: 'shahi imam syed ahmed qureshi appealed for calm (syed, ahmed: verbs to the tagger, lemmas unchanged)',
  reason: 'a word tagged as a verb in -ed whose lemma is the word itself is no inflected verb: a name may run through it',
} as const;

function edName(t: Token): boolean {
  return t.pos === 'VERB' && t.text.length >= 3 && /ed$/i.test(t.text) && t.lemma.toLowerCase() === t.text.toLowerCase();
}

/** A function word or a verb, which no name starts or runs through (not a name the tagger read as a verb in -ed). */
export function stopToken(t: Token): boolean {
  return STOP_POS.has(t.pos) && !edName(t);
}
/** Titles that a one-word name may follow, as an honorific: "swami harinarayan". */
export const ONE_WORD_TITLES = new Set(['swami', 'imam', 'mahant', 'maulana', 'sant']);

const INITIALS = /^(?:\p{L}\.){1,3}$|^\p{L}$/u;

/** What token `j` can be in a name, as bits: NAMEABLE (none of it otherwise), INITIAL, WORD (a name word). */
const NAMEABLE = 1;
const INITIAL = 2;
const WORD = 4;
const KNOWN = 8;
/** A title's word ("swami"): no name word, but the surname after two initials ("i d swami"). */
const TITLE_WORD = 16;

function nameToken(toks: readonly Token[], j: number, key: string, lowercase: boolean, titles: PhraseIndex<Title>, covered: SpanCover): number {
  const t = toks[j]!;
  if (covered.covers(t.start) || key === '') return KNOWN;
  if (!lowercase && !/^\p{Lu}/u.test(t.text)) return KNOWN;
  const bits = KNOWN | NAMEABLE | (INITIALS.test(t.text) ? INITIAL : 0);
  if (!/^[\p{L}'’-]{2,}$/u.test(t.text) || NOT_NAME_WORDS.has(key) || HONORIFIC.has(key) || (lowercase && commonWordShape(t.text.toLowerCase()))) return bits;
  if (stopToken(t) || (t.pos === 'AUX' && AUX_WORDS.has(key))) return bits;
  // "eminent jurists", "political parties": a plural common noun (its lemma of four letters or more, plus s, or its -y
  // as -ies) is no name; "fernandes" and "anis" are.
  if (t.pos === 'NOUN' && t.lemma.length >= 4 && (`${t.lemma}s` === key || (t.lemma.endsWith('y') && `${t.lemma.slice(0, -1)}ies` === key))) return bits;
  // "justice a lives in ...": an irregular plural ("lives": life, "wives": wife) is no name word either.
  if (t.pos === 'NOUN' && key.endsWith('ves') && t.lemma !== key && /fe?$/.test(t.lemma)) return bits;
  if (titles.getKey(key)) return bits | TITLE_WORD;
  if ((key.startsWith('ex ') && titles.getKey(key.slice(3))) || partyPhrases().getKey(key) || placeStartsAt(toks, j)) return bits;
  return bits | WORD;
}

/**
 * The name starting at token `i`: initials, then words that are no common word, title or place. `memo` keeps what
 * each token of the sentence can be (nameToken), asked from every token a name might start at.
 */
export function nameAt(
  toks: readonly Token[],
  i: number,
  lowercase: boolean,
  titles: PhraseIndex<Title>,
  covered: SpanCover,
  memo: Uint8Array,
): NameSpan | null {
  let initials = 0;
  let words = 0;
  let last = -1;
  const keys = keysOf(toks);
  for (let j = i; j < toks.length && j < i + 5; j++) {
    let bits = memo[j]!;
    if (bits === 0) memo[j] = bits = nameToken(toks, j, keys[j]!, lowercase, titles, covered);
    if (!(bits & NAMEABLE)) break;
    if (bits & INITIAL && words === 0) {
      initials++;
      last = j;
      continue;
    }
    if (!(bits & WORD)) {
      // "union minister of state for home i d swami": after two initials a title's word is the surname, and ends the name.
      if (bits & TITLE_WORD && initials >= 2 && words === 0) {
        words = 1;
        last = j;
      }
      break;
    }
    words++;
    last = j;
  }
  if (words === 0) return null;
  return { last, words, initials };
}

/** A place of the gazetteer of one to four words starts at token `j` ("uttar pradesh" after a name is no part of it). */
function placeStartsAt(toks: readonly Token[], j: number): boolean {
  for (let e = j; e < toks.length && e < j + 4; e++) if (placeEndingAt(toks, e)?.first === j) return true;
  return false;
}
