/**
 * Military bases opened or closed, as the news words them: "the United States opened a drone base in Niger",
 * "Russia closed its air base in Kyrgyzstan". Each rule finds the verb before the word "base";
 * `base-changes.ts` finds the user state before the verb and the host state after "base in".
 */
import type { ChangeRule } from './membership-rules.js';

export interface BaseRule extends ChangeRule {
  readonly predicate: 'hosts_base_of';
  /** `open` from the day on, or `withdrawn`: the base is closed from that day. */
  readonly status: 'open' | 'withdrawn';
}

/** The noun phrase of a base after the verb: "a new drone base", "its Kant air base", "the naval base". */
const BASE = String.raw`(?= (?:(?:a|an|its|their|the|new|first|second|largest|\p{Lu}[\p{L}-]+) ){0,4}(?:military |air |naval |army |drone |logistics )?(?:base|airbase|air base|naval base)s?\b)`;

export const BASE_RULES: readonly BaseRule[] = [
  {
    id: 'base.opened',
    predicate: 'hosts_base_of',
    status: 'open',
    order: 'state-first',
    pattern: new RegExp(String.raw`\b(?:(?:formally |officially )?(?:opened|inaugurated|established|set up|began operating))${BASE}`, 'giu'),
    example: 'The United States opened a drone base in Niger on Monday.',
    reason: 'a base opened for a state is hosted for it from that day',
    confidence: 0.8,
  },
  {
    id: 'base.closed',
    predicate: 'hosts_base_of',
    status: 'withdrawn',
    order: 'state-first',
    pattern: new RegExp(
      String.raw`\b(?:(?:formally |officially |finally )?(?:closed|shut(?: down)?|vacated|handed over|withdrew from|pulled out of))${BASE}`,
      'giu',
    ),
    example: 'Russia closed its air base in Kyrgyzstan on Friday.',
    reason: 'a closed base is hosted no longer',
    confidence: 0.8,
  },
];
