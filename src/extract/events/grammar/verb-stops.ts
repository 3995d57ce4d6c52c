import type { CompiledDictionaries } from '../compile-dictionaries.js';
import { HARD_BOUNDARIES, type SentenceView } from '../sentence-view.js';
import { chargeStick } from './precision-rules.js';
import type { SiteRule } from './rule.js';

/** A dictionary verb form in the sentence, before it is taken for a verb: what the stop rules below look at. */
export interface VerbSite {
  readonly v: SentenceView;
  readonly d: CompiledDictionaries;
  readonly i: number;
  /** Its auxiliary chain has a form of "be" / a modal. */
  readonly be: boolean;
  readonly modal: boolean;
  /** A past participle form ("imposed", "forced", "taken"). */
  readonly participle: boolean;
  /** Token indices right after an actor phrase: a verb there has that actor as its subject. */
  readonly actorEnds: ReadonlySet<number>;
}

/** Verb forms that are prepositions ("regarding the talks"); "according" only before "to". */
const PREPOSITION_FORMS: ReadonlySet<string> = new Set(['regarding', 'concerning', 'considering', 'including', 'excluding']);

const ing = (s: VerbSite, i = s.i): boolean => s.v.upper[i]!.endsWith('ING');

/**
 * Dictionary verb forms that are no verb of an event, in the order they are tried (the first that applies is
 * the one recorded). Each pinned by a row of test/unit/events-rules.test.ts.
 */
