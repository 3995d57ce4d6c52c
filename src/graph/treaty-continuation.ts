import type { Entity } from '../core/entity.js';
import type { Fact } from '../core/fact.js';
import { addDays, OPEN_END, type IsoDate } from '../core/time.js';
import { statusOf, type PairTimeline } from './precedence.js';

const PARTY = new Set(['member', 'in_force']);

/**
 * An alliance that founds an organization (NATO on the North Atlantic Treaty, ATOP 3180; the CSTO on ATOP 4220)
 * has, after the last day its own data speaks of it (ATOP's 2018-12-31), the organization's members as its
 * parties, in its last phase: Finland is a party from its NATO accession, 2023-04-04, a day written once, in the
 * NATO membership data. Used by the graph (`members ATOP3180`, a state's alliances) and by the obligations engine
 * alike, so the two never tell different stories.
 */
export interface Continuation {
  readonly treaty: string;
  readonly org: Pick<Entity, 'id' | 'name' | 'attrs'>;
  /** The last day the treaty's own data speaks of its open parties: the organization answers after it. */
  readonly cutoff: IsoDate;
  readonly lastPhase: number;
}

/** The alliances founding an organization (its `treaty` attribute) whose own parties are still open at their data's end. */
export function continuations(
  entities: Iterable<Pick<Entity, 'id' | 'kind' | 'name' | 'attrs'>>,
  partyFacts: (treaty: string) => readonly Fact[],
  verified: (f: Fact) => string,
): Map<string, Continuation> {
  const out = new Map<string, Continuation>();
  for (const org of entities) {
    if (org.kind !== 'organization') continue;
    const t = org.attrs.treaty;
    for (const treaty of (Array.isArray(t) ? t : t ? [t] : []).map(String)) {
      const facts = partyFacts(treaty);
      // Open party rows only: a curated `withdrawn` row (an end) says nothing of how far the parties are known.
      const open = facts.filter((f) => f.valid.to === OPEN_END && PARTY.has(statusOf(f)));
      if (open.length === 0 || out.has(treaty)) continue;
      const cutoff = open.reduce((a, f) => (verified(f) > a ? verified(f) : a), '') as IsoDate;
      out.set(treaty, { treaty, org, cutoff, lastPhase: facts.reduce((a, f) => Math.max(a, phaseOf(f)), 0) });
    }
  }
  return out;
}

/** A continued party: the organization's deciding fact for the state, over the days after the cutoff it holds. */
export interface ContinuedParty {
  readonly state: string;
  readonly fact: Fact;
  readonly status: 'member' | 'suspended';
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The organization's members after the cutoff, segment by segment of their pair timelines. */
export function continuedParties(c: Continuation, timelines: ReadonlyArray<{ readonly id: string; readonly timeline: PairTimeline }>): ContinuedParty[] {
  const after = addDays(c.cutoff, 1);
  const out: ContinuedParty[] = [];
  for (const { id, timeline } of timelines) {
    timeline.starts.forEach((start, i) => {
      const d = timeline.decisions[i]!;
      const next = timeline.starts[i + 1];
      const to = next ? addDays(next, -1) : OPEN_END;
      if ((d.status !== 'member' && d.status !== 'suspended') || to < after) return;
      const last = out[out.length - 1];
      const fact = d.facts[0]!;
      const from = start > after ? start : after;
      // Segments split only by another source's boundary are one continued party.
      if (last && last.state === id && last.fact === fact && last.status === d.status && addDays(last.to, 1) === from) out[out.length - 1] = { ...last, to };
      else out.push({ state: id, fact, status: d.status, from, to });
    });
  }
  return out;
}

/**
 * A continued party as a party fact of the treaty, citing the organization's membership fact it rests on. `since`
 * (a qualifier answers show as the line's start) is the day the party's own row in the treaty's last phase began
 * when it runs on into the continuation: the United States is a party to ATOP 3180's phase 2 since 1951-06-19.
 */
export function continuedFact(c: Continuation, p: ContinuedParty, own: readonly Fact[] = []): Fact {
  const runsOn = own.find((f) => f.subject === p.state && f.valid.to === c.cutoff && phaseOf(f) === c.lastPhase && p.from === addDays(c.cutoff, 1));
  return {
    ...p.fact,
    id: `${c.treaty}<${p.fact.id}`,
    subject: p.state,
    predicate: 'party_to',
    object: c.treaty,
    valid: { from: p.from, to: p.to },
    ...(p.status === 'suspended' ? { status: 'suspended' as const } : {}),
    qualifiers: { ...p.fact.qualifiers, phase: c.lastPhase, continuedBy: c.org.id, ...(runsOn ? { since: runsOn.valid.from } : {}) },
    provenance: {
      ...p.fact.provenance,
      rule: `${p.fact.provenance.rule ?? p.fact.provenance.dataset}; graph/treaty-continued-by-organization (${c.org.id} members after ${c.cutoff})`,
    },
  };
}

/** A treaty's own party fact, ended at the cutoff when it ran past it: after it the organization answers. */
export function endedAtCutoff(c: Continuation, f: Fact): Fact | undefined {
  if (f.valid.from > c.cutoff) return undefined;
  if (f.valid.to <= c.cutoff) return f;
  const { censored: _censored, ...qualifiers } = f.qualifiers;
  return { ...f, valid: { from: f.valid.from, to: c.cutoff }, qualifiers: { ...qualifiers, continuedBy: c.org.id } };
}

function phaseOf(f: Fact): number {
  return typeof f.qualifiers.phase === 'number' ? f.qualifiers.phase : 0;
}
