import type { ActorType } from '../analysis.js';
import { DEFINITE_BODIES, DEFINITE_BODY_REACH, DEFINITE_BODY_TYPES } from './definite-bodies.js';

/** Definite noun phrases and pronouns that point back to the last actor of a type. */
export interface Anaphor {
  readonly id: string;
  readonly pattern: RegExp;
  readonly types: readonly ActorType[];
  /** How many sentences back the antecedent may be: a pronoun reaches less far than a definite noun phrase. */
  readonly reach: number;
  /** Only actors the graph knows may be the antecedent, not candidates a recognizer proposed. */
  readonly knownOnly: boolean;
  /**
   * Only a speaker may be the antecedent: a person followed by a verb of saying ("rao said", "rao, the mla, told") or
   * after one ("said rao"), or a pronoun this rule has tied to one.
   */
  readonly speaker?: boolean;
  /**
   * The antecedent is the subject of the nearest sentence before that names a person (its first person, with no verb
   * or preposition between the start of its clause and the name), or none: "a b attacked c d. he charged ..." is a b.
   */
  readonly subject?: boolean;
  /** The pronoun's gender by its words ("she": F); a person known to be of the other is no antecedent (gender.ts). */
  readonly gender?: Readonly<Record<string, 'F' | 'M'>>;
  /** The antecedent's kind (rules/definite-bodies.ts): a name word one of which it holds, or a party. */
  readonly kind?: { readonly nameWords: readonly string[]; readonly party: boolean; readonly anyAlliance: boolean };
  /** The description is a whole noun phrase: no noun follows ("the party alleged", not "the party workers"). */
  readonly wholePhrase?: boolean;
  /**
   * Only a body named as one: not the police, a crowd or a group of people the domestic stage read from common words
   * ("miscreants", "communal forces", "muslims"), which no "the outfit", "the organisation" stands for (coref.named-body-only).
   */
  readonly namedBodyOnly?: boolean;
  readonly example: string;
}

/** Verbs of saying after a speaker or a pronoun ("rao said", "he told"): the speaker rule's and SPEECH_AFTER's one list. */
const SAYING = 'said|says|added|told|claimed|stated|alleged|asserted|declared|observed|maintained|fumed|quipped';

export const ANAPHORS: readonly Anaphor[] = [
  ...DEFINITE_BODIES.map(
    (r): Anaphor => ({
      id: r.id,
      pattern: new RegExp(`\\b[Tt]he (?:${r.words.join('|')})(?='s|’s|\\b)`, 'g'),
      types: DEFINITE_BODY_TYPES,
      reach: DEFINITE_BODY_REACH,
      knownOnly: true,
      kind: { nameWords: r.nameWords, party: r.party, anyAlliance: r.anyAlliance === true },
      wholePhrase: true,
      namedBodyOnly: true,
      example: r.example,
    }),
  ),
  {
    id: 'coref.definite-organization',
    // "the union minister", "the union government": India's word for its federal level, no anaphor.
    pattern:
      /\b[Tt]he (organization|organisation|bloc|union|grouping|treaty organization)(?='s|’s|\b)(?! (?:minister|government|cabinet|home|finance|defence|law|territory|territories|budget|health|railway)\b)/g,
    types: ['organization', 'alliance'],
    reach: 6,
    knownOnly: true,
    namedBodyOnly: true,
    example: 'The pact ... the organization’s members -> the pact',
  },
  {
    // "rao said ... he told the minister c d das that ... on the law, he said": the one who speaks, not the last named.
    id: 'coref.pronoun-speaker',
    pattern: new RegExp(`\\b([Hh]e|[Ss]he)(?= (?:${SAYING})\\b)`, 'g'),
    types: ['person'],
    reach: 6,
    knownOnly: false,
    speaker: true,
    gender: { he: 'M', she: 'F' },
    example: 'A b Rao said ... he told C d Das that ... On the law, he said -> A b Rao',
  },
  {
    // A sentence opening with "he" goes on about the last sentence's subject, not the last man named in it (centering):
    // "speaking on tuesday, a b attacked prime minister c d. he charged c d and e f of ... he alleged ..." is a b each time.
    id: 'coref.pronoun-subject',
    // Not after an opening quote: a pronoun in a quotation speaks of another ("he has become prime minister ...").
    pattern: /^([Hh]e|[Ss]he)\b/g,
    types: ['person'],
    reach: 2,
    knownOnly: false,
    subject: true,
    gender: { he: 'M', she: 'F' },
    example: 'A b Rao attacked minister C d Das. He charged Das with ... -> A b Rao',
  },
  {
    id: 'coref.pronoun-person',
    pattern: /\b([Hh]e|[Ss]he)\b/g,
    types: ['person'],
    reach: 2,
    knownOnly: false,
    gender: { he: 'M', she: 'F' },
    example: 'Ann Poe said ... She added -> Ann Poe',
  },
  {
    // An object pronoun is an event's target as often as "he" is its source: "the police arrested him", "met her". "her"
    // only where no noun follows ("her party" is a possessive): before punctuation, a preposition or the end.
    id: 'coref.pronoun-person-object',
    pattern:
      /\b(?:[Hh]im|[Hh]er(?=[.,;:!?]|$| (?:to|for|on|in|at|and|of|with|from|as|after|before|by|over|about|that|into|during|since|till|until|outside|near)\b))\b/g,
    types: ['person'],
    reach: 2,
    knownOnly: false,
    gender: { him: 'M', her: 'F' },
    example: 'Ann Poe was attacked ... The police questioned her -> Ann Poe',
  },
];

/**
 * The speaker rule's fallback when no one named before has spoken: the last person who stood as a clause's subject,
 * outside a quotation, within the rule's reach (centering: the story's topic speaks, not the last person it named).
 */
export const SPEAKER_TOPIC = {
  id: 'coref.pronoun-speaker.topic',
  example: 'A b Rao refused to meet minister C d Das: "we are not here for a deal," he said -> A b Rao',
  reason: 'a pronoun that speaks goes on with the subject of the story, not with the object of its last verb',
} as const;

/**
 * A third-person pronoun inside a quotation is someone a speaker speaks of, not one of the story's speakers (who say
 * "I"): it skips the people who have spoken, and is left untied when only they are within reach.
 */
export const QUOTED_PRONOUN = {
  id: 'coref.quoted-pronoun',
  example: 'C d Das met A b Rao. "he broke his word," Rao said -> C d Das, not Rao',
  reason: 'a speaker speaks of others in the third person, of themselves in the first',
} as const;

/** After a person: a verb of saying, through an apposition set off by commas ("rao, the mla, said"). */
export const SPEECH_AFTER = new RegExp(`^(?:\\s*,[^,.]{1,80},)?\\s+(?:${SAYING})\\b`);
/** Before a person, after a quote or a comma: "..., said rao", "... ?” quipped mahant das" (not "says desai explained"). */
export const SPEECH_BEFORE = /[,"“”'’]\s*(?:said|says|added|asked|quipped|declared|fumed)\s+$/;
/** Before a person a source is attributed to: "according to deputy commissioner of police c d", through the title. */
export const ATTRIBUTION_BEFORE = /\baccording to [^,.;:"“”]{0,60}$/i;
/** After a person the inverted "said rao" names as the speaker: the clause ends ("..., said rao." but not "says desai explained"). */
export const CLAUSE_END = /^\s*(?:[.,;:!?"“”'’]|$)/;
