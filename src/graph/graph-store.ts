import type { AliasEntry, Entity } from '../core/entity.js';
import type { EntitySummary } from './graph-index.js';
import type { Fact, FactQuery, Predicate } from '../core/fact.js';

export type { AliasEntry } from '../core/entity.js';

export interface CoverageRow {
  readonly object: string;
  readonly dataset: string;
  readonly from: string;
  readonly to: string;
}

/** A dataset as loaded: what the precedence rules and the "data ends here" notes need. */
export interface DatasetInfo {
  readonly id: string;
  readonly name: string;
  readonly precision: 'day' | 'month' | 'year';
  /** Lower rank wins when sources disagree (curated 0, day-precise treaty-coded data next, year-precise last). */
  readonly rank: number;
  readonly coverage: { readonly from: string; readonly to: string };
  readonly citation: string;
  readonly rows: number;
}

export interface ReferenceBundle {
  readonly version: string;
  readonly datasets: readonly DatasetInfo[];
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
}

export interface LoadReport {
  readonly version: string;
  readonly entities: number;
  readonly aliases: number;
  readonly facts: number;
  readonly seconds: number;
}

export type Progress = (done: number, total: number) => void;

/**
 * The port every store implements (SQLite and PostgreSQL, behind Kysely). Asynchronous because PostgreSQL is.
 * The graph never edits a fact: `assertFacts` is idempotent by fact id, and a changed fact is a new id.
 */
export interface GraphStore {
  readonly dialect: 'sqlite' | 'postgres';
  /** The reference data version loaded, or null on an empty database. */
  referenceVersion(): Promise<string | null>;
  /**
   * Replaces all reference data (not facts from articles) in one transaction: all of it or none. Loads by
   * several processes at once (machines starting together) run one after another.
   */
  loadReference(bundle: ReferenceBundle, progress?: Progress): Promise<LoadReport>;
  /**
   * `loadReference` unless the stored version is already the bundle's (null then), decided under the same lock
   * as the load: of processes starting together on a fresh database, one loads and the others find it loaded.
   */
  loadReferenceIfStale(bundle: ReferenceBundle, progress?: Progress): Promise<LoadReport | null>;
  datasets(): Promise<DatasetInfo[]>;
  entity(id: string): Promise<Entity | undefined>;
  entities(ids: readonly string[]): Promise<Entity[]>;
  /** Every entity, without aliases: what answers need to name and classify things. */
  entitySummaries(): Promise<EntitySummary[]>;
  /** Every entity with an alias whose key is exactly `key`. */
  entitiesByKey(key: string): Promise<Entity[]>;
  /** Every alias (for fuzzy "did you mean" and for the news gazetteer). */
  aliases(): Promise<AliasEntry[]>;
  facts(query: FactQuery): Promise<Fact[]>;
  /**
   * For each object (organization, alliance, agreement) and dataset: the span its facts cover, from the first
   * `valid.from` to the last `valid.to`. Precedence needs it: a source speaks for an organization only there.
   */
  coverage(predicates: readonly Predicate[]): Promise<CoverageRow[]>;
  /** Adds facts (e.g. read from the news); a fact id already stored is left as it is. Returns how many were new. */
  assertFacts(facts: readonly Fact[]): Promise<number>;
  close(): Promise<void>;
}
