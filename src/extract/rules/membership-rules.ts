/**
 * Membership changes as the news words them, and the wordings that make a sentence no fact at all. Each rule
 * finds the verb phrase only; `membership-changes.ts` finds the state and the organization around it, the day
 * (`eventDate`), and asks the blockers whether the clause states a fact.
 */
import type { ProposedPredicate } from '../analysis.js';

/** `state-first`: "Finland joined NATO"; `body-first`: "NATO admitted Finland", "the AU suspended Mali". */
type Order = 'state-first' | 'body-first';

/** A change a state's relation to a body or an agreement undergoes from a day: the shape every change rule shares. */
export interface ChangeRule {
  readonly id: string;
  readonly predicate: ProposedPredicate;
  readonly status: string;
  readonly order: Order;
  readonly pattern: RegExp;
  readonly example: string;
  readonly reason: string;
  readonly confidence: number;
}

export interface MembershipRule extends ChangeRule {
  readonly predicate: Extract<ProposedPredicate, 'member_of' | 'applied_to'>;
  /** The status from the day on: `member`, `suspended`, `withdrawn`, `observer`, `candidate`, or `applied`. */
  readonly status: 'member' | 'suspended' | 'withdrawn' | 'observer' | 'candidate' | 'applied';
}

const ITS = "(?:its|their|the country's|the country’s)";

