import type { Provenance } from './provenance.js';
import type { IsoDate, Precision, TimeInterval } from './time.js';

/**
 * The relations of the temporal graph. Subject -> object:
 * - `member_of`: state -> organization (status says member, associate, observer, suspended, withdrawn, candidate, partner)
 * - `party_to`: state -> alliance or agreement (qualifiers: `phase`, `stage` signed|ratified|in_force)
 * - `holds_office`: person -> state (qualifiers: `office` effective_leader|head_of_state|head_of_government)
 * - `hosts_base_of`: host state -> user state (qualifiers: `base` name, `baseId`)
 * - `state_exists`: state -> state (its own system membership, COW)
 */
export type Predicate = 'member_of' | 'party_to' | 'holds_office' | 'hosts_base_of' | 'state_exists';

export type MembershipStatus = 'member' | 'associate' | 'observer' | 'suspended' | 'withdrawn' | 'candidate' | 'partner';

export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = ['member', 'associate', 'observer', 'suspended', 'withdrawn', 'candidate', 'partner'];

/**
 * What `--all` (CLI) and `?all=true` (API) list: every standing a state can hold in an organization or agreement
 * on a day (withdrawn is a past standing, not one held).
 */
export const EVERY_LISTED_STATUS = ['member', 'in_force', 'signed', 'ratified', 'associate', 'observer', 'suspended', 'candidate', 'partner'] as const;

export type Qualifier = string | number | boolean | null;

export interface Fact {
  /** Stable and derived from the source row, so that re-loading the same data changes nothing. */
  readonly id: string;
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly valid: TimeInterval;
  /** How precisely the source knows `valid`. Year-precise facts span whole years. */
  readonly precision: Precision;
  readonly status?: MembershipStatus;
  readonly qualifiers: Readonly<Record<string, Qualifier>>;
  readonly provenance: Provenance;
  /** 0..1: 1 for coded reference data, less for facts read from the news. */
  readonly confidence: number;
}

/** A query over facts valid on a day. Unset fields match anything. */
export interface FactQuery {
  readonly predicate: Predicate;
  readonly subject?: string;
  readonly object?: string;
  readonly on?: IsoDate;
  /** Keep only facts from these datasets. */
  readonly datasets?: readonly string[];
}
