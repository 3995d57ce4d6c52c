import { findActorGroups, type ActorGroup } from './actor-groups.js';
import { findObjects, findSubjects, relativeClauses } from './clause-roles.js';
import type { CompiledDictionaries, CompiledPattern, VerbRef } from './compile-dictionaries.js';
import { keysOf, matchPattern, type PatternMatch } from './match-pattern.js';
import { ploverOf } from './parse-cameo-codes.js';
import { HARD_BOUNDARIES, viewOf, type SentenceView } from './sentence-view.js';
import type { CodedEvent, CoderSentence, Span } from './types.js';
import { findVerbs, type VerbHit } from './verb-phrases.js';

const OBJECT_REACH = 12;
const CLAUSE_REACH = 15;
/** "Brazil and the United States agreed to deepen ties": with no object, coordinated subjects act on each other, for these roots only. */
const MUTUAL_ROOTS = new Set(['03', '04', '05', '06', '19']);

/**
 * Codes the events of one sentence: for each dictionary verb, its subject and object actor phrases,
 * the most specific of its block's patterns that matches (else the verb's own code), voice,
 * negation and intent. Returns [] when nothing is reliable. Pure: the dictionaries come compiled.
 */
export function codeSentence(s: CoderSentence, d: CompiledDictionaries): CodedEvent[] {
  const v = viewOf(s);
  const groups = findActorGroups(v, d);
  if (!groups || groups.length === 0) return [];
  const verbs = findVerbs(v, d);
  if (verbs.length === 0) return [];
  const relative = relativeClauses(v);
  const groupAt = new Map(groups.map((g) => [g.start, g]));
  const byIndex = new Map(verbs.map((h) => [h.i, h]));
  const consumed = new Set<number>();
  const present = new Set<string>();
  for (let i = 0; i < v.n; i++) for (const k of keysOf(v.upper[i]!, v.lemma[i]!)) present.add(k);
  const subjectsOf = new Map<number, ActorGroup[]>();
  const out: CodedEvent[] = [];

  const resolve = (list: ActorGroup[], before: number): ActorGroup[] =>
    list.flatMap((g) => {
      if (!g.pronoun) return [g];
      // A pronoun stands for the latest subject before it ("Kyrgyzstan said it might join").
      let best: ActorGroup[] = [];
      for (const [i, subj] of subjectsOf) if (i < before && subj.length > 0) best = subj;
      if (best.length === 0) best = groups.filter((x) => !x.pronoun && !x.prep && x.end <= g.start).slice(0, 1);
      return best.map((b) => ({ ...b, start: g.start, end: g.end }));
    });

  for (const hit of verbs) {
    if (consumed.has(hit.i)) continue;
    const governor = hit.governor !== undefined ? byIndex.get(hit.governor) : undefined;
    const intentByVerb = hit.governor !== undefined && (d.intent?.verbs ?? []).includes(v.lemma[hit.governor]!.toLowerCase());
    const anchor = intentByVerb && hit.governor !== undefined ? hit.governor : hit.i;
    let subjects = resolve(subjectsOf.get(anchor) ?? findSubjects(v, groups, anchor, relative), anchor);
    if (subjects.length === 0 && hit.i <= 1 && /ING$/.test(v.upper[hit.i]!)) subjects = participleSubject(v, groups, hit.i);
    subjectsOf.set(hit.i, subjects);
    const window = {
      preFrom: Math.max(subjects[0]?.end ?? hit.i - 6, 0, hit.i - 8),
      verb: hit.i,
      postFrom: hit.end,
      postTo: clauseEnd(v, hit.end),
    };
    const best = bestPattern(hit, v, d, groupAt, window, present);
    const ref = hit.refs[0]!;
    const code = best ? best.pattern.code : ref.code;
    const ruleId = best ? best.pattern.ruleId : `${d.ruleSet}:${ref.block.name}`;
    if (best) for (const u of best.used) if (byIndex.has(u)) consumed.add(u);
    if (!code || code === '---' || hit.negated) continue;

    let sources = best?.source ? resolve([best.source], hit.i) : subjects;
    let targets = best?.target ? resolve([best.target], hit.i) : [];
    if (hit.passive && !best?.source) {
      const agent = findObjects(v, groups, hit.end, OBJECT_REACH, (g) => g.prep !== 'by');
      targets = best?.target ? targets : subjects;
      sources = agent;
    } else if (targets.length === 0) {
      const sourceSet = new Set(sources.map((g) => g.start));
      targets = findObjects(v, groups, hit.end, OBJECT_REACH, (g) => sourceSet.has(g.start) || g.prep === 'by');
    }
    if (sources.length === 0) continue;
    const modal = hit.modal ?? governor?.modal;
    for (const [cameo, forward] of codesOf(code)) {
      const adjusted = adjustForIntent(cameo, modal, intentByVerb, d);
      // An intent is the speaker's: "will visit" does not make the host say anything.
      if (!adjusted || (adjusted.intent && !forward)) continue;
      const pairs = targets.length > 0 ? cross(sources, targets) : sources.length > 1 && MUTUAL_ROOTS.has(adjusted.code.slice(0, 2)) ? pairwise(sources) : [];
      for (const [a, b] of pairs) {
        const [src, tgt] = forward ? [a, b] : [b, a];
        if (src.code === tgt.code && src.start === tgt.start) continue;
        out.push({
          source: src.code,
          target: tgt.code,
          cameo: adjusted.code,
          plover: ploverOf(adjusted.code, d.cameo),
          ruleId: adjusted.intent ? `${ruleId}+${d.intent!.id}` : ruleId,
          sourceSpan: span(s, src),
          targetSpan: span(s, tgt),
          verbSpan: { start: s.tokens[hit.i]!.start, end: s.tokens[hit.end - 1]!.end },
        });
      }
    }
  }
  return dedupe(out);
}

