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
  lemmas: ['BLAME', 'ACCUSE', 'CHARGE', 'HOLD'],
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

/** Protests one calls off: a strike, an agitation, a bandh, a dharna. */
const PROTEST_NOUNS: ReadonlySet<string> = new Set(
  'agitation agitations stir strike strikes bandh hartal dharna dharnas protest protests fast blockade boycott rasta roko'.split(' '),
);
/** Words between "called off" and the protest: "called off its agitation", "the proposed bandh". */
const BEFORE_NOUN: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'ADP', 'NUM', 'VERB']);

export const CALL_OFF_PROTEST: SenseRule = {
  id: 'sense.call-off-protest',
  effect: 'code',
  lemmas: ['CALL'],
  example: 'The Chadian traders called off their agitation after talks with the mayor.',
  reason:
    'calling off a strike, an agitation or a bandh eases political dissent (082, as CAMEO.2.0 codes "called off the strike"), whatever follows: "after talks with the minister" names whom the protest was aimed at, not talks called off (CANCEL\'s "* TALKS [160]" matches the later word)',
  sense: (s) => {
    const { v } = s;
    let k = s.verbEnd;
    while (k < v.n && k - s.verbEnd < 4 && !PROTEST_NOUNS.has(v.lower[k]!) && (v.lower[k] === 'off' || BEFORE_NOUN.has(v.pos[k]!))) k++;
    if (!PROTEST_NOUNS.has(v.lower[k] ?? '') || s.code === CAMEO.EASE_POLITICAL_DISSENT) return undefined;
    return { code: CAMEO.EASE_POLITICAL_DISSENT };
  },
};

/** Where a walkout is staged: the house one walks out of or sits in. */
const HOUSE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'from', 'of', 'at']);

export const WALKOUT_HOUSE: SenseRule = {
  id: 'sense.walkout-house',
  effect: 'role',
  lemmas: ['STAGE', 'HOLD'],
  example: 'Chadian opposition members staged a walkout in the national assembly on Friday.',
  reason:
    "a walkout (143, entente.walkout) is staged in or from a legislature's sitting: the house is where the protest took place, not whom it aims at (as a protest's place, role.home-place), so the boycott stands with no target",
  sense: (s) => {
    if (s.code !== CAMEO.CONDUCT_STRIKE_OR_BOYCOTT || s.targets.length === 0) return undefined;
    const houses = s.targets.every((g) => g.code.endsWith('LEG') && g.prep !== undefined && HOUSE_PREPOSITIONS.has(g.prep));
    return houses ? { targets: [], targetless: true } : undefined;
  },
};
