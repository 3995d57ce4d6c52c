import type { Fact } from '../core/fact.js';
import { showEnd } from '../core/time.js';
import type { Freshness, MembershipLine, SourceRef } from './answers.js';
import type { GraphIndex } from './graph-index.js';
import type { PairDecision } from './precedence.js';

/** How the graph's answers turn facts into lines: sources, freshness, and the notes that explain them. */

export function sourceRef(f: Fact): SourceRef {
  return {
    dataset: f.provenance.dataset,
    ref: f.provenance.ref,
    ...(f.provenance.rule ? { rule: f.provenance.rule } : {}),
    ...(f.provenance.citation ? { citation: f.provenance.citation } : {}),
    ...(f.provenance.span ? { span: { start: f.provenance.span.start, end: f.provenance.span.end } } : {}),
    precision: f.precision,
  };
}

/**
 * The freshness of a line resting on `facts` (the deciding source's and those that agree): verified through the
 * latest day any of them is, carried forward when `on` is later, then from the freshest of them.
 */
export function freshness(ix: GraphIndex, facts: readonly Fact[], on: string): Freshness {
  let freshest: Fact | undefined;
  let through = '';
  for (const f of facts) {
    const v = ix.verifiedThrough(f);
    if (v > through) {
      through = v;
      freshest = f;
    }
  }
  if (!freshest || on <= through) return { verifiedThrough: through, carriedForward: false };
  return { verifiedThrough: through, carriedForward: true, carriedFrom: sourceRef(freshest) };
}

/** A membership line for a pair's decision on a day; the day only matters for freshness, constant within a segment. */
export function membershipLine(ix: GraphIndex, id: string, d: PairDecision, on: string): MembershipLine {
  const f = d.facts[0]!;
  const agreeing = d.verdicts
    .slice(1)
    .filter((v) => v.status === d.status)
    .flatMap((v) => v.facts);
  const facts = [...d.facts, ...agreeing];
  return {
    id,
    name: ix.name(id),
    status: d.status ?? 'none',
    from: startOf(f),
    to: showEnd(f.valid.to),
    sources: facts.map(sourceRef),
    ...freshness(ix, facts, on),
  };
}

/**
 * One note for the lines carried forward past their sources' last word, naming each source and its last day;
 * `strict` says they were left out instead.
 */
export function carriedNotes(ix: GraphIndex, lines: ReadonlyArray<Freshness>, strict: boolean, dropped = 0): string[] {
  const from = new Map<string, string>();
  for (const l of lines) if (l.carriedForward && l.carriedFrom) from.set(l.carriedFrom.dataset, l.verifiedThrough);
  const notes: string[] = [];
  if (from.size > 0) {
    const sources = [...from.keys()].sort().map((d) => `${ix.datasets.get(d)?.name ?? d} (last word ${lastDay(ix, d, from.get(d)!)})`);
    const n = lines.filter((l) => l.carriedForward).length;
    notes.push(
      `${n} ${n === 1 ? 'line is' : 'lines are'} carried forward past the last day their source speaks of (marked ~): ${sources.join('; ')}; a strict answer leaves them out`,
    );
  }
  if (strict && dropped > 0) notes.push(`strict: ${dropped} ${dropped === 1 ? 'line' : 'lines'} carried forward past their sources left out`);
  return notes;
}

function lastDay(ix: GraphIndex, dataset: string, example: string): string {
  const to = ix.datasets.get(dataset)?.coverage.to;
  return dataset === 'curated' ? `the curated files' asOf, e.g. ${example}` : to || example;
}

/** A line's first day: the fact's, or the day a treaty party's own row began when its organization continues it (`since`). */
export function startOf(f: Fact): string {
  return typeof f.qualifiers.since === 'string' ? f.qualifiers.since : f.valid.from;
}
