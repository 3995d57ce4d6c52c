import type { ActorGroup } from '../actor-groups.js';
import type { SentenceView } from '../sentence-view.js';
import type { GrammarRule } from './rule.js';

/**
 * Rules of issue 14's recall work on unseen news (2026-12-07): events a careful coder codes that the grammar dropped.
 * Kept in their own file so that rules written in parallel merge apart; the table (table.ts) and `--explain` read
 * them as any other.
 */
export const RECALL = {
  distinctActors: {
    id: 'role.distinct-actors',
    effect: 'role',
    example: 'The Chadian president met the Chadian mayor.',
    reason:
      'two different people or bodies of one state share a code ("the chief minister met the mayor", "the state government requested the centre", "the seer asked the VHP president"): the same code on both sides is no resolution slip when the two phrases are different actors (different ids of the actor stage, else different head words), so the event stands; one name or one head word twice still is (event.same-actor)',
  },
} as const satisfies Record<string, GrammarRule>;

/** A body of the article's state named by its role ("IND:body.government", domestic.ts), not by name. */
const ROLE_BODY = /^[A-Z]{3}:body\./;

/**
 * Whether two phrases of one code are two actors (`role.distinct-actors`): not a bare state ("Chad said Chad..."), not a
 * passive's agent the voice was missed for, not property ("tankers, gutted shops"), not a statement (01: "said the government plans", ", said X and Y" are a
 * speaker's words about its own side and appositions), not a person and a body named by its role (the minister is of
 * "the government"), not civilians named by role; then different ids of the caller's mentions, or, lacking one,
 * different head words ("minister" / "mayor").
 */
export function distinctActors(src: ActorGroup, tgt: ActorGroup, code: string, v: SentenceView): boolean {
  if (src.start === tgt.start || src.code.length <= 3 || tgt.prep === 'by' || src.pronoun || tgt.pronoun || src.property || tgt.property) return false;
  if (code.startsWith('01')) return false;
  if (src.entity !== undefined && tgt.entity !== undefined)
    return src.entity !== tgt.entity && ROLE_BODY.test(src.entity) === ROLE_BODY.test(tgt.entity);
  return !PEOPLE.test(src.code) && v.lower[src.end - 1] !== v.lower[tgt.end - 1];
}

/** Civilians named by role ("women", "children", "residents"): one phrase of them is seldom another's counterpart. */
const PEOPLE = /(?:CVL|PPL)$/;
