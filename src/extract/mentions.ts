import type { Mention, Sentence } from './analysis.js';
import { GROUP_ID, gazetteerFor, type Gazetteer, PERSON_ID } from './gazetteer.js';
import { keysOf } from './phrase-index.js';
import { GROUPS_IN_LOWER_CASE } from './rules/domestic-groups.js';
import { nameKey } from '../core/normalize.js';
import type { Stage } from './stage.js';

/**
 * Text with almost no capitals (lower-cased exports) cannot be matched case-aware: capitals are not required there.
 * Sentences that start in lower case say so first: a few capitals of a share bar ("Facebook Twitter Linkedin Mail")
 * or a "This story is from March 6, 2002" line do not make a lower-cased story a cased one.
 */
export function isLowercaseText(text: string): boolean {
  // Five stages ask of the same article's text in turn: the last answer is kept (the same string is one comparison).
  if (text !== lastText) {
    lastText = text;
    lastLowercase = lowercaseText(text);
  }
  return lastLowercase;
}

let lastText: string | undefined;
let lastLowercase = false;

function lowercaseText(text: string): boolean {
  const head = text.slice(0, 5000);
  const lowerStarts = head.match(/[.!?]["”’)]?\s+[a-z]/g)?.length ?? 0;
  const upperStarts = head.match(/[.!?]["”’)]?\s+[A-Z]/g)?.length ?? 0;
  if (lowerStarts + upperStarts >= 3) return lowerStarts >= 2 * upperStarts;
  // A short story's share bar ("Facebook Twitter Linkedin Mail"), a line of capitalized words only, says nothing.
  const rest = head.replace(/^(?:[ \t]*\p{Lu}\p{Ll}*)+[ \t]*$/gmu, '');
  return fewCapitals(rest.replace(/\s+/g, '').length >= 20 ? rest : head);
}

function fewCapitals(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length && i < 5000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++, letters++;
    else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) upper++, letters++;
      else if (ch !== ch.toUpperCase()) letters++;
    }
  }
  return upper / Math.max(1, letters) < 0.005;
}

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

function findMentions(sentences: readonly Sentence[], gazetteer: Gazetteer, lowercaseText: boolean): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    // Made once per sentence and shared with the later stages' phrase lookups (phrase-index.ts).
    const keys = keysOf(s.tokens);
    for (let i = 0; i < s.tokens.length; i++) {
      const hit = gazetteer.match(s.tokens, keys, i, lowercaseText);
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
    mentions: findMentions(draft.sentences, gazetteerFor(ctx.graph, ctx.coder.groups, ctx.coder.people), isLowercaseText(draft.article.text)),
  }),
};
