import type { Fact } from '../core/fact.js';
import { addDays } from '../core/time.js';

/**
 * Bases after the closures the news reports: a reviewed `hosts_base_of` fact with status `withdrawn` ("Russia
 * closed its air base in Kyrgyzstan on 2026-11-09") ends the bases the host holds for that user on its day (the
 * day before), and is itself no base. Without closures the facts are returned as they are.
 */
export function openBases(facts: readonly Fact[]): readonly Fact[] {
  const closures = facts.filter((f) => f.status === 'withdrawn');
  if (closures.length === 0) return facts;
  return facts
    .filter((f) => f.status !== 'withdrawn')
    .map((f) => {
      const end = closures.find((c) => c.subject === f.subject && c.object === f.object && f.valid.from < c.valid.from && c.valid.from <= f.valid.to);
      if (!end) return f;
      return {
        ...f,
        valid: { from: f.valid.from, to: addDays(end.valid.from, -1) },
        qualifiers: { ...f.qualifiers, endedBy: end.id },
        provenance: { ...f.provenance, rule: `${f.provenance.rule ?? f.provenance.dataset}; graph/base-closed (${end.provenance.citation ?? end.id})` },
      };
    });
}
