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

/** Every obligation owed to `partner` on the day, by every other party of every alliance phase it is in. */
export function bindingsToward(world: AllianceWorld, book: RuleBook, partner: string, on: string, kinds?: KindFilter): Binding[] {
  const out: Binding[] = [];
  let overlap = false;
  for (const mine of world.membershipsOn(partner, on)) {
    const provisions = book.inPhase(mine.atopid, mine.phase).filter((c) => !kinds || kinds.has(c.provision.kind));
    if (provisions.length === 0) continue;
    overlap ||= world.overlapping.has(`${mine.atopid}:${mine.phase}`);
    for (const other of world.phaseOn(mine.atopid, mine.phase, on)) {
      if (other.state === mine.state) continue;
      for (const c of provisions) if (owes(c, other.ccode, mine.ccode)) out.push({ provision: c, bound: other, partner: mine });
    }
  }
  return overlap ? distinct(out) : out;
}

/** Every obligation `state` owes on the day, to every other party of every alliance phase it is in. */
export function bindingsOf(world: AllianceWorld, book: RuleBook, state: string, on: string, kinds?: KindFilter): Binding[] {
  const out: Binding[] = [];
  let overlap = false;
  for (const mine of world.membershipsOn(state, on)) {
    const provisions = book.inPhase(mine.atopid, mine.phase).filter((c) => !kinds || kinds.has(c.provision.kind));
    if (provisions.length === 0) continue;
    overlap ||= world.overlapping.has(`${mine.atopid}:${mine.phase}`);
    for (const other of world.phaseOn(mine.atopid, mine.phase, on)) {
      if (other.state === mine.state) continue;
      for (const c of provisions) if (owes(c, mine.ccode, other.ccode)) out.push({ provision: c, bound: mine, partner: other });
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
