import { ROOT, isUnder } from '../cameo.js';
import type { GrammarRule } from './rule.js';
import type { SenseRule } from './verb-senses.js';

/**
 * Targets of requests, from issue 14's readings of unseen news (seeds 4101-4103, 2026-12-07): what is asked for is
 * no target. Pinned by rows of test/unit/events-target-rows.ts.
 */

/**
 * Nouns of what a demand asks to be done to someone: "a probe into the firing on its workers", "the arrest of the
 * accused", "action against the officers". Those named after them are what is asked for;
 * whoever is to do it (the authorities) is the demand's target, or none when the text names none. A leader's going
 * ("the resignation of X") is sense.leadership-change's, and an apology "from" X is asked of X.
 */
const ASKED_FOR: ReadonlySet<string> = new Set(
  'probe probes inquiry inquiries enquiry enquiries investigation investigations inquest arrest arrests punishment prosecution trial action booking'.split(' '),
);

/** How far after the verb the noun of what is asked for may stand: "demanded a full and impartial judicial probe into". */
const NOUN_REACH = 6;

export const DEMANDED_THING: SenseRule = {
  id: 'sense.demanded-thing',
  effect: 'role',
  lemmas: ['DEMAND', 'SEEK', 'CALL', 'ASK', 'URGE', 'PRESS', 'APPEAL', 'WANT', 'INSIST', 'CLAMOR', 'CLAMOUR'],
  example: 'The Chadian opposition demanded a judicial probe into the police firing on its workers.',
  reason:
    'what a demand asks to be done ("a probe into the firing on its workers", "the arrest of the accused", "action against the officers") names whom it would be done to, not whom the demand is made of: the target is the one asked ("asked the government for a probe into X"), or none when the text names no one',
  sense: (s) => {
    if (!(isUnder(s.code, ROOT.DEMAND) || isUnder(s.code, ROOT.APPEAL))) return undefined;
    const w = s.v.lower;
    let noun = -1;
    for (let k = s.verbEnd; k < s.v.n && k < s.verbEnd + NOUN_REACH + 2; k++) {
      if (ASKED_FOR.has(w[k]!) && s.v.pos[k] === 'NOUN') {
        noun = k;
        break;
      }
    }
    // Only where the thing asked for is followed by its own phrase ("into", "of", "on", "against", "by", "for").
    if (noun < 0 || !s.targets.some((t) => t.start > noun)) return undefined;
    return { targets: s.targets.filter((t) => t.end <= noun), targetless: true };
  },
};

export const TARGET_RULES = {
  demandedPatient: {
    id: 'role.demanded-patient',
    effect: 'role',
    example: 'The Chadian opposition leader said the Sudanese rebels should be arrested.',
    reason:
      'saying that someone "should be arrested" (or "must be punished") demands it of whoever would do it, not of those it would be done to: the demand has no target when the text names no one to do it',
  },
} as const satisfies Record<string, GrammarRule>;
