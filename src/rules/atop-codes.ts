import type { ConditionCode, ObligationKind } from './provision.js';

/**
 * ATOP 5.1 member-level condition columns per obligation (codebook §2.33): the column name and the typed
 * condition it becomes. Nonaggression has no conditions in ATOP.
 */
export const CONDITION_COLUMNS: Readonly<Record<ObligationKind, ReadonlyArray<readonly [string, ConditionCode]>>> = {
  defense: [
    ['defcoadv', 'adversary'],
    ['defcoloc', 'location'],
    ['defcocon', 'ongoing-conflict'],
    ['defconum', 'number-of-adversaries'],
    ['defcodem', 'demands'],
    ['defconpr', 'non-provocation'],
  ],
  offense: [
    ['offcoadv', 'adversary'],
    ['offcoloc', 'location'],
    ['offcocon', 'ongoing-conflict'],
    ['offconum', 'number-of-adversaries'],
    ['offcodem', 'demands'],
  ],
  neutrality: [
    ['neucoadv', 'adversary'],
    ['neucoloc', 'location'],
    ['neucocon', 'ongoing-conflict'],
    ['neuconum', 'number-of-adversaries'],
    ['neucodem', 'demands'],
    ['neuconpr', 'non-provocation'],
    ['neucoatt', 'ally-attacked'],
  ],
  nonaggression: [],
  consultation: [
    ['concoadv', 'adversary'],
    ['concoloc', 'location'],
    ['concocon', 'ongoing-conflict'],
    ['concoreq', 'request'],
  ],
};

/** What each condition means, in a phrase that follows "only ...". */
export const CONDITION_PHRASES: Readonly<Record<ConditionCode, string>> = {
  adversary: 'against a particular adversary',
  location: 'for a conflict in a particular place',
  'ongoing-conflict': 'in a particular ongoing war',
  'number-of-adversaries': 'for a particular number of adversaries',
  demands: 'if the ally or the adversary meets certain demands',
  'non-provocation': 'if the ally did not provoke the attack',
  'ally-attacked': 'if the ally is attacked',
  request: 'if the ally asks for it',
  participation: "if a party that froze its participation in the treaty's organization is helped, or helps",
};

/**
 * COW codes of the dyad-year files are three-digit; ATOP gives members outside the COW system a longer code
 * (Annam, 8152) and leaves them out of its dyad-year files (codebook §2.7, note 19).
 */
export function isCowSystemCode(ccode: number): boolean {
  return Number.isInteger(ccode) && ccode > 0 && ccode < 1000;
}
