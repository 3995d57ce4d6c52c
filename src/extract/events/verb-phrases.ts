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
export function findVerbs(v: SentenceView, d: CompiledDictionaries): VerbHit[] {
  const out: VerbHit[] = [];
  const modals = new Set(d.intent?.modals ?? []);
  for (let i = 0; i < v.n; i++) {
    if (v.pos[i] !== 'VERB') continue;
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
    let passive = false;
    let negated = false;
    let modal: string | undefined;
    for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
      const w = v.lower[j]!;
      const p = v.pos[j]!;
      if (p !== 'AUX' && p !== 'ADV' && p !== 'PART' && !NEGATIONS.has(w)) break;
      if (NEGATIONS.has(w)) negated = true;
      if (modals.has(w)) modal ??= w;
      if (BE_FORMS.has(w) && v.upper[i] !== v.lemma[i] && !v.upper[i]!.endsWith('ING') && PARTICIPLE.test(v.upper[i]!)) passive = true;
      if (w === 'to') break;
    }
    const hit: { -readonly [K in keyof VerbHit]: VerbHit[K] } = { i, end, refs, passive, negated };
    if (modal) hit.modal = modal;
    const governor = governorOf(v, i);
    if (governor !== undefined) hit.governor = governor;
    out.push(hit);
  }
  return out;
}

/** "called on Ukraine to ratify": the verb before `to` (within a few tokens, same clause). */
function governorOf(v: SentenceView, i: number): number | undefined {
  let j = i - 1;
  while (j >= 0 && v.pos[j] === 'ADV') j--;
  if (j < 0 || v.lower[j] !== 'to' || v.pos[j] !== 'PART') return undefined;
  for (let k = j - 1; k >= 0 && j - k <= 7; k--) {
    if (HARD_BOUNDARIES.has(v.lower[k]!) || v.lower[k] === ',') return undefined;
    if (v.pos[k] === 'VERB' || (v.pos[k] === 'ADJ' && /^(ready|willing|eager|set|able|due|about|keen|prepared)$/.test(v.lower[k]!))) return k;
  }
  return undefined;
}
