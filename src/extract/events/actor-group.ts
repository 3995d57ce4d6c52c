/**
 * The coder's actor phrase and its one constructor, in a module of their own: the group stages (actor-bodies.ts,
 * group-codes.ts, coder-context.ts) copy groups with it, and actor-groups.ts imports them.
 */
/** An actor noun phrase: tokens [start, end), its composed CAMEO code and what made it. */
export interface ActorGroup {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly ruleId: string;
  /** The preposition governing the phrase ("with", "by", "on"), if any. */
  readonly prep?: string;
  /** "it", "they"...: the coder resolves it to an earlier subject. */
  readonly pronoun?: true;
  /** A role followed by a name the dictionaries lack ("President Kibaki"): a person whose country the role does not say. */
  readonly named?: true;
  /** An actor and a role composed into one code ("Ukrainian" UKR + "opposition" ~OPP = UKROPP). */
  readonly composed?: true;
  /** A role after "its"/"their" that took its owner's country ("Syria offered its troops": SYRMIL). */
  readonly possessive?: true;
  /** Grammar rules that read the phrase (actor.possessive, actor.sole-country...), for the events' trace. */
  readonly rules?: readonly string[];
  /** The caller's id for the phrase when it is one of the caller's mentions, uncomposed. */
  readonly entity?: string;
  /** Property coded for its owner ("the police station": COP), a target of violence only (property-groups.ts). */
  readonly property?: true;
}

/**
 * Every group is made here with all its properties set (undefined when absent): groups of one shape keep the coder's
 * hot functions from deoptimising on each new combination of optional properties. A copy is made here too
 * (`actorGroup({ ...g, code })`): a bare spread `{ ...g, code }` has the same properties in the same order but another
 * map, and meeting it deoptimised the coder's functions compiled for this one (the first pass's "wrong map").
 */
export function actorGroup(g: ActorGroup): ActorGroup {
  return {
    start: g.start,
    end: g.end,
    code: g.code,
    ruleId: g.ruleId,
    prep: g.prep,
    pronoun: g.pronoun,
    named: g.named,
    composed: g.composed,
    possessive: g.possessive,
    rules: g.rules,
    entity: g.entity,
    property: g.property,
  };
}
