import { CAMEO } from '../cameo.js';
import { countryOf } from '../group-codes.js';
import type { SenseRule } from './verb-senses.js';

/**
 * Senses of cases and blame in a country's own news (issue 14, recall on the bench's police and riot news), tried with
 * those of verb-senses.ts. Pinned by rows of test/unit/events-police-rows.ts.
 */

/** Who registers a criminal case: the police, the government and its courts (and the army). */
const STATE = /(COP|GOV|JUD|MIL)$/;

export const CASE_BY_PARTY: SenseRule = {
  id: 'sense.case-by-party',
  effect: 'code',
  lemmas: ['REGISTER', 'LODGE'],
  example: 'The Chadian opposition lodged a case against the mayor on Monday.',
  reason:
    'a case registered or lodged against someone is the police charging them (173, entente.register-case) when the state registers it; a party, a person or a body that lodges its own case against another brings a lawsuit (115), as CAMEO.2.0 codes "filed a case against" (FILE\'s "* CASE (AGAINST) [115]")',
  sense: (s) => {
    if (s.code !== CAMEO.ARREST || s.sources.length === 0 || s.sources.some((g) => STATE.test(g.code))) return undefined;
    return { code: CAMEO.BRING_LAWSUIT };
  },
};

/** The accusations CAMEO.2.0's BLAME block gives to blame "for violence" and "of violence" between states: war crimes, aggression. */
const INTERSTATE_ACCUSATIONS: ReadonlySet<string> = new Set([CAMEO.ACCUSE_OF_AGGRESSION, CAMEO.ACCUSE_OF_WAR_CRIMES]);

export const BLAME_AT_HOME: SenseRule = {
  id: 'sense.blame-at-home',
  effect: 'code',
  lemmas: ['BLAME', 'ACCUSE', 'HOLD'],
  example: 'The Chadian opposition blamed the ruling party for the violence in the capital.',
  reason:
    'CAMEO.2.0 codes blaming someone "for violence" as accusing of war crimes (1124, BLAME.59) and "of violence" as accusing of aggression (1123), accusations between states at war; a party blaming another of its own country for riots accuses it (112), no war crime and no aggression of one state against another: at home, with source and target of the article\'s own country, the accusation is 112',
  sense: (s) => {
    const home = s.home;
    if (home === undefined || !INTERSTATE_ACCUSATIONS.has(s.code) || s.sources.length === 0 || s.targets.length === 0) return undefined;
    const domestic = [...s.sources, ...s.targets].every((g) => countryOf(g.code) === home);
    return domestic ? { code: CAMEO.ACCUSE } : undefined;
  },
};
