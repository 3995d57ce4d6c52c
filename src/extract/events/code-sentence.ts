import { findActorGroups, type ActorGroup } from './actor-groups.js';
import { findObjects, findSubjects, relativeClauses, startsClause } from './clause-roles.js';
import { adjustCode, governorKind, type Mood } from './code-adjustments.js';
import type { CompiledDictionaries, CompiledPattern, VerbRef } from './compile-dictionaries.js';
import { matchPattern, type MatchWindow, type PatternMatch } from './match-pattern.js';
import { ploverOf } from './parse-cameo-codes.js';
import { HARD_BOUNDARIES, viewOf, type SentenceView } from './sentence-view.js';
import type { CodedEvent, CoderSentence, Span } from './types.js';
import { auxiliaries, findVerbs, type VerbHit } from './verb-phrases.js';

const OBJECT_REACH = 12;
const CLAUSE_REACH = 15;
/** "Brazil and the United States agreed to deepen ties": with no object, coordinated subjects act on each other, for these roots only. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06', '19']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'during']);

interface Ctx {
  readonly s: CoderSentence;
  readonly v: SentenceView;
  readonly d: CompiledDictionaries;
  readonly groups: readonly ActorGroup[];
  readonly groupAt: ReadonlyMap<number, ActorGroup>;
  readonly relative: readonly boolean[];
  readonly present: ReadonlySet<string>;
  readonly synsetPresent: Map<string, boolean>;
  readonly byIndex: ReadonlyMap<number, VerbHit>;
  readonly subjectsOf: Map<number, ActorGroup[]>;
  readonly consumed: Set<number>;
}

/**
 * Codes the events of one sentence: for each dictionary verb, its subject and object actor phrases,
 * the most specific of its block's patterns that matches (else the verb's own code), voice, and the
 * project's mood rules (code-adjustments.ts). A verb governing a `to`-complement with an intent,
 * promise or refusal ("agreed to lift") gives way to the complement. [] when nothing is reliable.
 */
export function codeSentence(s: CoderSentence, d: CompiledDictionaries): CodedEvent[] {
  // Most sentences have no dictionary verb: say so before any other work.
  if (!s.tokens.some((t) => t.pos === 'VERB' && (d.verbs.has(t.text.toUpperCase()) || (t.lemma !== undefined && d.verbs.has(t.lemma.toUpperCase()))))) return [];
  const v = viewOf(s);
  const groups = findActorGroups(v, d);
  if (!groups || groups.length === 0) return [];
  const verbs = findVerbs(v, d, new Set(groups.map((g) => g.end)));
  if (verbs.length === 0) return [];
  const present = new Set<string>();
  for (let i = 0; i < v.n; i++) if (v.pos[i] !== 'PUNCT') d.words.collect(v.upper[i]!, v.lemma[i]!, present);
  const ctx: Ctx = { s, v, d, groups, groupAt: new Map(groups.map((g) => [g.start, g])), relative: relativeClauses(v), present, synsetPresent: new Map(), byIndex: new Map(verbs.map((h) => [h.i, h])), subjectsOf: new Map(), consumed: new Set() };

  const proposals = new Map<number, CodedEvent[]>();
  for (const hit of verbs) proposals.set(hit.i, ctx.consumed.has(hit.i) ? [] : codeVerb(hit, ctx));
  for (const hit of verbs) {
    if (hit.governor === undefined) continue;
    const kind = governorKind(v.lemma[hit.governor]!, d);
    if (!kind) continue;
    if ((proposals.get(hit.i) ?? []).length > 0) proposals.set(hit.governor, []);
    else if (kind === 'promise' && d.intent) proposals.set(hit.governor, promised(hit, d.intent.promiseCode, ctx));
    else if (kind === 'threat' && d.intent) proposals.set(hit.governor, promised(hit, '130', ctx));
  }
  if (d.allegation) for (const hit of verbs) proposals.set(hit.i, alleged(hit, proposals.get(hit.i) ?? [], ctx));
  return dedupe([...proposals.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, e]) => e));
}

