import { countryOf, findActorGroups, modifierVerb, type ActorGroup } from './actor-groups.js';
import { conditionAfter, conditionSubject, findObjects, relativeClauses, startsClause } from './clause-roles.js';
import { governorKind, type Mood } from './code-adjustments.js';
import { resolvePronouns, subjectsFor, type Ctx } from './coder-context.js';
import type { CompiledDictionaries, CompiledPattern, VerbRef } from './compile-dictionaries.js';
import { alleged, demanded, promised, reportingVerb } from './derived-events.js';
import { dedupe, events, span } from './emit-events.js';
import { matchPattern, type MatchWindow, type PatternMatch } from './match-pattern.js';
import { HARD_BOUNDARIES, NEGATIONS, SUBORDINATORS, viewOf, type SentenceView } from './sentence-view.js';
import type { CodedEvent, CoderSentence } from './types.js';
import { auxiliaries, findVerbs, type VerbHit } from './verb-phrases.js';

const OBJECT_REACH = 12;
const CLAUSE_REACH = 15;
const ABOUT = new Set(['over', 'about', 'against', 'of']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'during']);

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
  const ctx: Ctx = { s, v, d, groups, groupAt: new Map(groups.map((g) => [g.start, g])), relative: relativeClauses(v, groups), present, synsetPresent: new Map(), byIndex: new Map(verbs.map((h) => [h.i, h])), subjectsOf: new Map(), consumed: new Set() };

  const proposals = new Map<number, CodedEvent[]>();
  const purposes: VerbHit[] = [];
  for (const hit of verbs) {
    // A non-restrictive relative clause (", which attacked Sudan last year,") is background to the sentence's event: not coded.
    const purpose = !ctx.consumed.has(hit.i) && (purposeOnly(hit, ctx) || ctx.relative[hit.i] === true);
    if (purpose) purposes.push(hit);
    proposals.set(hit.i, ctx.consumed.has(hit.i) || purpose ? [] : codeVerb(hit, ctx));
  }
  // "marched to denounce the government": a protest's purpose names whom it is aimed at.
  for (const hit of purposes) if (hit.governor !== undefined) proposals.set(hit.governor, aimedAt(proposals.get(hit.governor) ?? [], hit, ctx));
  for (const hit of verbs) {
    if (hit.governor === undefined) continue;
    const kind = governorKind(v.lemma[hit.governor]!, d);
    if (!kind) continue;
    // "Obama wants Putin to attack": an intent verb with an object before "to" appeals to that object.
    const asked = kind === 'intent' && d.complement ? groups.find((g) => g.start > hit.governor! && g.end < hit.i && !g.prep) : undefined;
    if (asked && d.complement) {
      proposals.set(hit.i, []);
      const gov = auxiliaries(v, hit.governor, d.modals);
      const mood: Mood = { intentVerb: false, negated: gov.negated, ...(gov.modal ? { modal: gov.modal } : {}) };
      proposals.set(hit.governor, events(hit.governor, hit.governor + 1, d.complement.appealCode, d.complement.id, mood, subjectsFor(hit.governor, ctx), resolvePronouns([asked], hit.i, ctx), ctx));
      continue;
    }
    if ((proposals.get(hit.i) ?? []).length > 0) proposals.set(hit.governor, []);
    else if (kind === 'promise' && d.intent) proposals.set(hit.governor, promised(hit, d.intent.promiseCode, ctx));
    else if (kind === 'threat' && d.intent) proposals.set(hit.governor, promised(hit, '130', ctx));
  }
  if (d.allegation) for (const hit of verbs) proposals.set(hit.i, alleged(hit, proposals.get(hit.i) ?? [], ctx));
  return dedupe([...proposals.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, e]) => e));
}

