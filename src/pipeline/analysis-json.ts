import type { Analysis } from '../extract/analysis.js';

/**
 * The `ingest --json` shape: `article`, `actors`, `events`, `facts`, `claims` with the fields the README
 * documents first, then provenance (rule ids, confidence) and warnings.
 */
export function analysisJson(a: Analysis): Record<string, unknown> {
  return {
    article: {
      title: a.article.title,
      authors: a.article.authors,
      published: a.article.published,
      url: a.article.url,
      captions: a.article.captions,
      id: a.article.id,
      dateEstimated: a.article.dateEstimated,
    },
    home: a.home ?? null,
    actors: a.actors.map((x) => ({
      text: x.text,
      start: x.start,
      end: x.end,
      id: x.id,
      type: x.type,
      role: x.role,
      name: x.name,
      state: x.state,
      cameo: x.cameo,
      refersTo: x.refersTo,
      confidence: x.confidence,
      ruleId: x.ruleId,
    })),
    events: a.events.map((e) => ({
      source: e.source,
      target: e.target,
      cameo: e.cameo,
      plover: e.plover,
      date: e.date,
      datePrecision: e.datePrecision,
      dateText: e.dateText,
      sentence: e.sentence,
      ruleId: e.ruleId,
      sourceId: e.sourceId,
      targetId: e.targetId,
      start: e.start,
      end: e.end,
      sourceSpan: e.sourceSpan,
      targetSpan: e.targetSpan,
      verbSpan: e.verbSpan,
      rules: e.rules,
    })),
    facts: a.facts.map((f) => ({
      predicate: f.predicate,
      subject: f.subject,
      object: f.object,
      qualifiers: f.qualifiers,
      text: f.text,
      start: f.start,
      end: f.end,
      confidence: f.confidence,
      ruleId: f.ruleId,
    })),
    claims: a.claims.map((c) => ({
      text: c.text,
      status: c.status,
      explanation: c.explanation,
      flag: c.flag,
      names: c.names,
      evidence: c.evidence,
      start: c.start,
      end: c.end,
      ruleId: c.ruleId,
    })),
    dates: a.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, date: d.date, precision: d.precision, ruleId: d.ruleId })),
    warnings: a.warnings,
  };
}
