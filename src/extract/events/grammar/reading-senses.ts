import { CAMEO, ROOT, isUnder } from '../cameo.js';
import type { SenseRule } from './verb-senses.js';

/**
 * Verb senses of issue 14's independent reading of unseen news (2026-12-07): a case solved, a crowd's attack, details
 * taken from officials. Tried with those of verb-senses.ts; pinned by rows of test/unit/events-reading-rows.ts.
 */

/** Nouns of what police "crack" or "solve": a case, a mystery, a racket. */
const CASES: ReadonlySet<string> = new Set('case cases mystery puzzle racket rackets riddle'.split(' '));

export const SOLVE_CASE: SenseRule = {
  id: 'sense.solve-case',
  effect: 'stop',
  lemmas: ['CRACK', 'SOLVE', 'BUST'],
  example: 'The Chadian police cracked the Sudanese embassy case.',
  reason:
    'cracking or solving a case ("cracked the embassy case", "solved the murder mystery") is an investigation brought to its end, no violence (18x) against whoever names the case: the actor before "case" names what the case is about, so the verb has no target',
  sense: (s) => {
    if (s.targets.length === 0) return undefined;
    // "the [Sudanese embassy] case": the noun within a few words after the verb, before any verb or clause.
    const words = s.v.lower.slice(s.verbEnd, s.verbEnd + 6);
    return words.some((w) => CASES.has(w)) ? { targets: [] } : undefined;
  },
};

/** Sectors of the unarmed many: civilians, a crowd, the people. */
const CROWD = /(CVL|PPL)$/;

export const CROWD_ATTACK: SenseRule = {
  id: 'sense.crowd-attack',
  effect: 'code',
  lemmas: ['ATTACK', 'ASSAULT', 'STORM', 'RAID'],
  example: 'A Chadian mob attacked the Sudanese traders.',
  reason:
    "a mob, a crowd or villagers attacking someone use violence without arms of war: CAMEO's assault (180, use unconventional violence), not conventional military force (190), which only armed forces use",
  sense: (s) => {
    if (!isUnder(s.code, ROOT.FIGHT) || s.sources.length === 0 || !s.sources.every((g) => CROWD.test(g.code))) return undefined;
    const assault = CAMEO.UNCONVENTIONAL_VIOLENCE;
    return { code: s.code.includes(':') ? `${assault}:${assault}` : assault };
  },
};

/** Nouns of information one takes or gathers from someone: "took details from", "collected information from". */
const INFORMATION: ReadonlySet<string> = new Set('details detail information info particulars feedback report reports briefing inputs stock'.split(' '));

export const TAKE_DETAILS: SenseRule = {
  id: 'sense.take-details',
  effect: 'stop',
  lemmas: ['TAKE', 'GATHER', 'COLLECT', 'OBTAIN', 'GET', 'ELICIT'],
  example: 'The Chadian minister took details from the Sudanese officials.',
  reason:
    'taking details, information or a report "from" officials is learning from them, they are its informants: no investigation (090) of them, nor a seizure of their property; the verb has no target in them',
  sense: (s) => {
    const from = s.targets.filter((t) => t.prep === 'from');
    if (from.length === 0) return undefined;
    const words = s.v.lower.slice(s.verbEnd, s.verbEnd + 4);
    return words.some((w) => INFORMATION.has(w)) ? { targets: s.targets.filter((t) => t.prep !== 'from') } : undefined;
  },
};

export const TAKE_TO_TASK: SenseRule = {
  id: 'sense.take-to-task',
  effect: 'code',
  lemmas: ['TAKE'],
  example: 'The Chadian minister took the Sudanese officials to task.',
  reason: '"took X to task" is reproaching X, criticism (111), not taking X captive (173) nor taking X somewhere',
  sense: (s) => {
    const t = s.targets[0];
    return t && t.start >= s.verbEnd && s.v.lower[t.end] === 'to' && s.v.lower[t.end + 1] === 'task' ? { code: CAMEO.CRITICIZE } : undefined;
  },
};

/** Words of the care one asks people to take: "to be vigilant", "to remain calm". */
const CAUTION: ReadonlySet<string> = new Set('vigilant alert cautious careful calm watchful wary restrained peaceful'.split(' '));

export const ASK_VIGILANCE: SenseRule = {
  id: 'sense.ask-vigilance',
  effect: 'code',
  lemmas: ['ASK', 'URGE', 'APPEAL', 'CALL', 'REQUEST', 'EXHORT'],
  example: 'The Chadian minister asked the Chadian people to be vigilant against rumours.',
  reason:
    'asking people to be vigilant, alert or calm ("against rumours", "against anti-social elements") is an appeal to them (020), not rallying them in opposition (113) against whatever the "against" phrase names',
  sense: (s) => {
    if (!isUnder(s.code, ROOT.DISAPPROVE) || s.targets.length === 0) return undefined;
    const words = s.v.lower.slice(s.verbEnd, s.verbEnd + 8);
    const to = words.indexOf('to');
    return to >= 0 && words.slice(to + 1, to + 4).some((w) => CAUTION.has(w)) ? { code: CAMEO.APPEAL } : undefined;
  },
};
