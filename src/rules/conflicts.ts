import type { ConflictLine, ConflictsAnswer, TreatyRef } from './answers.js';
import { bindingsOf } from './bindings.js';
import { collate, ref, type Engine } from './evaluator.js';
import type { ObligationKind, Switches } from './provision.js';

const DEFENSE = new Set<ObligationKind>(['defense']);

export interface ConflictOptions {
  readonly switches: Switches;
  /** Only this state's dyads. */
  readonly state?: string;
  /** Also list dyads whose two members are bound to defend each other. */
  readonly within?: boolean;
  /** Leave out memberships carried forward past their sources. */
  readonly strict?: boolean;
}

/**
 * States bound to defend both members of a dyad on a day. A dyad is `across` when neither of its members is
 * bound to defend the other: a war between them is one the treaty system does not rule out, and the state
 * bound to both is bound to both sides of it. A dyad whose members are themselves allies (`within`) is counted
 * but listed only on request: a war between them would break their own pact first. Conditions are not judged.
 */
export function conflicts(e: Engine, on: string, o: ConflictOptions): Omit<ConflictsAnswer, 'notes'> {
  const defends = new Map<string, Map<string, Map<string, TreatyRef>>>();
  const partnersOf = (s: string) => {
    let d = defends.get(s);
    if (d) return d;
    d = new Map();
    for (const b of bindingsOf(e.world, e.book, s, on, DEFENSE, o.strict === true)) {
      const p = b.provision.provision;
      if (p.switch !== undefined && o.switches[p.switch] === false) continue;
      let t = d.get(b.partner.state);
      if (!t) d.set(b.partner.state, (t = new Map()));
      t.set(`${p.treaty}:${p.phase}`, { id: p.treaty, name: e.world.name(p.treaty), phase: p.phase });
    }
    defends.set(s, d);
    return d;
  };
  const allied = (x: string, z: string) => partnersOf(x).has(z) || partnersOf(z).has(x);
  const lines: ConflictLine[] = [];
  const byState: Array<ConflictsAnswer['byState'][number]> = [];
  for (const s of o.state ? [o.state] : [...e.world.byState.keys()]) {
    const mine = partnersOf(s);
    const partners = [...mine.keys()].sort((a, b) => collate(e.world.name(a), e.world.name(b)));
    let across = 0;
    let within = 0;
    for (let i = 0; i < partners.length; i++) {
      for (let j = i + 1; j < partners.length; j++) {
        const [x, z] = [partners[i]!, partners[j]!];
        const inside = allied(x, z);
        if (inside) within += 1;
        else across += 1;
        if (inside && !o.within) continue;
        lines.push({
          state: ref(e.world, s),
          dyad: [ref(e.world, x), ref(e.world, z)],
          allied: inside,
          treaties: [[...mine.get(x)!.values()], [...mine.get(z)!.values()]],
        });
      }
    }
    if (across + within > 0) byState.push({ state: ref(e.world, s), across, within, defends: partners.length });
  }
  byState.sort((a, b) => b.across - a.across || b.within - a.within || collate(a.state.name, b.state.name));
  lines.sort(
    (a, b) =>
      collate(a.state.name, b.state.name) ||
      Number(a.allied) - Number(b.allied) ||
      collate(a.dyad[0].name, b.dyad[0].name) ||
      collate(a.dyad[1].name, b.dyad[1].name),
  );
  return { on, switches: o.switches, strict: o.strict === true, byState, conflicts: lines };
}
