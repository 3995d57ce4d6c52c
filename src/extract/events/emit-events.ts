import type { ActorGroup } from './actor-groups.js';
import { adjustCode, type Mood } from './code-adjustments.js';
import type { Ctx } from './coder-context.js';
import { ploverOf } from './parse-cameo-codes.js';
import type { CodedEvent, CoderSentence, Span } from './types.js';

/** "Brazil and the United States agreed to deepen ties": with no object, coordinated subjects act on each other, for these roots only. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06', '19']);

export function events(verb: number, verbEnd: number, code: string, ruleId: string, mood: Mood, sources: readonly ActorGroup[], targets: readonly ActorGroup[], ctx: Ctx, mutual = false): CodedEvent[] {
  const out: CodedEvent[] = [];
  if (sources.length === 0) return out;
  for (const [cameo, forward] of codesOf(code)) {
    const adjusted = adjustCode(cameo, mood, ctx.d);
    // An intent or a refusal is the speaker's: "will visit" does not make the host say anything.
    if (!adjusted || (adjusted.rule && !forward)) continue;
    const root = adjusted.code.slice(0, 2);
    if (targets.length === 0 && forward && ctx.d.targetless?.roots.includes(root)) {
      for (const src of sources) out.push(targetless(src, adjusted.code, `${ruleId}+${ctx.d.targetless.id}`, verb, verbEnd, ctx));
      continue;
    }
    const pairs = targets.length > 0 ? cross(sources, targets) : sources.length > 1 && (mutual || MUTUAL_ROOTS.has(root)) ? pairwise(sources) : [];
    for (const [a, b] of pairs) {
      const [src, tgt] = forward ? [a, b] : [b, a];
      // The same actor on both sides is a resolution slip ("Rwanda ... Kigali"), not an event.
      if (src.code === tgt.code) continue;
      out.push({
        source: src.code,
        target: tgt.code,
        cameo: adjusted.code,
        plover: ploverOf(adjusted.code, ctx.d.cameo),
        ruleId: adjusted.rule && adjusted.rule !== ruleId ? `${ruleId}+${adjusted.rule}` : ruleId,
        sourceSpan: span(ctx.s, src),
        targetSpan: span(ctx.s, tgt),
        verbSpan: { start: ctx.s.tokens[verb]!.start, end: ctx.s.tokens[verbEnd - 1]!.end },
      });
    }
  }
  return out;
}

function targetless(src: ActorGroup, code: string, ruleId: string, verb: number, verbEnd: number, ctx: Ctx): CodedEvent {
  const verbSpan = { start: ctx.s.tokens[verb]!.start, end: ctx.s.tokens[verbEnd - 1]!.end };
  return { source: src.code, target: '---', cameo: code, plover: ploverOf(code, ctx.d.cameo), ruleId, sourceSpan: span(ctx.s, src), targetSpan: null, verbSpan };
}

/** `042:043` -> [[042, forward], [043, backward]]; `:173` -> [[173, backward]]. */
export function codesOf(code: string): [string, boolean][] {
  const [a, b] = code.split(':');
  const out: [string, boolean][] = [];
  if (a && a !== '---') out.push([a, true]);
  if (b && b !== '---') out.push([b, false]);
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
