import type { GrammarRule } from './rule.js';

/**
 * The rules of domestic news's generic agents and the property violence is done to (issue 14): rows of the grammar
 * table, pinned by invented sentences in test/unit/events-domestic.test.ts. Their word lists are data, in
 * data/dictionaries/entente-domestic.json (agents, property and its owners, local protests, the police agent).
 */
export const DOMESTIC_RULES = {
  tagRepair: {
    id: 'verb.tag-repair',
    effect: 'code',
    example: 'Rioters torched two shops and set fire to buses.',
    reason:
      'the tagger reads an irregular past form between a noun and a number as an adjective ("burnt three buses", "burst teargas shells") or after "was" ("curfew was relaxed"), "tear" in "tear gas" as a verb, and a plural noun after "to" as a verb ("fire to shops"); in news of riots English allows none of these readings, so the view of the sentence puts them right',
  },
  propertyOwner: {
    id: 'actor.property-owner',
    effect: 'actor',
    example: 'The mob attacked the police station and burnt three buses.',
    reason:
      'violence done to property is done to its owner, whom the property names: a police station is the police’s (COP), shops are traders’ (BUS), homes and vehicles the civilians’ of the place (CVL), a temple its community’s (REL), a collectorate the government’s (GOV); the place’s country, as roles get it',
  },
  crowdRiot: {
    id: 'sense.crowd-riot',
    effect: 'code',
    example: 'The mob burnt three buses.',
    reason:
      'civilians or protesters who destroy the property of the place’s civilians (its homes, its vehicles) are rioting: CAMEO 145 (protest violently, riot), with no target, not violence of the people against themselves',
  },
  attackAgent: {
    id: 'role.attack-agent',
    effect: 'role',
    example: 'Two persons were killed in police firing on Monday.',
    reason:
      'a passive of violence with no "by" agent that names the violence its victims fell in ("in police firing", "in a mob attack") names its doer: the police fired, the mob attacked',
  },
  peopleOnPeople: {
    id: 'role.people-on-people',
    effect: 'role',
    example: 'The mob beat up two youths.',
    reason:
      'civilians named by role on both sides of violence ("the mob", "two youths") are different people of one place, not one actor resolved twice: the event stands (CVL on CVL), as ICEWS records citizens attacking citizens',
  },
  propertyNoSource: {
    id: 'actor.property-no-source',
    effect: 'stop',
    example: 'A speeding truck hit the bus.',
    reason: 'a thing does nothing: property is never the source of an event',
  },
  propertyOnlyViolence: {
    id: 'actor.property-only-violence',
    effect: 'stop',
    example: 'The minister visited the temple.',
    reason: 'property is the target only of coercion and violence done to it (CAMEO 17-20): one visits, praises or protests at a place, not at its owner',
  },
} as const satisfies Record<string, GrammarRule>;

/** Nouns of an attack whose doer is named before them ("police firing", "mob attack"): `role.attack-agent`. */
export const ATTACK_NOUNS: ReadonlySet<string> = new Set([
  'firing',
  'attack',
  'attacks',
  'assault',
  'lathi-charge',
  'lathicharge',
  'raid',
  'violence',
  'stone-pelting',
  'action',
]);
