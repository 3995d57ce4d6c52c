import type { ActorGroup } from './actor-groups.js';
import { modifierVerb } from './actor-groups.js';
import { startsClause } from './clause-roles.js';
import type { Ctx } from './coder-context.js';
import type { CompiledPattern, VerbRef } from './compile-dictionaries.js';
import { matchPattern, type MatchWindow, type PatternMatch } from './match-pattern.js';
import { RELATIVE_PRONOUNS } from '../clause-words.js';
import { HARD_BOUNDARIES, NOUN_PHRASE_TAGS, SUBORDINATORS, type SentenceView } from './sentence-view.js';
import type { VerbHit } from './verb-phrases.js';

const CLAUSE_REACH = 15;

/** The most specific pattern of the verb's blocks that matches in `w`; `preOnly`: only patterns with words before the verb. */
export function bestPattern(hit: VerbHit, ctx: Ctx, w: MatchWindow, preOnly = false): PatternMatch | undefined {
  // Only the patterns the sentence's words allow are kept, then sorted: the sort is stable, so they come in the order
  // they had among all (the checks read the pattern and the sentence alone), and most are left out unsorted.
  const candidates: CompiledPattern[] = [];
  for (const ref of hit.refs) {
    for (const p of ref.block.loose) if (allowed(p, ref, ctx, preOnly)) candidates.push(p);
    // By the fewer of the sentence's words and the block's anchors: each pattern is anchored on one word, so the
    // candidates are the same either way (their order in a block is restored by the sort).
    const anchored = ref.block.anchored;
    if (anchored.size < ctx.present.size) {
      for (const [key, list] of anchored) if (ctx.present.has(key)) for (const p of list) if (allowed(p, ref, ctx, preOnly)) candidates.push(p);
    } else for (const key of ctx.present) for (const p of anchored.get(key) ?? []) if (allowed(p, ref, ctx, preOnly)) candidates.push(p);
  }
  // Most specific first; on a tie the earlier in the block (the project's own come first).
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  for (const p of candidates) {
    const m = matchPattern(p, ctx.v, ctx.d, ctx.groupAt, w);
    if (m) return m;
  }
  return undefined;
}

/** Whether pattern `p` of the verb's block `ref` may match here: the verb's lemma, the words before it, the sentence's words. */
function allowed(p: CompiledPattern, ref: VerbRef, ctx: Ctx, preOnly: boolean): boolean {
  return !(p.lemmas && !p.lemmas.includes(ref.lemma)) && !(preOnly && p.pre.length === 0) && possible(p, ctx);
}

/** The more specific of two matches; on a tie the earlier in its block, as in bestPattern. */
export function mostSpecific(a: PatternMatch | undefined, b: PatternMatch | undefined): PatternMatch | undefined {
  if (!a || !b) return a ?? b;
  return b.pattern.score > a.pattern.score || (b.pattern.score === a.pattern.score && b.pattern.order < a.pattern.order) ? b : a;
}

/**
 * "The embassy was demolished by a protester" (`PROTESTOR * [145]`): a pattern's words before the verb describe its
 * source, which in a passive is the "by" agent; they are matched there (the pattern's post words between verb and "by").
 */
export function passivePattern(hit: VerbHit, ctx: Ctx, w: MatchWindow): PatternMatch | undefined {
  const { v } = ctx;
  let by = hit.end;
  while (by < w.postTo && v.lower[by] !== 'by') by++;
  const agent = by < w.postTo ? (ctx.groupAt.get(by + 1) ?? [...ctx.groupAt.values()].find((g) => g.start > by && g.start <= by + 3)) : undefined;
  if (!agent) return undefined;
  // The agent's noun phrase runs on past the actor's words ("a Ukrainian protester").
  let end = agent.end;
  while (end < w.postTo && /^(NOUN|PROPN|ADJ)$/.test(v.pos[end]!)) end++;
  return bestPattern(hit, ctx, { preFrom: by + 1, verb: end, postFrom: hit.end, postTo: by }, true);
}

