import type { ActorType } from '../analysis.js';

/** Definite noun phrases and pronouns that point back to the last actor of a type. */
export interface Anaphor {
  readonly id: string;
  readonly pattern: RegExp;
  readonly types: readonly ActorType[];
  readonly example: string;
}

export const ANAPHORS: readonly Anaphor[] = [
  {
    id: 'coref.definite-organization',
    pattern: /\b[Tt]he (organization|organisation|alliance|bloc|union|grouping|treaty organization)(?='s|’s|\b)/g,
    types: ['organization', 'alliance'],
    example: 'The pact ... the organization’s members -> the pact',
  },
  { id: 'coref.pronoun-person', pattern: /\b([Hh]e|[Ss]he)\b/g, types: ['person'], example: 'Ann Poe said ... She added -> Ann Poe' },
];
