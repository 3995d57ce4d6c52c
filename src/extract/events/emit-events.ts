import type { ActorGroup } from './actor-groups.js';
import { unknownActor } from './group-codes.js';
import { CAMEO, NONE, ROOT, rootOf } from './cameo.js';
import { adjustCode, type Mood } from './code-adjustments.js';
import type { Ctx } from './coder-context.js';
import { DOMESTIC_RULES } from './grammar/domestic-rules.js';
import { EVENT } from './grammar/event-rules.js';
import { distinctActors, RECALL } from './grammar/recall-rules.js';
import { ploverOf } from './parse-cameo-codes.js';
import type { CodedEvent, CoderSentence, Span } from './types.js';
import { isAreaAct } from './area-acts.js';

/** "Brazil and the United States agreed to deepen ties": with no object, coordinated subjects act on each other, for these roots only. */
const MUTUAL_ROOTS: ReadonlySet<string> = new Set([ROOT.INTENT, ROOT.CONSULT, ROOT.DIPLOMATIC_COOPERATION, ROOT.MATERIAL_COOPERATION, ROOT.FIGHT]);

/** One verb's coding before it becomes events: where the verb is, its code (maybe paired, `042:043`), and why. */
export interface Coding {
  readonly verb: number;
  readonly verbEnd: number;
  readonly code: string;
  /** The dictionary pattern or block, or the project's rule, that gave the code. */
  readonly ruleId: string;
  /** Grammar rules that shaped it so far, in the order they applied. */
  readonly rules: readonly string[];
  readonly mood: Mood;
  /** The rule that lets this coding stand with no target (`---`) beyond those of its root or code: a demand of no one named. */
  readonly targetless?: string;
}

/** Events of one coding between its sources and targets; `mutual`: coordinated sources act on each other (`%`). */
export function events(c: Coding, sources: readonly ActorGroup[], targets: readonly ActorGroup[], ctx: Ctx, mutual = false): CodedEvent[] {
  const out: CodedEvent[] = [];
  const verbSpan = { start: ctx.s.tokens[c.verb]!.start, end: ctx.s.tokens[c.verbEnd - 1]!.end };
  if (sources.length === 0) {
    ctx.trace?.push({ rule: EVENT.noSource.id, outcome: 'stopped', at: verbSpan, note: c.code });
    return out;
  }
  for (const [cameo, forward] of codesOf(c.code)) {
    const adjusted = adjustCode(cameo, c.mood, ctx.d);
    if (!adjusted) {
      ctx.trace?.push({ rule: moodStop(c.mood, ctx), outcome: 'stopped', at: verbSpan, note: cameo });
      continue;
    }
    // "Cambodia will host the summit" (a pattern's own 036:036): an intent or refusal stated under a modal is the subject's alone.
    const ownMood = (rootOf(adjusted.code) === ROOT.INTENT || rootOf(adjusted.code) === ROOT.REJECT) && (c.mood.modal !== undefined || c.mood.intentVerb);
    if ((adjusted.rule || ownMood) && !forward) {
      ctx.trace?.push({ rule: EVENT.oneWayMood.id, outcome: 'stopped', at: verbSpan, note: cameo });
      continue;
    }
    if (!forward && ctx.s.oneWay) {
      ctx.trace?.push({ rule: EVENT.reverseHalf.id, outcome: 'stopped', at: verbSpan, note: cameo });
      continue;
    }
    const rules = adjusted.rule ? [...c.rules, adjusted.rule] : c.rules;
    const root = rootOf(adjusted.code);
    const noTarget = targets.length === 0 && forward ? (c.targetless ?? targetlessRule(root, adjusted.code, c.ruleId, ctx)) : undefined;
    if (noTarget) {
      const own = rules.includes(noTarget) ? rules : [...rules, noTarget];
      for (const src of sources) if (!ctx.s.knownActorsOnly || !unknownActor(src.code)) out.push(event(src, null, adjusted.code, c.ruleId, own, verbSpan, ctx));
      continue;
    }
    const pairMutual = targets.length === 0 && sources.length > 1 && (mutual || (MUTUAL_ROOTS.has(root) && !jointAct(c, adjusted.code, ctx)));
    const pairs = targets.length > 0 ? cross(sources, targets) : pairMutual ? pairwise(sources) : [];
    if (pairs.length === 0) ctx.trace?.push({ rule: EVENT.noTarget.id, outcome: 'stopped', at: verbSpan, note: adjusted.code });
    for (const [a, b] of pairs) {
      const [src, tgt] = forward ? [a, b] : [b, a];
      if (ctx.s.knownActorsOnly && (unknownActor(src.code) || unknownActor(tgt.code))) {
        ctx.trace?.push({ rule: EVENT.unknownActor.id, outcome: 'stopped', at: verbSpan, note: `${src.code} ${adjusted.code} ${tgt.code}` });
        continue;
      }
      // "the mob killed a youth": civilians of one place named by role on both sides of violence are two groups of people.
      const peopleOnPeople = targets.length > 0 && src.code === tgt.code && peopleOfOnePlace(src, tgt, adjusted.code);
      // "the chief minister met the mayor": two actors of one code (role.distinct-actors).
      const twoActors = !peopleOnPeople && src.code === tgt.code && distinctActors(src, tgt, adjusted.code, ctx.v);
      if (!peopleOnPeople && !twoActors && (src.code === tgt.code || (src.entity !== undefined && src.entity === tgt.entity))) {
        ctx.trace?.push({ rule: EVENT.sameActor.id, outcome: 'stopped', at: verbSpan, note: `${src.code} ${adjusted.code} ${tgt.code}` });
        continue;
      }
      const own = peopleOnPeople ? [...rules, DOMESTIC_RULES.peopleOnPeople.id] : twoActors ? [...rules, RECALL.distinctActors.id] : rules;
      out.push(event(src, tgt, adjusted.code, c.ruleId, pairMutual && !mutual ? [...own, EVENT.mutual.id] : own, verbSpan, ctx));
    }
  }
  return out;
}

