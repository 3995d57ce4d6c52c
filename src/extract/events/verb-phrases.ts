import type { CompiledDictionaries, VerbRef } from './compile-dictionaries.js';
import { firstStop, type SiteRule, type Trace } from './grammar/rule.js';
import { VERB_STOPS, type VerbSite } from './grammar/verb-stops.js';
import { BE_FORMS, HARD_BOUNDARIES, NEGATIONS, type SentenceView } from './sentence-view.js';
import type { Span } from './types.js';
import { PRECISION, PRECISION_STOPS, SAME_FORM_PARTICIPLES } from './grammar/precision-rules.js';

/** A dictionary verb in the sentence with what its auxiliaries say about it. */
export interface VerbHit {
  readonly i: number;
  /** Index after the verb and its particles ("called off" ends after "off"). */
  readonly end: number;
  readonly refs: readonly VerbRef[];
  readonly passive: boolean;
  readonly negated: boolean;
  /** The negation refuses ("will not", "cannot", "voted not to"), as a plain "did not" does not. */
  readonly refused: boolean;
  /** "will", "might"... from its auxiliary chain. Always set (undefined when none), like `governor`: hits of one shape. */
  readonly modal: string | undefined;
  /** The verb this one is the `to`-infinitive of: "plans to visit" -> the index of "plans". */
  readonly governor: number | undefined;
}

/** A verb form's refs with particles and without, split once per list of the dictionaries: most verbs are not phrasal. */
const splitRefs = new WeakMap<readonly VerbRef[], { readonly phrasal: readonly VerbRef[]; readonly plain: readonly VerbRef[] }>();
function refsOf(candidates: readonly VerbRef[]): { readonly phrasal: readonly VerbRef[]; readonly plain: readonly VerbRef[] } {
  let split = splitRefs.get(candidates);
  if (!split) {
    split = { phrasal: candidates.filter((r) => r.particles.length > 0), plain: candidates.filter((r) => r.particles.length === 0) };
    splitRefs.set(candidates, split);
  }
  return split;
}

const PARTICIPLE = /(ED|EN|WN|NE|UNG|UCK|ELT|EPT|ELD|IT|AT|OOD|OUGHT|AUGHT|ID|DE|T)$/;

/** "an invitation to attend", "met to discuss": an infinitive of a noun or a purpose has no subject of its own. */
export const NOUN_INFINITIVE: SiteRule<VerbSite> = {
  id: 'verb.noun-infinitive',
  effect: 'stop',
  example: 'Chad sent an invitation to attack Sudan.',
  reason: 'the infinitive of a noun or of a purpose after a noun ("an invitation to attend") is no verb of its own',
  applies: ({ v, i }) => governorOf(v, i) === null,
};

const STOPS: readonly SiteRule<VerbSite>[] = [...VERB_STOPS, NOUN_INFINITIVE, ...PRECISION_STOPS];

/**
 * The verbs of the sentence that the verb dictionary knows, left to right, less the forms a stop rule
 * (grammar/verb-stops.ts) says are no verb of an event; those go to the trace when one is kept.
 * `actorEnds`: token indices right after an actor phrase (a verb there has that actor as subject).
 */