function moodOf(hit: VerbHit, ctx: Ctx): Mood {
  const { v, d } = ctx;
  // "said they would boycott": in reported speech "would" is the past of "will", not a hypothesis.
  const reported = hit.modal === 'would' && reportingVerb(ctx.subjectsOf.get(hit.i)?.[0], ctx) >= 0;
  const own = reported ? 'will' : hit.modal;
  if (hit.governor === undefined) return { ...(own ? { modal: own } : {}), intentVerb: false, negated: hit.negated };
  const kind = governorKind(v.lemma[hit.governor]!, d);
  const gov = auxiliaries(v, hit.governor, d.modals);
  const modal = own ?? (gov.modal === 'would' && reportingVerb(ctx.subjectsOf.get(hit.governor)?.[0], ctx) >= 0 ? 'will' : gov.modal);
  return { ...(modal ? { modal } : {}), intentVerb: kind === 'intent' || kind === 'promise', negated: hit.negated || gov.negated || kind === 'negation', ...(kind === 'threat' ? { threat: true } : {}) };
}

function subjectsFor(i: number, ctx: Ctx): ActorGroup[] {
  const known = ctx.subjectsOf.get(i);
  if (known) return known;
  let subjects = resolvePronouns(findSubjects(ctx.v, ctx.groups, i, ctx.relative), i, ctx);
  if (subjects.length === 0 && i <= 1 && /ING$/.test(ctx.v.upper[i]!)) subjects = participleSubject(ctx.v, ctx.groups, i);
  ctx.subjectsOf.set(i, subjects);
  return subjects;
}

function codeVerb(hit: VerbHit, ctx: Ctx): CodedEvent[] {
  const { v, d, groups } = ctx;
  const kind = hit.governor !== undefined ? governorKind(v.lemma[hit.governor]!, d) : undefined;
  const subjects = subjectsFor(kind ? hit.governor! : hit.i, ctx);
  ctx.subjectsOf.set(hit.i, subjects);
  const window: MatchWindow = { preFrom: Math.max(subjects[0]?.end ?? hit.i - 6, 0, hit.i - 8), verb: hit.i, postFrom: hit.end, postTo: clauseEnd(v, hit.end, ctx.groupAt) };
  const best = bestPattern(hit, ctx, window);
  const ref = hit.refs[0]!;
  const code = best ? best.pattern.code : ref.code;
  const ruleId = best ? best.pattern.ruleId : `${d.ruleSet}:${ref.block.name}`;
  if (process.env.EV_DEBUG) console.error("verb", v.upper[hit.i], best?.pattern.ruleId, best?.pattern.text, best?.used);
  if (best) for (const u of best.used) if (ctx.byIndex.has(u)) ctx.consumed.add(u);
  if (!code || code === '---') return [];
  const aux = auxiliaries(v, hit.i, d.modals);
  // ", calling them...", "by promoting...": an -ing adjunct codes only through a pattern, not its verb's default.
  if (!best && hit.i > 1 && v.upper[hit.i]!.endsWith('ING') && !aux.be) return [];
  const mood = moodOf(hit, ctx);
  if (mood.modal && d.demand?.modals.includes(mood.modal)) return demanded(hit, code, ruleId, subjects, ctx);

  let sources = best?.source ? resolvePronouns([best.source], hit.i, ctx) : subjects;
  let targets = best?.target ? resolvePronouns([best.target], hit.i, ctx) : [];
  if (hit.passive && !best?.source) {
    targets = best?.target ? targets : subjects;
    sources = findObjects(v, groups, hit.end, OBJECT_REACH, (g) => g.prep !== 'by');
  } else if (targets.length === 0) {
    const sourceSet = new Set(sources.map((g) => g.start));
    // "protested in Kiev": a protest's place is where it happened, not whom it was aimed at.
    const protest = code.startsWith('14');
    const exclude = (g: ActorGroup): boolean => sourceSet.has(g.start) || (protest && g.prep !== undefined && LOCATIVE.has(g.prep));
    targets = findObjects(v, groups, hit.end, OBJECT_REACH, exclude);
    // Past a complement verb the pattern used: "wants to attack Switzerland" finds its object after "attack".
    const after = Math.max(hit.end, ...(best?.used ?? []).filter((u) => u > hit.i && v.pos[u] === 'VERB').map((u) => u + 1));
    if (targets.length === 0 && after > hit.end) targets = findObjects(v, groups, after, OBJECT_REACH, exclude);
    if (targets.length === 0 && isAppeal(code)) targets = findObjects(v, groups, hit.end, OBJECT_REACH, exclude, true);
  }
  // What is demanded has not happened: the verbs of the demand's clause code nothing of their own.
  if (isAppeal(code) && targets.length > 0) {
    const end = clauseEnd(v, hit.end);
    for (const h of ctx.byIndex.values()) if ((h.i > hit.i && h.i < end) || h.governor === hit.i) ctx.consumed.add(h.i);
  }
  return events(hit.i, hit.end, code, ruleId, mood, sources, targets, ctx);
}

