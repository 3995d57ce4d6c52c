import type { BothSides, CascadeAnswer, CascadeEntry, CascadeReason, CascadeRound } from './answers.js';
import { bindingFreshness, bindingsToward, caveatsOf, type Binding } from './bindings.js';
import { allHold, evaluateCondition } from './conditions.js';
import { collate, echo, evaluateScenario, freshnessOf, party, ref, type Engine, type Scenario } from './evaluator.js';
import type { ObligationKind } from './provision.js';

type Side = 'attacked' | 'attacker';

interface Pull {
  readonly attacked: CascadeReason[];
  readonly attacker: CascadeReason[];
  readonly uncertain: Array<{ side: Side; reason: string; rule: string }>;
}

const DEFENSE = new Set<ObligationKind>(['defense']);
const OFFENSE = new Set<ObligationKind>(['offense']);
const MAX_ROUNDS = 50;

/**
 * Escalation, round by round, until nothing changes. What draws a state in follows what the obligations say:
 * - a defence obligation is owed to a state that is attacked: the attacked state, by the attacker and by every
 *   state that joins the attacker's side; its defenders join it (conditions judged for the first attack's place,
 *   then for its home territory);
 * - an offence obligation (ATOP: support "not precipitated by attack on" the partner) is owed to a state at war
 *   by its own choice, on either side but the attacked state: its allies join its side, against the other side;
 * - a defence obligation toward a state that is not the one attacked is not taken to be triggered, and the states
 *   it binds are listed as uncertain with the reason: toward the attacker's side (its war of aggression, and the
 *   defenders' fighting back, is not an attack its allies must answer), and toward a state that joined the attacked
 *   state's side (it entered the war as a co-belligerent; only if the other side attacked it at home would it be
 *   the one attacked). Taking every joiner as attacked, as this engine once did, drew Comoros and Senegal into a
 *   Russian attack on Estonia through France's 1970s defence agreements, and the CSTO into it through Russia.
 * A state whose obligations hold on both sides at once stands aside and is flagged; a state already fighting
 * that is called to the other side is flagged too. Obligations whose conditions cannot be judged are listed as
 * uncertain and draw no one in.
 */