/**
 * "curfew was imposed in the town" (`* CURFEW`): a passive whose subject names no actor, with its pattern's words after
 * the verb matched in that subject, where the active's object would stand ("imposed curfew"; role.passive-object).
 */
export function passiveObjectPattern(hit: VerbHit, ctx: Ctx): PatternMatch | undefined {
  const { v } = ctx;
  let end = hit.i;
  while (end > 0 && (v.pos[end - 1] === 'AUX' || v.pos[end - 1] === 'ADV' || v.pos[end - 1] === 'PART')) end--;
  if (end === hit.i) return undefined;
  let start = end;
  while (start > 0 && NOUN_PHRASE_TAGS.has(v.pos[start - 1]!)) start--;
  if (start === end || ctx.groups.some((g) => g.start < end && g.end > start)) return undefined;
  const m = bestPattern(hit, ctx, { preFrom: hit.i, verb: hit.i, postFrom: start, postTo: end });
  // Only the words after the verb, found in the subject: no actor marker (a target in a subject of no actor is none).
  return m && m.pattern.pre.length === 0 && !m.source && !m.target ? m : undefined;
}

/** The prefilter: every literal word of the pattern, and a member of each of its synsets, is in the sentence. */
function possible(p: CompiledPattern, ctx: Ctx): boolean {
  for (const w of p.needWords) if (!ctx.present.has(w)) return false;
  for (const name of p.needSets) {
    let any = ctx.synsetPresent.get(name);
    if (any === undefined) {
      const byFirst = ctx.d.synsets.get(name);
      any = false;
      if (byFirst)
        for (const k of ctx.present)
          if (byFirst.has(k)) {
            any = true;
            break;
          }
      ctx.synsetPresent.set(name, any);
    }
    if (!any) return false;
  }
  return true;
}

/**
 * Where a verb's pre-verb pattern words may be: up to 8 tokens back, not past a hard boundary nor past another
 * verb other than the one whose to-infinitive it is ("ignoring the supreme court directive ... and accused the
 * government" is no court's charge, `COURT *`; "was seen to break" keeps its chain).
 */
export function clauseStart(v: SentenceView, verb: number): number {
  let i = verb;
  while (i > 0 && verb - i < 8 && !HARD_BOUNDARIES.has(v.lower[i - 1]!) && !(v.pos[i - 1] === 'VERB' && !modifierVerb(v, i - 1) && v.lower[i] !== 'to')) i--;
  return i;
}

/** A finite verb within a few words, before any comma: "after two vehicles were hit" is a clause, "after the talks" is not. */
function opensClause(v: SentenceView, from: number): boolean {
  for (let i = from; i < v.n && i - from < 6; i++) {
    if (v.lower[i] === ',' || HARD_BOUNDARIES.has(v.lower[i]!)) return false;
    if (v.pos[i] === 'AUX' || (v.pos[i] === 'VERB' && !v.upper[i]!.endsWith('ING'))) return true;
  }
  return false;
}

/**
 * Where a verb's patterns stop looking: a hard boundary, a relative clause ("a resolution that
 * aims..."), an embedded clause with its own subject ("said it would release..."), or 15 tokens.
 */
export function clauseEnd(v: SentenceView, from: number, groupAt?: ReadonlyMap<number, ActorGroup>): number {
  let i = from;
  while (i < v.n && i - from < CLAUSE_REACH && !HARD_BOUNDARIES.has(v.lower[i]!)) {
    const w = v.lower[i]!;
    if (RELATIVE_PRONOUNS.has(w) || (w === 'that' && i > from)) break;
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

/** Where a demanded "that"-clause ends: a hard boundary, a comma, "but", or the sentence's end. */
export function demandedClauseEnd(v: SentenceView, from: number): number {
  let i = from;
  while (i < v.n && !HARD_BOUNDARIES.has(v.lower[i]!) && v.lower[i] !== ',' && v.lower[i] !== 'but' && v.lower[i] !== '.') i++;
  return i;
}
