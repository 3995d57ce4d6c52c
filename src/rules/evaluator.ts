import type { AllianceWorld } from './alliance-world.js';
import type { BoundAnswer, BoundToLine, InactiveLine, ObligationLine, ObligationsAnswer, ScenarioEcho, SourceRef, StateRef, TreatyRef } from './answers.js';
import { bindingFreshness, bindingsOf, bindingsToward, caveatsOf, type Binding } from './bindings.js';
import { allHold, evaluateCondition, type ConditionContext, type ConditionResult, type Party } from './conditions.js';
import { CONDITION_PHRASES } from './atop-codes.js';
import { OBLIGATION_KINDS, type ObligationKind, type Switches } from './provision.js';
import type { RuleBook } from './rule-book.js';

/** A scenario whose states are resolved to ids and whose date is checked against the data. */
export interface Scenario {
  readonly attacked: string;
  readonly attacker?: string;
  readonly on: string;
  readonly location?: string;
  readonly switches: Switches;
  readonly provoked?: boolean;
  readonly requested?: boolean;
  /** Leave out memberships carried forward past the last day their sources speak of. */
  readonly strict?: boolean;
}

export interface Engine {
  readonly world: AllianceWorld;
  readonly book: RuleBook;
}

/** What pulls a third state to the attacked side, and what to the attacker's. */
const TOWARD_ATTACKED = new Set<ObligationKind>(['defense', 'neutrality', 'nonaggression', 'consultation']);
const TOWARD_ATTACKER = new Set<ObligationKind>(['offense', 'neutrality', 'consultation']);
/** What the attacker owes the attacked and breaks by attacking. */
const BREACHED = new Set<ObligationKind>(['nonaggression', 'defense']);

/**
 * The obligations a scenario sets off: what third states owe the attacked state (and, with an attacker, what
 * they owe the attacker), each judged condition by condition; those whose conditions fail or cannot be judged
 * go to `inactive` with the reason.
 */
export function evaluateScenario(e: Engine, s: Scenario): Omit<ObligationsAnswer, 'notes'> {
  const attacked = party(e.world, s.attacked);
  const attacker = s.attacker ? party(e.world, s.attacker) : undefined;
  const obligations: ObligationLine[] = [];
  const inactive: InactiveLine[] = [];
  const sort = (side: 'attacked' | 'attacker', bindings: Binding[], ctx: ConditionContext) => {
    for (const b of bindings) {
      if (b.bound.state === s.attacked || b.bound.state === s.attacker) continue;
      const { line, reason } = judge(e, b, ctx, s.switches, side);
      if (reason === undefined) obligations.push(line);
      else inactive.push({ ...line, reason });
    }
  };
  const common = { on: s.on, location: s.location, provoked: s.provoked, requested: s.requested };
  const strict = s.strict === true;
  sort('attacked', bindingsToward(e.world, e.book, s.attacked, s.on, TOWARD_ATTACKED, strict), {
    ...common,
    partner: attacked,
    adversary: attacker,
    partnerAttacked: true,
  });
  const breaches: ObligationLine[] = [];
  if (attacker) {
    sort('attacker', bindingsToward(e.world, e.book, attacker.id, s.on, TOWARD_ATTACKER, strict), {
      ...common,
      partner: attacker,
      adversary: attacked,
      partnerAttacked: false,
    });
    const ctx = { ...common, partner: attacked, adversary: attacker, partnerAttacked: true };
    for (const b of bindingsOf(e.world, e.book, attacker.id, s.on, BREACHED, strict).filter((x) => x.partner.state === attacked.id)) {
      if (s.switches[b.provision.provision.switch ?? ''] === false) continue;
      breaches.push(judge(e, b, ctx, s.switches, 'attacked').line);
    }
  }
  return {
    scenario: echo(e, s),
    obligations: ordered(e, obligations),
    inactive: ordered(e, inactive),
    breaches: ordered(e, breaches),
  };
}

/** Whom `state` is bound to on the day, and how: one line per provision, with every party it is owed to. */
export function boundBy(e: Engine, state: string, on: string, switches: Switches, strict = false): Omit<BoundAnswer, 'notes'> {
  const byRule = new Map<string, Binding[]>();
  for (const b of bindingsOf(e.world, e.book, state, on, undefined, strict)) {
    const list = byRule.get(b.provision.provision.id) ?? [];
    list.push(b);
    byRule.set(b.provision.provision.id, list);
  }
  const lines: BoundToLine[] = [];
  for (const [rule, bindings] of byRule) {
    const p = bindings[0]!.provision.provision;
    const off = p.switch !== undefined && switches[p.switch] === false ? switchOff(e, p.switch) : undefined;
    // The line is only as fresh as the stalest membership it rests on.
    const stalest = bindings.map((b) => bindingFreshness(b, on)).reduce((a, f) => (f.verifiedThrough < a.verifiedThrough ? f : a));
    lines.push({
      kind: p.kind,
      treaty: { id: p.treaty, name: e.world.name(p.treaty), phase: p.phase },
      article: p.article ?? null,
      toward: bindings.map((b) => ref(e.world, b.partner.state)).sort(byName),
      conditions: [
        ...p.conditions.map((c) => ({ code: c.code, ...(c.atop ? { atop: c.atop } : {}), note: `only ${CONDITION_PHRASES[c.code]}` })),
        // A suspended party (Armenia in the CSTO since 2024): the caveat its memberships carry, once per reason.
        ...[...new Set(bindings.flatMap((b) => caveatsOf(b).map((c) => c.reason)))].map((reason) => ({ code: 'participation' as const, note: reason })),
      ],
      rule,
      ...(off ? { off } : {}),
      sources: [sourceRef(p.source), sourceRef(bindings[0]!.bound.fact.provenance)],
      ...freshnessOf(stalest),
    });
  }
  lines.sort((a, b) => OBLIGATION_KINDS.indexOf(a.kind) - OBLIGATION_KINDS.indexOf(b.kind) || collate(a.treaty.name, b.treaty.name) || collate(a.rule, b.rule));
  return { state: ref(e.world, state), on, switches, strict, obligations: lines };
}

