import type { Fact } from '../core/fact.js';
import { addDays, OPEN_END, type IsoDate, type Precision } from '../core/time.js';
import { statusOf } from './precedence.js';

/**
 * What an organization's membership is, read from the facts of its sources before precedence decides between
 * them. Two rules, both pure and both applied per (organization, state) pair:
 *
 * 1. `treatyMemberships`: an organization built on a treaty (NATO on the North Atlantic Treaty, ATOP 3180)
 *    counts the treaty's parties, but a member joins on the treaty's entry into force or its own accession, and
 *    a phase of the treaty is an alliance fact: ATOP's NATO phase 1 (1949-04-04 to 1951-06-18) and phase 2 are
 *    one membership of the United States from 1949-08-24, not a leaving and a rejoining on 1951-06-19.
 * 2. `dateByAccession`: the organization's own record of a state's accession beats the day a treaty dataset
 *    makes it a party: ATOP dates Poland's NATO membership from the accession protocol's signature (1997-12-16),
 *    the organization's own day-precise record from its accession (1999-03-12), and the accession decides.
 * 3. `datePrecisely`: a year-precise fact never decides against a finer fact about the same membership. COW
 *    codes Croatia in the EU for all of 2013; a day-precise source that has Croatia join on 2013-07-01 dates
 *    COW's claim, which then starts on 2013-07-01 too (and COW's NATO founders of "1949" join on 1949-08-24).
 */

/** The attributes of an organization these rules read. */
export interface OrganizationDates {
  readonly id: string;
  readonly attrs: Readonly<Record<string, unknown>>;
}

/**
 * The first day a founding treaty's parties count as members: the treaty's entry into force (`treatyInForce`,
 * the Tashkent treaty's 1994-04-20 for the CSTO), else the organization's founding (`founded`: NATO was founded
 * by the North Atlantic Treaty's entry into force, 1949-08-24). Undefined: the treaty's own days stand.
 */
function treatyCountsFrom(org: OrganizationDates): IsoDate | undefined {
  const v = org.attrs.treatyInForce ?? org.attrs.founded;
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? (v as IsoDate) : undefined;
}

/**
 * A founding treaty's party facts (one treaty, any states, any phases) as the organization's membership facts:
 * per state and dataset, phases that follow one another without a gap become one fact, which starts no earlier
 * than `treatyCountsFrom(org)`. The merged fact keeps every source row in its reference and the qualifiers of
 * its last phase (an open last phase stays open and censored).
 */
export function treatyMemberships(partyFacts: readonly Fact[], org: OrganizationDates): Fact[] {
  return mergeRuns(partyFacts, org, treatyCountsFrom(org));
}

/**
 * Facts of one source about one membership that follow one another without a gap, as one fact (COW's West
 * Germany to 1989 and Germany from 1990 in NATO are one membership of DEU); from `since` on when given.
 */
