import type { Area, AreaPlace, Condition, ConditionCode } from './provision.js';

export interface Party {
  readonly id: string;
  readonly name: string;
  readonly ccode: number;
}

/** What the condition of one obligation is judged against: the party it is owed to, and the war it is in. */
export interface ConditionContext {
  /** The party the obligation is owed to. */
  readonly partner: Party;
  /** Its adversary in the scenario, when one is named. */
  readonly adversary?: Party;
  /** Whether the partner is the one attacked (and not the one attacking). */
  readonly partnerAttacked: boolean;
  /** A place key (`home`, `hawaii`, `mediterranean`) or the id of the state whose territory is attacked. */
  readonly location?: string;
  readonly on: string;
  /** Whether the partner provoked the attack; unknown when absent. */
  readonly provoked?: boolean;
  /** Whether the partner asked its allies to act; unknown when absent. */
  readonly requested?: boolean;
}

export interface ConditionResult {
  readonly code: ConditionCode;
  /** true: holds in this scenario; false: fails; null: the scenario or the data cannot say. */
  readonly holds: boolean | null;
  readonly atop?: string;
  readonly reason: string;
}

/** Judges one condition of an obligation in a scenario, and says why in words. */
export function evaluateCondition(c: Condition, ctx: ConditionContext, areas: ReadonlyMap<string, Area>, names: (ccode: number) => string): ConditionResult {
  const partner = ctx.partner.name;
  switch (c.code) {
    case 'adversary': {
      const named = c.named ?? [];
      const threat = named.length > 0 ? `the treaty names ${named.map(names).join(' and ')} as the threat` : 'ATOP does not say which adversary';
      if (!ctx.adversary) return result(c, null, `only against a particular adversary (${threat}); the scenario names no attacker`);
      if (named.includes(ctx.adversary.ccode)) return result(c, true, `the adversary ${ctx.adversary.name} is the one the treaty names`);
      if (named.length > 0 && c.exclusive) return result(c, false, `only against ${named.map(names).join(' or ')}, not ${ctx.adversary.name}`);
      return result(c, null, `only against a particular adversary (${threat}); whether ${ctx.adversary.name} is one is not coded`);
    }
    case 'location':
      return locationResult(c, ctx, areas);
    case 'ongoing-conflict':
      return result(c, null, 'only in a particular ongoing war, which ATOP codes but does not name');
    case 'number-of-adversaries':
      return result(c, null, 'only for a particular number of adversaries (e.g. a war with one state only), which ATOP codes but does not state');
    case 'demands':
      return result(c, null, 'only if the ally or the adversary meets demands set out in the treaty, which the scenario cannot tell');
    case 'non-provocation':
      if (ctx.provoked === undefined) return result(c, null, `only if ${partner} did not provoke the attack; the scenario does not say whether it did`);
      return ctx.provoked ? result(c, false, `${partner} provoked the attack`) : result(c, true, `${partner} did not provoke the attack`);
    case 'ally-attacked':
      return ctx.partnerAttacked
        ? result(c, true, `${partner} is the one attacked`)
        : result(c, false, `only if ${partner} is attacked; here ${partner} is the attacker`);
    case 'request':
      if (ctx.requested === undefined) return result(c, null, `only if ${partner} asks for it; the scenario does not say whether it does`);
      return ctx.requested ? result(c, true, `${partner} asks for it`) : result(c, false, `${partner} does not ask for it`);
    case 'participation':
      return result(c, null, c.note ?? 'a party has suspended its participation; whether the treaty is applied to it is not assumed');
  }
}

function result(c: Condition, holds: boolean | null, reason: string): ConditionResult {
  return c.atop ? { code: c.code, holds, atop: c.atop, reason } : { code: c.code, holds, reason };
}

function locationResult(c: Condition, ctx: ConditionContext, areas: ReadonlyMap<string, Area>): ConditionResult {
  const place = placeOf(ctx);
  const shown = place === 'home' ? `${ctx.partner.name}'s own territory` : place;
  const area = c.area ? areas.get(c.area) : undefined;
  if (!area) return result(c, null, `only for a conflict in a particular place, which ATOP codes but the project has not written down (attack on ${shown})`);
  const included = area.includes.find((p) => p.place === place);
  if (included && inForce(included, ctx.on)) return result(c, true, `${shown} lies in ${area.name}`);
  if (included) return result(c, false, `${shown} left ${area.name} after ${included.to}`);
  if (area.excludes.some((p) => p.place === place)) return result(c, false, `${shown} lies outside ${area.name}`);
  return result(c, null, `whether ${shown} lies in ${area.name} is not written down`);
}

/** An attack with no place given, or given as the partner's own id, is an attack on the partner's own territory. */
function placeOf(ctx: ConditionContext): string {
  const raw = ctx.location?.trim();
  if (!raw || raw.toUpperCase() === ctx.partner.id) return 'home';
  return raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function inForce(p: AreaPlace, on: string): boolean {
  return p.to === undefined || on <= p.to;
}

/** true only when every condition holds; null when none fails but some cannot be judged. */
export function allHold(results: readonly ConditionResult[]): boolean | null {
  if (results.some((x) => x.holds === false)) return false;
  return results.every((x) => x.holds === true) ? true : null;
}
