import type { GrammarRule } from './rule.js';

/** The rules of the actor phrases (actor-groups.ts), as rows of the grammar table. */
export const ACTOR_RULES = {
  countedPhrase: {
    id: 'actor.counted-phrase',
    effect: 'actor',
    example: 'Over 50 Chadian students were arrested on Monday.',
    reason:
      'a word that counts a number ("over 50 persons", "about 200 protesters", "at least 22 men") is no preposition: the phrase after it can be the subject of its verb, as "50 persons" is, and not a prepositional phrase a subject is never found in',
  },
  possessive: {
    id: 'actor.possessive',
    effect: 'actor',
    example: 'Syria offered its troops to Lebanon.',
    reason: 'a role after "its"/"their" is the latest actor\'s',
  },
  formerOffice: {
    id: 'actor.former-office',
    effect: 'actor',
    example: 'The former Chadian interior minister criticized the Sudanese rebels.',
    reason:
      'a "former" (or "ex-") minister, judge or general holds the office no more: an elite (ELI), as the dictionaries code "former president", not the government, the legislature or the army',
  },
  soleCountry: {
    id: 'actor.sole-country',
    effect: 'actor',
    example: 'Rebels in Chad rejected an offer from President Amadou Tello.',
    reason: 'a state title before a name the dictionaries lack takes the one country the sentence names',
  },
  sharedHead: {
    id: 'actor.shared-head',
    effect: 'actor',
    example: 'US and British activists protested in Beijing.',
    reason: 'coordinated country adjectives share the head noun and its sector',
  },
  placedRole: {
    id: 'actor.placed-role',
    effect: 'actor',
    example: 'Security forces in Guinea have tortured Liberian refugees.',
    reason: 'a role placed in a country ("security forces in Guinea") is that country\'s; refugees and religious communities are not',
  },
  lowerCaseNoun: {
    id: 'actor.lower-case-noun',
    effect: 'actor',
    example: 'French activists hung banners on a pole and protested.',
    reason: 'in cased text a one-word name written in lower case is a common noun ("a pole", "a turkey")',
  },
  articleCountry: {
    id: 'actor.article-country',
    effect: 'actor',
    example: 'The minister criticized Sudanese rebels. (in an article that names Chad and no other country)',
    reason: "in an article that names one country only, a role of no known country (a minister, the police) is that country's",
  },
  usPronoun: {
    id: 'actor.us-pronoun',
    effect: 'actor',
    example: 'chad said the ban did not allow us to help sudan.',
    reason: '"us" in lower case is the pronoun, not the United States (lower-cased feeds write the country "the us" or "u.s.")',
  },
  namedBody: {
    id: 'actor.named-body',
    effect: 'actor',
    example: 'The Ndjamena Water Users Association criticized Sudanese rebels.',
    reason:
      'a country or one of its places opening the name of a body ("all india ... committee", "the Chad ... association") names that body, an organisation of the country, not the state',
  },
  partyMeeting: {
    id: 'actor.party-meeting',
    effect: 'actor',
    example: 'The party congress of the Chadian communists condemned Sudanese rebels.',
    reason: 'a party\'s "party congress" is its meeting, not a legislature: the phrase is no actor, the party after it is',
  },
  hyphenModifier: {
    id: 'actor.hyphen-modifier',
    effect: 'actor',
    example: 'NATO-member Norway criticized Russia.',
    reason: 'an actor inside a hyphenated modifier gives way to the head',
  },
  oppositionStance: {
    id: 'actor.opposition-stance',
    effect: 'actor',
    example: 'The Chadian minister voiced his opposition to the Sudanese plan.',
    reason:
      '"opposition to" after a possessive ("his opposition to") or a word of its strength ("strong opposition to") is the act of opposing, a stance, not the political opposition (OPP)',
  },
  kinNotActor: {
    id: 'actor.kin-not-actor',
    effect: 'actor',
    example: "The Chadian minister met the Sudanese president's brother.",
    reason:
      'an actor followed by "\'s" and a word of kin ("the president\'s brother", "Tello\'s son") names whose relative is meant: the relative, a private person, is not that actor, and no role of the actor is his',
  },
} as const satisfies Record<string, GrammarRule>;

/** Words of kin after a possessive: "the president's brother". */
export const KIN: ReadonlySet<string> = new Set(
  'brother brothers sister sisters son sons daughter daughters wife husband father mother nephew nephews niece cousin uncle aunt son-in-law brother-in-law daughter-in-law relative relatives grandson granddaughter kin'.split(
    ' ',
  ),
);

/** Words before "opposition to" that make it a stance: possessives and words of its strength. */
export const STANCE_BEFORE: ReadonlySet<string> = new Set(
  'his her its their our my your strong stiff vehement fierce strident firm stout bitter total growing'.split(' '),
);
