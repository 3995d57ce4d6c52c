import type { Entity } from '../../core/entity.js';
import type { Fact, MembershipStatus, Predicate } from '../../core/fact.js';
import type { IsoDate, Precision } from '../../core/time.js';
import type { DatasetInfo } from '../../graph/graph-store.js';
import type { DatasetTable, EntityTable, FactTable } from '../schema.js';

/** Domain objects <-> rows. Nothing outside store/ sees a row. */
export function factToRow(f: Fact, origin: string): FactTable {
  return {
    id: f.id,
    subject: f.subject,
    predicate: f.predicate,
    object: f.object,
    valid_from: f.valid.from,
    valid_to: f.valid.to,
    precision: f.precision,
    status: f.status ?? null,
    qualifiers: JSON.stringify(f.qualifiers),
    dataset: f.provenance.dataset,
    ref: f.provenance.ref,
    span_start: f.provenance.span?.start ?? null,
    span_end: f.provenance.span?.end ?? null,
    rule: f.provenance.rule ?? null,
    citation: f.provenance.citation ?? null,
    confidence: f.confidence,
    origin,
  };
}

export function rowToFact(r: FactTable): Fact {
  return Object.freeze({
    id: r.id,
    subject: r.subject,
    predicate: r.predicate as Predicate,
    object: r.object,
    valid: { from: r.valid_from as IsoDate, to: r.valid_to as IsoDate },
    precision: r.precision as Precision,
    ...(r.status ? { status: r.status as MembershipStatus } : {}),
    qualifiers: JSON.parse(r.qualifiers) as Fact['qualifiers'],
    provenance: {
      dataset: r.dataset,
      ref: r.ref,
      ...(r.span_start !== null && r.span_end !== null ? { span: { start: Number(r.span_start), end: Number(r.span_end) } } : {}),
      ...(r.rule ? { rule: r.rule } : {}),
      ...(r.citation ? { citation: r.citation } : {}),
    },
    confidence: Number(r.confidence),
  });
}

export function entityToRow(e: Entity, origin: string): EntityTable {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    attrs: JSON.stringify(e.attrs),
    provenance: JSON.stringify(e.provenance),
    origin,
  };
}

export function rowToEntity(r: EntityTable, aliases: Entity['aliases']): Entity {
  return Object.freeze({
    id: r.id,
    kind: r.kind as Entity['kind'],
    name: r.name,
    aliases,
    attrs: JSON.parse(r.attrs) as Entity['attrs'],
    provenance: JSON.parse(r.provenance) as Entity['provenance'],
  });
}

export function datasetToRow(d: DatasetInfo): DatasetTable {
  return {
    id: d.id,
    name: d.name,
    precision: d.precision,
    rank: d.rank,
    coverage_from: d.coverage.from,
    coverage_to: d.coverage.to,
    citation: d.citation,
    rows: d.rows,
  };
}

export function rowToDataset(r: DatasetTable): DatasetInfo {
  return {
    id: r.id,
    name: r.name,
    precision: r.precision as DatasetInfo['precision'],
    rank: Number(r.rank),
    coverage: { from: r.coverage_from, to: r.coverage_to },
    citation: r.citation,
    rows: Number(r.rows),
  };
}