export function mergeRuns(facts: readonly Fact[], org: OrganizationDates, since?: IsoDate): Fact[] {
  const partyFacts = facts;
  const groups = new Map<string, Fact[]>();
  for (const f of partyFacts) {
    const key = `${f.subject}\u0000${f.provenance.dataset}\u0000${statusOf(f)}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: Fact[] = [];
  for (const facts of groups.values()) {
    const sorted = [...facts].sort((a, b) => cmp(a.valid.from, b.valid.from) || cmp(a.id, b.id));
    let run: Fact[] = [];
    const flush = () => {
      if (run.length > 0) {
        const merged = mergeRun(run, org, since);
        if (merged) out.push(merged);
      }
      run = [];
    };
    for (const f of sorted) {
      const last = run[run.length - 1];
      if (last && f.valid.from > nextDay(maxTo(run))) flush();
      run.push(f);
    }
    flush();
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

function mergeRun(run: readonly Fact[], org: OrganizationDates, since: IsoDate | undefined): Fact | undefined {
  const first = run[0]!;
  const to = maxTo(run);
  const from = since && since > first.valid.from ? since : first.valid.from;
  if (to < from) return undefined;
  if (run.length === 1 && from === first.valid.from) return first;
  const last = run.reduce((a, f) => (f.valid.to > a.valid.to ? f : a));
  const { phase: _phase, ...qualifiers } = last.qualifiers;
  const phases = [...new Set(run.map((f) => f.qualifiers.phase).filter((p) => p !== undefined && p !== null))];
  return {
    id: `${org.id}<${first.id}`,
    subject: first.subject,
    predicate: first.predicate,
    object: first.object,
    valid: { from, to },
    precision: coarsest(run.map((f) => f.precision)),
    ...(first.status ? { status: first.status } : {}),
    qualifiers: { ...qualifiers, ...(phases.length > 0 ? { phases: phases.join(',') } : {}), ...(from !== first.valid.from ? { countsFrom: from } : {}) },
    provenance: {
      dataset: first.provenance.dataset,
      ref: run.map((f) => f.provenance.ref).join('; '),
      rule: `${first.predicate === 'party_to' ? 'graph/treaty-membership' : 'graph/one-membership'}${from !== first.valid.from ? ` (counted from ${from}, when the treaty binds ${org.id}'s members)` : ''}${run.length > 1 ? ' (consecutive rows merged)' : ''}`,
      ...(first.provenance.citation ? { citation: first.provenance.citation } : {}),
    },
    confidence: Math.min(...run.map((f) => f.confidence)),
  };
}

/**
 * One pair's facts with every treaty-derived fact (`party_to`, read as membership) starting no earlier than the
 * organization's own day-precise record of the state acceding, where that record starts inside the treaty fact and
 * no own record covers the treaty fact's first day (an own fact from a source ranked no worse than the treaty's).
 * A record starting on the organization's founding day is a founding membership, not an accession: the CSTO's
 * members from its 2002 charter were parties to its 1992 treaty before, and stay so.
 */
export function dateByAccession(pairFacts: readonly Fact[], org: OrganizationDates, rank: (dataset: string) => number): readonly Fact[] {
  const founded = typeof org.attrs.founded === 'string' ? org.attrs.founded : '';
  const own = pairFacts.filter((f) => f.predicate === 'member_of' && f.precision === 'day' && statusOf(f) === 'member' && f.valid.from > founded);
  if (own.length === 0 || !pairFacts.some((f) => f.predicate === 'party_to')) return pairFacts;
  let changed = false;
  const out = pairFacts.map((t) => {
    if (t.predicate !== 'party_to') return t;
    const mine = own.filter((o) => rank(o.provenance.dataset) <= rank(t.provenance.dataset));
    if (mine.some((o) => o.valid.from <= t.valid.from && t.valid.from <= o.valid.to)) return t;
    const accession = mine.filter((o) => o.valid.from > t.valid.from && o.valid.from <= t.valid.to).sort((a, b) => cmp(a.valid.from, b.valid.from))[0];
    if (!accession) return t;
    changed = true;
    return {
      ...t,
      valid: { from: accession.valid.from, to: t.valid.to },
      qualifiers: { ...t.qualifiers, datedBy: `${accession.provenance.dataset} ${accession.id}` },
      provenance: {
        ...t.provenance,
        rule: `${t.provenance.rule ?? t.provenance.dataset}; graph/dated-by-accession (${accession.provenance.dataset} ${accession.id})`,
      },
    };
  });
  return changed ? out : pairFacts;
}

const FINENESS: Readonly<Record<Precision, number>> = { day: 0, month: 1, year: 2 };

/**
 * One pair's facts with every coarse fact dated by a finer one about the same membership: a fact known to the
 * month or year whose first (or last) month or year holds the start (or end) of a finer fact with the same status
 * starts (or ends) on that day instead. The finer fact chosen is the best-ranked source's, then the earliest.
 * Facts not refined are returned as they are (the same objects), so most pairs cost nothing.
 */
export function datePrecisely(pairFacts: readonly Fact[], rank: (dataset: string) => number): readonly Fact[] {
  if (!pairFacts.some((f) => f.precision !== 'day')) return pairFacts;
  let changed = false;
  const out = pairFacts.map((f) => {
    if (f.precision === 'day') return f;
    const finer = pairFacts.filter((g) => FINENESS[g.precision] < FINENESS[f.precision] && statusOf(g) === statusOf(f));
    if (finer.length === 0) return f;
    const unit = f.precision;
    const startBy = best(
      finer.filter((g) => sameUnit(g.valid.from, f.valid.from, unit) && g.valid.from > f.valid.from),
      rank,
      (g) => g.valid.from,
    );
    const endBy =
      f.valid.to === OPEN_END
        ? undefined
        : best(
            finer.filter((g) => g.valid.to !== OPEN_END && sameUnit(g.valid.to, f.valid.to, unit) && g.valid.to < f.valid.to),
            rank,
            (g) => g.valid.to,
          );
    if (!startBy && !endBy) return f;
    const from = startBy ? startBy.valid.from : f.valid.from;
    const to = endBy ? endBy.valid.to : f.valid.to;
    if (to < from) return f;
    changed = true;
    const by = [startBy, endBy].filter((g): g is Fact => g !== undefined).map((g) => `${g.provenance.dataset} ${g.id}`);
    return {
      ...f,
      valid: { from, to },
      qualifiers: { ...f.qualifiers, datedBy: [...new Set(by)].join(', ') },
      provenance: { ...f.provenance, rule: `${f.provenance.rule ?? f.provenance.dataset}; graph/dated-by-finer-fact (${[...new Set(by)].join(', ')})` },
    };
  });
  return changed ? out : pairFacts;
}

function best(candidates: readonly Fact[], rank: (dataset: string) => number, day: (f: Fact) => string): Fact | undefined {
  let found: Fact | undefined;
  for (const g of candidates) {
    if (!found) found = g;
    else {
      const r = rank(g.provenance.dataset) - rank(found.provenance.dataset);
      if (r < 0 || (r === 0 && day(g) < day(found))) found = g;
    }
  }
  return found;
}

/** Whether two days share the same year (or month): the unit a coarse source knows its days to. */
function sameUnit(a: string, b: string, unit: Precision): boolean {
  return unit === 'year' ? a.slice(0, 4) === b.slice(0, 4) : a.slice(0, 7) === b.slice(0, 7);
}

function coarsest(ps: readonly Precision[]): Precision {
  return ps.reduce((a, p) => (FINENESS[p] > FINENESS[a] ? p : a), 'day' as Precision);
}

function maxTo(run: readonly Fact[]): IsoDate {
  return run.reduce((a, f) => (f.valid.to > a ? f.valid.to : a), run[0]!.valid.to);
}

function nextDay(d: IsoDate): IsoDate {
  return d === OPEN_END ? d : addDays(d, 1);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
