import type { Provenance } from '../core/provenance.js';

/** What a party promises, in ATOP's five obligation types (codebook §1.51). */
export type ObligationKind = 'defense' | 'offense' | 'neutrality' | 'nonaggression' | 'consultation';

export const OBLIGATION_KINDS: readonly ObligationKind[] = ['defense', 'offense', 'neutrality', 'nonaggression', 'consultation'];

/** The member-level column that codes each obligation (1 = the member undertakes it). */
export const ATOP_COLUMN: Readonly<Record<ObligationKind, string>> = {
  defense: 'defense',
  offense: 'offense',
  neutrality: 'neutral',
  nonaggression: 'nonagg',
  consultation: 'consul',
};

/**
 * The circumstances an obligation may be limited to, one per ATOP condition family:
 * `adversary` DEFCOADV/OFFCOADV/NEUCOADV/CONCOADV, `location` ..COLOC, `ongoing-conflict` ..COCON (a particular
 * war, often with a third state), `number-of-adversaries` ..CONUM, `demands` ..CODEM, `non-provocation` ..CONPR,
 * `ally-attacked` NEUCOATT, `request` CONCOREQ.
 */
export type ConditionCode =
  | 'adversary'
  | 'location'
  | 'ongoing-conflict'
  | 'number-of-adversaries'
  | 'demands'
  | 'non-provocation'
  | 'ally-attacked'
  | 'request'
  /** Not a treaty's: a party whose participation in the organization behind the treaty is suspended or frozen. */
  | 'participation';

export interface Condition {
  readonly code: ConditionCode;
  /** The ATOP column that set it, e.g. `defcoadv`; absent for conditions the project adds. */
  readonly atop?: string;
  /** `adversary`: COW codes of the states the treaty names as its threat (ATOP STATTHR1/2, or hand-written). */
  readonly named?: readonly number[];
  /** `adversary`: true when the named states are the only adversaries that trigger the obligation. */
  readonly exclusive?: boolean;
  /** `location`: the id of an area in which the obligation applies (hand-written, e.g. `nato-article-6`). */
  readonly area?: string;
  readonly note?: string;
}

/** A place where an obligation applies: `home` is the attacked party's own metropolitan territory. */
export interface AreaPlace {
  readonly place: string;
  /** Last day the place belongs to the area (Algeria left NATO's art. 6 area at independence). */
  readonly to?: string;
}

export interface Area {
  readonly id: string;
  readonly name: string;
  readonly includes: readonly AreaPlace[];
  readonly excludes: readonly AreaPlace[];
  readonly citation: string;
}

export interface Article {
  /** The treaty's title, place and date of signature. */
  readonly treaty: string;
  /** `4`, `5 and 6`, ... */
  readonly article: string;
  /** What the article says, in the project's words. */
  readonly summary: string;
  readonly citation: string;
  readonly url?: string;
}

/**
 * Toward whom each bound member owes the obligation: `others` = every other party of the same phase, or,
 * per bound member (COW code as a string key), the COW codes of the parties it owes it to.
 */
type Toward = 'others' | Readonly<Record<string, readonly number[]>>;

/**
 * One provision of a treaty, as data: who is bound (by COW code, or all parties of the phase), to what, toward
 * whom, under which conditions, with the article where the project knows it and where it came from.
 */
export interface Provision {
  /**
   * Stable: `atop-<atopid>-<phase>-<kind>`, with `-<lowest COW code bound>` when members differ in conditions; the
   * project's own provisions for treaties ATOP does not code: `<treaty id in lower case>-<kind>`.
   */
  readonly id: string;
  /** The alliance entity id: `ATOP4220`, or a curated treaty's (`RUS-PRK-2024`). */
  readonly treaty: string;
  /** ATOP's id, for provisions generated from ATOP. */
  readonly atopid?: number;
  readonly phase: number;
  readonly kind: ObligationKind;
  readonly bound: 'all' | readonly number[];
  readonly toward: Toward;
  readonly conditions: readonly Condition[];
  readonly article?: Article;
  /** A one-line example of what the provision means. */
  readonly example: string;
  readonly source: Provenance;
  /** Why `toward` reads the way it does, where it is not simply every other party. */
  readonly direction?: string;
  /** The id of a documented switch that can turn this provision off (`cis-charter-defense`). */
  readonly switch?: string;
  readonly notes?: readonly string[];
}

/** A question scholars disagree on, answered by a flag; the default and the reasons are data too. */
export interface Switch {
  readonly id: string;
  readonly question: string;
  readonly default: boolean;
  readonly provisions: readonly string[];
  /** What it means when on, and when off. */
  readonly on: string;
  readonly off: string;
  readonly citations: readonly string[];
}

export type Switches = Readonly<Record<string, boolean>>;