/** "summoned the envoy to complain", "staged rallies to demand": a complement that is a purpose or a task, not an event (complement rule). */
function purposeOnly(hit: VerbHit, ctx: Ctx): boolean {
  const { v, d } = ctx;
  const g = hit.governor;
  // "resorted to throwing stones", "referring to worries": a gerund or an inflected form after "to" is no infinitive.
  const passive = /^(be|been)$/.test(v.lower[hit.i - 1] ?? '');
  const inflected = v.upper[hit.i]!.endsWith('ING') || (!passive && v.source.tokens[hit.i]!.lemma !== undefined && v.lemma[hit.i] !== v.upper[hit.i]);
  if (g === undefined || !d.complement || v.pos[g] !== 'VERB' || inflected || governorKind(v.lemma[g]!, d)) return false;
  return !d.complement.verbs.includes(lemmaOf(v, g, d));
}

/** A finite verb within a few words, before any comma: "after two vehicles were hit" is a clause, "after the talks" is not. */
function opensClause(v: SentenceView, from: number): boolean {
  for (let i = from; i < v.n && i - from < 6; i++) {
    if (v.lower[i] === ',' || HARD_BOUNDARIES.has(v.lower[i]!)) return false;
    if (v.pos[i] === 'AUX' || (v.pos[i] === 'VERB' && !v.upper[i]!.endsWith('ING'))) return true;
  }
  return false;
}

/** Where a demanded "that"-clause ends: a hard boundary, a comma, "but", or the sentence's end. */
function demandedClauseEnd(v: SentenceView, from: number): number {
  let i = from;
  while (i < v.n && !HARD_BOUNDARIES.has(v.lower[i]!) && v.lower[i] !== ',' && v.lower[i] !== 'but' && v.lower[i] !== '.') i++;
  return i;
}

/** Target-less protests get the object of their purpose clause as target (complement rule). */
function aimedAt(protests: CodedEvent[], purpose: VerbHit, ctx: Ctx): CodedEvent[] {
  if (protests.length === 0 || !protests.every((e) => e.target === '---' && e.cameo.startsWith('14'))) return protests;
  const sources = new Set(protests.map((e) => e.source));
  const targets = findObjects(ctx.v, ctx.groups, purpose.end, OBJECT_REACH, (g) => sources.has(g.code) || g.code.startsWith('---'));
  if (targets.length === 0) return protests;
  const rule = ctx.d.complement!.id;
  return protests.flatMap((e) => targets.map((g) => ({ ...e, target: g.code, targetSpan: span(ctx.s, g), ruleId: `${e.ruleId.replace(`+${ctx.d.targetless?.id ?? ''}`, '')}+${rule}` })));
}

