import type { ActorGroup } from './actor-groups.js';
import type { CompiledDictionaries, CompiledPattern } from './compile-dictionaries.js';
import type { SentenceView } from './sentence-view.js';
import type { PatternElement } from './types.js';

/** What a pattern match found: actors at its `$`/`+`/`%` markers and the tokens it used. */
export interface PatternMatch {
  readonly pattern: CompiledPattern;
  readonly source?: ActorGroup;
  readonly target?: ActorGroup;
  /** The pattern's `%`: the (compound) subject acts on itself, member on member. */
  readonly compound?: true;
  readonly used: readonly number[];
}

/** Where a verb's pattern may look: tokens [preFrom, verb) before it and [postFrom, postTo) after it. */
export interface MatchWindow {
  readonly preFrom: number;
  readonly verb: number;
  readonly postFrom: number;
  readonly postTo: number;
}

interface State {
  readonly v: SentenceView;
  readonly d: CompiledDictionaries;
  readonly groupAt: ReadonlyMap<number, ActorGroup>;
  readonly to: number;
  source?: ActorGroup;
  target?: ActorGroup;
  compound?: true;
  used: number[];
}

/**
 * Matches a pattern in PETRARCH's sense: its elements occur in order, words apart unless joined
 * by `_`, those before `*` between the subject and the verb, those after it in the verb's clause.
 * Greedy: each element takes its first occurrence, which is enough for these short patterns.
 */
export function matchPattern(
  p: CompiledPattern,
  v: SentenceView,
  d: CompiledDictionaries,
  groupAt: ReadonlyMap<number, ActorGroup>,
  w: MatchWindow,
): PatternMatch | undefined {
  const st: State = { v, d, groupAt, to: w.postTo, used: [] };
  if (p.post.length > 0 && seq(p.post, w.postFrom, true, st, 0) < 0) return undefined;
  if (p.pre.length > 0) {
    const pre: State = { v, d, groupAt, to: w.verb, used: st.used };
    const end = seq(p.preForward, w.preFrom, false, pre, 0);
    if (end < 0 || (p.preGluedToVerb && end !== w.verb)) return undefined;
    st.source ??= pre.source;
    st.target ??= pre.target;
    if (pre.compound) st.compound = true;
  }
  return {
    pattern: p,
    ...(st.source ? { source: st.source } : {}),
    ...(st.target ? { target: st.target } : {}),
    ...(st.compound ? { compound: true as const } : {}),
    used: st.used,
  };
}

/** Matches elements in order from `at`; returns the index after the last, or -1. `maxGap` limits gaps inside a phrase. */
function seq(elements: readonly PatternElement[], at: number, firstGluedToVerb: boolean, st: State, maxGap: number): number {
  let pos = at;
  for (let k = 0; k < elements.length; k++) {
    const e = elements[k]!;
    const glued = e.adj === true || (k === 0 && firstGluedToVerb && e.adj === true);
    const limit = glued ? pos : maxGap > 0 && k > 0 ? Math.min(st.to - 1, pos + maxGap) : st.to - 1;
    let found = -1;
    for (let p = pos; p <= limit; p++) {
      if (infinitiveTo(e, elements[k + 1], p, st.v)) continue;
      const end = one(e, p, st);
      if (end >= 0) {
        found = end;
        break;
      }
    }
    if (found < 0) return -1;
    pos = found;
  }
  return pos;
}

/**
 * "ordered the paper to suspend publication": a pattern's TO is the preposition ("* TO" = "to the border"),
 * not the infinitive marker, unless the pattern goes on to name the infinitive's verb ("* TO CONGRATULATE").
 */
function infinitiveTo(e: PatternElement, next: PatternElement | undefined, p: number, v: SentenceView): boolean {
  if (e.k !== 'w' || e.w !== 'TO' || v.pos[p] !== 'PART') return false;
  return !(next?.k === 'w' && wordMatches(next.w, next.x === true, v.upper[p + 1] ?? '', v.lemma[p + 1] ?? ''));
}

function one(e: PatternElement, p: number, st: State): number {
  const { v } = st;
  if (p >= st.to && e.k !== '^') return -1;
  switch (e.k) {
    case 'w':
      if (!wordMatches(e.w, e.x === true, v.upper[p]!, v.lemma[p]!)) return -1;
      // "said that Russia attacked": a finite verb belongs to its own clause; "to congratulate" may be matched.
      if (v.pos[p] === 'VERB' && v.lower[p - 1] !== 'to' && !v.upper[p]!.endsWith('ING')) return -1;
      st.used.push(p);
      return p + 1;
    case 's': {
      const byFirst = st.d.synsets.get(e.s);
      if (!byFirst) return -1;
      for (const key of keysOf(v.upper[p]!, v.lemma[p]!)) {
        for (const m of byFirst.get(key) ?? []) {
          let ok = p + m.length <= st.to;
          for (let k = 1; ok && k < m.length; k++) ok = wordMatches(m[k]!, false, v.upper[p + k]!, v.lemma[p + k]!);
          if (ok && wordMatches(m[0]!, false, v.upper[p]!, v.lemma[p]!)) {
            for (let k = 0; k < m.length; k++) st.used.push(p + k);
            return p + m.length;
          }
        }
      }
      return -1;
    }
    case '$':
    case '+':
    case '%': {
      const g = st.groupAt.get(p);
      if (!g || g.end > st.to) return -1;
      if (e.k === '%') {
        st.compound = true;
        return g.end;
      }
      if (e.k === '$') st.source ??= g;
      else st.target ??= g;
      return g.end;
    }
    case '^':
      return p;
    case 'np':
    case 'pp':
      if (!firstMatches(e.items[0], p, st, e.k)) return -1;
      return seq(e.items, p, false, st, e.k === 'np' ? 2 : 3);
  }
}

function firstMatches(e: PatternElement | undefined, p: number, st: State, kind: 'np' | 'pp'): boolean {
  if (!e) return false;
  // The preposition of "(TO +)" is no infinitive marker: "praised Haiti's efforts to improve".
  if (kind === 'pp' && st.v.pos[p] === 'PART') return false;
  if (e.k === 'w') return wordMatches(e.w, e.x === true, st.v.upper[p]!, st.v.lemma[p]!);
  return true;
}

/** `TALK` matches TALK, TALKS, TALKING (a stem of 4+ letters); `AID` only AID, AIDS; `CASH_` only CASH. */
function wordMatches(w: string, exact: boolean, upper: string, lemma: string): boolean {
  if (upper === w) return true;
  if (exact) return false;
  if (lemma === w || upper === `${w}S` || upper === `${w}ES`) return true;
  return w.length >= 4 && upper.startsWith(w);
}

/**
 * Every dictionary word a token can match under wordMatches: itself, its lemma, without a plural
 * ending, and its prefixes of 4+ letters (stems). Used for synset lookups and the pattern prefilter.
 */
function keysOf(upper: string, lemma: string): string[] {
  const keys = [upper];
  if (lemma !== upper) keys.push(lemma);
  if (upper.endsWith('S')) keys.push(upper.slice(0, -1));
  if (upper.endsWith('ES')) keys.push(upper.slice(0, -2));
  for (let k = 4; k < upper.length; k++) keys.push(upper.slice(0, k));
  return keys;
}