export const VERB_STOPS: readonly SiteRule<VerbSite>[] = [
  {
    id: 'verb.preposition-form',
    effect: 'stop',
    example: 'According to Chadian officials, Sudanese rebels crossed the border.',
    reason: '"according to", "regarding", "concerning" and "considering" are prepositions: "according to the police" is no grant (ACCORD) to the police',
    applies: ({ v, i }) => (v.lower[i] === 'according' && v.lower[i + 1] === 'to') || PREPOSITION_FORMS.has(v.lower[i]!),
  },
  {
    id: 'verb.hyphen-compound',
    effect: 'stop',
    example: 'The war-torn province asked Chad for help.',
    reason: 'a verb inside a hyphenated compound ("war-torn", "UN-brokered") is an adjective',
    // "lathi-charged the crowd" is a verb: a stick's charge (sense.baton-charge).
    applies: (s) => (s.v.lower[s.i - 1] === '-' && !chargeStick(s.v.lower, s.i)) || s.v.lower[s.i + 1] === '-',
  },
  {
    id: 'verb.tagged-noun',
    effect: 'stop',
    example: 'Chad rejected the attacks on Sudan.',
    reason: 'after a determiner, an adjective, a number or a possessive, a verb form is a noun ("the attacks", "its offer")',
    applies: (s) => taggedNoun(s.v, s.i),
  },
  {
    id: 'verb.adverb-adjective',
    effect: 'stop',
    example: 'Bolivia criticized Chile over the recently imposed Peruvian law.',
    reason: 'a participle between a determiner, adverbs and a noun modifies the noun',
    applies: ({ v, i }) => {
      if (v.pos[i - 1] !== 'ADV' || !/^(NOUN|PROPN|ADJ)$/.test(v.pos[i + 1] ?? '')) return false;
      let k = i - 1;
      while (k >= 0 && v.pos[k] === 'ADV') k--;
      return v.pos[k] === 'DET';
    },
  },
  {
    id: 'verb.gerund-after-preposition',
    effect: 'stop',
    example: 'Chad accused the rebels of attacking Sudan.',
    reason: 'a gerund after a preposition is the main verb\'s content ("accused X of attacking"), not an event of its own',
    applies: (s) => ing(s) && (s.v.pos[s.i - 1] === 'ADP' || s.v.pos[s.i - 1] === 'SCONJ'),
  },
  {
    id: 'verb.reduced-relative',
    effect: 'stop',
    example: 'Chad signed an agreement forced on Sudan by Libya.',
    reason: 'a participle after a common noun or a comma, with no object of its own, modifies the noun',
    applies: (s) =>
      s.participle && !s.be && !s.modal && (s.v.pos[s.i - 1] === 'NOUN' || s.v.lower[s.i - 1] === ',') && !s.actorEnds.has(s.i) && reducedRelative(s.v, s.i),
  },
  {
    id: 'verb.participle-adjective',
    effect: 'stop',
    example: 'Germany met with exiled dissidents from Belarus.',
    reason: 'a participle between a preposition and its noun is an adjective',
    applies: (s) => s.participle && s.v.pos[s.i - 1] === 'ADP' && /^(NOUN|PROPN|ADJ)$/.test(s.v.pos[s.i + 1] ?? ''),
  },
  {
    id: 'verb.reduced-relative-by',
    effect: 'stop',
    example: 'Canada praised doctors attacked by Syrian troops.',
    reason: 'after another clause\'s verb, an actor + participle + "by" is a reduced relative ("victims killed by")',
    applies: (s) => s.participle && !s.be && s.v.lower.slice(s.i + 1, s.i + 5).includes('by') && s.v.pos.slice(0, s.i - 1).includes('VERB'),
  },
  {
    id: 'verb.noun-modifier-ing',
    effect: 'stop',
    example: 'Spain gave aid to refugees fleeing Malian rebels.',
    reason: 'an -ing form right after a noun, once the sentence has had its verb, modifies the noun',
    applies: (s) => ing(s) && !s.be && /^(NOUN|PROPN)$/.test(s.v.pos[s.i - 1] ?? '') && s.v.pos.slice(0, s.i - 1).some((p, k) => p === 'VERB' && !ing(s, k)),
  },
  {
    id: 'entente.unasserted',
    effect: 'stop',
    example: 'Chile was angered by reports that Peru had attacked Bolivia.',
    reason: 'the clause of a hearsay noun ("charges that", "rumours that") reports, it does not assert',
    applies: (s) => contentOf(s) === 'hearsay',
  },
  {
    id: 'verb.gerund-content',
    effect: 'stop',
    example: 'A Kenyan court jailed a Somali man for helping militants join a Yemeni group.',
    reason: "what a gerund after a preposition governs is that gerund's content, not an event",
    applies: (s) => contentOf(s) === 'gerund',
  },
  {
    id: 'verb.noun-compound',
    effect: 'stop',
    example: 'Chad sent aid to the flood hit areas of Sudan.',
    reason:
      'a participle between a common noun and the noun it describes ("violence hit areas", "riot affected towns") is a compound adjective written without its hyphen',
    applies: ({ v, i, be, participle, actorEnds }) =>
      !be &&
      (participle || v.upper[i] === v.lemma[i]) &&
      v.pos[i - 1] === 'NOUN' &&
      v.pos[i + 1] === 'NOUN' &&
      // "the flood hit areas", "in riot affected towns", once the sentence has had its verb: not "tanks shelled positions".
      /^(DET|ADJ|ADP)$/.test(v.pos[i - 2] ?? '') &&
      v.pos.slice(0, i - 1).includes('VERB') &&
      !actorEnds.has(i),
  },
  {
    id: 'verb.gerund-object',
    effect: 'stop',
    example: 'Chad would consider investigating the Sudanese raids.',
    reason:
      'a gerund right after a verb ("consider conducting", "discussed sending", "avoided meeting") is what that verb is about, not an event of its own; only a verb that says it took place ("continued attacking") lets it code',
    applies: (s) => gerundObjectOf(s) !== undefined,
  },
  {
    id: 'verb.feeling',
    effect: 'stop',
    example: 'The Chadian president was upset with the Sudanese envoy.',
    reason:
      'a participle of feeling ("was upset with", "felt disturbed", "keep India disturbed") says how someone feels, not what anyone did; only with its cause as "by" agent is it an act',
    applies: (s) => FEELINGS.has(s.v.lemma[s.i]!.toLowerCase()) && (s.participle || s.v.upper[s.i] === s.v.lemma[s.i]) && !activeWithObject(s) && !byFollows(s),
  },
];

