import { countryOf } from '../group-codes.js';
import { CAMEO } from '../cameo.js';
import type { SenseRule } from './verb-senses.js';

/** The sectors of a state's own forces, and what sending them more of is (CAMEO 153, 154). */
const FORCE_CODE: Readonly<Record<string, string>> = { MIL: CAMEO.MOBILIZE_ARMED_FORCES, COP: CAMEO.MOBILIZE_POLICE_POWER };

/**
 * Verb senses of a state's forces at home (issue 14, police news), tried with those of verb-senses.ts. Pinned by rows of
 * test/unit/events-domestic-rows.ts.
 */
export const DEPLOY_OWN_FORCES: SenseRule = {
  id: 'sense.deploy-own-forces',
  effect: 'code',
  lemmas: ['DEPLOY', 'REDEPLOY', 'SEND', 'RUSH', 'DISPATCH', 'DESPATCH', 'POST', 'STATION'],
  example: 'The Avarian government deployed the army in the capital.',
  reason:
    'a government deploying, sending or rushing its own army or police (to a town of its own) mobilizes them, a show of force with no target (154 armed forces, 153 police, 150 both), not military cooperation with them (062) nor a visit (042); troops sent to another country keep their code',
  sense: (s) => {
    const home = s.sources.length > 0 ? countryOf(s.sources[0]!.code) : undefined;
    if (home === undefined || s.targets.length === 0) return undefined;
    // "sent troops to Lebanon": forces sent to another country go on with their code.
    if (s.groups.some((g) => g.start >= s.verbEnd && (g.prep === 'to' || g.prep === 'into') && countryOf(g.code) !== home)) return undefined;
    const codes = new Set(s.targets.map((t) => (countryOf(t.code) === home ? FORCE_CODE[t.code.slice(3, 6)] : undefined)));
    if (codes.has(undefined)) return undefined;
    // "rushed police and the army": forces of both kinds are a show of force (150).
    return { code: codes.size === 1 ? [...codes][0] : CAMEO.DEMONSTRATE_MILITARY_OR_POLICE_POWER, targets: [] };
  },
};
