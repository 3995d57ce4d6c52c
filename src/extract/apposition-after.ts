import type { Actor, Token } from './analysis.js';
import { placeEndingAt } from './home-country.js';
import { keysOf, type PhraseIndex } from './phrase-index.js';
import { FORMER, TITLE_MODIFIERS } from './rules/title-rules.js';
import { type Cue, type NameSpan, type OrgLookup, SPEECH_AFTER, type Title } from './title-cues.js';

/** A title set off after a name ("a b rao, the sp of dhar,"), the other half of the titles read in title-cues.ts. */

/** Words before a name that make it a common noun's phrase: "the temple, a police spokesman", "on the other hand, the ngos". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'other', 'its', 'their', 'his', 'her']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * A title after a name, set off by a comma: "a b rao, a businessman,", "a b rao, the sp of dhar,", and with no article
 * "a b rao, commissioner, faizabad division", "a b rao, vhp state president", "a b rao, president of the x", "a b rao,
 * former mla," (an organization, modifiers, a place and "former" before the title, as before a name), "a b rao, state
 * relief commissioner." (one noun of the field: then the title ends the sentence or the clause). With no article the
 * title must end the apposition (a comma, "of", "for", "at" or the sentence's end), so "a b rao, c d das" stays a list.
 */
export function appositionAfter(toks: readonly Token[], i: number, name: NameSpan, titles: PhraseIndex<Title>, orgs?: OrgLookup, minWords = 2): Cue | null {
  const k = name.last;
  if (name.words + name.initials < minWords || toks[k + 1]?.text !== ',' || i > k) return null;
  const keys = keysOf(toks);
  if (i > 0 && DETERMINERS.has(keys[i - 1]!)) return null;
  const article = ARTICLES.has(keys[k + 2] ?? '');
  const first = article ? k + 3 : k + 2;
  let p = first;
  let org: Actor | null = null;
  let state: string | null = null;
  let former = false;
  let field = false;
  let hit = titles.match(toks, p);
  for (let n = 0; !hit && n < 4 && p < toks.length; n++) {
    const key = keys[p]!;
    const at: Actor | undefined = org === null ? orgs?.at(toks[p]!) : undefined;
    if (at) {
      org = at;
      while (p < toks.length && toks[p]!.start < at.end) p++;
    } else if (FORMER.includes(key)) {
      former = true;
      p++;
    } else if (TITLE_MODIFIERS.includes(key)) p++;
    // "a b, state relief commissioner.": one noun of the field right before the title (TITLE_AFTER_FIELD).
    else if (!field && toks[p]!.pos === 'NOUN' && titles.match(toks, p + 1)) {
      field = true;
      p++;
    } else {
      const place = placeStartingAt(toks, p);
      if (!place || state !== null) return null;
      state = place.country;
      p = place.last + 1;
    }
    hit = titles.match(toks, p);
  }
  if (!hit) return null;
  const after = keys[hit.last + 1];
  if (after !== undefined && SPEECH_AFTER.has(after)) return null;
  if (!article && !(after === undefined || after === '' || END_WORDS.has(after))) return null;
  if (field && !(after === undefined || after === '')) return null;
  // "a b rao, president of the x traders association,": the body after "of" is the one the title is of.
  if (after === 'of' && org === null) {
    const of = keysOf(toks)[hit.last + 2] === 'the' ? hit.last + 3 : hit.last + 2;
    org = (toks[of] && orgs?.at(toks[of]!)) || null;
  }
  return { title: hit.value, first, from: hit.last, former, state, partyAt: null, org };
}

/** Rule person.title-after.field: one noun of the field between the name's comma and the title. */
export const TITLE_AFTER_FIELD = {
  id: 'person.title-after.field',
  example: 'we are ready, says a b rao, state relief commissioner.',
  reason: 'a field noun ("relief", "sales") before a title set off after a name is part of the title, when the title ends the clause',
} as const;

/** Words a title set off after a name may end on: "of the x", "for home", "at the x travels" (a firm's officer). */
const END_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'at']);

/** A place of the gazetteer of one to four words starting at token `p`. */
function placeStartingAt(toks: readonly Token[], p: number): { last: number; country: string } | null {
  for (let e = p + 3; e >= p; e--) {
    const place = e < toks.length ? placeEndingAt(toks, e) : null;
    if (place?.first === p) return { last: e, country: place.country };
  }
  return null;
}