const isAppeal = (code: string): boolean => code.startsWith('02') || code.startsWith('10');

/** "Mubarak said the US must be ready to mediate": the speaker demands of the US what it must do. */
function demanded(hit: VerbHit, code: string, ruleId: string, subjects: readonly ActorGroup[], ctx: Ctx): CodedEvent[] {
  const rule = ctx.d.demand!;
  const reporting = reportingVerb(subjects[0], ctx);
  const speakers = reporting < 0 ? [] : subjectsFor(reporting, ctx).filter((x) => !subjects.some((y) => y.code === x.code));
  if (speakers.length === 0 || subjects.length === 0) return [];
  const [first] = codesOf(code);
  if (!first) return [];
  let demand = '100';
  for (let k = first[0].length; k >= 2; k--) {
    const m = rule.map[first[0].slice(0, k)];
    if (m) {
      demand = m;
      break;
    }
  }
  return events(hit.i, hit.end, demand, `${ruleId}+${rule.id}`, { intentVerb: false, negated: false }, speakers, subjects, ctx);
}

/**
 * "Jordan and Britain agreed to undertake joint exercises": the complement codes nothing, the
 * promise is 030; "threatened to cut off electricity to X": a threat (130) against X.
 */
function promised(complement: VerbHit, code: string, ctx: Ctx): CodedEvent[] {
  const { v, d, groups } = ctx;
  const g = complement.governor!;
  if (!d.intent) return [];
  const sources = subjectsFor(g, ctx);
  const sourceSet = new Set(sources.map((x) => x.start));
  const targets = findObjects(v, groups, complement.end, OBJECT_REACH, (x) => sourceSet.has(x.start) || x.prep === 'by');
  const gov = auxiliaries(v, g, d.modals);
  return events(g, g + 1, code, d.intent.id, { intentVerb: false, negated: gov.negated }, sources, targets, ctx);
}

/** The verb whose complement clause `subject` opens: "declared (that) China must...", or -1. */
function reportingVerb(subject: ActorGroup | undefined, ctx: Ctx): number {
  if (!subject) return -1;
  const { v } = ctx;
  for (let a = subject.start - 1; a >= 0 && subject.start - a <= 3; a--) {
    if (v.pos[a] === 'VERB') return a;
    if (HARD_BOUNDARIES.has(v.lower[a]!) || (v.lower[a] !== 'that' && v.pos[a] !== 'ADV' && v.lower[a] !== ',')) return -1;
  }
  return -1;
}

/**
 * "The US claimed that ISIL had attacked Iraq": as reported, the US accuses ISIL (112); "claimed that
 * they had attacked" of itself, it claims responsibility (015). Other events pass unchanged.
 */
function alleged(hit: VerbHit, own: CodedEvent[], ctx: Ctx): CodedEvent[] {
  const rule = ctx.d.allegation!;
  const subject = ctx.subjectsOf.get(hit.i)?.[0];
  if (own.length === 0 || !subject) return own;
  const { v } = ctx;
  let claim = -1;
  for (let a = subject.start - 1; a >= 0 && subject.start - a <= 3; a--) {
    if (v.pos[a] === 'VERB' && rule.verbs.includes(v.lemma[a]!.toLowerCase())) claim = a;
    if (v.pos[a] === 'VERB' || HARD_BOUNDARIES.has(v.lower[a]!)) break;
  }
  if (claim < 0) return own;
  const speakers = subjectsFor(claim, ctx);
  if (speakers.length === 0) return own;
  const out: CodedEvent[] = [];
  for (const e of own) {
    if (e.cameo.slice(0, 2) < rule.fromRoot) {
      out.push(e);
      continue;
    }
    for (const sp of speakers) {
      const self = sp.code === e.source;
      const target = self ? e.target : e.source;
      const targetSpan = self ? e.targetSpan : e.sourceSpan;
      const code = self ? rule.ownCode : rule.accuseCode;
      out.push({ ...e, source: sp.code, target, cameo: code, plover: ploverOf(code, ctx.d.cameo), ruleId: `${e.ruleId}+${rule.id}`, sourceSpan: span(ctx.s, sp), targetSpan });
    }
  }
  return out;
}

