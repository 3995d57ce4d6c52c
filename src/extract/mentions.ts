import type { Mention, Sentence, Token } from './analysis.js';
import { GROUP_ID, gazetteerFor, type Gazetteer, PERSON_ID } from './gazetteer.js';
import { keysOf, type PhraseIndex } from './phrase-index.js';
import { OFFICE_TITLE_ENDS, cueBefore, titlesOf, type Title } from './title-cues.js';
import { GROUPS_IN_LOWER_CASE } from './rules/domestic-groups.js';
import { nameKey } from '../core/normalize.js';
import { isLowercaseText } from './lowercase-text.js';
import type { Stage } from './stage.js';

/** "former Soviet states" describes, it names no actor: a demonym after "former" is skipped. */
const DESCRIPTIVE_BEFORE = new Set(['former', 'ex', 'pre', 'post']);

/**
 * A group's name from the dictionaries counts as a proper name, each longer word capitalized ("Free Syrian Army",
 * "Army of Islam"): the dictionaries' lower-case phrases also read as plain words ("red line", "islamic society").
 */
function properName(tokens: readonly Sentence['tokens'][number][], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!.text;
    if (t.length > 3 && /^\p{Ll}/u.test(t) && !(k === last && GROUP_HEADS.has(t))) return false;
  }
  return true;
}

/** Nouns the news writes in lower case after a group's name: "the Islamic State group", "Houthi rebels". */
const GROUP_HEADS = new Set(['group', 'rebels', 'movement', 'militia', 'mercenaries']);

const LOWER_CASE_GROUPS = new Set(GROUPS_IN_LOWER_CASE.map(nameKey));

/** The first token after `first` and up to `last` where a name other than the dictionaries' people starts, or null. */
function graphNameInside(
  tokens: Sentence['tokens'],
  keys: readonly string[],
  first: number,
  last: number,
  gazetteer: Gazetteer,
  lowercaseText: boolean,
): number | null {
  for (let q = first + 1; q <= last; q++) {
    const inner = gazetteer.match(tokens, keys, q, lowercaseText);
    if (inner && !inner.alias.entityId.startsWith(PERSON_ID)) return q;
  }
  return null;
}

/** "the prime minister may visit": a modal, verb or function word after a title is no name. */
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/**
 * Lower-cased text writes a one-word person name like a word ("may", "major"): the gazetteer takes one only right
 * after a title of office ("prime minister vajpayee", "president bush"; title-cues.ts), which a pre-check on the
 * title's last word keeps cheap.
 */
function officeTitleBefore(tokens: readonly Token[], keys: readonly string[], i: number, titles: PhraseIndex<Title>): boolean {
  if (i === 0 || !OFFICE_TITLE_ENDS.has(keys[i - 1]!) || !NAME_POS.has(tokens[i]!.pos)) return false;
  const cue = cueBefore(tokens, i, titles);
  return cue !== null && cue.title.office;
}

function findMentions(sentences: readonly Sentence[], gazetteer: Gazetteer, lowercaseText: boolean, titles: PhraseIndex<Title>): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    // Made once per sentence and shared with the later stages' phrase lookups (phrase-index.ts).
    const keys = keysOf(s.tokens);
    for (let i = 0; i < s.tokens.length; i++) {
      const hit =
        gazetteer.match(s.tokens, keys, i, lowercaseText) ??
        (lowercaseText && officeTitleBefore(s.tokens, keys, i, titles) ? gazetteer.match(s.tokens, keys, i, true, true) : null);
      if (!hit) continue;
      const first = s.tokens[hit.first]!;
      const last = s.tokens[hit.last]!;
      i = hit.last;
      if (hit.alias.kind === 'demonym' && DESCRIPTIVE_BEFORE.has(keys[hit.first - 1] ?? '')) continue;
      if (hit.alias.entityId.startsWith(PERSON_ID)) {
        // A person of the dictionaries in capitalized text is written as a proper name ("George Fernandes").
        if (!lowercaseText && !properName(s.tokens, hit.first, hit.last)) continue;
        // "us president george bush": a dictionary's phrase with the graph's name inside leaves the name to the graph.
        const inner = graphNameInside(s.tokens, keys, hit.first, hit.last, gazetteer, lowercaseText);
        if (inner !== null) {
          i = inner - 1;
          continue;
        }
      }
      if (
        hit.alias.entityId.startsWith(GROUP_ID) &&
        (lowercaseText ? !LOWER_CASE_GROUPS.has(nameKey(s.text.slice(first.start - s.start, last.end - s.start))) : !properName(s.tokens, hit.first, hit.last))
      )
        continue;
      out.push({
        text: s.text.slice(first.start - s.start, last.end - s.start),
        start: first.start,
        end: last.end,
        sentence: s.index,
        entityId: hit.alias.entityId,
        aliasKind: hit.alias.kind,
        ruleId: `mention.gazetteer.${hit.alias.kind}`,
      });
    }
  }
  return out;
}

export const mentionsStage: Stage = {
  name: 'mentions',
  run: (draft, ctx) => ({
    ...draft,
    mentions: findMentions(draft.sentences, gazetteerFor(ctx.graph, ctx.coder.groups, ctx.coder.people), isLowercaseText(draft.article.text), titlesOf(ctx)),
  }),
};
