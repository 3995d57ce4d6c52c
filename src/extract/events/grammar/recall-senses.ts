import { CAMEO, ROOT, isUnder } from '../cameo.js';
import type { SenseRule } from './verb-senses.js';

/** Words of a leader's going: "the resignation of X", "X's ouster", "that X resign". */
const OUSTER: ReadonlySet<string> = new Set('resignation resign dismissal dismiss removal ouster sacking sack'.split(' '));

/** Words between "the dismissal of" and the one to go: "of both the state and union governments". */
const COORDINATED: ReadonlySet<string> = new Set(['the', 'both', 'and', 'its', 'their']);
const NAME_POS: ReadonlySet<string> = new Set(['PROPN', 'ADJ', 'NOUN']);

/**
 * Verb senses of issue 14's recall work (2026-12-07), tried with those of precision-senses.ts. Pinned by rows of
 * test/unit/events-recall-rows.ts.
 */
export const LEADERSHIP_CHANGE: SenseRule = {
  id: 'sense.leadership-change',
  effect: 'code',
  lemmas: ['DEMAND', 'SEEK', 'CALL', 'ASK', 'URGE', 'PRESS', 'APPEAL', 'WANT', 'INSIST'],
  example: 'The Chadian opposition demanded the resignation of the Chadian interior minister.',
  reason:
    'demanding or seeking that a leader go ("demanded the resignation of X", "sought X\'s dismissal", "demanded that X resign") is CAMEO\'s demand (1041) or appeal (0241) for a change in leadership, aimed at the one to go, not a plain demand (100)',
  sense: (s) => {
    const t = s.targets[0];
    const demand = isUnder(s.code, ROOT.DEMAND);
    if (!t || !(demand || isUnder(s.code, ROOT.APPEAL)) || s.code.length > 3) return undefined;
    const w = s.v.lower;
    // "the resignation of X" / "X's ouster" / "that X resign".
    // "the dismissal of (the) X", "the dismissal of both the state and union governments": names and "and" back to "of".
    let k = t.start - 1;
    while (k > t.start - 6 && k > 0 && (COORDINATED.has(w[k]!) || NAME_POS.has(s.v.pos[k]!))) k--;
    const before = w[k] === 'of' && OUSTER.has(w[k - 1] ?? '');
    const after = OUSTER.has(w[t.end] ?? '') || (/^['’]s?$/.test(w[t.end] ?? '') && OUSTER.has(w[t.end + 1] ?? ''));
    return before || after ? { code: demand ? CAMEO.DEMAND_CHANGE_IN_LEADERSHIP : CAMEO.APPEAL_FOR_CHANGE_IN_LEADERSHIP } : undefined;
  },
};

/** Nouns of a protest one leads or takes out: "led a march", "took out a procession". */
const PROTEST_NOUNS: ReadonlySet<string> = new Set(
  'march marches rally rallies procession processions demonstration demonstrations protest protests agitation dharna morcha sit-in'.split(' '),
);
const MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "led a march against the embassy", "took out a protest rally against the government": the leader's or organiser's
 * demonstration (141), aimed at the actor after "against" or none; not "led the country", "led the talks".
 */
export const LEAD_PROTEST: SenseRule = {
  id: 'sense.lead-protest',
  effect: 'code',
  lemmas: ['LEAD', 'TAKE'],
  example: 'The Chadian opposition leader led a march against the Sudanese embassy.',
  reason:
    'leading, taking out or staging a march, rally or protest is a demonstration (CAMEO 141, PLOVER PROTEST) by its leader, aimed at what it is "against" (else at no one), where the verb\'s block reads it as cooperation or a meeting ("led a march" 060)',
  sense: (s) => {
    const w = s.v.lower;
    let k = s.verbEnd;
    if (w[k] === 'out') k++;
    let noun = -1;
    for (let j = k; j < s.v.n && j - k < 4 && MODIFIERS.has(s.v.pos[j]!); j++) if (PROTEST_NOUNS.has(w[j]!)) noun = j;
    if (noun < 0 || isUnder(s.code, ROOT.PROTEST)) return undefined;
    const against = w[noun + 1] === 'against' ? s.groups.find((g) => g.start >= noun + 2 && g.start <= noun + 4) : undefined;
    return { code: CAMEO.DEMONSTRATE_OR_RALLY, targets: against ? [against] : [] };
  },
};
