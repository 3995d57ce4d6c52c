import type { Fact } from '../core/fact.js';
import { addDays, type IsoDate } from '../core/time.js';

/**
 * Leaders' terms across datasets that stop at different days. Archigos ends in 2015 and REIGN in 2021 with the
 * leaders then in office left open, so without these rules Barack Obama (Archigos) and Joe Biden (REIGN) would
 * still be the United States' effective leaders beside Donald Trump in 2025. Two pure rules over one state's
 * `holds_office` facts, applied in this order:
 *
 * 1. `effectiveFromFormal`: after the effective-leader datasets stop, the effective leader is the holder of the
 *    formal office that held the effective leader where the two last overlap: the head of government in a
 *    parliamentary state (the United Kingdom's Boris Johnson, REIGN's last effective leader, was its prime
 *    minister), the head of state in a presidential one (Joe Biden, the president). Both offices matching means
 *    one person holds both and the head of state is taken.
 * 2. `supersede`: a term carried forward past its source's last word ends the day before a source that speaks
 *    later shows someone else in the same office (REIGN's Biden ends on 2025-01-19, the day before Trump's term
 *    from the formal office begins). A source that still speaks on a day is never overruled that way: where two
 *    sources disagree within their own spans, both are kept.
 */

const EFFECTIVE = 'effective_leader';
const FORMAL = ['head_of_state', 'head_of_government'] as const;

export interface EffectiveFromFormal {
  /** Effective-leader facts made from the formal office's terms that run past the effective datasets' end. */
  readonly derived: readonly Fact[];
  /** The formal office chosen, and the day it was matched on; absent when no office could be matched. */
  readonly office?: (typeof FORMAL)[number];
  readonly matchedOn?: string;
}

const officeOf = (f: Fact) => String(f.qualifiers.office ?? '');
const holds = (f: Fact, day: string) => f.valid.from <= day && day <= f.valid.to;

/** One state's effective leaders continued from the formal office that matched them last (rule 1). */
export function effectiveFromFormal(facts: readonly Fact[], verified: (f: Fact) => string): EffectiveFromFormal {
  const effective = facts.filter((f) => officeOf(f) === EFFECTIVE && f.qualifiers.derivedFrom === undefined);
  const formal = facts.filter((f) => (FORMAL as readonly string[]).includes(officeOf(f)));
  if (effective.length === 0 || formal.length === 0) return { derived: [] };
  const end = effective.reduce((a, f) => (verified(f) > a ? verified(f) : a), '');
  // The day the effective data last speaks of someone: its end, or the end of the last term before it.
  const day = effective.some((f) => holds(f, end)) ? end : effective.reduce((a, f) => (f.valid.to <= end && f.valid.to > a ? f.valid.to : a), '');
  if (!day) return { derived: [] };
  const people = new Set(effective.filter((f) => holds(f, day)).map((f) => f.subject));
  const matches = FORMAL.filter((o) => formal.some((f) => officeOf(f) === o && holds(f, day) && people.has(f.subject)));
  const office = matches[0];
  if (!office) return { derived: [] };
  const after = addDays(end as IsoDate, 1);
  const derived = formal
    .filter((f) => officeOf(f) === office && f.valid.to >= after)
    .map((f) => ({
      ...f,
      id: `${f.id}>effective`,
      qualifiers: { ...f.qualifiers, office: EFFECTIVE, derivedFrom: office },
      provenance: {
        ...f.provenance,
        rule: `graph/effective-from-formal (${office.replaceAll('_', ' ')}, the office that held the effective leader on ${day}, where the effective-leader datasets stop)`,
      },
    }));
  return { derived, office, matchedOn: day };
}

/** Every term of one state with its carried-forward part cut where a later-speaking source names a successor (rule 2). */
export function supersede(facts: readonly Fact[], verified: (f: Fact) => string): readonly Fact[] {
  let changed = false;
  const out = facts.map((f) => {
    const known = verified(f);
    if (f.valid.to <= known) return f;
    let next: Fact | undefined;
    for (const g of facts) {
      if (g.subject === f.subject || officeOf(g) !== officeOf(f) || g.valid.from <= known || g.valid.from <= f.valid.from || g.valid.from > f.valid.to)
        continue;
      if (!next || g.valid.from < next.valid.from) next = g;
    }
    if (!next) return f;
    changed = true;
    const { censored: _censored, ...qualifiers } = f.qualifiers;
    return {
      ...f,
      valid: { from: f.valid.from, to: addDays(next.valid.from, -1) },
      qualifiers: { ...qualifiers, endInferred: true, supersededBy: next.id },
      provenance: {
        ...f.provenance,
        rule: `${f.provenance.rule ?? f.provenance.dataset}; graph/superseded (${next.provenance.dataset} has ${next.subject} in this office from ${next.valid.from})`,
      },
    };
  });
  return changed ? out : facts;
}

/**
 * Rule 3, `leftOffice`: a reviewed news fact that a person left an office (status `withdrawn`: "resigned as prime
 * minister on Monday") ends that person's terms in the office (and the effective-leader terms derived from it) the
 * day before; the fact itself is no term. Prime Minister Medvedev's open term read from a dataset ends on
 * 2020-01-14 when an accepted article says he resigned on 2020-01-15.
 */
function leftOffice(facts: readonly Fact[]): readonly Fact[] {
  const ends = facts.filter((f) => f.status === 'withdrawn');
  if (ends.length === 0) return facts;
  return facts
    .filter((f) => f.status !== 'withdrawn')
    .map((f) => {
      const end = ends.find(
        (e) =>
          e.subject === f.subject &&
          (officeOf(e) === officeOf(f) || officeOf(e) === f.qualifiers.derivedFrom) &&
          f.valid.from < e.valid.from &&
          e.valid.from <= f.valid.to,
      );
      if (!end) return f;
      const { censored: _censored, ...qualifiers } = f.qualifiers;
      return {
        ...f,
        valid: { from: f.valid.from, to: addDays(end.valid.from, -1) },
        qualifiers: { ...qualifiers, endedBy: end.id },
        provenance: { ...f.provenance, rule: `${f.provenance.rule ?? f.provenance.dataset}; graph/left-office (${end.provenance.citation ?? end.id})` },
      };
    });
}

/** Rules 1, 3 and 2 in this order: the terms `leaders` answers from. */
export function leaderTerms(facts: readonly Fact[], verified: (f: Fact) => string): { facts: readonly Fact[]; effective: EffectiveFromFormal } {
  const effective = effectiveFromFormal(
    facts.filter((f) => f.status !== 'withdrawn'),
    verified,
  );
  return { facts: supersede(leftOffice([...facts, ...effective.derived]), verified), effective };
}
