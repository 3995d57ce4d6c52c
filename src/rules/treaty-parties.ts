import type { Entity } from '../core/entity.js';
import type { Fact } from '../core/fact.js';
import { addDays, OPEN_END, type IsoDate } from '../core/time.js';
import { GraphIndex } from '../graph/graph-index.js';
import type { DatasetInfo } from '../graph/graph-store.js';
import { pairTimeline, statusOf, type OrgCoverage, type PairTimeline } from '../graph/precedence.js';
import { continuations, continuedParties } from '../graph/treaty-continuation.js';
import type { Caveat, Membership } from './alliance-world.js';

/** What the parties of alliances are decided from. */
export interface PartyData {
  /** `party_to` facts (those of trade agreements are ignored). */
  readonly facts: readonly Fact[];
  /** `member_of` facts of organizations built on an alliance (NATO on ATOP 3180): they continue its parties. */
  readonly memberships?: readonly Fact[];
  readonly entities: readonly Entity[];
  readonly datasets: readonly DatasetInfo[];
}

const PARTY = new Set(['member', 'in_force']);

/**
 * Who is a party to which alliance phase on which day, by the same precedence as every other answer:
 *
 * 1. Per (state, alliance) pair, the best-ranked source that speaks decides. A curated fact ends what ATOP carries
 *    forward (Ukraine and Russia ended their 1997 treaty, ATOP 4875, on 2019-04-01: a curated `withdrawn` fact from
 *    that day), and curated treaties ATOP never coded (the 2024 Russia-DPRK treaty) count from their entry into
 *    force (a `signed` stage binds no one).
 * 2. After the last day the treaty's own data speaks of it (ATOP's 2018-12-31), an alliance that is the founding
 *    treaty of an organization (`attrs.treaty`: NATO and ATOP 3180, the CSTO and ATOP 4220) has as parties the
 *    organization's members, decided as `members` decides them: Finland is bound by the North Atlantic Treaty from
 *    its accession day, 2023-04-04, in its last phase, with no date written twice. A suspended member stays a party
 *    with a caveat (Armenia froze its CSTO participation on 2024-02-22 and has not left the treaty).
 *
 * Every membership keeps the day its source verifies it through; after that it is carried forward.
 */
export function treatyParties(data: PartyData): Membership[] {
  const datasets = new Map(data.datasets.map((d) => [d.id, d]));
  const rank = (d: string) => datasets.get(d)?.rank ?? 100;
  const verified = (f: Fact) => (typeof f.qualifiers.asOf === 'string' ? f.qualifiers.asOf : datasets.get(f.provenance.dataset)?.coverage.to || f.valid.from);
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const alliance = (id: string) => entities.get(id)?.kind === 'alliance';
  const facts = data.facts.filter((f) => f.predicate === 'party_to' && alliance(f.object));
  const ccodeOf = (f: Fact): number | undefined => {
    const own = f.qualifiers.ccode;
    const c = typeof own === 'number' ? own : entities.get(f.subject)?.attrs.ccode;
    return typeof c === 'number' ? c : undefined;
  };
  const out: Membership[] = [];
  const add = (f: Fact, treaty: string, phase: number, from: string, to: string, caveat?: Caveat) => {
    const ccode = ccodeOf(f);
    if (ccode === undefined || from > to) return;
    out.push({ fact: f, state: f.subject, ccode, treaty, phase, from, to, verifiedThrough: verified(f), ...(caveat ? { caveat } : {}) });
  };
  const byTreaty = group(facts, (f) => f.object);
  const linked = continuations(data.entities, (t) => byTreaty.get(t) ?? [], verified);
  for (const [treaty, list] of byTreaty) {
    const cutoff = linked.get(treaty)?.cutoff;
    const coverage = spans(list);
    for (const pair of group(list, (f) => f.subject).values()) {
      for (const s of decided(pair, rank, coverage, verified)) {
        const to = cutoff !== undefined && s.to > cutoff ? cutoff : s.to;
        add(s.fact, treaty, phaseOf(s.fact), s.from, to);
      }
    }
  }
  if (linked.size > 0) {
    // The organizations' members, decided as `members` decides them (the same index and continuation as the graph's).
    const orgFacts = [...(data.memberships ?? []), ...[...linked.keys()].flatMap((t) => byTreaty.get(t) ?? [])];
    const index = new GraphIndex({
      version: 'treaty-parties',
      datasets: data.datasets,
      facts: orgFacts,
      entities: data.entities.map((e) => ({ id: e.id, kind: e.kind, name: e.name, attrs: e.attrs, curated: false })),
    });
    for (const c of linked.values()) {
      for (const p of continuedParties(c, index.memberTimelines({ id: c.org.id, kind: 'organization' }))) {
        add(p.fact, c.treaty, c.lastPhase, p.from, p.to, p.status === 'suspended' ? caveatOf(p.fact, c.org, entities) : undefined);
      }
    }
  }
  return mergeSlices(out);
}