function bestPattern(hit: VerbHit, v: SentenceView, d: CompiledDictionaries, groupAt: ReadonlyMap<number, ActorGroup>, w: Parameters<typeof matchPattern>[4], present: ReadonlySet<string>): PatternMatch | undefined {
  const candidates: [CompiledPattern, VerbRef][] = [];
  for (const ref of hit.refs) {
    for (const p of ref.block.loose) candidates.push([p, ref]);
    for (const key of present) for (const p of ref.block.anchored.get(key) ?? []) candidates.push([p, ref]);
  }
  // Most specific first; on a tie the earlier in the block (the project's own come first).
  candidates.sort((a, b) => b[0].score - a[0].score || a[0].order - b[0].order);
  for (const [p, ref] of candidates) {
    if (!appliesTo(p, ref) || !possible(p, present, d)) continue;
    const m = matchPattern(p, v, d, groupAt, w);
    if (m) return m;
  }
  return undefined;
}

/** The prefilter: every literal word of the pattern, and a member of each of its synsets, is in the sentence. */
function possible(p: CompiledPattern, present: ReadonlySet<string>, d: CompiledDictionaries): boolean {
  for (const w of p.needWords) if (!present.has(w)) return false;
  for (const name of p.needSets) {
    const byFirst = d.synsets.get(name);
    if (!byFirst) return false;
    let any = false;
    for (const k of present) if (byFirst.has(k)) {
      any = true;
      break;
    }
    if (!any) return false;
  }
  return true;
}

function appliesTo(p: CompiledPattern, ref: VerbRef): boolean {
  return !p.lemmas || p.lemmas.includes(ref.lemma);
}

/** "Meeting with his counterpart, Putin said...": the subject follows the participle clause. */
function participleSubject(v: SentenceView, groups: readonly ActorGroup[], i: number): ActorGroup[] {
  const comma = v.lower.indexOf(',', i);
  if (comma < 0) return [];
  const g = groups.find((x) => x.start > comma && !x.prep);
  return g && g.start - comma <= 3 ? [g] : [];
}

function clauseEnd(v: SentenceView, from: number): number {
  let i = from;
  while (i < v.n && i - from < CLAUSE_REACH && !HARD_BOUNDARIES.has(v.lower[i]!)) i++;
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

/** Applies the intent rule: a cooperative code under "will"/"plans to" becomes 03x; a hypothetical attack is dropped. */
function adjustForIntent(cameo: string, modal: string | undefined, byVerb: boolean, d: CompiledDictionaries): { code: string; intent: boolean } | undefined {
  const rule = d.intent;
  if (!rule || (!modal && !byVerb)) return { code: cameo, intent: false };
  for (let k = cameo.length; k >= 2; k--) {
    const mapped = rule.map[cameo.slice(0, k)];
    if (mapped) return { code: mapped, intent: true };
  }
  if (modal && rule.hypotheticalDrop.includes(modal) && Number(cameo.slice(0, 2)) >= 9) return undefined;
  return { code: cameo, intent: false };
}

function cross(a: readonly ActorGroup[], b: readonly ActorGroup[]): [ActorGroup, ActorGroup][] {
  return a.flatMap((x) => b.map((y) => [x, y] as [ActorGroup, ActorGroup]));
}

/** "Brazil and the United States agreed": each member toward each other member. */
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