export function findVerbs(v: SentenceView, d: CompiledDictionaries, actorEnds: ReadonlySet<number> = new Set(), trace?: Trace): VerbHit[] {
  const out: VerbHit[] = [];
  const modals = d.modals;
  for (let i = 0; i < v.n; i++) {
    if (v.pos[i] !== 'VERB') continue;
    const candidates = d.verbs.get(v.upper[i]!) ?? d.verbs.get(v.lemma[i]!);
    if (!candidates) continue;
    // A phrasal verb needs its particles right after it ("called off"); then it beats the plain verb.
    const { phrasal, plain } = refsOf(candidates);
    let refs = phrasal.length > 0 ? phrasal.filter((r) => r.particles.every((p, k) => v.upper[i + 1 + k] === p)) : phrasal;
    let end = i + 1 + (refs[0]?.particles.length ?? 0);
    if (refs.length === 0) {
      refs = plain;
      end = i + 1;
    }
    if (refs.length === 0) continue;
    const aux = auxiliaries(v, i, modals);
    const participle = v.upper[i] !== v.lemma[i] && !v.upper[i]!.endsWith('ING') && !v.upper[i]!.endsWith('S') && PARTICIPLE.test(v.upper[i]!);
    const site: VerbSite = { v, d, i, be: aux.be, modal: aux.modal !== undefined, participle, actorEnds };
    if (firstStop(STOPS, site, trace, () => tokenSpan(v, i, end))) continue;
    // "gave no instructions", "held no talks": an object with "no" says the act did not happen, as "did not" does.
    const negated = aux.negated || v.lower[end] === 'no';
    // "were arrested and taken to the police lines": a participle coordinated with a passive shares its "were".
    const shared = !aux.be && participle && coordinatedPassive(v, i, out.at(-1));
    if (shared) trace?.push({ rule: PRECISION.coordinatedPassive.id, outcome: 'fired', at: tokenSpan(v, i, end) });
    // "was set afire by a mob", "were hit by": a participle written as its base form after "be" (not "is set to meet").
    const sameForm = aux.be && !participle && SAME_FORM_PARTICIPLES.has(v.lower[i]!) && v.lower[end] !== 'to' && byAgentAfter(v, end);
    if (sameForm) trace?.push({ rule: PRECISION.sameFormPassive.id, outcome: 'fired', at: tokenSpan(v, i, end) });
    const passive = (aux.be && participle) || shared || sameForm;
    const governor = governorOf(v, i);
    // "no arrests have been made", "no case was registered": a passive whose subject is "no ..." did not happen.
    const noSubject = passive && !negated && noBefore(v, i);
    out.push({ i, end, refs, passive, negated: negated || noSubject, refused: aux.refused, modal: aux.modal || undefined, governor: governor ?? undefined });
  }
  return out;
}

/** Whether "no" opens the noun phrase right before the verb's auxiliaries ("no arrests have been made", "no fresh case was"). */
function noBefore(v: SentenceView, i: number): boolean {
  let k = i - 1;
  while (k > 0 && (v.pos[k] === 'AUX' || v.pos[k] === 'ADV' || v.pos[k] === 'PART')) k--;
  const head = k;
  while (k > 0 && head - k < 3 && (v.pos[k] === 'NOUN' || v.pos[k] === 'ADJ')) k--;
  return k < head && v.lower[k] === 'no';
}

/** Whether a "by" phrase follows in the verb's clause (up to a comma or a hard boundary, at most eight words on). */
function byAgentAfter(v: SentenceView, from: number): boolean {
  for (let k = from; k < v.n && k - from <= 8; k++) {
    if (v.lower[k] === 'by') return true;
    if (v.lower[k] === ',' || HARD_BOUNDARIES.has(v.lower[k]!)) return false;
  }
  return false;
}

/** Whether the verb at `i` follows "and"/"or" right after a passive verb ("were arrested and taken"). */
function coordinatedPassive(v: SentenceView, i: number, before: VerbHit | undefined): boolean {
  return before !== undefined && before.passive && (v.lower[i - 1] === 'and' || v.lower[i - 1] === 'or') && before.end >= i - 1 && before.end <= i;
}

/** Character offsets of tokens [from, to) in the sentence's offsets. */
export function tokenSpan(v: SentenceView, from: number, to: number): Span {
  const t = v.source.tokens;
  return { start: t[from]!.start, end: t[Math.max(from, to - 1)]!.end };
}

/** The auxiliary chain before a verb: a form of "be" (for the passive), a modal, a negation. */
export function auxiliaries(v: SentenceView, i: number, modals: ReadonlySet<string>): { be: boolean; negated: boolean; refused: boolean; modal?: string } {
  let be = false;
  let negated = false;
  let refused = false;
  let modal: string | undefined;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const w = v.lower[j]!;
    const p = v.pos[j]!;
    if (p !== 'AUX' && p !== 'ADV' && p !== 'PART' && !NEGATIONS.has(w)) break;
    if (NEGATIONS.has(w)) negated = true;
    if (modals.has(w)) modal ??= w;
    // "will not", "won't", "cannot": a negation under a modal of will or ability refuses.
    if (negated && REFUSING.has(w)) refused = true;
    if (BE_FORMS.has(w)) be = true;
    if (w === 'to') {
      // "voted not to extend", "decided never to return": the infinitive is negated before its "to".
      if (NEGATIONS.has(v.lower[j - 1] ?? '')) negated = refused = true;
      // "is yet to reassure", "has yet to meet": not done so far, a plain negation.
      else if (v.lower[j - 1] === 'yet' && YET_TO.has(v.lower[j - 2] ?? '')) negated = true;
      break;
    }
  }
  return modal ? { be, negated, refused, modal } : { be, negated, refused };
}

