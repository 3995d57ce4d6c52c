/** Rows at the edge: snake_case tables, only seen inside store/. Dates are `YYYY-MM-DD` text in both dialects. */
export interface EntityTable {
  id: string;
  kind: string;
  name: string;
  /** JSON text: Entity['attrs']. */
  attrs: string;
  /** JSON text: Provenance[]. */
  provenance: string;
  /** `reference` (replaced by a reload) or `article` (kept). */
  origin: string;
}

export interface AliasTable {
  key: string;
  text: string;
  entity_id: string;
  kind: string;
  lang: string;
  origin: string;
}

export interface FactTable {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  valid_from: string;
  valid_to: string;
  precision: string;
  status: string | null;
  qualifiers: string;
  dataset: string;
  ref: string;
  span_start: number | null;
  span_end: number | null;
  rule: string | null;
  citation: string | null;
  confidence: number;
  origin: string;
}

export interface DatasetTable {
  id: string;
  name: string;
  precision: string;
  rank: number;
  coverage_from: string;
  coverage_to: string;
  citation: string;
  rows: number;
}

interface MetaTable {
  key: string;
  value: string;
}

interface GraphTables {
  entities: EntityTable;
  aliases: AliasTable;
  facts: FactTable;
  datasets: DatasetTable;
  meta: MetaTable;
}

/** Other modules (articles, queue) add their tables to this with declaration merging-free intersection types. */
export type Database = GraphTables & Record<string, Record<string, unknown>>;