/** The token's lemma, lower-case: the tagger's, else the dictionary's for a known verb form ("continued" -> continue). */
function lemmaOf(v: SentenceView, i: number, d: CompiledDictionaries): string {
  const refs = v.lemma[i] === v.upper[i] ? d.verbs.get(v.upper[i]!) : undefined;
  return (refs?.[0]?.lemma ?? v.lemma[i]!).toLowerCase();
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

function codeVerb(hit: VerbHit, ctx: Ctx): CodedEvent[] {
  const { v, d, groups } = ctx;
  const kind = hit.governor !== undefined ? governorKind(v.lemma[hit.governor]!, d) : undefined;
  const subjects = subjectsFor(kind ? hit.governor! : hit.i, ctx);
  ctx.subjectsOf.set(hit.i, subjects);
  // "wants to withdraw": a governing verb's patterns do not swallow its to-complement ("* WITHDRAW" of DEMAND is
  // "demanded a withdrawal"); the complement codes itself under the governor's mood.
  const complement = governorKind(v.lemma[hit.i]!, d) ? [...ctx.byIndex.values()].find((h) => h.governor === hit.i) : undefined;
  const window: MatchWindow = { preFrom: clauseStart(v, hit.i), verb: hit.i, postFrom: hit.end, postTo: complement ? complement.i - 1 : clauseEnd(v, hit.end, ctx.groupAt) };
  const best = mostSpecific(bestPattern(hit, ctx, window), hit.passive ? passivePattern(hit, ctx, window) : undefined);
  const ref = hit.refs[0]!;
  const code = best ? best.pattern.code : ref.code;
  const ruleId = best ? best.pattern.ruleId : `${d.ruleSet}:${ref.block.name}`;
  if (best) for (const u of best.used) if (ctx.byIndex.has(u)) ctx.consumed.add(u);
  // "Egypt said that Israel must stop the raids": what someone must do is demanded, whether or not the verb has a code of its own.
  if (!best && (!code || code === '---') && hit.modal && d.demand?.modals.includes(hit.modal) && !hit.negated) return demanded(hit, '---', ruleId, subjects, ctx);
  if (!code || code === '---') return [];
  const aux = auxiliaries(v, hit.i, d.modals);
  // "by promoting...": an -ing adjunct codes only through a pattern, not its verb's default; one after a comma
  // (", citing domestic opposition", ", urging...") elaborates the main event and codes nothing.
  if ((!best || v.lower[hit.i - 1] === ',') && hit.i > 1 && v.upper[hit.i]!.endsWith('ING') && !aux.be) return [];
  // A pattern that spells out the negation ("WILL NOT * (TOWARDS +)") has already coded it.
  const spelled = best?.used.some((u) => u < hit.i && NEGATIONS.has(v.lower[u]!)) ?? false;
  const own = spelled ? { ...moodOf(hit, ctx), negated: false } : moodOf(hit, ctx);
  if (own.modal && d.demand?.modals.includes(own.modal)) return demanded(hit, code, ruleId, subjects, ctx);
  // "will withdraw its force unless the president resigns", "may strike if the talks fail": a conditional intent is a threat.
  const condition = conditionAfter(v, hit.end);
  const conditional = condition >= 0 && !own.negated && (own.modal !== undefined || own.intentVerb || own.threat === true) && (v.lower[condition] === 'unless' || Number(code.slice(0, 2)) >= 10);
  const mood: Mood = conditional ? { ...own, threat: true } : own;

  let sources = best?.source ? resolvePronouns([best.source], hit.i, ctx) : subjects;
  let targets = best?.target ? resolvePronouns([best.target], hit.i, ctx) : [];
  let rule = ruleId;
  if (hit.passive && !best?.source) {
    targets = best?.target ? targets : subjects;
    sources = findObjects(v, groups, hit.end, OBJECT_REACH, (g) => g.prep !== 'by');
    // "The opposition leader was jailed": no agent is named, and only a state jails; its government did.
    const implied = sources.length === 0 ? stateAgents(hit, code, targets, ctx) : [];
    if (implied.length > 0) [sources, rule] = [implied, `${ruleId}+${d.stateAgent!.id}`];
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
  // "complained to the UN over Israeli raids": disapproval addressed to one actor is aimed at the one it is about.
  if (code.startsWith('11') && !best?.target && targets.length > 0 && targets[0]!.prep === 'to') {
    const about = groups.find((g) => g.start > targets[0]!.end && g.start - targets[0]!.end <= 6 && g.prep !== undefined && ABOUT.has(g.prep));
    if (about) targets = [about];
  }
  // "...unless Israel rescinds": a threat with no object is aimed at whoever the condition is on.
  if (targets.length === 0 && mood.threat && condition >= 0) targets = conditionSubject(v, groups, condition, sources);
  // What is demanded has not happened: the verbs of the demand's clause code nothing of their own.
  if (isAppeal(code) && targets.length > 0) {
    // "demanded that the US match...": the demand's "that"-clause and its subject belong to the demand.
    const that = v.lower.slice(hit.end, hit.end + 4).indexOf('that');
    const end = that >= 0 ? demandedClauseEnd(v, hit.end + that + 1) : clauseEnd(v, hit.end);
    for (const h of ctx.byIndex.values()) if ((h.i > hit.i && h.i < end) || h.governor === hit.i) ctx.consumed.add(h.i);
  }
  // "Gondor and Osgiliath postponed their meeting" (`% *`): the compound subject, member on member.
  if (best?.compound && sources.length > 1) return events(hit.i, hit.end, code, rule, mood, sources, [], ctx, true);
  return events(hit.i, hit.end, code, rule, mood, sources, targets, ctx);
}

/**
 * The implied agent of an agentless passive the state-agent rule covers: the government of each target's
 * country, placed on the verb (the word that implies it). Targets with no country imply nobody.
 */
function stateAgents(hit: VerbHit, code: string, targets: readonly ActorGroup[], ctx: Ctx): ActorGroup[] {
  const rule = ctx.d.stateAgent;
  if (!rule || !rule.codes.some((c) => code.startsWith(c))) return [];
  const countries = new Set(targets.map((t) => countryOf(t.code)).filter((c): c is string => c !== undefined));
  return [...countries].map((c) => ({ start: hit.i, end: hit.end, code: `${c}${rule.sector}`, ruleId: rule.id }));
}

/** The more specific of two matches; on a tie the earlier in its block, as in bestPattern. */
function mostSpecific(a: PatternMatch | undefined, b: PatternMatch | undefined): PatternMatch | undefined {
  if (!a || !b) return a ?? b;
  return b.pattern.score > a.pattern.score || (b.pattern.score === a.pattern.score && b.pattern.order < a.pattern.order) ? b : a;
}

/**
 * "The embassy was demolished by a protester" (`PROTESTOR * [145]`): a pattern's words before the verb describe its
 * source, which in a passive is the "by" agent; they are matched there (the pattern's post words between verb and "by").
 */
function passivePattern(hit: VerbHit, ctx: Ctx, w: MatchWindow): PatternMatch | undefined {
  const { v } = ctx;
  let by = hit.end;
  while (by < w.postTo && v.lower[by] !== 'by') by++;
  const agent = by < w.postTo ? ctx.groupAt.get(by + 1) ?? [...ctx.groupAt.values()].find((g) => g.start > by && g.start <= by + 3) : undefined;
  if (!agent) return undefined;
  // The agent's noun phrase runs on past the actor's words ("a Ukrainian protester").
  let end = agent.end;
  while (end < w.postTo && /^(NOUN|PROPN|ADJ)$/.test(v.pos[end]!)) end++;
  return bestPattern(hit, ctx, { preFrom: by + 1, verb: end, postFrom: hit.end, postTo: by }, true);
}

function bestPattern(hit: VerbHit, ctx: Ctx, w: MatchWindow, preOnly = false): PatternMatch | undefined {
  const candidates: [CompiledPattern, VerbRef][] = [];
  for (const ref of hit.refs) {
    for (const p of ref.block.loose) candidates.push([p, ref]);
    for (const key of ctx.present) for (const p of ref.block.anchored.get(key) ?? []) candidates.push([p, ref]);
  }
  // Most specific first; on a tie the earlier in the block (the project's own come first).
  candidates.sort((a, b) => b[0].score - a[0].score || a[0].order - b[0].order);
  for (const [p, ref] of candidates) {
    if ((p.lemmas && !p.lemmas.includes(ref.lemma)) || (preOnly && p.pre.length === 0) || !possible(p, ctx)) continue;
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

/** Where a verb's pre-verb pattern words may be: up to 8 tokens back, not past a hard boundary. */
function clauseStart(v: SentenceView, verb: number): number {
  let i = verb;
  while (i > 0 && verb - i < 8 && !HARD_BOUNDARIES.has(v.lower[i - 1]!)) i--;
  return i;
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
    // "halted aid ... because of the fighting", "after vehicles were hit by gunfire": an adverbial clause is not the verb's object.
    if (i > from && SUBORDINATORS.has(w) && w !== 'that' && w !== 'as' && (w === 'because' || v.pos[i] === 'SCONJ' || opensClause(v, i + 1))) break;
    // "give a speech ... and meet with dissidents from military-ruled Myanmar": a coordinated predicate has its own words.
    if (i > from && v.pos[i] === 'CCONJ' && (v.pos[i + 1] === 'VERB' || (v.pos[i + 1] === 'ADV' && v.pos[i + 2] === 'VERB'))) break;
    const g = groupAt?.get(i);
    if (g && startsClause(v, g.end)) break;
    // "halted aid ... in line with efforts to end the fighting", "a program aimed at bringing armed forces together":
    // another verb heads its own phrase. Its head word may still be named by a pattern ("* (TO DEMONSTRATE)"); its
    // object may not. Participles that modify a noun ("the occupied territories") are no heads.
    if (i > from && v.pos[i] === 'VERB' && !modifierVerb(v, i)) return i + 1;
    i++;
  }
  return i;
}


const isAppeal = (code: string): boolean => code.startsWith('02') || code.startsWith('10');
