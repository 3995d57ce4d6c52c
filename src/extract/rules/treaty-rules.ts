/**
 * Treaty events as the news words them: a state signed, ratified or acceded to a treaty, the treaty entered into
 * force for it, or it denounced or withdrew from it. Same shape and same engine as the membership rules
 * (`membership-changes.ts` finds the state, the agreement, the day, and asks the same blockers): the object is
 * an agreement the graph knows, and the fact is `party_to` with the stage as its status.
 */
import type { ChangeRule } from './membership-rules.js';

export interface TreatyRule extends ChangeRule {
  readonly predicate: 'party_to';
  /** The stage from the day on (`signed`, `ratified`, `in_force`), or `withdrawn` when the state is no party any more. */
  readonly status: 'signed' | 'ratified' | 'in_force' | 'withdrawn';
}

export const TREATY_RULES: readonly TreatyRule[] = [
  {
    id: 'treaty.signed',
    predicate: 'party_to',
    status: 'signed',
    order: 'state-first',
    pattern: /\b(?:formally |officially )?(?:signed|initialled|initialed|put (?:its|their) signature to)\b/gi,
    example: 'Kiribati signed the Cotonou Agreement on Monday.',
    reason: 'a signature makes a state a signatory, not yet bound',
    confidence: 0.85,
  },
  {
    id: 'treaty.ratified',
    predicate: 'party_to',
    status: 'ratified',
    order: 'state-first',
    pattern:
      /\b(?:(?:formally |officially |finally )?ratified|deposited (?:its|their) instruments? of ratification (?:of|for)|completed (?:its|their) ratification of)\b/gi,
    example: 'Kiribati ratified the Cotonou Agreement on Wednesday.',
    reason: 'a ratification binds the state once the treaty is in force for it',
    confidence: 0.85,
  },
  {
    id: 'treaty.acceded',
    predicate: 'party_to',
    status: 'in_force',
    order: 'state-first',
    pattern: /\b(?:(?:formally |officially )?acceded to|became (?:a |the \w+ )?(?:state )?party to)\b/gi,
    example: 'Peru acceded to the Bangkok Agreement in March.',
    reason: 'acceding to a treaty (or becoming a party) makes it binding for the state',
    confidence: 0.85,
  },
  {
    id: 'treaty.in-force-for',
    predicate: 'party_to',
    status: 'in_force',
    order: 'body-first',
    pattern: /\b(?:entered|came|went) into force for\b/gi,
    example: 'The Cotonou Agreement entered into force for Kiribati on 1 April.',
    reason: 'entry into force for a state binds it from that day',
    confidence: 0.85,
  },
  {
    id: 'treaty.withdrew',
    predicate: 'party_to',
    status: 'withdrawn',
    order: 'state-first',
    pattern:
      /\b(?:(?:formally |officially |finally )?(?:denounced|renounced|abrogated|withdrew from|pulled out of|exited|quit|left)|completed (?:its|their) withdrawal from|(?:suspended|ended) (?:its|their) participation in)\b/gi,
    example: 'Russia withdrew from the New START treaty on Tuesday.',
    reason: 'denouncing or withdrawing from a treaty ends the state being a party (a suspension is read as an end: the treaty no longer binds it)',
    confidence: 0.8,
  },
];
