import { HARD_BOUNDARIES, type SentenceView } from '../sentence-view.js';
import type { GrammarRule, SiteRule } from './rule.js';
import type { VerbSite } from './verb-stops.js';

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
      'what a speaker says another did against someone ("said the government had failed the people", "said the army had attacked villagers") is, as reported, the speaker\'s accusation (112) of the doer, not the act itself, as "claimed" and "alleged" are; the police, the army, a government or a court reporting force (14-20) report a fact and the act stays, as does an agentless passive ("said X had been arrested": the state did it, no one is accused); a speaker saying it of its own side ("Syria said its troops attacked") reports its own act',
  },
  reproach: {
    id: 'event.reproach',
    effect: 'code',
    example: 'The Chadian opposition said the Chadian government should have allowed the rally.',
    reason:
      'what someone "should have done" is a reproach of what was not done, a criticism (111) of the one who should have, not a demand (10x) of something still to do; "must have done" is a guess and codes nothing',
  },
  parentheticalParticiple: {
    id: 'role.parenthetical-participle',
    effect: 'role',
    example: 'The Chadian envoy, representing the Sudanese government, criticized the rebels.',
    reason:
      'an actor inside a participle phrase set off by commas right before the verb (", representing the government,", ", led by the party leader,", ", accompanied by X,") describes the subject; the subject is the phrase before it, not the actor nearest the verb',
  },
  coordinatedPassive: {
    id: 'role.coordinated-passive',
    effect: 'role',
    example: 'Sudanese protesters were arrested and taken to a Chadian police station.',
    reason: 'a participle joined by "and" to a passive ("were arrested and taken") is passive too: its subject is what was taken, not who took it',
  },
  placeModifier: {
    id: 'role.place-modifier',
    effect: 'stop',
    example: 'The Chadian minister said the Ndjamena violence had exposed the Chadian opposition.',
    reason:
      'a place that modifies a noun of what happened ("the Ndjamena violence", "the Gujarat riots", "the Ayodhya issue") names where it happened: the subject is that event or issue, a thing, not the place\'s state',
  },
  pronounClause: {
    id: 'role.pronoun-clause',
    effect: 'role',
    example: 'The Chadian minister met the Sudanese envoy and he criticized the rebels.',
    reason:
      'a subject pronoun after "and" ("met the envoy and he criticized") opens a clause of its own: the phrase before "and" is the earlier verb\'s object, not a co-subject of the pronoun',
  },
  sameFormPassive: {
    id: 'role.same-form-passive',
    effect: 'role',
    example: 'A Chadian shop was set afire by Sudanese rebels.',
    reason:
      'a verb whose past participle is its base form ("set", "hit", "put", "cut", "beat") is a passive after a form of "be" when a "by" agent follows ("was set afire by a mob"): the "by" phrase is the source, the subject the target; "is set to meet" is a plan, no passive',
  },
} as const satisfies Record<string, GrammarRule>;

/** Verbs whose past participle is written as their base form: after "be", with a "by" agent, they are passives. */
export const SAME_FORM_PARTICIPLES: ReadonlySet<string> = new Set([
  'set',
  'hit',
  'put',
  'cut',
  'shut',
  'beat',
  'let',
  'cast',
  'burst',
  'hurt',
  'spread',
  'quit',
  'thrust',
  'upset',
]);

/** Nouns of what happens or is at issue: a place before one only says where ("the Gujarat riots"). */
export const HAPPENING_NOUNS: ReadonlySet<string> = new Set(
  'violence riot riots carnage massacre killing killings incident incidents issue issues situation crisis unrest tension tensions clash clashes dispute case verdict episode row agitation bandh strike strikes attack attacks blast blasts tragedy fire flood floods earthquake election elections polls problem movement'.split(
    ' ',
  ),
);

/** Past participles that open a describing phrase after a comma as "-ing" forms do: ", led by X,", ", accompanied by X,". */
const DESCRIBING_PARTICIPLES: ReadonlySet<string> = new Set([
  'led',
  'headed',
  'accompanied',
  'flanked',
  'backed',
  'supported',
  'joined',
  'represented',
  'chaired',
]);

/**
 * Whether the actor phrase starting at `start` lies in a participle phrase set off by commas that closes right before
 * the verb at `verb` (adverbs and auxiliaries aside): "the envoy, representing [the government], criticized".
 */
export function inParentheticalParticiple(v: SentenceView, start: number, verb: number): boolean {
  let close = verb - 1;
  while (close >= 0 && (v.pos[close] === 'ADV' || v.pos[close] === 'AUX')) close--;
  if (v.lower[close] !== ',' || start >= close) return false;
  for (let k = start - 1; k >= 0 && start - k <= 10; k--) {
    if (HARD_BOUNDARIES.has(v.lower[k]!)) return false;
    if (v.lower[k] !== ',') continue;
    const w = v.lower[k + 1] ?? '';
    // The tagger may call a participle a noun (", meeting Sudanese officials,").
    return k > 0 && (((v.pos[k + 1] === 'VERB' || v.pos[k + 1] === 'NOUN') && w.length > 5 && w.endsWith('ing')) || DESCRIBING_PARTICIPLES.has(w));
  }
  return false;
}

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
const CHARGE_STICKS: ReadonlySet<string> = new Set(['lathi', 'lathis', 'baton', 'cane']);

/** "lathi-charged the crowd", "baton charged protesters": the word before "charge", across its hyphen. */
export const chargeStick = (lower: readonly string[], i: number): boolean =>
  CHARGE_STICKS.has(lower[i - 1] ?? '') || (lower[i - 1] === '-' && CHARGE_STICKS.has(lower[i - 2] ?? ''));

/**
 * Verb forms that are no verb of an event, beyond grammar/verb-stops.ts: tried after those, in this order.
 * Each pinned by a row of test/unit/events-precision-rows.ts.
 */
export const PRECISION_STOPS: readonly SiteRule<VerbSite>[] = [
  {
    id: 'verb.coordinated-gerund',
    effect: 'stop',
    example: 'Chad blamed Sudan for closing the border and expelling Chadian traders.',
    reason:
      'a gerund joined by "and"/"or" to a gerund after a preposition ("for closing the border and expelling traders") is, like it, the content of the main verb, not an event of its own',
    applies: ({ v, i }) => {
      if (!v.upper[i]!.endsWith('ING') || (v.lower[i - 1] !== 'and' && v.lower[i - 1] !== 'or')) return false;
      // The gerund it is joined to: back to a boundary, past the first gerund's own object ("to pressure").
      for (let k = i - 2; k > 0 && i - k <= 15; k--) {
        if (HARD_BOUNDARIES.has(v.lower[k]!) || v.lower[k] === ',') return false;
        if (v.upper[k]!.endsWith('ING') && (v.pos[k] === 'VERB' || v.pos[k] === 'NOUN') && (v.pos[k - 1] === 'ADP' || v.pos[k - 1] === 'SCONJ')) return true;
      }
      return false;
    },
  },
];
