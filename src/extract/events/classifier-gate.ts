/**
 * Where the grammar stops, learn: a sentence in which the grammar found a known actor but coded no event gets one
 * event of the type the sentence classifier (sentence-classifier.ts) reads in it, only when the classifier is at
 * least `confident` (0.9 by default). The classifier never removes or recodes the grammar's events: measured on
 * PETR2 and PLOVER GSR, a veto of grammar events it confidently read as another type cost more right events than
 * wrong ones at every threshold tried (README, "A learned event type"), and an earlier Naive Bayes that added
 * events freely lost precision.
 */
import { actorGroupsOf, codeSentence } from './code-sentence.js';
import type { ActorGroup } from './actor-groups.js';
import { unknownActor } from './group-codes.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import { CAMEO } from './cameo.js';
import { span } from './emit-events.js';
import type { Trace } from './grammar/rule.js';
import { classify, type EventTypeModel } from './sentence-classifier.js';
import { viewOf } from './sentence-view.js';
import type { CameoCode, CodedEvent, CoderSentence, Span } from './types.js';

/** The classifier with the codes its types become and the confidence it must reach to add an event. */
export interface LearnedTypes {
  readonly model: EventTypeModel;
  readonly codes: ReadonlyMap<string, string>;
  readonly confident: number;
}

const DEFAULT_CONFIDENCE = 0.9;

export function learnedTypes(model: EventTypeModel, cameo: Readonly<Record<string, CameoCode>>, confident = DEFAULT_CONFIDENCE): LearnedTypes {
  return { model, codes: baseCodes(cameo), confident };
}

/** The grammar's events for the sentence; with `learned`, the classifier's one event where the grammar has none. */
export function codeSentenceLearned(s: CoderSentence, d: CompiledDictionaries, learned?: LearnedTypes, trace?: Trace): CodedEvent[] {
  const events = codeSentence(s, d, trace);
  if (events.length > 0 || !learned) return events;
  const added = learnedEvent(s, d, learned.model, learned.codes, learned.confident);
  return added ? [added] : events;
}

/**
 * A type's mode read from the sentence's words, where the type's base code would say something else: PLOVER ACCUSE
 * lumps disapproval (110, its base code) with investigations (090) and lawsuits (115), and "launched an inquiry" is
 * no disapproval. Each row pinned by test/unit/events-learned.test.ts.
 */
export const LEARNED_MODES: readonly { id: string; type: string; code: string; words: ReadonlySet<string>; example: string; reason: string }[] = [
  {
    id: 'learned.mode-investigate',
    type: 'ACCUSE',
    code: CAMEO.INVESTIGATE,
    words: new Set(['investigation', 'investigations', 'investigate', 'investigated', 'investigating', 'inquiry', 'enquiry', 'inquest', 'probe', 'probing']),
    example: 'The Chadian police launched an inquiry into the deaths of Sudanese traders.',
    reason: 'an inquiry ordered or opened is an investigation (CAMEO 090), not a disapproval (110)',
  },
  {
    id: 'learned.mode-lawsuit',
    type: 'ACCUSE',
    code: CAMEO.BRING_LAWSUIT,
    words: new Set(['lawsuit', 'lawsuits', 'petition', 'petitions', 'writ', 'litigation', 'sued', 'suing']),
    example: 'A Chadian trade union filed a petition against the Sudanese company in court.',
    reason: 'a lawsuit or a petition filed is bringing a case (CAMEO 115), not a disapproval (110)',
  },
];

/** The rule of an event the classifier adds to a sentence where the grammar found actors but coded nothing. */
export const LEARNED_RULE = {
  id: 'learned.type-add',
  reason: 'no dictionary verb coded an event here; the sentence classifier read this PLOVER type with high confidence',
} as const;
const ADD_RULE = LEARNED_RULE.id;

/**
 * The CAMEO code an added event of a PLOVER type gets: the type's two-digit root with the most codes of that type
 * in the codebook, written as its base code (`04` -> `040`) when the codebook has one.
 */
function baseCodes(cameo: Readonly<Record<string, CameoCode>>): Map<string, string> {
  const byRoot = new Map<string, Map<string, number>>();
  for (const [code, c] of Object.entries(cameo)) {
    if (!c.plover || !/^\d{2,}$/.test(code)) continue;
    const roots = byRoot.get(c.plover) ?? new Map<string, number>();
    roots.set(code.slice(0, 2), (roots.get(code.slice(0, 2)) ?? 0) + 1);
    byRoot.set(c.plover, roots);
  }
  const out = new Map<string, string>();
  for (const [plover, roots] of byRoot) {
    const root = [...roots.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const under = Object.keys(cameo)
      .filter((k) => k.startsWith(root) && cameo[k]!.plover === plover)
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    const base = cameo[`${root}0`]?.plover === plover ? `${root}0` : under[0];
    if (base) out.set(plover, base);
  }
  return out;
}

/**
 * "Putin said the alliance's influence had grown": the classifier has no class for statements (CAMEO 01x, the
 * commonest code in news) and reads the type of what was said, so a sentence with a verb of saying gets nothing.
 */
const SAYING: ReadonlySet<string> = new Set(['say', 'tell', 'state', 'announce', 'add', 'claim', 'report', 'note', 'declare', 'insist']);

/**
 * One event for a sentence the grammar coded nothing in, when the classifier is at least `confident` of its type
 * and the sentence has a known actor: the first actor phrase not after a preposition is the source, the next one
 * (if any) the target.
 */
function learnedEvent(
  s: CoderSentence,
  d: CompiledDictionaries,
  model: EventTypeModel,
  codes: ReadonlyMap<string, string>,
  confident: number,
): CodedEvent | undefined {
  if (s.tokens.some((t) => t.pos === 'VERB' && SAYING.has((t.lemma ?? t.text).toLowerCase()))) return undefined;
  // The actor phrases first: the grammar found them already (actorGroupsOf keeps them), and with no source the
  // classifier need not read the sentence.
  const groups = (actorGroupsOf(viewOf(s), d) ?? []).filter((g) => !unknownActor(g.code) && !g.pronoun);
  const source = groups.find((g) => !g.prep);
  if (!source) return undefined;
  // The sentence's own words: a caller may hand the whole text with one sentence's tokens (explainText does).
  const top = classify(model, s.tokens.map((t) => t.text).join(' '))[0]!;
  const base = codes.get(top.label);
  if (top.p < confident || !base) return undefined;
  const lower = s.tokens.map((t) => t.text.toLowerCase());
  const mode = LEARNED_MODES.find((m) => m.type === top.label && lower.some((w) => m.words.has(w)));
  const cameo = mode?.code ?? base;
  const target = groups.find((g) => g !== source && g.code !== source.code);
  const spanOf = (g: ActorGroup): Span => span(s, g);
  return {
    source: source.code,
    target: target?.code ?? '---',
    cameo,
    plover: top.label,
    ruleId: ADD_RULE,
    rules: mode ? [ADD_RULE, mode.id] : [ADD_RULE],
    sourceSpan: spanOf(source),
    targetSpan: target ? spanOf(target) : null,
    verbSpan: { start: 0, end: 0 },
  };
}
