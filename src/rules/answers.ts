/** The shapes the obligations engine answers in (`--json`, and the API alike); documented in the README. */
import type { EntityRef, SourceRef as GraphSourceRef } from '../graph/answers.js';

/**
 * How far an obligation's sources reach (as the graph's `Freshness`): the earlier of the two parties'
 * memberships' last verified days; carried forward when the day asked is later, from the staler membership.
 */
interface ObligationFreshness {
  readonly verifiedThrough: string;
  readonly carriedForward: boolean;
  readonly carriedFrom?: SourceRef;
}
import type { ConditionCode } from './provision.js';
import type { Article, ObligationKind } from './provision.js';

/** A state named in an answer: the graph's reference shape. */
export type StateRef = EntityRef;

/** Where a provision or a party's membership comes from (the graph's source reference without a date precision). */
export type SourceRef = Omit<GraphSourceRef, 'precision'>;

export interface TreatyRef {
  readonly id: string;
  readonly name: string;
  readonly phase: number;
}

export interface ConditionLine {
  readonly code: ConditionCode;
  /** true holds, false fails, null unknown (the scenario or the data cannot say). */
  readonly holds: boolean | null;
  readonly atop?: string;
  readonly reason: string;
}

export interface ObligationLine extends ObligationFreshness {
  /** The state that is bound. */
  readonly state: StateRef;
  readonly kind: ObligationKind;
  /** The state it is bound toward. */
  readonly toward: StateRef;
  readonly treaty: TreatyRef;
  readonly article: Article | null;
  readonly conditions: readonly ConditionLine[];
  /** The provision (rules/), then the two party_to facts that make it apply. */
  readonly sources: readonly SourceRef[];
  /** The provision's id: why this line exists. */
  readonly rule: string;
  /** Which side of the scenario the obligation pulls the state to. */
  readonly side: 'attacked' | 'attacker';
}

export interface InactiveLine extends ObligationLine {
  /** Why it does not bind in this scenario: a condition fails or cannot be judged, or a switch is off. */
  readonly reason: string;
}

export interface ScenarioEcho {
  readonly attacked: StateRef;
  readonly attacker: StateRef | null;
  readonly on: string;
  /** `home` (the attacked state's own territory) or the place asked. */
  readonly location: string;
  readonly switches: Readonly<Record<string, boolean>>;
  /** With `--strict`, memberships carried forward past their sources were left out. */
  readonly strict: boolean;
}

export interface ObligationsAnswer {
  readonly scenario: ScenarioEcho;
  /** Active on the day, every condition holds. */
  readonly obligations: readonly ObligationLine[];
  /** Active on the day, but a condition fails or is unknown, or a switch turns the provision off. */
  readonly inactive: readonly InactiveLine[];
  /** What the attacker itself owes the attacked (non-aggression, defence): the attack breaks it. */
  readonly breaches: readonly ObligationLine[];
  readonly notes: readonly string[];
}

export interface BoundToLine extends ObligationFreshness {
  readonly kind: ObligationKind;
  readonly treaty: TreatyRef;
  readonly article: Article | null;
  readonly toward: readonly StateRef[];
  /** The conditions the obligation is limited to (not judged: no scenario). */
  readonly conditions: ReadonlyArray<{ readonly code: ConditionCode; readonly atop?: string; readonly note: string }>;
  readonly rule: string;
  /** Off by a switch (the reason), else absent. */
  readonly off?: string;
  readonly sources: readonly SourceRef[];
}

export interface BoundAnswer {
  readonly state: StateRef;
  readonly on: string;
  readonly switches: Readonly<Record<string, boolean>>;
  readonly strict: boolean;
  readonly obligations: readonly BoundToLine[];
  readonly notes: readonly string[];
}

export interface CascadeReason extends ObligationFreshness {
  readonly kind: ObligationKind;
  readonly toward: StateRef;
  readonly against: StateRef;
  readonly treaty: TreatyRef;
  readonly rule: string;
}

/** A state that joins; carried forward when every reason it joins for is. */
export interface CascadeEntry extends ObligationFreshness {
  readonly state: StateRef;
  readonly side: 'attacked' | 'attacker';
  readonly because: readonly CascadeReason[];
}

export interface CascadeRound {
  readonly round: number;
  readonly joined: readonly CascadeEntry[];
  /** Bound under a provision whose conditions cannot be judged: they may join, the engine does not assume it. */
  readonly uncertain: ReadonlyArray<{ readonly state: StateRef; readonly side: 'attacked' | 'attacker'; readonly reason: string; readonly rule: string }>;
}

export interface BothSides {
  readonly state: StateRef;
  /** The side it joined, or null when it is pulled both ways at once and the engine lets it stand aside. */
  readonly joined: 'attacked' | 'attacker' | null;
  readonly toAttacked: readonly CascadeReason[];
  readonly toAttacker: readonly CascadeReason[];
}

export interface CascadeAnswer {
  readonly scenario: ScenarioEcho & { readonly attacker: StateRef };
  readonly rounds: readonly CascadeRound[];
  readonly sides: { readonly attacked: readonly StateRef[]; readonly attacker: readonly StateRef[] };
  readonly bothSides: readonly BothSides[];
  readonly breaches: readonly ObligationLine[];
  readonly notes: readonly string[];
}

export interface ConflictLine {
  readonly state: StateRef;
  /** The two states it is bound to defend. */
  readonly dyad: readonly [StateRef, StateRef];
  /** Whether either member of the dyad is bound to defend the other. */
  readonly allied: boolean;
  /** The treaties binding the state to each member. */
  readonly treaties: readonly [readonly TreatyRef[], readonly TreatyRef[]];
}

export interface ConflictsAnswer {
  readonly on: string;
  readonly switches: Readonly<Record<string, boolean>>;
  readonly strict: boolean;
  /** Per state: dyads across (members not allied to each other), within (allied), and how many states it defends. */
  readonly byState: ReadonlyArray<{ readonly state: StateRef; readonly across: number; readonly within: number; readonly defends: number }>;
  /** The dyads across; with `within`, the allied ones too. */
  readonly conflicts: readonly ConflictLine[];
  readonly notes: readonly string[];
}

/** A row of `export atop-dyad-years`, in ATOP's own column order. */
export interface DyadYearRow {
  readonly ccode1: number;
  readonly ccode2: number;
  readonly year: number;
  readonly defense: 0 | 1;
  readonly offense: 0 | 1;
  readonly neutral: 0 | 1;
  readonly nonagg: 0 | 1;
  readonly consul: 0 | 1;
}