/**
 * The verb a `to`-infinitive depends on: "agreed to lift" (the verb before `to`), "urged Russia to
 * withdraw", "called on Ukraine to ratify" (verb, object, `to`). undefined when the verb is no
 * infinitive; null when it is one of a noun or a purpose ("an invitation to attend", "met to
 * discuss"): then it has no subject of its own to code.
 */
function governorOf(v: SentenceView, i: number): number | undefined | null {
  let j = i - 1;
  while (j >= 0 && v.pos[j] === 'ADV') j--;
  // "to be joined", "to have attacked": the auxiliary of a passive or perfect infinitive.
  if (j > 0 && /^(be|have|been)$/.test(v.lower[j]!)) j--;
  if (j > 0 && v.lower[j] === 'be' && v.lower[j - 1] === 'have') j--;
  // "to protect them and prevent a war", "not only to restore peace but protect": a bare verb coordinated with an infinitive is one too, of the same governor.
  if (j >= 0 && (v.lower[j] === 'and' || v.lower[j] === 'or' || v.lower[j] === 'but') && v.upper[i] === v.lemma[i]) return coordinatedInfinitive(v, j);
  if (j < 0 || v.lower[j] !== 'to' || v.pos[j] !== 'PART') return undefined;
  let k = j - 1;
  while (k >= 0 && (v.pos[k] === 'ADV' || NEGATIONS.has(v.lower[k]!))) k--;
  if (k < 0) return null;
  if (v.pos[k] === 'VERB' || (v.pos[k] === 'ADJ' && READY.has(v.lower[k]!))) return k;
  // Verb + object + to: the object is a name or pronoun, maybe after a preposition ("on", "upon").
  let m = k;
  while (
    m >= 0 &&
    j - m <= 6 &&
    (v.pos[m] === 'PROPN' ||
      v.pos[m] === 'PRON' ||
      v.pos[m] === 'DET' ||
      v.pos[m] === 'ADJ' ||
      v.pos[m] === 'NOUN' ||
      v.lower[m] === "'s" ||
      v.lower[m] === '.')
  )
    m--;
  if (m >= 0 && v.pos[m] === 'ADP' && /^(on|upon)$/.test(v.lower[m]!)) m--;
  if (m >= 0 && m < k && v.pos[m] === 'VERB' && (v.pos[k] === 'PROPN' || v.pos[k] === 'PRON' || /^[A-Z]/.test(v.source.tokens[k]!.text))) return m;
  // "it was difficult to deploy", "a decision to send": the infinitive of a noun or an adjective other than the
  // READY ones says nothing happened.
  return v.pos[k] === 'NOUN' || v.pos[k] === 'PROPN' || v.pos[k] === 'NUM' || v.pos[k] === 'ADJ' ? null : undefined;
}

/** The governor of the infinitive before a coordinating word at `and`: the nearest verb back within its clause. */
function coordinatedInfinitive(v: SentenceView, and: number): number | undefined | null {
  for (let k = and - 1; k >= 0 && and - k <= 10; k--) {
    if (HARD_BOUNDARIES.has(v.lower[k]!) || v.lower[k] === ',' || v.lower[k] === '.' || v.pos[k] === 'AUX' || v.pos[k] === 'CCONJ') return undefined;
    if (v.pos[k] === 'VERB') return v.lower[k - 1] === 'to' && v.pos[k - 1] === 'PART' ? governorOf(v, k) : undefined;
  }
  return undefined;
}

/** "is yet to", "has yet to": the forms before "yet to" that say something has not happened so far. */
const YET_TO = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', "'s", "'re"]);

/** Modals under which a negation is a refusal: "will not meet", "cannot accept", "wo n't". */
const REFUSING = new Set(['will', 'would', 'shall', "'ll", 'can', 'ca', 'wo']);

const READY = new Set(['ready', 'willing', 'eager', 'set', 'able', 'due', 'keen', 'prepared', 'determined', 'likely', 'unable', 'unwilling', 'reluctant']);
