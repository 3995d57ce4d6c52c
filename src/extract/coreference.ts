import type { Actor } from './analysis.js';
import { ANAPHORS } from './rules/anaphors.js';
import { bySentence, SpanCover } from './span-index.js';
import type { Draft, Stage } from './stage.js';

/** "like the Pact's" names a body only to compare with it: it is not what "the organization" refers to. */
const COMPARISON = /\b(like|unlike|than|as with|similar to)\s+(the\s+)?$/i;

function inComparison(text: string, a: Actor): boolean {
  return COMPARISON.test(text.slice(Math.max(0, a.start - 20), a.start));
}

/** A person's sex as the graph records it ("M", "F"), or null when it does not know the person. */
export type GenderOf = (a: Actor) => string | null;

const MALE_HONORIFICS = new Set(['mr', 'shri', 'sri']);
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'smt', 'shrimati', 'kumari']);

/** The sex an honorific right before the words gives ("mrs a b", "shri c d"), or null. */
function honorificGender(text: string, start: number): string | null {
  const word = text
    .slice(Math.max(0, start - 12), start)
    .trim()
    .split(' ')
    .pop()
    ?.toLowerCase()
    .replace('.', '');
  if (word === undefined) return null;
  return MALE_HONORIFICS.has(word) ? 'M' : FEMALE_HONORIFICS.has(word) ? 'F' : null;
}

/**
 * "she" is no man and "he" no woman: a person of known sex (the graph's record, an honorific at a mention) of the
 * other sex is passed over for the one before ("sonia gandhi wrote to prime minister vajpayee ... she hoped").
 */
function sexAgrees(pronoun: string, a: Actor, text: string, genderOf: GenderOf | undefined, actors: ReadonlyMap<number, Actor>): boolean {
  const wanted = pronoun.toLowerCase() === 'she' ? 'F' : 'M';
  const first = a.refersTo !== null ? (actors.get(a.refersTo) ?? a) : a;
  const known = genderOf?.(a) ?? honorificGender(text, first.start) ?? honorificGender(text, a.start);
  return known === null || known === wanted;
}

/** Each anaphor becomes an actor that copies the last matching actor before it and records which one. */
export function resolveAnaphors(draft: Draft, genderOf?: GenderOf): Actor[] {
  const actors = [...draft.actors];
  const added: Actor[] = [];
  // An antecedent lies within the rule's reach: only those sentences' actors are read, not the article's.
  const covered = new SpanCover(actors);
  const actorsOf = bySentence(actors);
  const byStart = new Map(actors.map((a) => [a.start, a]));
  const addedOf = new Map<number, Actor[]>();
  const within = (from: number, to: number, of: (k: number) => readonly Actor[]) => {
    const out: Actor[] = [];
    for (let k = Math.max(0, from); k <= to; k++) out.push(...of(k));
    return out;
  };
  for (const s of draft.sentences) {
    for (const rule of ANAPHORS) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (covered.overlaps(start, end)) continue;
        const from = s.index - rule.reach;
        const antecedent = [...within(from, s.index, actorsOf), ...within(from, s.index, (k) => addedOf.get(k) ?? [])]
          .filter(
            (a) =>
              a.end <= start &&
              a.sentence >= s.index - rule.reach &&
              rule.types.includes(a.type) &&
              !(rule.knownOnly && a.id.startsWith('candidate:')) &&
              !inComparison(draft.article.text, a) &&
              (rule.id !== 'coref.pronoun-person' || sexAgrees(m![0], a, draft.article.text, genderOf, byStart)),
          )
          .sort((a, b) => a.start - b.start)
          .pop();
        if (!antecedent) continue;
        const anaphor: Actor = {
          ...antecedent,
          text: m[0],
          start,
          end,
          sentence: s.index,
          refersTo: antecedent.refersTo ?? antecedent.start,
          confidence: antecedent.confidence * 0.8,
          ruleId: rule.id,
        };
        added.push(anaphor);
        const here = addedOf.get(s.index);
        if (here) here.push(anaphor);
        else addedOf.set(s.index, [anaphor]);
      }
    }
  }
  return [...actors, ...added].sort((a, b) => a.start - b.start);
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  run: (draft, ctx) => ({
    ...draft,
    actors: resolveAnaphors(draft, (a) => {
      const g = ctx.graph.entity(a.id)?.attrs.gender;
      return g === 'M' || g === 'F' ? g : null;
    }),
  }),
};
