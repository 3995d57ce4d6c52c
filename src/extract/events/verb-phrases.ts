import type { CompiledDictionaries, VerbRef } from './compile-dictionaries.js';
import { BE_FORMS, HARD_BOUNDARIES, NEGATIONS, type SentenceView } from './sentence-view.js';

/** A dictionary verb in the sentence with what its auxiliaries say about it. */
export interface VerbHit {
  readonly i: number;
  /** Index after the verb and its particles ("called off" ends after "off"). */
  readonly end: number;
  readonly refs: readonly VerbRef[];
  readonly passive: boolean;
  readonly negated: boolean;
  /** "will", "might"... from its auxiliary chain. */
  readonly modal?: string;
  /** The verb this one is the `to`-infinitive of: "plans to visit" -> the index of "plans". */
  readonly governor?: number;
}

const PARTICIPLE = /(ED|EN|WN|NE|UNG|UCK|ELT|EPT|ELD|IT|AT|OOD|OUGHT|AUGHT|ID|DE|T)$/;

/** The verbs of the sentence that the verb dictionary knows, left to right. */
/** `actorEnds`: token indices right after an actor phrase (a verb there has that actor as subject). */
export function findVerbs(v: SentenceView, d: CompiledDictionaries, actorEnds: ReadonlySet<number> = new Set()): VerbHit[] {
  const out: VerbHit[] = [];
  const modals = d.modals;
  for (let i = 0; i < v.n; i++) {
    if (v.pos[i] !== 'VERB') continue;
    // "war-torn", "UN-brokered": a verb inside a hyphenated compound is an adjective.
    if (v.lower[i - 1] === '-' || v.lower[i + 1] === '-') continue;
    if (taggedNoun(v, i)) continue;
    // "the recently imposed law": a verb between a determiner (and adverbs) and its noun is an adjective.
    if (v.pos[i - 1] === 'ADV' && /^(NOUN|PROPN|ADJ)$/.test(v.pos[i + 1] ?? '')) {
      let k = i - 1;
      while (k >= 0 && v.pos[k] === 'ADV') k--;
      if (v.pos[k] === 'DET') continue;
    }
    // "accused the rebels of violating", "by promoting": a gerund after a preposition is the main verb's content.
    if (v.upper[i]!.endsWith('ING') && (v.pos[i - 1] === 'ADP' || v.pos[i - 1] === 'SCONJ')) continue;
    const candidates = d.verbs.get(v.upper[i]!) ?? d.verbs.get(v.lemma[i]!);
    if (!candidates) continue;
    // A phrasal verb needs its particles right after it ("called off"); then it beats the plain verb.
    let refs = candidates.filter((r) => r.particles.length > 0 && r.particles.every((p, k) => v.upper[i + 1 + k] === p));
    let end = i + 1 + (refs[0]?.particles.length ?? 0);
    if (refs.length === 0) {
      refs = candidates.filter((r) => r.particles.length === 0);
      end = i + 1;
    }
    if (refs.length === 0) continue;
    const aux = auxiliaries(v, i, modals);
    const participle = v.upper[i] !== v.lemma[i] && !v.upper[i]!.endsWith('ING') && !v.upper[i]!.endsWith('S') && PARTICIPLE.test(v.upper[i]!);
    // "an agreement forced on Qatar by...", "refugees ordered out of": a participle after a common noun or a
    // comma, with no object of its own, modifies it ("its allies demanded that..." stays a verb).
    if (participle && !aux.be && !aux.modal && (v.pos[i - 1] === 'NOUN' || v.lower[i - 1] === ',') && !actorEnds.has(i) && reducedRelative(v, i)) continue;
    // "met with exiled dissidents": a participle between a preposition and its noun is an adjective.
    if (participle && v.pos[i - 1] === 'ADP' && /^(NOUN|PROPN|ADJ)$/.test(v.pos[i + 1] ?? '')) continue;
    // "to identify victims killed by the crash": after another clause's verb, an actor + participle + "by" is a reduced relative.
    if (participle && !aux.be && actorEnds.has(i) && v.lower.slice(i + 1, i + 4).includes('by') && v.pos.slice(0, i - 1).includes('VERB')) continue;
    // "food aid to refugees fleeing the war": an -ing form right after a noun, once the sentence has had its verb, modifies the noun.
    if (v.upper[i]!.endsWith('ING') && !aux.be && /^(NOUN|PROPN)$/.test(v.pos[i - 1] ?? '') && v.pos.slice(0, i - 1).some((p, k) => p === 'VERB' && !v.upper[k]!.endsWith('ING'))) continue;
    const passive = aux.be && participle;
    const negated = aux.negated;
    const modal = aux.modal;
    const hit: { -readonly [K in keyof VerbHit]: VerbHit[K] } = { i, end, refs, passive, negated };
    if (modal) hit.modal = modal;
    if (insideContent(v, i, d)) continue;
    const governor = governorOf(v, i);
    if (governor === null) continue;
    if (governor !== undefined) hit.governor = governor;
    out.push(hit);
  }
  return out;
}

/** The auxiliary chain before a verb: a form of "be" (for the passive), a modal, a negation. */
export function auxiliaries(v: SentenceView, i: number, modals: ReadonlySet<string>): { be: boolean; negated: boolean; modal?: string } {
  let be = false;
  let negated = false;
  let modal: string | undefined;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const w = v.lower[j]!;
    const p = v.pos[j]!;
    if (p !== 'AUX' && p !== 'ADV' && p !== 'PART' && !NEGATIONS.has(w)) break;
    if (NEGATIONS.has(w)) negated = true;
    if (modals.has(w)) modal ??= w;
    if (BE_FORMS.has(w)) be = true;
    if (w === 'to') break;
  }
  return modal ? { be, negated, modal } : { be, negated };
}

