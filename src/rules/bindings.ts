import type { AllianceWorld, Membership } from './alliance-world.js';
import type { ObligationKind } from './provision.js';
import { owes, type CompiledProvision, type RuleBook } from './rule-book.js';

/** One obligation one state owes another on a day, under one provision, with the two facts that make it so. */
export interface Binding {
  readonly provision: CompiledProvision;
  /** The party that owes the obligation. */
  readonly bound: Membership;
  /** The party it is owed to. */
  readonly partner: Membership;
}

export type KindFilter = ReadonlySet<ObligationKind> | undefined;

/**
 * Every obligation owed to `partner` on the day, by every other party of every alliance phase it is in; `strict`
 * leaves out memberships carried forward past their sources.
 */
export function bindingsToward(world: AllianceWorld, book: RuleBook, partner: string, on: string, kinds?: KindFilter, strict = false): Binding[] {
  return bindingsAround(world, book, partner, on, kinds, strict, 'owed');
}

/** Every obligation `state` owes on the day, to every other party of every alliance phase it is in (`strict` as above). */
export function bindingsOf(world: AllianceWorld, book: RuleBook, state: string, on: string, kinds?: KindFilter, strict = false): Binding[] {
  return bindingsAround(world, book, state, on, kinds, strict, 'owes');
}

/** The obligations between `state` and each other party of its alliance phases on the day: those it `owes`, or those `owed` to it. */
function bindingsAround(world: AllianceWorld, book: RuleBook, state: string, on: string, kinds: KindFilter, strict: boolean, side: 'owes' | 'owed'): Binding[] {
  const out: Binding[] = [];
  let overlap = false;
  for (const mine of world.membershipsOn(state, on, strict)) {
    const provisions = book.inPhase(mine.treaty, mine.phase).filter((c) => !kinds || kinds.has(c.provision.kind));
    if (provisions.length === 0) continue;
    overlap ||= world.overlapping.has(`${mine.treaty}:${mine.phase}`);
    for (const other of world.phaseOn(mine.treaty, mine.phase, on, strict)) {
      if (other.state === mine.state) continue;
      const [bound, partner] = side === 'owes' ? [mine, other] : [other, mine];
      for (const c of provisions) if (owes(c, bound.ccode, partner.ccode)) out.push({ provision: c, bound, partner });
    }
  }
  return overlap ? distinct(out) : out;
}

/** A state with two facts for one phase on one day (overlapping source rows) counts once. */
function distinct(bindings: Binding[]): Binding[] {
  const seen = new Set<string>();
  return bindings.filter((b) => {
    const key = `${b.provision.provision.id}|${b.bound.state}|${b.partner.state}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The conditions a binding's memberships add to its provision's: a party whose participation is suspended. Only
 * for undertakings to act (defend, fight, consult): a freeze casts no doubt on a promise not to attack or to stay out.
 */
export function caveatsOf(b: Binding): ReadonlyArray<{ code: 'participation'; reason: string }> {
  if ((!b.bound.caveat && !b.partner.caveat) || !ACTING.has(b.provision.provision.kind)) return NO_CAVEATS;
  return [b.bound.caveat, b.partner.caveat].filter((c) => c !== undefined);
}

const NO_CAVEATS: ReadonlyArray<{ code: 'participation'; reason: string }> = [];
const ACTING = new Set<ObligationKind>(['defense', 'offense', 'consultation']);

/** The earlier of the two memberships' last verified days: an obligation is only as fresh as its staler party. */
export function bindingFreshness(b: Binding, on: string): { verifiedThrough: string; carriedForward: boolean; stale: Binding['bound'] } {
  const stale = b.bound.verifiedThrough <= b.partner.verifiedThrough ? b.bound : b.partner;
  return { verifiedThrough: stale.verifiedThrough, carriedForward: on > stale.verifiedThrough, stale };
}