/** One binding as a line, with its conditions judged; `reason` is set when it does not bind in the scenario. */
function judge(e: Engine, b: Binding, ctx: ConditionContext, switches: Switches, side: 'attacked' | 'attacker'): { line: ObligationLine; reason?: string } {
  const p = b.provision.provision;
  const judged = p.conditions.length === 0 ? NONE : p.conditions.map((c) => evaluateCondition(c, ctx, e.book.areas, e.world.nameOfCcodeFn));
  const caveats = caveatsOf(b);
  const conditions = caveats.length === 0 ? judged : [...judged, ...caveats.map((c) => ({ code: c.code, holds: null, reason: c.reason }))];
  const line: ObligationLine = {
    state: e.world.ref(b.bound.state),
    kind: p.kind,
    toward: e.world.ref(b.partner.state),
    treaty: treatyRef(e, b),
    article: p.article ?? null,
    conditions,
    sources: [sourceRef(p.source), sourceRef(b.bound.fact.provenance), sourceRef(b.partner.fact.provenance)],
    rule: p.id,
    side,
    ...freshnessOf(bindingFreshness(b, ctx.on)),
  };
  if (p.switch !== undefined && switches[p.switch] === false) return { line, reason: switchOff(e, p.switch) };
  const holds = allHold(conditions);
  if (holds === true) return { line };
  const why = conditions.filter((c) => c.holds !== true).map((c) => `${c.code}: ${c.reason}`);
  return { line, reason: `${holds === false ? 'a condition fails' : 'a condition cannot be judged'}: ${why.join('; ')}` };
}

const NONE: readonly ConditionResult[] = [];
const treaties = new WeakMap<object, TreatyRef>();

/** The treaty of a binding's provision, one shared object per provision. */
function treatyRef(e: Engine, b: Binding): TreatyRef {
  let t = treaties.get(b.provision);
  if (!t) {
    const p = b.provision.provision;
    treaties.set(b.provision, (t = { id: p.treaty, name: e.world.name(p.treaty), phase: p.phase }));
  }
  return t;
}

export function echo(e: Engine, s: Scenario): ScenarioEcho {
  return {
    attacked: ref(e.world, s.attacked),
    attacker: s.attacker ? ref(e.world, s.attacker) : null,
    on: s.on,
    location: s.location ?? 'home',
    switches: s.switches,
    strict: s.strict === true,
  };
}

/** A binding's freshness as answer fields: `carriedFrom` names the staler membership's source. */
export function freshnessOf(f: ReturnType<typeof bindingFreshness>): { verifiedThrough: string; carriedForward: boolean; carriedFrom?: SourceRef } {
  return f.carriedForward
    ? { verifiedThrough: f.verifiedThrough, carriedForward: true, carriedFrom: sourceRef(f.stale.fact.provenance) }
    : { verifiedThrough: f.verifiedThrough, carriedForward: false };
}

export function party(world: AllianceWorld, id: string): Party {
  return { id, name: world.name(id), ccode: world.ccodeOf(id) ?? -1 };
}

export function ref(world: AllianceWorld, id: string): StateRef {
  return world.ref(id);
}

const sourceRefs = new WeakMap<object, SourceRef>();

/** The provenance of a provision or fact as a source line; made once per provenance and shared by every answer. */
function sourceRef(p: { dataset: string; ref: string; rule?: string; citation?: string }): SourceRef {
  let s = sourceRefs.get(p);
  if (!s) sourceRefs.set(p, (s = { dataset: p.dataset, ref: p.ref, ...(p.rule ? { rule: p.rule } : {}), ...(p.citation ? { citation: p.citation } : {}) }));
  return s;
}

function switchOff(e: Engine, id: string): string {
  return `switch ${id} is off: ${e.book.switches.get(id)?.off ?? ''}`.trim();
}

const KIND_ORDER = Object.fromEntries(OBLIGATION_KINDS.map((k, i) => [k, i])) as Record<ObligationKind, number>;

/** One collator for every sort: `localeCompare` builds one per call, which dominated the time of an answer. */
export const collate = new Intl.Collator('en').compare;

function byName(a: StateRef, b: StateRef): number {
  return collate(a.name, b.name);
}

/** Attacked side first, then by obligation, state name and rule. */
function ordered<T extends ObligationLine>(e: Engine, lines: T[]): T[] {
  const key = (l: T) => (l.side === 'attacked' ? 0 : 1e9) + KIND_ORDER[l.kind] * 1e8 + e.world.rank(l.state.id);
  return lines
    .map((l) => ({ l, k: key(l) }))
    .sort((a, b) => a.k - b.k || (a.l.rule < b.l.rule ? -1 : a.l.rule > b.l.rule ? 1 : 0))
    .map((x) => x.l);
}