/**
 * The rule that codes an event with no target (`---`), if any: protests and shows of force by their root
 * (entente.targetless), acts on a place or an unnamed crowd by their code or pattern (entente.area-act: a curfew, tear gas);
 * a sense that says so (sense.police-firing, sense.demanded-thing) comes as the coding's own `targetless`.
 */
function targetlessRule(root: string, code: string, ruleId: string, ctx: Ctx): string | undefined {
  if (ctx.d.targetless?.roots.includes(root)) return ctx.d.targetless.id;
  return ctx.d.areaAct && isAreaAct(ctx.d.areaAct, code, ruleId) ? ctx.d.areaAct.id : undefined;
}

/** Two phrases of civilians (not one entity twice) on both sides of violence (18-20): `role.people-on-people`. */
function peopleOfOnePlace(src: ActorGroup, tgt: ActorGroup, code: string): boolean {
  // A target after "by" is a passive's agent the voice was missed for ("were set ablaze by the mob"): no such event.
  return (
    src.start !== tgt.start &&
    (src.entity === undefined || src.entity !== tgt.entity) &&
    tgt.prep !== 'by' &&
    src.code.endsWith('CVL') &&
    Number(code.slice(0, 2)) >= 18
  );
}

/** Relations coordinated subjects have with each other: "deepen ties", "held joint meetings", "signed a pact". */
const RELATIONAL: ReadonlySet<string> = new Set(
  'ties relations relationship talks cooperation agreement accord deal pact treaty dialogue negotiations meeting meetings partnership alliance contacts differences dispute cease-fire ceasefire truce consensus understanding compromise settlement'.split(
    ' ',
  ),
);
const VISITS: ReadonlySet<string> = new Set([CAMEO.MAKE_VISIT, CAMEO.HOST_VISIT]);

/**
 * "The police and the army fired on the mob", "A, B and C attended the meeting", "A and B visited the camp", "the
 * meeting was attended by A and B": coordinated actors who visit, are a passive's agents, or act on a thing (a
 * noun object that is no relation between them) act together, not on each other (event.joint-act).
 */
function jointAct(c: Coding, code: string, ctx: Ctx): boolean {
  const { v } = ctx;
  let k = c.verbEnd;
  while (k < v.n && (v.pos[k] === 'DET' || v.pos[k] === 'ADJ' || v.pos[k] === 'NUM' || v.pos[k] === 'ADP' || v.pos[k] === 'PART')) k++;
  // Any noun of the object's run may be the relation ("signed an agreement today", "a peace accord").
  let relation = false;
  for (let j = k; v.pos[j] === 'NOUN'; j++) relation ||= RELATIONAL.has(v.lower[j]!);
  const thing = v.pos[k] === 'NOUN' && !relation;
  const joint = VISITS.has(code) || c.rules.includes(EVENT.passiveAgent.id) || thing;
  if (joint)
    ctx.trace?.push({ rule: EVENT.jointAct.id, outcome: 'stopped', at: { start: ctx.s.tokens[c.verb]!.start, end: ctx.s.tokens[c.verbEnd - 1]!.end } });
  return joint;
}

/** Which mood rule kept a code from being an event: a negated conflict, or a hypothesis. */
function moodStop(mood: Mood, ctx: Ctx): string {
  if (mood.hypothetical) return EVENT.hypothetical.id;
  if (mood.negated) return ctx.d.negation?.id ?? 'entente.negation';
  if (mood.modal && !mood.threat && !ctx.d.intent?.hypotheticalDrop.includes(mood.modal)) return EVENT.future.id;
  return ctx.d.intent?.id ?? 'entente.intent';
}

function event(src: ActorGroup, tgt: ActorGroup | null, cameo: string, ruleId: string, rules: readonly string[], verbSpan: Span, ctx: Ctx): CodedEvent {
  const actorRules = [...(src.rules ?? []), ...(tgt?.rules ?? [])];
  return {
    source: src.code,
    target: tgt ? tgt.code : NONE,
    cameo,
    plover: ploverOf(cameo, ctx.d.cameo),
    ruleId,
    rules: actorRules.length > 0 ? [...rules, ...actorRules.filter((r) => !rules.includes(r))] : rules,
    sourceSpan: span(ctx.s, src),
    targetSpan: tgt ? span(ctx.s, tgt) : null,
    verbSpan,
    ...(src.entity ? { sourceId: src.entity } : {}),
    ...(tgt?.entity ? { targetId: tgt.entity } : {}),
  };
}

/** `042:043` -> [[042, forward], [043, backward]]; `:173` -> [[173, backward]]. */
export function codesOf(code: string): [string, boolean][] {
  const [a, b] = code.split(':');
  const out: [string, boolean][] = [];
  if (a && a !== NONE) out.push([a, true]);
  if (b && b !== NONE) out.push([b, false]);
  return out;
}

function cross(a: readonly ActorGroup[], b: readonly ActorGroup[]): [ActorGroup, ActorGroup][] {
  return a.flatMap((x) => b.map((y) => [x, y] as [ActorGroup, ActorGroup]));
}

function pairwise(a: readonly ActorGroup[]): [ActorGroup, ActorGroup][] {
  return cross(a, a).filter(([x, y]) => x !== y);
}

export function span(s: CoderSentence, g: ActorGroup): Span {
  return { start: s.tokens[g.start]!.start, end: s.tokens[g.end - 1]!.end };
}

export function dedupe(events: CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = `${e.source}|${e.target}|${e.cameo}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
