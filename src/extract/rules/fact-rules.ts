/**
 * Fact and claim patterns over a sentence. Each `kind` has one interpreter in facts.ts or claims.ts that
 * fills the slots from the sentence's resolved actors; the pattern only finds the wording.
 */
type FactRuleKind = 'member-list' | 'org-of-list' | 'member-count' | 'force-size' | 'hosts-bases' | 'signed-not-ratified' | 'founded' | 'collective-defence';

export interface FactRule {
  readonly id: string;
  readonly kind: FactRuleKind;
  readonly pattern: RegExp;
  /** Lower-case substrings one of which every match contains: other sentences are not searched. */
  readonly hints: readonly string[];
  readonly example: string;
  readonly confidence: number;
}

export const FACT_RULES: readonly FactRule[] = [
  {
    id: 'fact.member-list',
    hints: ['member', 'includ', 'compris', 'made up of', 'consisting of', 'brings together'],
    kind: 'member-list',
    pattern:
      /\b(?:whose (?:members|member states) (?:include|are|comprise)|(?:its )?members include|which (?:includes|include|comprises|brings together)|comprising|made up of|consisting of)\b/g,
    example: 'The Pact, whose members include Ruritania, Freedonia and Sylvania, meets yearly.',
    confidence: 0.8,
  },
  {
    id: 'fact.org-of-list',
    hints: [' of '],
    kind: 'org-of-list',
    pattern: /^ of /g,
    example: 'the Customs Union of Ruritania, Freedonia and Sylvania',
    confidence: 0.7,
  },
  {
    id: 'claim.member-count',
    hints: [' of ', '-member', '-nation', '-country', '-state'],
    kind: 'member-count',
    pattern:
      /\b(?:an? |the )(?:group|bloc|union|alliance|club|grouping|organization|association) of (two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\b(?:\s+[\w-]+){0,3}?\s+(?:states|countries|nations|republics|members)\b|\b(?:the )?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})-(?:member|nation|country|state)\b/g,
    example: 'the summit of the Pact, a group of five former colonies ...',
    confidence: 0.7,
  },
  {
    id: 'fact.force-size',
    hints: ['force'],
    kind: 'force-size',
    pattern:
      /\b(?:operates|has|maintains|deploys|fields|created|set up|runs)\s+an?\s+([\d,.]+)[- ](?:soldier|troop|strong|man|member|personnel)\s+(?:[\w-]+\s+){0,2}?force\b/g,
    example: 'The Pact operates a 2,000-soldier force.',
    confidence: 0.75,
  },
  {
    id: 'fact.hosts-bases',
    hints: ['base'],
    kind: 'hosts-bases',
    // The comma and spaces before the clause belong to the match (facts.ts takes them back in): a pattern that
    // opened with `,?\s*` was tried from every space of a long run of them.
    pattern: /(?:(?:which|that|who)\s*)?(?:both |all |each )?(?:hosts?|housed?|houses) (?:an? )?(\p{Lu}[\p{L}-]+) (?:military |air |naval |army )?bases?\b/gu,
    example: 'Ruritania and Sylvania, which both host Freedonian military bases, ...',
    confidence: 0.8,
  },
  {
    id: 'fact.signed-not-ratified',
    hints: ['ratif'],
    kind: 'signed-not-ratified',
    pattern:
      /\bto ratify (?:an? |the )([\w\s-]{3,60}?(?:agreement|treaty|accord|pact|convention))\s+(?:that |which )?(?:it|they) (?:has|have|had) signed\b|\bsigned but (?:has |have )?not (?:yet )?ratified (?:an? |the )?([\w\s-]{3,60}?(?:agreement|treaty|accord|pact|convention))?/g,
    example: 'X called on Ruritania to ratify a trade agreement it has signed.',
    confidence: 0.75,
  },
  {
    id: 'fact.founded',
    hints: ['founded', 'established', 'created', 'set up'],
    kind: 'founded',
    pattern: /\b(?:was |were )?(?:founded|established|created|set up) in ((?:1[89]|20)\d\d)\b/g,
    example: 'the Pact, a group that was founded in 1994',
    confidence: 0.8,
  },
  {
    id: 'fact.collective-defence',
    hints: ['attack'],
    kind: 'collective-defence',
    pattern:
      /\battack (?:on|against) (?:any |one )(?:of )?.{0,60}?(?:constitutes|is|shall be considered|will be considered|amounts to) an attack (?:on|against) (?:all|them all|every)/g,
    example: 'its charter says that an attack on one member constitutes an attack on all',
    confidence: 0.7,
  },
];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