/** Verbs of feeling in CAMEO's protest blocks: their participles describe a state of mind. */
const FEELINGS: ReadonlySet<string> = new Set([
  'upset',
  'disturb',
  'annoy',
  'irritate',
  'frustrate',
  'agitate',
  'distress',
  'vex',
  'bother',
  'irk',
  'disconcert',
  'disquiet',
  'agonise',
  'agonize',
]);

const byFollows = ({ v, i }: VerbSite): boolean => v.lower.slice(i + 1, i + 4).includes('by');

/** "Sudan upset Chad": an actor right before and an object right after; "left the judge upset and shaken" has none after. */
const activeWithObject = (s: VerbSite): boolean => s.actorEnds.has(s.i) && /^(DET|NOUN|PROPN|PRON|ADJ)$/.test(s.v.pos[s.i + 1] ?? '');

/** The verb a gerund right after it (adverbs between) is the object of, when that verb does not say the gerund took place. */
function gerundObjectOf({ v, i, d }: VerbSite): number | undefined {
  if (!ing({ v, i } as VerbSite, i)) return undefined;
  let k = i - 1;
  while (k >= 0 && v.pos[k] === 'ADV') k--;
  if (k < 0 || v.pos[k] !== 'VERB' || v.upper[k]!.endsWith('ING')) return undefined;
  const lemma = v.lemma[k]!.toLowerCase();
  return d.complement?.verbs.includes(lemma) || lemma === 'be' ? undefined : k;
}

/** wink-nlp tags some nouns as verbs: "rejected calls", "the attacks", "its offer". */
function taggedNoun(v: SentenceView, i: number): boolean {
  const p = v.pos[i - 1];
  if (p === 'ADJ' || p === 'DET' || p === 'NUM' || v.lower[i - 1] === "'s" || /^(his|her|its|their|our|my|your)$/.test(v.lower[i - 1] ?? '')) return true;
  return p === 'VERB' && v.upper[i]!.endsWith('S') && !v.upper[i]!.endsWith('SS');
}

function reducedRelative(v: SentenceView, i: number): boolean {
  const next = v.pos[i + 1];
  if (next === undefined || next === 'ADP' || next === 'PUNCT' || next === 'ADV') return true;
  // ", expected to be joined by...": set off by a comma, a participle with an infinitive still modifies.
  if (v.lower[i - 1] === ',' && v.lower[i + 1] === 'to') return true;
  return v.lower.slice(i + 1, i + 4).includes('by');
}

/**
 * Whose content the verb is: a hearsay noun's that-clause ("on charges that she signed") or a gerund's after a
 * preposition ("for helping militants join a group"); undefined when it is asserted.
 */
function contentOf({ v, i, d }: VerbSite): 'hearsay' | 'gerund' | undefined {
  // An auxiliary starts a predicate of its own ("acting against Moscow were released"): no gerund governs past it.
  let auxiliary = false;
  for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
    const w = v.lower[j]!;
    if (HARD_BOUNDARIES.has(w) || w === ',' || w === '.' || (v.pos[j] === 'CCONJ' && v.pos[j + 1] !== 'VERB')) return undefined;
    if (w === 'that' && j > 0 && v.pos[j - 1] === 'NOUN' && d.unasserted?.nouns.includes(v.lemma[j - 1]!.toLowerCase())) return 'hearsay';
    if (v.pos[j] === 'AUX') auxiliary = true;
    else if (v.pos[j] === 'VERB')
      return !auxiliary && v.upper[j]!.endsWith('ING') && j > 0 && (v.pos[j - 1] === 'ADP' || v.pos[j - 1] === 'SCONJ') && v.lower[j - 1] !== 'to' && i - j <= 4
        ? 'gerund'
        : undefined;
  }
  return undefined;
}