/**
 * The verb a `to`-infinitive depends on: "agreed to lift" (the verb before `to`), "urged Russia to
 * withdraw", "called on Ukraine to ratify" (verb, object, `to`). undefined when the verb is no
 * infinitive; null when it is one of a noun or a purpose ("an invitation to attend", "met to
 * discuss"): then it has no subject of its own to code.
 */
export function governorOf(v: SentenceView, i: number): number | undefined | null {
  let j = i - 1;
  while (j >= 0 && v.pos[j] === 'ADV') j--;
  // "to be joined", "to have attacked": the auxiliary of a passive or perfect infinitive.
  if (j > 0 && /^(be|have|been)$/.test(v.lower[j]!)) j--;
  if (j > 0 && v.lower[j] === 'be' && v.lower[j - 1] === 'have') j--;
  // "to protect them and prevent a war": a bare verb coordinated with an infinitive is one too, of the same governor.
  if (j >= 0 && (v.lower[j] === 'and' || v.lower[j] === 'or') && v.upper[i] === v.lemma[i]) return coordinatedInfinitive(v, j);
  if (j < 0 || v.lower[j] !== 'to' || v.pos[j] !== 'PART') return undefined;
  let k = j - 1;
  while (k >= 0 && v.pos[k] === 'ADV') k--;
  if (k < 0) return null;
  if (v.pos[k] === 'VERB' || (v.pos[k] === 'ADJ' && READY.has(v.lower[k]!))) return k;
  // Verb + object + to: the object is a name or pronoun, maybe after a preposition ("on", "upon").
  let m = k;
  while (m >= 0 && j - m <= 6 && (v.pos[m] === 'PROPN' || v.pos[m] === 'PRON' || v.pos[m] === 'DET' || v.pos[m] === 'ADJ' || v.pos[m] === 'NOUN' || v.lower[m] === "'s" || v.lower[m] === '.')) m--;
  if (m >= 0 && v.pos[m] === 'ADP' && /^(on|upon)$/.test(v.lower[m]!)) m--;
  if (m >= 0 && m < k && v.pos[m] === 'VERB' && (v.pos[k] === 'PROPN' || v.pos[k] === 'PRON' || /^[A-Z]/.test(v.source.tokens[k]!.text))) return m;
  return v.pos[k] === 'NOUN' || v.pos[k] === 'PROPN' || v.pos[k] === 'NUM' ? null : undefined;
}

/** The governor of the infinitive before a coordinating word at `and`: the nearest verb back within its clause. */
function coordinatedInfinitive(v: SentenceView, and: number): number | undefined | null {
  for (let k = and - 1; k >= 0 && and - k <= 10; k--) {
    if (HARD_BOUNDARIES.has(v.lower[k]!) || v.lower[k] === ',' || v.lower[k] === '.' || v.pos[k] === 'AUX' || v.pos[k] === 'CCONJ') return undefined;
    if (v.pos[k] === 'VERB') return v.lower[k - 1] === 'to' && v.pos[k - 1] === 'PART' ? governorOf(v, k) : undefined;
  }
  return undefined;
}

/**
 * Verbs whose event the sentence does not assert: the clause of a hearsay noun ("on charges that she
 * signed", "rumours that troops had crossed": entente.unasserted) and what a gerund after a
 * preposition governs ("for helping militants join a group": the gerund is already the main verb's content).
 */
function insideContent(v: SentenceView, i: number, d: CompiledDictionaries): boolean {
  // An auxiliary starts a predicate of its own ("acting against Moscow were released"): no gerund governs past it.
  let auxiliary = false;
  for (let j = i - 1; j >= 0 && i - j <= 8; j--) {
    const w = v.lower[j]!;
    if (HARD_BOUNDARIES.has(w) || w === ',' || w === '.' || (v.pos[j] === 'CCONJ' && v.pos[j + 1] !== 'VERB')) return false;
    if (w === 'that' && j > 0 && v.pos[j - 1] === 'NOUN' && d.unasserted?.nouns.includes(v.lemma[j - 1]!.toLowerCase())) return true;
    if (v.pos[j] === 'AUX') auxiliary = true;
    else if (v.pos[j] === 'VERB') return !auxiliary && v.upper[j]!.endsWith('ING') && j > 0 && (v.pos[j - 1] === 'ADP' || v.pos[j - 1] === 'SCONJ') && v.lower[j - 1] !== 'to' && i - j <= 4;
  }
  return false;
}

const READY = new Set(['ready', 'willing', 'eager', 'set', 'able', 'due', 'keen', 'prepared', 'determined', 'likely', 'unable', 'unwilling', 'reluctant']);

function reducedRelative(v: SentenceView, i: number): boolean {
  const next = v.pos[i + 1];
  if (next === undefined || next === 'ADP' || next === 'PUNCT' || next === 'ADV') return true;
  // ", expected to be joined by...": set off by a comma, a participle with an infinitive still modifies.
  if (v.lower[i - 1] === ',' && v.lower[i + 1] === 'to') return true;
  return v.lower.slice(i + 1, i + 4).includes('by');
}

/** wink-nlp tags some nouns as verbs: "rejected calls", "the attacks", "its offer". */
function taggedNoun(v: SentenceView, i: number): boolean {
  const p = v.pos[i - 1];
  if (p === 'ADJ' || p === 'DET' || p === 'NUM' || v.lower[i - 1] === "'s" || /^(his|her|its|their|our|my|your)$/.test(v.lower[i - 1] ?? '')) return true;
  return p === 'VERB' && v.upper[i]!.endsWith('S') && !v.upper[i]!.endsWith('SS');
}