interface Slice {
  readonly fact: Fact;
  readonly from: string;
  readonly to: string;
}

/** One pair's days as a party, fact by fact: by the fact alone when one source speaks of the pair, else by precedence. */
function decided(pair: readonly Fact[], rank: (d: string) => number, coverage: OrgCoverage, verified: (f: Fact) => string): Slice[] {
  const sources = new Set(pair.map((f) => f.provenance.dataset));
  if (sources.size === 1) return pair.filter((f) => PARTY.has(statusOf(f))).map((f) => ({ fact: f, from: f.valid.from, to: f.valid.to }));
  const out: Slice[] = [];
  for (const seg of segments(pairTimeline(pair, rank, coverage, verified))) {
    if (seg.decision.status === null || !PARTY.has(seg.decision.status)) continue;
    for (const f of seg.decision.facts) {
      if (!PARTY.has(statusOf(f))) continue;
      out.push({ fact: f, from: seg.from > f.valid.from ? seg.from : f.valid.from, to: seg.to < f.valid.to ? seg.to : f.valid.to });
    }
  }
  return out;
}

function segments(t: PairTimeline) {
  return t.starts.map((from, i) => {
    const next = t.starts[i + 1];
    return { from: from as string, to: next ? (addDays(next, -1) as string) : OPEN_END, decision: t.decisions[i]! };
  });
}

/** Where each dataset speaks for one treaty: from its first fact to its last. */
function spans(facts: readonly Fact[]): OrgCoverage {
  const m = new Map<string, { from: string; to: string }>();
  for (const f of facts) {
    const s = m.get(f.provenance.dataset);
    m.set(
      f.provenance.dataset,
      s ? { from: s.from < f.valid.from ? s.from : f.valid.from, to: s.to > f.valid.to ? s.to : f.valid.to } : { from: f.valid.from, to: f.valid.to },
    );
  }
  return m;
}

function caveatOf(f: Fact, org: Pick<Entity, 'name'>, entities: ReadonlyMap<string, Entity>): Caveat {
  const state = entities.get(f.subject)?.name ?? f.subject;
  const note = typeof f.qualifiers.note === 'string' ? ` (${f.qualifiers.note})` : '';
  return {
    code: 'participation',
    reason: `${state}'s participation in the ${org.name} is suspended since ${f.valid.from}${note}; it remains a party to the treaty, but whether it would give or be given help under it is not assumed`,
  };
}

function phaseOf(f: Fact): number {
  return typeof f.qualifiers.phase === 'number' ? f.qualifiers.phase : 0;
}

/** Slices of one fact that follow one another (split only by segment boundaries) as one membership. */
function mergeSlices(list: Membership[]): Membership[] {
  list.sort((a, b) => cmp(a.state, b.state) || cmp(a.treaty, b.treaty) || a.phase - b.phase || cmp(a.fact.id, b.fact.id) || cmp(a.from, b.from));
  const out: Membership[] = [];
  for (const m of list) {
    const last = out[out.length - 1];
    if (
      last &&
      last.fact.id === m.fact.id &&
      last.state === m.state &&
      last.treaty === m.treaty &&
      last.phase === m.phase &&
      last.caveat?.reason === m.caveat?.reason &&
      addDays(last.to as IsoDate, 1) === m.from
    ) {
      out[out.length - 1] = { ...last, to: m.to };
    } else out.push(m);
  }
  return out;
}

function group<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = m.get(k);
    if (list) list.push(item);
    else m.set(k, [item]);
  }
  return m;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
