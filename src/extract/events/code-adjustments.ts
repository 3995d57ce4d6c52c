import { CAMEO } from './cameo.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';

/** What the words around a verb say about its event: "will", "wants to", "did not", "refused to". */
export interface Mood {
  readonly modal?: string;
  /** Governed by an intent or promise verb: "plans to visit", "agreed to lift". */
  readonly intentVerb: boolean;
  /** Governed by "threatened to": the complement, whatever it is, is a threat (13x). */
  readonly threat?: boolean;
  readonly negated: boolean;
  /** The negation is a refusal ("refused to", "will not", "unwilling to"), not a plain "did not". */
  readonly refused?: boolean;
  /** A possibility ("might encourage") nobody states as their own intent: no event. */
  readonly hypothetical?: boolean;
}

/**
 * The project's coding rules on top of the verb patterns (entente-additions.json): a negated
 * cooperation is a rejection (12x), an intended one an intent (03x), intended force a threat (13x),
 * hypothetical force ("might attack") nothing. Returns undefined for "no event".
 */
export function adjustCode(cameo: string, mood: Mood, d: CompiledDictionaries): { code: string; rule?: string } | undefined {
  const root = Number(cameo.slice(0, 2));
  if (mood.hypothetical) return undefined;
  if (mood.negated) {
    // "did not meet": nothing happened; "will not meet", "refused to meet": a rejection.
    if (!mood.refused) return undefined;
    const rejected = byPrefix(d.negation?.map, cameo);
    return rejected && d.negation ? { code: rejected, rule: d.negation.id } : undefined;
  }
  const rule = d.intent;
  if (rule && mood.threat) return { code: byPrefix(rule.threat, cameo) ?? CAMEO.THREATEN, rule: rule.id };
  if (!rule || (!mood.modal && !mood.intentVerb)) return { code: cameo };
  // "might ask Obama to...": an appeal or demand that only may be made has not been made.
  if ((root === 2 || root === 10) && mood.modal && rule.hypotheticalDrop.includes(mood.modal)) return undefined;
  const intended = byPrefix(rule.map, cameo);
  if (intended) return { code: intended, rule: rule.id };
  if (root >= 9) {
    const threatened = mood.intentVerb || (mood.modal !== undefined && rule.threatModals.includes(mood.modal));
    const threat = threatened ? byPrefix(rule.threat, cameo) : undefined;
    if (threat) return { code: threat, rule: rule.id };
    if (mood.modal && rule.hypotheticalDrop.includes(mood.modal)) return undefined;
  }
  // "would consider conducting an inquiry", "will criticize": a future with no intent code of its own (CAMEO has
  // none for investigating, disapproving, protesting) has not happened.
  if (mood.modal && root >= 9 && root !== 10 && root !== 2) return undefined;
  return { code: cameo };
}

/** The value of the longest key that prefixes `code`: `0611` finds `061` before `06`. */
function byPrefix(map: Readonly<Record<string, string>> | undefined, code: string): string | undefined {
  if (!map) return undefined;
  for (let k = code.length; k >= 2; k--) {
    const v = map[code.slice(0, k)];
    if (v) return v;
  }
  return undefined;
}

/** How a governing verb bears on its `to`-complement: intent ("plans to"), promise ("agreed to"), negation ("refused to"), threat ("threatened to"). */
export function governorKind(lemma: string, d: CompiledDictionaries): 'intent' | 'promise' | 'negation' | 'threat' | undefined {
  const l = lemma.toLowerCase();
  if (d.intent?.threatVerbs.includes(l)) return 'threat';
  if (d.intent?.promiseVerbs.includes(l)) return 'promise';
  if (d.intent?.verbs.includes(l)) return 'intent';
  if (d.negation?.verbs.includes(l)) return 'negation';
  return undefined;
}
