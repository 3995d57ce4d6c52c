/** Rows of the article tables read back as the pipeline's events and proposed facts, and events' span columns. */
import type { Selectable } from 'kysely';
import type { CodedEvent, EventPrecision, ProposedFact, ProposedPredicate } from '../../extract/analysis.js';
import type { IsoDate, Precision } from '../../core/time.js';
import type { ArticleTables, EventRow } from './articles.table.js';

export function eventOf(r: Selectable<EventRow>): CodedEvent {
  return {
    source: r.source,
    target: r.target,
    sourceId: r.source_id,
    targetId: r.target_id,
    cameo: r.cameo,
    plover: r.plover,
    date: r.event_date as IsoDate,
    datePrecision: r.date_precision as EventPrecision,
    dateText: r.date_text,
    sentence: r.sentence,
    start: r.span_start,
    end: r.span_end,
    ruleId: r.rule_id,
    rules: r.rules === null ? [] : (JSON.parse(r.rules) as string[]),
    sourceSpan: spanOf(r.source_start, r.source_end),
    targetSpan: spanOf(r.target_start, r.target_end),
    verbSpan: spanOf(r.verb_start, r.verb_end),
  };
}

const spanOf = (start: number | null, end: number | null) => (start === null || end === null ? null : { start, end });

export function spanColumns(e: CodedEvent) {
  return {
    source_start: e.sourceSpan?.start ?? null,
    source_end: e.sourceSpan?.end ?? null,
    target_start: e.targetSpan?.start ?? null,
    target_end: e.targetSpan?.end ?? null,
    verb_start: e.verbSpan?.start ?? null,
    verb_end: e.verbSpan?.end ?? null,
    rules: JSON.stringify(e.rules),
  };
}

export function factOf(r: Selectable<ArticleTables['proposed_facts']>): ProposedFact {
  return {
    predicate: r.predicate as ProposedPredicate,
    subject: r.subject,
    object: r.object,
    qualifiers: JSON.parse(r.qualifiers) as ProposedFact['qualifiers'],
    text: r.text,
    start: r.span_start,
    end: r.span_end,
    confidence: Number(r.confidence),
    ruleId: r.rule_id,
    ...(r.status ? { status: r.status } : {}),
    ...(r.valid_from ? { from: r.valid_from as IsoDate } : {}),
    ...(r.valid_to ? { to: r.valid_to as IsoDate } : {}),
    ...(r.date_precision ? { precision: r.date_precision as Precision } : {}),
  };
}