export function cascade(e: Engine, s: Scenario & { readonly attacker: string }): Omit<CascadeAnswer, 'notes'> {
  const strict = s.strict === true;
  const side = new Map<string, Side>([
    [s.attacked, 'attacked'],
    [s.attacker, 'attacker'],
  ]);
  const defenders = memo((victim: string) => bindingsToward(e.world, e.book, victim, s.on, DEFENSE, strict));
  const allies = memo((partner: string) => bindingsToward(e.world, e.book, partner, s.on, OFFENSE, strict));
  const flagged = new Map<string, BothSides>();
  const rounds: CascadeRound[] = [];
  let entered: string[] = [s.attacker, s.attacked];
  for (let round = 1; entered.length > 0 && round <= MAX_ROUNDS; round++) {
    const pulls = new Map<string, Pull>();
    const pullOf = (state: string) => {
      let p = pulls.get(state);
      if (!p) pulls.set(state, (p = { attacked: [], attacker: [], uncertain: [] }));
      return p;
    };
    const judge = (b: Binding, partner: string, adversary: string, partnerAttacked: boolean, location: string | undefined) => {
      const p = b.provision.provision;
      if (p.switch !== undefined && s.switches[p.switch] === false) return undefined;
      const ctx = {
        partner: party(e.world, partner),
        adversary: party(e.world, adversary),
        partnerAttacked,
        location,
        on: s.on,
        provoked: s.provoked,
        requested: s.requested,
      };
      const results = [
        ...p.conditions.map((c) => evaluateCondition(c, ctx, e.book.areas, e.world.nameOfCcodeFn)),
        ...caveatsOf(b).map((c) => ({ code: c.code, holds: null, reason: c.reason })),
      ];
      return {
        holds: allHold(results),
        why: results
          .filter((r) => r.holds !== true)
          .map((r) => r.reason)
          .join('; '),
      };
    };
    const reasonOf = (b: Binding, partner: string, adversary: string): CascadeReason => {
      const p = b.provision.provision;
      return {
        kind: p.kind,
        toward: ref(e.world, partner),
        against: ref(e.world, adversary),
        treaty: { id: p.treaty, name: e.world.name(p.treaty), phase: p.phase },
        rule: p.id,
        ...freshnessOf(bindingFreshness(b, s.on)),
      };
    };
    const uncertain = (b: Binding, to: Side, text: string) => {
      if (side.has(b.bound.state)) return;
      const pull = pullOf(b.bound.state);
      if (!pull.uncertain.some((u) => u.rule === b.provision.provision.id && u.side === to))
        pull.uncertain.push({ side: to, reason: text, rule: b.provision.provision.id });
    };
    const consider = (b: Binding, partner: string, adversary: string, partnerAttacked: boolean, location: string | undefined) => {
      // Already fighting beside the partner: being bound to it again changes nothing.
      if (b.bound.state === adversary || side.get(b.bound.state) === side.get(partner)) return;
      const j = judge(b, partner, adversary, partnerAttacked, location);
      if (!j || j.holds === false) return;
      const reason = reasonOf(b, partner, adversary);
      if (j.holds === true) pullOf(b.bound.state)[side.get(partner)!].push(reason);
      else uncertain(b, side.get(partner)!, `${reason.kind} toward ${reason.toward.name} (${reason.treaty.name}): ${j.why}`);
    };
    const enemiesOf = (state: string) => [...side].filter(([, x]) => x !== side.get(state)).map(([id]) => id);
    for (const state of entered) {
      const mine = side.get(state)!;
      // Each new state of the attacker's side attacks the attacked state: its defenders are called against it.
      if (mine === 'attacker') for (const b of defenders(s.attacked)) consider(b, s.attacked, state, true, state === s.attacker ? s.location : undefined);
      if (state === s.attacked) continue;
      // A state at war by its own choice (not the one attacked) calls its offensive allies to its side.
      for (const b of allies(state)) for (const enemy of enemiesOf(state)) consider(b, state, enemy, false, undefined);
      // Defence owed to a state that is not the one attacked: listed, not assumed.
      const why =
        mine === 'attacker'
          ? `defence of ${e.world.name(state)}, which fights on the side of the attack: whether the attacked side's fighting back is an attack its allies must answer is not assumed`
          : `defence of ${e.world.name(state)}, which entered the war beside ${e.world.name(s.attacked)}: only if the other side attacked it on its own territory; not assumed`;
      for (const b of defenders(state)) {
        if (b.bound.state === s.attacker || b.bound.state === s.attacked) continue;
        const j = judge(b, state, enemiesOf(state)[0] ?? s.attacker, true, undefined);
        if (j && j.holds !== false) uncertain(b, mine, `${why} (${e.world.name(b.provision.provision.treaty)})`);
      }
    }
    const joined: CascadeEntry[] = [];
    const unsure: Array<CascadeRound['uncertain'][number]> = [];
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
        const because = dedupe(p[to]);
        // A state joins on fresh grounds if any of its reasons is fresh.
        const freshest = because.reduce((a, r) => (r.verifiedThrough > a.verifiedThrough ? r : a));
        joined.push({
          state: ref(e.world, state),
          side: to,
          because,
          verifiedThrough: freshest.verifiedThrough,
          carriedForward: freshest.carriedForward,
          ...(freshest.carriedFrom ? { carriedFrom: freshest.carriedFrom } : {}),
        });
      } else {
        for (const u of p.uncertain) unsure.push({ state: ref(e.world, state), ...u });
      }
    }
    rounds.push({ round, joined, uncertain: unsure });
    entered = joined.map((j) => j.state.id);
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
