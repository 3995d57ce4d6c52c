import type { Actor } from './analysis.js';
import { ANAPHORS } from './rules/anaphors.js';
import type { Draft, Stage } from './stage.js';

/** "like the Pact's" names a body only to compare with it: it is not what "the organization" refers to. */
const COMPARISON = /\b(like|unlike|than|as with|similar to)\s+(the\s+)?$/i;

function inComparison(text: string, a: Actor): boolean {
  return COMPARISON.test(text.slice(Math.max(0, a.start - 20), a.start));
}

/** Each anaphor becomes an actor that copies the last matching actor before it and records which one. */
export function resolveAnaphors(draft: Draft): Actor[] {
  const actors = [...draft.actors];
  const added: Actor[] = [];
  for (const s of draft.sentences) {
    for (const rule of ANAPHORS) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (actors.some((a) => a.start < end && start < a.end)) continue;
        const antecedent = [...actors, ...added]
          .filter((a) => a.end <= start && a.sentence >= s.index - rule.reach && rule.types.includes(a.type) && !(rule.knownOnly && a.id.startsWith('candidate:')) && !inComparison(draft.article.text, a))
          .sort((a, b) => a.start - b.start)
          .pop();
        if (!antecedent) continue;
        added.push({
          ...antecedent,
          text: m[0],
          start,
          end,
          sentence: s.index,
          refersTo: antecedent.refersTo ?? antecedent.start,
          confidence: antecedent.confidence * 0.8,
          ruleId: rule.id,
        });
      }
    }
  }
  return [...actors, ...added].sort((a, b) => a.start - b.start);
}

export const coreferenceStage: Stage = {
  name: 'coreference',
  run: (draft) => ({ ...draft, actors: resolveAnaphors(draft) }),
};