function events(verb: number, verbEnd: number, code: string, ruleId: string, mood: Mood, sources: readonly ActorGroup[], targets: readonly ActorGroup[], ctx: Ctx): CodedEvent[] {
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
    const pairs = targets.length > 0 ? cross(sources, targets) : sources.length > 1 && MUTUAL_ROOTS.has(root) ? pairwise(sources) : [];
    for (const [a, b] of pairs) {
      const [src, tgt] = forward ? [a, b] : [b, a];
      if (src.code === tgt.code && src.start === tgt.start) continue;
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

/** A pronoun stands for the latest subject before it ("Kyrgyzstan said it might join"). */
function resolvePronouns(list: readonly ActorGroup[], before: number, ctx: Ctx): ActorGroup[] {
  return list.flatMap((g) => {
    if (!g.pronoun) return [g];
    let best: ActorGroup[] = [];
    for (const [i, subj] of ctx.subjectsOf) if (i < before && subj.length > 0 && subj[0]!.start < g.start) best = subj;
    if (best.length === 0) best = ctx.groups.filter((x) => !x.pronoun && !x.prep && x.end <= g.start).slice(0, 1);
    return best.map((b) => ({ ...b, start: g.start, end: g.end }));
  });
}

function bestPattern(hit: VerbHit, ctx: Ctx, w: MatchWindow): PatternMatch | undefined {
  const candidates: [CompiledPattern, VerbRef][] = [];
  for (const ref of hit.refs) {
    for (const p of ref.block.loose) candidates.push([p, ref]);
    for (const key of ctx.present) for (const p of ref.block.anchored.get(key) ?? []) candidates.push([p, ref]);
  }
  // Most specific first; on a tie the earlier in the block (the project's own come first).
  candidates.sort((a, b) => b[0].score - a[0].score || a[0].order - b[0].order);
  for (const [p, ref] of candidates) {
    if ((p.lemmas && !p.lemmas.includes(ref.lemma)) || !possible(p, ctx)) continue;
    const m = matchPattern(p, ctx.v, ctx.d, ctx.groupAt, w);
    if (m) return m;
  }
  return undefined;
}

/** The prefilter: every literal word of the pattern, and a member of each of its synsets, is in the sentence. */
function possible(p: CompiledPattern, ctx: Ctx): boolean {
  for (const w of p.needWords) if (!ctx.present.has(w)) return false;
  for (const name of p.needSets) {
    let any = ctx.synsetPresent.get(name);
    if (any === undefined) {
      const byFirst = ctx.d.synsets.get(name);
      any = false;
      if (byFirst) for (const k of ctx.present) if (byFirst.has(k)) {
        any = true;
        break;
      }
      ctx.synsetPresent.set(name, any);
    }
    if (!any) return false;
  }
  return true;
}

/** "Meeting with his counterpart, Putin said...": the subject follows the participle clause. */
function participleSubject(v: SentenceView, groups: readonly ActorGroup[], i: number): ActorGroup[] {
  const comma = v.lower.indexOf(',', i);
  if (comma < 0) return [];
  const g = groups.find((x) => x.start > comma && !x.prep);
  return g && g.start - comma <= 3 ? [g] : [];
}

/**
 * Where a verb's patterns stop looking: a hard boundary, a relative clause ("a resolution that
 * aims..."), an embedded clause with its own subject ("said it would release..."), or 15 tokens.
 */
function clauseEnd(v: SentenceView, from: number, groupAt?: ReadonlyMap<number, ActorGroup>): number {
  let i = from;
  while (i < v.n && i - from < CLAUSE_REACH && !HARD_BOUNDARIES.has(v.lower[i]!)) {
    const w = v.lower[i]!;
    if (w === 'which' || w === 'who' || w === 'whom' || w === 'whose' || (w === 'that' && i > from)) break;
    const g = groupAt?.get(i);
    if (g && i > from && startsClause(v, g.end)) break;
    i++;
  }
  return i;
}

/** `042:043` -> [[042, forward], [043, backward]]; `:173` -> [[173, backward]]. */
function codesOf(code: string): [string, boolean][] {
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

function span(s: CoderSentence, g: ActorGroup): Span {
  return { start: s.tokens[g.start]!.start, end: s.tokens[g.end - 1]!.end };
}

function dedupe(events: CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const k = `${e.source}|${e.target}|${e.cameo}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
