import type { ActorType } from '../analysis.js';

/** Definite noun phrases and pronouns that point back to the last actor of a type. */
export interface Anaphor {
  readonly id: string;
  readonly pattern: RegExp;
  readonly types: readonly ActorType[];
  /** How many sentences back the antecedent may be: a pronoun reaches less far than a definite noun phrase. */
  readonly reach: number;
  /** Only actors the graph knows may be the antecedent, not candidates a recognizer proposed. */
  readonly knownOnly: boolean;
  /** The pronoun's gender by its words ("she": F); a person known to be of the other is no antecedent (gender.ts). */
  readonly gender?: Readonly<Record<string, 'F' | 'M'>>;
  readonly example: string;
}

export const ANAPHORS: readonly Anaphor[] = [
  {
    id: 'coref.definite-organization',
    // "the union minister", "the union government": India's word for its federal level, no anaphor.
    pattern:
      /\b[Tt]he (organization|organisation|alliance|bloc|union|grouping|treaty organization)(?='s|’s|\b)(?! (?:minister|government|cabinet|home|finance|defence|law|territory|territories|budget|health|railway)\b)/g,
    types: ['organization', 'alliance'],
    reach: 6,
    knownOnly: true,
    example: 'The pact ... the organization’s members -> the pact',
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
