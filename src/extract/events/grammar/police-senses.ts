import { actorGroup } from '../actor-group.js';
import { CAMEO, ROOT, isUnder } from '../cameo.js';
import { countryOf } from '../group-codes.js';
import type { SentenceView } from '../sentence-view.js';
import type { SenseRule } from './verb-senses.js';

/**
 * Verb senses of police news at home (issue 14, recall on the bench's police and riot news, 2026-12-07), tried with
 * those of verb-senses.ts. Pinned by rows of test/unit/events-police-rows.ts.
 */

/** A state's forces: the police and the army (and the police forces the agents dictionary names). */
const FORCES = /(COP|MIL)$/;
/** What the police fire or open when they fire on a crowd: "fired 12 rounds", "opened fire", "fired shots". */
const SHOTS: ReadonlySet<string> = new Set(['round', 'rounds', 'shot', 'shots', 'fire', 'bullets']);
/** Words between the verb and its shots: "fired over 50 rounds", "fired at least 70 rounds", "opened several rounds of fire". */
const COUNT_WORDS: ReadonlySet<string> = new Set(['NUM', 'ADJ', 'ADV', 'DET', 'ADP']);
const SHOTS_REACH = 4;

/** Whether shots follow the verb ending at `from` within a few count words ("fired over 50 rounds", "opened fire"). */
function shotsAfter(v: SentenceView, from: number): boolean {
  for (let k = from; k < v.n && k - from < SHOTS_REACH; k++) {
    if (SHOTS.has(v.lower[k]!)) return true;
    if (!COUNT_WORDS.has(v.pos[k]!)) return false;
  }
  return false;
}

export const POLICE_FIRING: SenseRule = {
  id: 'sense.police-firing',
  effect: 'role',
  lemmas: ['FIRE', 'OPEN'],
  example: 'The Avarian police fired twelve rounds and opened fire near the market.',
  reason:
    'in an article\'s own country, its police or army firing rounds or opening fire with no one named as aimed at ("fired 12 rounds", "opened fire") is force all the same, aimed at the crowd its purpose names ("to disperse the mob", role.purpose-target), else at no one ("---"), as tear gas is (entente.area-act), where it would stop for want of a target: the police\'s is crowd control, violent repression (175) as their tear gas and lathicharge are, the army\'s keeps its block\'s code (190, 193 small arms); others\' firing ("the robbers fired two rounds") still needs one',
  sense: (s) => {
    // At home only: the police news of an article's own country ("police fired 12 rounds"); a lone sentence of foreign
    // news ("Egyptian police opened fire to disperse...") is coded by PLOVER's coders as coercion as often as fighting.
    const home = s.home;
    if (home === undefined || s.targets.length > 0 || s.sources.length === 0 || !s.sources.every((g) => FORCES.test(g.code) && g.code.startsWith(home)))
      return undefined;
    if (!(isUnder(s.code, ROOT.FIGHT) || isUnder(s.code, ROOT.ASSAULT)) || !shotsAfter(s.v, s.verbEnd)) return undefined;
    // The police firing on no one named at home control a crowd (175); an army's fire stays armed force.
    const police = s.sources.every((g) => g.code.endsWith('COP'));
    return { targets: [], targetless: true, ...(police ? { code: CAMEO.VIOLENT_REPRESSION } : {}) };
  },
};

/** Words of a noun phrase before its head: "nearly 4000", "a 22-year-old", "the two". */
const PHRASE_LEAD: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'ADV']);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
const PHRASE_REACH = 10;
/** Words between the names of a list: "tomas brel, ali dogo and hamid sabo", "22-year-old". */
const NAME_JOINS: ReadonlySet<string> = new Set([',', 'and', '-']);

/** The noun phrase right after `from` (its leading words, then its nouns, "and" between names), or undefined. */
function objectPhrase(v: SentenceView, from: number): { start: number; end: number } | undefined {
  // "a 22-year-old housewife": the tokenizer splits a hyphenated word into its parts and hyphens.
  const lead = (k: number): boolean => PHRASE_LEAD.has(v.pos[k]!) || (v.lower[k] === '-' && k > from);
  let k = from;
  while (k < v.n && k - from < PHRASE_REACH && lead(k)) k++;
  let end = k;
  for (let j = k; j < v.n && j - from < PHRASE_REACH; j++) {
    if (NOUNS.has(v.pos[j]!)) end = j + 1;
    else if (!(NAME_JOINS.has(v.lower[j]!) && NOUNS.has(v.pos[j + 1]!))) break;
  }
  return end > k ? { start: from, end } : undefined;
}

/** Verbs of an arrest: what the police do to people ("apprehend" is left out: "the government apprehends reprisals" fears them). */
const ARREST_LEMMAS: readonly string[] = ['ARREST', 'DETAIN', 'NAB'];

export const ARRESTED_PEOPLE: SenseRule = {
  id: 'role.arrested-people',
  effect: 'role',
  lemmas: ARREST_LEMMAS,
  example: 'The Avarian police arrested Tomas Brel and two shopkeepers of the old town.',
  reason:
    'whom the police or a government arrest are people, whether the news names them ("arrested tomas brel, ali khan and two others") or counts them ("arrested nearly 4000 rioters"): with no actor as its object, the noun phrase right after the verb is the arresting state\'s civilians (CVL), so the arrest (173) is coded where it would stop for want of a target',
  sense: (s) => {
    if (s.targets.length > 0 || s.sources.length === 0 || !isUnder(s.code, CAMEO.ARREST)) return undefined;
    const home = countryOf(s.sources[0]!.code);
    const phrase = objectPhrase(s.v, s.verbEnd);
    if (home === undefined || !phrase) return undefined;
    return { targets: [actorGroup({ ...phrase, code: `${home}CVL`, ruleId: ARRESTED_PEOPLE.id })] };
  },
};
