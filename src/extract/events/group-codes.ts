/**
 * The codes of a sentence's actor groups once they are found (actor-groups.ts): whose country a role of no country is
 * (the sentence's sole country, the article's), coordinated demonyms sharing a head noun, and the tests of a code
 * (its country, whether it names anyone) the coder asks of groups.
 */
import { actorGroup, type ActorGroup } from './actor-group.js';
import { ACTOR_RULES } from './grammar/actor-rules.js';
import type { SentenceView } from './sentence-view.js';

/** The rules a group was read by, with one more. */
export const withRule = (g: ActorGroup, rule: string): readonly string[] => [...(g.rules ?? []), rule];

/** Roles whose people live where they are not from: refugees, religious communities ("Jewish settlers in the West Bank"). */
export const ELSEWHERE = /^~(REF|JEW|MUS|CHR|CTH|HIN|BUD|SHI|SUN|SIK|SET)/;

/** Codes that start with three letters but name no country. */
const NON_STATE = new Set([
  'IGO',
  'NGO',
  'IMG',
  'MNC',
  'UAF',
  'INT',
  'UIS',
  'NGM',
  'EUR',
  'AFR',
  'ASA',
  'MEA',
  'WST',
  'LAM',
  'NAF',
  'SAF',
  'CAS',
  'SAS',
  'SEA',
  'WAF',
  'EAF',
  'CAF',
  'BLK',
  'CRB',
  'SCN',
  'PGS',
  'MED',
]);

/** The country an actor code belongs to (UKROPP -> UKR), or undefined for regions, IGOs, NGOs and unknowns. */
export function countryOf(code: string): string | undefined {
  const c = code.slice(0, 3);
  return /^[A-Z]{3}$/.test(c) && !NON_STATE.has(c) ? c : undefined;
}

/** A state office before an unknown name: "President X", "Defence Minister Y", "General Z". */
const stateTitled = (g: ActorGroup): boolean => g.named === true && /^---(GOV|ELI|LEG|JUD|MIL|COP|SPY)$/.test(g.code);

/**
 * "President Kibaki said ... in Kenya": a government title before a name the dictionaries lack says whose
 * country only through the sentence; when the sentence names exactly one country, it is that one's.
 */
export function soleCountry(groups: ActorGroup[]): ActorGroup[] {
  if (!groups.some(stateTitled)) return groups;
  const countries = new Set<string>();
  for (const g of groups) {
    const c = countryOf(g.code);
    if (c) countries.add(c);
  }
  if (countries.size !== 1) return groups;
  const [country] = countries;
  return groups.map((g) => (stateTitled(g) ? actorGroup({ ...g, code: country + g.code.slice(3), rules: withRule(g, ACTOR_RULES.soleCountry.id) }) : g));
}

/** Whether a code names no country or entity: a role alone (`---GOV`), an unknown (`UNK`, `UNKGOV`), or nothing. */
export const unknownActor = (code: string): boolean => code === '' || code.startsWith('---') || code.startsWith('UNK');

/**
 * "the chief minister said...", in an article about one country only: a role of no known country is that country's.
 * Refugees and religious communities stay apart (they live where they are not from).
 */
export function articleCountry(groups: ActorGroup[], country: string | undefined): ActorGroup[] {
  if (!country) return groups;
  return groups.map((g) => {
    if (g.pronoun || !unknownActor(g.code) || g.code === '' || ELSEWHERE.test(`~${g.code.slice(3)}`)) return g;
    return actorGroup({ ...g, code: country + g.code.slice(3), rules: withRule(g, ACTOR_RULES.articleCountry.id) });
  });
}

/**
 * "US and British activists": coordinated country adjectives share the head noun, so the bare one
 * takes the sector of its composed mate (USAOPP beside GBROPP). A country noun ("Russia and Ukrainian
 * rebels") keeps its own code: only adjectives and abbreviations share.
 */
const DEMONYM = /(an|ese|ish|ch|i)$/;

export function sharedHeads(v: SentenceView, groups: ActorGroup[]): ActorGroup[] {
  for (let k = groups.length - 2; k >= 0; k--) {
    const a = groups[k]!;
    const b = groups[k + 1]!;
    if (a.code.length !== 3 || a.end !== a.start + 1 || b.code.length <= 3 || !(b.composed || b.possessive) || b.code.slice(0, 3) === a.code) continue;
    if (b.start !== a.end + 1 || !/^(and|or|,)$/.test(v.lower[a.end]!)) continue;
    if (v.pos[a.start] !== 'ADJ' && !/^[A-Z.]+$/.test(v.source.tokens[a.start]!.text) && !DEMONYM.test(v.lower[a.start]!)) continue;
    groups[k] = actorGroup({ ...a, code: a.code + b.code.slice(3), composed: true, rules: withRule(a, ACTOR_RULES.sharedHead.id) });
  }
  return groups;
}
