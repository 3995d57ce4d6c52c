import type { BothSides, CascadeAnswer, CascadeEntry, CascadeReason, CascadeRound } from './answers.js';
import { bindingsToward, type Binding } from './bindings.js';
import { allHold, evaluateCondition } from './conditions.js';
import { collate, echo, evaluateScenario, party, ref, type Engine, type Scenario } from './evaluator.js';
import type { ObligationKind } from './provision.js';

type Side = 'attacked' | 'attacker';

interface Attack {
  readonly aggressor: string;
  readonly victim: string;
}

interface Pull {
  readonly attacked: CascadeReason[];
  readonly attacker: CascadeReason[];
  readonly uncertain: Array<{ side: Side; reason: string; rule: string }>;
}

const DEFENSE = new Set<ObligationKind>(['defense']);
const OFFENSE = new Set<ObligationKind>(['offense']);
const MAX_ROUNDS = 50;

/**
 * Escalation, round by round, until nothing changes. Round 1: the attacked state's defenders join it, the
 * attacker's offensive allies join the attacker. Every state that joins is taken to fight every state of the
 * other side, so in the next round those states' defenders (and its enemies' offensive allies) are called in
 * against it. A state whose obligations hold on both sides at once stands aside and is flagged; a state already
 * fighting that is called to the other side is flagged too. Obligations whose conditions cannot be judged are
 * listed as uncertain and do not draw anyone in.
 */
export function cascade(e: Engine, s: Scenario & { readonly attacker: string }): Omit<CascadeAnswer, 'notes'> {
  const side = new Map<string, Side>([
    [s.attacked, 'attacked'],
    [s.attacker, 'attacker'],
  ]);
  const defenders = memo((victim: string) => bindingsToward(e.world, e.book, victim, s.on, DEFENSE));
  const allies = memo((aggressor: string) => bindingsToward(e.world, e.book, aggressor, s.on, OFFENSE));
  const flagged = new Map<string, BothSides>();
  const rounds: CascadeRound[] = [];
  let attacks: Attack[] = [{ aggressor: s.attacker, victim: s.attacked }];
  for (let round = 1; attacks.length > 0 && round <= MAX_ROUNDS; round++) {
    const pulls = new Map<string, Pull>();
    const pullOf = (state: string) => {
      let p = pulls.get(state);
      if (!p) pulls.set(state, (p = { attacked: [], attacker: [], uncertain: [] }));
      return p;
    };
    for (const { aggressor, victim } of attacks) {
      const location = round === 1 ? s.location : undefined;
      const consider = (b: Binding, partner: string, adversary: string, partnerAttacked: boolean) => {
        // Already fighting beside the partner: being bound to it again changes nothing.
        if (b.bound.state === adversary || side.get(b.bound.state) === side.get(partner)) return;
        const p = b.provision.provision;
        if (p.switch !== undefined && s.switches[p.switch] === false) return;
        const ctx = { partner: party(e.world, partner), adversary: party(e.world, adversary), partnerAttacked, location, on: s.on, provoked: s.provoked, requested: s.requested };
        const results = p.conditions.map((c) => evaluateCondition(c, ctx, e.book.areas, (x) => e.world.nameOfCcode(x)));
        const holds = allHold(results);
        const to = side.get(partner)!;
        const reason: CascadeReason = { kind: p.kind, toward: ref(e.world, partner), against: ref(e.world, adversary), treaty: { id: p.treaty, name: e.world.name(p.treaty), phase: p.phase }, rule: p.id };
        if (holds === true) pullOf(b.bound.state)[to].push(reason);
        else if (holds === null && !side.has(b.bound.state)) {
          const pull = pullOf(b.bound.state);
          if (pull.uncertain.some((u) => u.rule === p.id && u.side === to)) return;
          const why = results.filter((r) => r.holds !== true).map((r) => r.reason).join('; ');
          pull.uncertain.push({ side: to, reason: `${p.kind} toward ${reason.toward.name} (${reason.treaty.name}): ${why}`, rule: p.id });
        }
      };
      for (const b of defenders(victim)) consider(b, victim, aggressor, true);
      for (const b of allies(aggressor)) consider(b, aggressor, victim, false);
    }
    const joined: CascadeEntry[] = [];
    const uncertain: Array<CascadeRound['uncertain'][number]> = [];
    for (const [state, p] of [...pulls].sort((a, b) => collate(e.world.name(a[0]), e.world.name(b[0])))) {
      const current = side.get(state);
      const other: Side | undefined = current === 'attacked' ? 'attacker' : current === 'attacker' ? 'attacked' : undefined;
      if (current && other && p[other].length > 0) {
        flag(flagged, e, state, current, p);
        continue;
      }
      if (current) continue;
      if (p.attacked.length > 0 && p.attacker.length > 0) {
        flag(flagged, e, state, null, p);
        continue;
      }
      const to: Side | undefined = p.attacked.length > 0 ? 'attacked' : p.attacker.length > 0 ? 'attacker' : undefined;
      if (to) {
        side.set(state, to);
        joined.push({ state: ref(e.world, state), side: to, because: dedupe(p[to]) });
      } else {
        for (const u of p.uncertain) uncertain.push({ state: ref(e.world, state), ...u });
      }
    }
    rounds.push({ round, joined, uncertain });
    attacks = [];
    for (const j of joined) {
      for (const [enemy, hers] of side) if (hers !== j.side) attacks.push({ aggressor: j.state.id, victim: enemy });
    }
  }
  const members = (which: Side) => [...side].filter(([, x]) => x === which).map(([id]) => ref(e.world, id));
  const { breaches } = evaluateScenario(e, { ...s, attacker: s.attacker });
  return {
    scenario: { ...echo(e, s), attacker: ref(e.world, s.attacker) },
    rounds,
    sides: { attacked: members('attacked'), attacker: members('attacker') },
    bothSides: [...flagged.values()].sort((a, b) => collate(a.state.name, b.state.name)),
    breaches,
  };
}

function flag(flagged: Map<string, BothSides>, e: Engine, state: string, joined: Side | null, p: Pull): void {
  const had = flagged.get(state);
  flagged.set(state, {
    state: ref(e.world, state),
    joined: had?.joined ?? joined,
    toAttacked: dedupe([...(had?.toAttacked ?? []), ...p.attacked]),
    toAttacker: dedupe([...(had?.toAttacker ?? []), ...p.attacker]),
  });
}

function dedupe(reasons: readonly CascadeReason[]): CascadeReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.rule}|${r.toward.id}|${r.against.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = fn(key)));
    return v;
  };
}
