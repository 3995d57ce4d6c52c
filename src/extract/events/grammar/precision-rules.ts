import { CAMEO, ROOT, isUnder } from '../cameo.js';
import type { GrammarRule } from './rule.js';
import type { SenseRule } from './verb-senses.js';

/**
 * Rules of issue 14's precision work on unseen news (2026-12-07): what is only said is coded as the saying, force
 * by the police against a crowd is repression, and a reproach is no demand. Kept in their own file so that the
 * recall rules (generic actors) and these merge apart; the table (table.ts) and `--explain` read them as any other.
 */
export const PRECISION = {
  reportedConflict: {
    id: 'event.reported-conflict',
    effect: 'code',
    example: 'The Chadian opposition leader said the Chadian government had failed the farmers.',
    reason:
      'what a speaker says another did against someone ("said the government had failed the people", "said the army had attacked villagers") is, as reported, the speaker\'s accusation (112) of the doer, not the act itself, as "claimed" and "alleged" are; the police, the army, a government or a court reporting force (14-20) report a fact and the act stays; a speaker saying it of its own side ("Syria said its troops attacked") reports its own act',
  },
  reproach: {
    id: 'event.reproach',
    effect: 'code',
    example: 'The Chadian opposition said the Chadian government should have allowed the rally.',
    reason:
      'what someone "should have done" is a reproach of what was not done, a criticism (111) of the one who should have, not a demand (10x) of something still to do; "must have done" is a guess and codes nothing',
  },
} as const satisfies Record<string, GrammarRule>;

/** Verbs that report what someone said, beyond the allegation rule's "claim" and "allege": their content is the speaker's word. */
export const REPORTING_LEMMAS: ReadonlySet<string> = new Set([
  'say',
  'add',
  'tell',
  'state',
  'assert',
  'declare',
  'insist',
  'maintain',
  'argue',
  'stress',
  'remark',
  'observe',
  'contend',
  'complain',
  'lament',
  'feel',
]);

/** Sectors that report force as a fact of their office: the police, the army, a government, a court, intelligence. */
export const OFFICIAL_REPORTER = /^[A-Z]{3}(?:COP|MIL|GOV|JUD|SPY)?$/;

/** Force the reported-conflict rule leaves as reported by officials: protests, coercion, assault, fights (roots 14-20). */
export const reportsForce = (code: string): boolean => Number(code.slice(0, 2)) >= 14;

/** Words for the stick of a police charge, written before "charge" with or without a hyphen ("lathi-charged", "baton charge"). */
export const CHARGE_STICKS: ReadonlySet<string> = new Set(['lathi', 'lathis', 'baton', 'cane']);

/** "lathi-charged the crowd", "baton charged protesters": the word before "charge", across its hyphen. */
export const chargeStick = (lower: readonly string[], i: number): boolean =>
  CHARGE_STICKS.has(lower[i - 1] ?? '') || (lower[i - 1] === '-' && CHARGE_STICKS.has(lower[i - 2] ?? ''));

export const BATON_CHARGE: SenseRule = {
  id: 'sense.baton-charge',
  effect: 'code',
  lemmas: ['CHARGE'],
  example: 'The Chadian police lathi-charged the striking teachers.',
  reason:
    'a "lathi charge" or "baton charge" is the police beating a crowd with sticks to disperse it: force against protesters, coded as CAMEO does such repression (175, use tactics of violent repression), not an accusation (112)',
  sense: (s) => (!isUnder(s.code, ROOT.FIGHT) && chargeStick(s.v.lower, s.verbEnd - 1) ? { code: CAMEO.VIOLENT_REPRESSION } : undefined),
};
