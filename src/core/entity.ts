import type { Provenance } from './provenance.js';

export type EntityKind = 'state' | 'organization' | 'alliance' | 'agreement' | 'person' | 'base';

export interface Alias {
  readonly text: string;
  /** ISO 639-1 where known (`en`, `ru`, `fr`); `acronym` aliases have `en` or the language of the acronym. */
  readonly lang?: string;
  readonly kind?: 'name' | 'acronym' | 'demonym' | 'capital' | 'historical' | 'pattern';
}

/**
 * A state, organization, alliance (ATOP-coded treaty with its phases), trade agreement (DESTA),
 * person, or military base. Ids: ISO 3166-1 alpha-3 for states (SUN, YUG, DDR, CSK... for historical ones),
 * short stable ids for organizations (CSTO, NATO), `ATOP4220` for alliances, `DESTA811` for trade agreements,
 * `Q7747` (Wikidata) or `ARCHIGOS:...` for persons.
 */
export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases: readonly Alias[];
  /**
   * Kind-specific attributes. State: `ccode` (COW), `iso2`, `region`, `wikidata`.
   * Organization: `orgType`, `founded`, `treaty` (ATOP id of its founding treaty), `cowIgo` (COW abbreviation).
   * Alliance: `phases` ([{ phase, from, to }]), `signed`, `bilateral`.
   * Person: `born`, `gender`.
   */
  readonly attrs: Readonly<Record<string, unknown>>;
  readonly provenance: readonly Provenance[];
}

export interface AlliancePhase {
  readonly phase: number;
  readonly from: string;
  readonly to: string;
}

/** One alias row, as the resolver and the news gazetteer see it. */
export interface AliasEntry {
  /** `nameKey(text)`: the case- and accent-insensitive match key (`re:<regex>` for patterns). */
  readonly key: string;
  readonly text: string;
  readonly entityId: string;
  readonly kind: string;
  readonly lang: string;
}