export const MEMBERSHIP_RULES: readonly MembershipRule[] = [
  {
    id: 'membership.rejoined',
    predicate: 'member_of',
    status: 'member',
    order: 'state-first',
    pattern: new RegExp(
      `\\b(?:rejoined|re-joined|resumed ${ITS} (?:full )?(?:membership|participation) in|restored ${ITS} (?:membership|participation) in)\\b`,
      'gi',
    ),
    example: 'Mali rejoined the African Union on Monday.',
    reason: 'a return is membership from that day',
    confidence: 0.85,
  },
  {
    id: 'membership.joined',
    predicate: 'member_of',
    status: 'member',
    order: 'state-first',
    pattern:
      /\b(?:(?:formally |officially |finally )?(?:joined|acceded to)|completed (?:its|their) accession to|(?:was|were) (?:formally |officially )?(?:admitted|accepted) (?:to|into|as (?:a |the \w+ )?(?:full )?member(?: state)? of)|became (?:the \w+ |a |an )?(?:(?:full|full-fledged|fully fledged|formal|permanent) )?member(?: state| country)? of)\b/gi,
    example: 'Finland joined NATO on 4 April 2023.',
    reason: 'joining, acceding, being admitted and becoming a member all start a membership',
    confidence: 0.9,
  },
  {
    id: 'membership.became-possessive-member',
    predicate: 'member_of',
    status: 'member',
    order: 'state-first',
    pattern: /\bbecame (?=\S+(?: \S+){0,3}['’]s (?:\w+ )?(?:full |newest |latest )?member\b)/gi,
    example: "Sweden became NATO's 32nd member on Thursday.",
    reason: '"became X\'s member" names the body before the noun',
    confidence: 0.85,
  },
  {
    id: 'membership.admitted-by',
    predicate: 'member_of',
    status: 'member',
    order: 'body-first',
    pattern: /\b(?:formally |officially )?(?:admitted|welcomed|accepted) (?=(?:\S+ ){0,3}?\S+ as (?:a |an |its |the \w+ )?(?:new |newest |full )?member\b)/gi,
    example: 'NATO formally admitted Finland as its 31st member.',
    reason: 'the body admits the state',
    confidence: 0.85,
  },
  {
    id: 'membership.suspended',
    predicate: 'member_of',
    status: 'suspended',
    order: 'state-first',
    pattern: new RegExp(
      `\\b(?:suspended|froze|frozen|halted) ${ITS} (?:membership|participation|activities|activity|work)(?: (?:of|in|at|with))?|(?:was|were|has been|have been) suspended (?:from|by)\\b`,
      'gi',
    ),
    example: 'Uzbekistan suspended its membership of the CSTO.',
    reason: 'a suspension keeps the membership on record but not in force',
    confidence: 0.9,
  },
  {
    id: 'membership.suspended-by',
    predicate: 'member_of',
    status: 'suspended',
    order: 'body-first',
    pattern:
      /\bsuspended (?=(?:\S+ ){0,3}?\S+ (?:from (?:the |its )?(?:bloc|body|organi[sz]ation|union|group|alliance|all)|with immediate effect|over|after|following|until)\b)/gi,
    example: 'The African Union suspended Niger from all its activities.',
    reason: 'the body suspends the state',
    confidence: 0.85,
  },
  {
    id: 'membership.withdrew',
    predicate: 'member_of',
    status: 'withdrawn',
    order: 'state-first',
    pattern:
      /\b(?:(?:formally |officially |finally )?(?:withdrew|withdrawn|left|quit|exited)(?: from)?|pulled out of|completed (?:its|their) withdrawal from|ended (?:its|their) membership (?:of|in)|(?:was|were) expelled from)\b/gi,
    example: 'Burkina Faso withdrew from ECOWAS.',
    reason: 'leaving, quitting, withdrawing and expulsion end a membership',
    confidence: 0.85,
  },
  {
    id: 'membership.observer',
    predicate: 'member_of',
    status: 'observer',
    order: 'state-first',
    pattern:
      /\b(?:(?:was|were) (?:granted|given|awarded) observer status (?:in|at|to|by|with)|(?:received|obtained|won|gained) observer status (?:in|at|to|with)|became an observer (?:in|at|to|of))\b/gi,
    example: 'Turkmenistan was granted observer status in the Organization of Turkic States.',
    reason: 'observer status is its own membership status',
    confidence: 0.85,
  },
  {
    id: 'membership.candidate',
    predicate: 'member_of',
    status: 'candidate',
    order: 'state-first',
    pattern:
      /\b(?:(?:was|were) (?:granted|given|awarded)|(?:received|obtained|won|gained)) (?=(?:\S+ ){0,2}?candidate status\b)|\bbecame an? (?:official )?candidate for (?:membership (?:of|in) )?/gi,
    example: 'Moldova was granted EU candidate status in June 2022.',
    reason: 'candidate status is a step before membership (the EU lists candidate countries)',
    confidence: 0.85,
  },
  {
    id: 'membership.applied',
    predicate: 'applied_to',
    status: 'applied',
    order: 'state-first',
    pattern:
      /\b(?:(?:formally |officially )?applied (?:for (?:full )?membership (?:of|in)|to join)|(?:submitted|handed in|lodged|filed) (?:its|their|a|an) (?:formal |official )?(?:membership )?(?:application|bid|request) (?:for membership |to join |for accession )?(?:of|to|in|with)?)\b/gi,
    example: 'Sweden formally applied to join NATO on Wednesday.',
    reason: 'an application is a fact of its own, never a membership',
    confidence: 0.85,
  },
];

export interface BlockRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly example: string;
  readonly reason: string;
}

/**
 * Words in the clause before the verb (from shortly before the state to the verb) that make it no fact:
 * denials, conditions, modals, forecasts, wishes and plans. A past-tense verb after them ("would have joined",
 * "has not joined", "if it joined") states nothing that happened.
 */
export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'not-fact.denial',
    pattern: /\b(?:not|never|no|n[o']t|denied|denies|deny|rejected (?:claims|reports)|false(?:ly)?)\b|n['’]t\b/i,
    example: 'Armenia has not left the CSTO, the ministry said.',
    reason: 'a denial states that the change did not happen',
  },
  {
    id: 'not-fact.hypothetical',
    pattern: /\b(?:if|unless|whether|would|could|might|may|should|shall|will|once|in case)\b/i,
    example: 'If Georgia joined NATO, Moscow would respond.',
    reason: 'a condition or a modal states what may happen, not what did',
  },
  {
    id: 'not-fact.inverted-condition',
    pattern: /(?:^|[,;:—]\s*)(?:[Hh]ad|[Ww]ere|[Ss]hould)\s+(?:the\s+)?\p{Lu}/u,
    example: 'Had Finland joined NATO in the 1990s, Moscow would have reacted differently.',
    reason: '"Had X joined" is "if X had joined": a condition without "if"',
  },
  {
    id: 'not-fact.wish-or-plan',
    pattern:
      /\b(?:wants?|wanted|hopes?|hoped|seeks?|sought|plans?|planned|aims?|intends?|expected|set|poised|likely|ready|considering|considers|vowed|pledged|promised|threatened|threatens|threatening|wishes|wished|eager|keen|bid|aspires?|aspiration)\b/i,
    example: 'Serbia wants to join the EU by 2030.',
    reason: 'a wish, a plan or a forecast is not a change',
  },
  {
    id: 'not-fact.question',
    pattern: /\?\s*$/,
    example: 'Has Turkey left the Council of Europe?',
    reason: 'a question states nothing',
  },
];
