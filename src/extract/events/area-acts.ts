import { actorGroup, type ActorGroup } from './actor-group.js';
import { CAMEO } from './cameo.js';
import type { Ctx } from './coder-context.js';
import { HARD_BOUNDARIES, type SentenceView } from './sentence-view.js';
import type { AreaActRule } from './types.js';
import type { VerbHit } from './verb-phrases.js';

/**
 * Acts on a place or on a crowd no one names (`entente.area-act`, data/dictionaries/entente-domestic.json): a curfew,
 * prohibitory orders, crowd control. Which codings they are, who did them in an agentless passive, and whom a purpose
 * clause aims them at.
 */

/** Whether a coding is one of the area-act rule's: by its code, or by the pattern that gave it. */
export function isAreaAct(rule: AreaActRule, code: string, ruleId: string): boolean {
  return rule.patterns.includes(ruleId) || rule.codes.some((c) => code.startsWith(c));
}

/** Whether a "by" phrase follows in the verb's clause ("were stopped on the road by vhp activists"): it names the agent. */
export function byAgentAfter(v: SentenceView, from: number): boolean {
  for (let i = from; i < v.n && !HARD_BOUNDARIES.has(v.lower[i]!) && v.lower[i] !== ','; i++) if (v.lower[i] === 'by') return true;
  return false;
}

/**
 * "curfew was imposed in the town", "prohibitory orders were clamped": with no agent and no target, a place's curfew or
 * emergency was imposed by the government of the article's home country (entente.area-act), and shots "were fired in the
 * air" by its police (entente.police-agent); a "by" phrase names the agent.
 */
export function areaAgent(hit: VerbHit, code: string, ruleId: string, targets: readonly ActorGroup[], ctx: Ctx): ActorGroup | undefined {
  const rule = ctx.d.areaAct;
  const home = ctx.s.country;
  if (!rule || home === undefined || targets.length > 0 || !isAreaAct(rule, code, ruleId)) return undefined;
  const v = ctx.v;
  // "demanded that curfew be imposed", "curfew may be imposed": a bare "be" tells no act that took place.
  let k = hit.i - 1;
  while (k > 0 && v.pos[k] === 'ADV') k--;
  if (v.lower[k] === 'be' || byAgentAfter(v, hit.end)) return undefined;
  const police = code === CAMEO.VIOLENT_REPRESSION || code === CAMEO.ARREST ? ctx.d.policeAgent : undefined;
  return actorGroup({ start: hit.i, end: hit.end, code: `${home}${police?.sector ?? rule.sector}`, ruleId: police?.id ?? rule.id });
}

/** The verb of a purpose clause ("to disperse") within `reach` after `from`, in the same clause; -1 if none. */
export function purposeVerb(v: SentenceView, from: number, reach: number): number {
  for (let k = from; k < v.n - 1 && k - from <= reach; k++) {
    if (HARD_BOUNDARIES.has(v.lower[k]!) || v.lower[k] === '.' || v.lower[k] === ',') return -1;
    if (v.lower[k] === 'to' && v.pos[k + 1] === 'VERB') return k + 1;
  }
  return -1;
}
