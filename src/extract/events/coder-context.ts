import { actorGroup, type ActorGroup } from './actor-group.js';
import { findSubjects } from './clause-roles.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import { DOMESTIC_RULES } from './grammar/domestic-rules.js';
import { EVENT } from './grammar/event-rules.js';
import { HAPPENING_NOUNS, PRECISION } from './grammar/precision-rules.js';
import type { Trace } from './grammar/rule.js';
import { commaBeforeParticiple, HARD_BOUNDARIES, NOUN_PHRASE_TAGS, type SentenceView } from './sentence-view.js';
import type { CoderSentence } from './types.js';
import { datelineSpeech } from './verbal-acts.js';
import { tokenSpan, type VerbHit } from './verb-phrases.js';

/** What the coder knows about the sentence while it codes its verbs one by one. */
export interface Ctx {
  readonly s: CoderSentence;
  readonly v: SentenceView;
  readonly d: CompiledDictionaries;
  readonly groups: readonly ActorGroup[];
  readonly groupAt: ReadonlyMap<number, ActorGroup>;
  readonly relative: readonly boolean[];
  /** Tokens of direct speech (clause-roles.ts quotedTokens). */
  readonly quoted: readonly boolean[];
  readonly present: ReadonlySet<string>;
  readonly synsetPresent: Map<string, boolean>;
  readonly byIndex: ReadonlyMap<number, VerbHit>;
  readonly subjectsOf: Map<number, ActorGroup[]>;
  readonly consumed: Set<number>;
  /** Decisions recorded for `--explain`; undefined when nobody asked. */
  readonly trace: Trace;
}

export function subjectsFor(i: number, ctx: Ctx): ActorGroup[] {
  const known = ctx.subjectsOf.get(i);
  if (known) return known;
  // "ISIL attacked Iraq and took Mosul", "...but said it was": a coordinated verb shares its subject.
  const shared = coordinatedWith(i, ctx);
  if (shared !== undefined) {
    const subjects = subjectsFor(shared, ctx);
    ctx.subjectsOf.set(i, subjects);
    return subjects;
  }
  // ", urging the counterpart to sign": a participle after a comma shares the main clause's subject.
  const main = adjunctOf(i, ctx);
  if (main !== undefined) {
    const subjects = subjectsFor(main, ctx);
    ctx.subjectsOf.set(i, subjects);
    return subjects;
  }
  // "..., said the foreign minister": a reporting verb after a comma or a closing quote has its speaker after it.
  const speaker = invertedSpeaker(i, ctx);
  if (speaker !== undefined) {
    // A speaker the dictionaries do not know ("..., said Pravin Nanavati") is still not the quotation's subject.
    const subjects = speaker ? [actorGroup({ ...speaker, rules: [...(speaker.rules ?? []), EVENT.invertedSpeaker.id] })] : [];
    if (!speaker)
      ctx.trace?.push({
        rule: EVENT.invertedSpeaker.id,
        outcome: 'fired',
        at: { start: ctx.s.tokens[i]!.start, end: ctx.s.tokens[i]!.end },
        note: 'a speaker of no known actor',
      });
    ctx.subjectsOf.set(i, subjects);
    return subjects;
  }
  // "when the bomb threatened to explode": a noun phrase of no actor right before the verb is its subject, a thing.
  const thing = thingSubject(i, ctx);
  if (thing) {
    ctx.trace?.push({ rule: thing, outcome: 'stopped', at: tokenSpan(ctx.v, i, i + 1) });
    ctx.subjectsOf.set(i, []);
    return [];
  }
  // Made only when tracing: a closure per verb is a cost of its own in the hot path.
  const trace = ctx.trace;
  const passed = trace
    ? (g: ActorGroup, rule?: string) => void trace.push({ rule: rule ?? EVENT.relativeSubject.id, outcome: 'fired', at: tokenSpan(ctx.v, g.start, g.end) })
    : undefined;
  let subjects = resolvePronouns(findSubjects(ctx.v, subjectPool(i, ctx), i, ctx.relative, passed), i, ctx);
  // "Meeting his counterpart, Putin said"; after a dateline, a participle of speaking ("ayodhya: attacking the vhp, the mahant said").
  if (subjects.length === 0 && (i <= 1 || datelineSpeech(ctx.v, i)) && /ING$/.test(ctx.v.upper[i]!)) subjects = participleSubject(ctx.v, ctx.groups, i);
  ctx.subjectsOf.set(i, subjects);
  return subjects;
}

const DOCUMENTS: ReadonlySet<string> = new Set(
  'declaration statement resolution report letter communique communiqué memorandum note editorial petition appeal message release'.split(' '),
);
const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", 'its', 'their', 'his', 'her', 'our']);

/**
 * Whether the verb at `i` has a noun phrase of no actor right before it (auxiliaries and adverbs aside) that is no
 * prepositional phrase's ("on monday", "of the party"): "the bomb threatened", "the situation demanded".
 */
function thingSubject(i: number, ctx: Ctx): string | undefined {
  const { v } = ctx;
  let k = i - 1;
  while (k >= 0 && (v.pos[k] === 'AUX' || v.pos[k] === 'ADV' || v.pos[k] === 'PART')) k--;
  // A document speaks for whoever issued it ("a joint declaration expressed their dismay"): no thing.
  if (k < 0 || v.pos[k] !== 'NOUN' || DOCUMENTS.has(v.lower[k]!)) return undefined;
  // The whole phrase, through "of" ("the aftershocks of the carnage have left..."): an actor anywhere in it is the subject.
  let from = k;
  while (
    from > 0 &&
    (NOUN_PHRASE_TAGS.has(v.pos[from - 1]!) ||
      POSSESSIVE.has(v.lower[from - 1]!) ||
      (v.lower[from - 1] === 'of' && from > 1 && NOUN_PHRASE_TAGS.has(v.pos[from - 2]!)))
  )
    from--;
  const inPhrase = subjectPool(i, ctx).filter((g) => g.start <= k && g.end > from);
  // "the Ndjamena violence had exposed": a place that only modifies a noun of what happened is no subject (role.place-modifier).
  const placeOnly = inPhrase.length > 0 && HAPPENING_NOUNS.has(v.lower[k]!) && inPhrase.every((g) => g.end <= k && ctx.d.places.has(g.ruleId));
  if (inPhrase.length > 0 && !placeOnly) return undefined;
  // "Israeli helicopters and tanks shelled": a noun coordinated with an actor phrase shares its role.
  // Nor the object of a participle ("soldiers carrying heavy weapons attacked").
  const before = v.pos[from - 1];
  const participle = before === 'VERB' && v.upper[from - 1]!.endsWith('ING');
  const thing = from === 0 || (before !== 'ADP' && before !== 'PUNCT' && !participle && v.lower[from - 1] !== 'and' && v.lower[from - 1] !== 'or');
  return !thing ? undefined : placeOnly ? PRECISION.placeModifier.id : EVENT.thingSubject.id;
}

/**
 * The phrases a verb's subject is looked for among: property ("the vehicle", "three buses", property-groups.ts) is the
 * subject of a passive only ("three buses were torched"); an active verb's subject is further back.
 */
function subjectPool(i: number, ctx: Ctx): readonly ActorGroup[] {
  if (ctx.byIndex.get(i)?.passive === true || !ctx.groups.some((g) => g.property === true)) return ctx.groups;
  const passed = ctx.groups.find((g) => g.property === true && g.end <= i);
  if (passed) ctx.trace?.push({ rule: DOMESTIC_RULES.propertyNoSource.id, outcome: 'fired', at: tokenSpan(ctx.v, passed.start, passed.end) });
  return ctx.groups.filter((g) => g.property !== true);
}

/** A pronoun stands for the latest subject before it ("Kyrgyzstan said it might join"). */
export function resolvePronouns(list: readonly ActorGroup[], before: number, ctx: Ctx): ActorGroup[] {
  return list.flatMap((g) => {
    if (!g.pronoun) return [g];
    // "'We demand a ban,' the minister said": a first person inside a quotation is its speaker.
    const speaker = ctx.quoted[g.start] && ctx.v.lower[g.start] === 'we' ? quoteSpeaker(g.start, ctx) : undefined;
    if (speaker) return [actorGroup({ ...speaker, start: g.start, end: g.end, rules: [...(speaker.rules ?? []), EVENT.quoteSpeaker.id] })];
    // "Stating that mobs attacked Muslims, men and women, they demanded...": no antecedent inside an opening participle clause.
    const from = openingClauseEnd(ctx.v, g.start);
    let best: ActorGroup[] = [];
    for (const [i, subj] of ctx.subjectsOf) if (i < before && subj.length > 0 && subj[0]!.start < g.start && subj[0]!.start > from) best = subj;
    // "he", "she" stand for people: a bare country (a place named before) is no antecedent for them.
    const person = ctx.v.lower[g.start] === 'he' || ctx.v.lower[g.start] === 'she';
    if (person && best.length > 0 && best[0]!.code.length === 3) best = [];
    if (best.length === 0)
      best = ctx.groups.filter((x) => !x.pronoun && !x.prep && x.end <= g.start && x.start > from && !(person && x.code.length === 3)).slice(0, 1);
    return best.map((b) => actorGroup({ ...b, start: g.start, end: g.end, rules: [...(b.rules ?? []), EVENT.pronoun.id] }));
  });
}

/** The comma closing a participle clause that opens the sentence (or follows its dateline), the last before `at`; -1 when there is none. */
function openingClauseEnd(v: SentenceView, at: number): number {
  const colon = v.lower.indexOf(':');
  const first = colon >= 0 && colon < 6 ? colon + 1 : 0;
  if (!v.upper[first]?.endsWith('ING') || v.pos[first] !== 'VERB') return -1;
  // The last comma before the pronoun: the opening clause may list with commas ("burned homes of Muslims, men, women, ...").
  const comma = v.lower.lastIndexOf(',', at - 1);
  return comma > first ? comma : -1;
}

/** "Meeting with his counterpart, Putin said...": the subject follows the participle clause. */
function participleSubject(v: SentenceView, groups: readonly ActorGroup[], i: number): ActorGroup[] {
  const comma = v.lower.indexOf(',', i);
  if (comma < 0) return [];
  const g = groups.find((x) => x.start > comma && !x.prep);
  return g && g.start - comma <= 3 ? [g] : [];
}

/** The finite verb an "-ing" adjunct after a comma belongs to ("rejected the plan, urging..."), if any. */
export function adjunctOf(i: number, ctx: Ctx): number | undefined {
  const { v } = ctx;
  const j = commaBeforeParticiple(v, i);
  if (j < 0 || i < 2) return undefined;
  for (let k = j - 1; k >= 0 && j - k <= 25; k--) {
    if (ctx.relative[k] || HARD_BOUNDARIES.has(v.lower[k]!)) continue;
    if (v.pos[k] === 'VERB' && !v.upper[k]!.endsWith('ING') && v.pos[k - 1] !== 'ADP') return k;
  }
  return undefined;
}

/** The verb this one is coordinated with ("attacked Iraq and taken"), when no subject stands between. */
export function coordinatedWith(i: number, ctx: Ctx): number | undefined {
  const { v } = ctx;
  let j = i - 1;
  while (j >= 0 && (v.pos[j] === 'ADV' || v.pos[j] === 'AUX' || v.lower[j] === 'also')) j--;
  if (j < 0 || !/^(and|or|but)$/.test(v.lower[j]!)) return undefined;
  for (let k = j - 1; k >= 0 && j - k <= 20; k--) {
    // "slander the army deployed in the state and cautioned...": a participle after a noun modifies it.
    if (v.pos[k] === 'VERB' && !v.upper[k]!.endsWith('ING') && !(v.pos[k - 1] === 'NOUN' && !ctx.byIndex.has(k))) return k;
    if (v.lower[k] === ';' || v.lower[k] === ':') return undefined;
  }
  return undefined;
}

const SPEECH = new Set([
  'say',
  'add',
  'tell',
  'claim',
  'warn',
  'declare',
  'state',
  'insist',
  'note',
  'write',
  'announce',
  'allege',
  'assert',
  'explain',
  'argue',
  'stress',
  'reply',
  'ask',
  // ", disclosed a trader", ", felt a volunteer", ", wondered a doctor": any verb of saying inverts (issue 14).
  'disclose',
  'reveal',
  'admit',
  'recall',
  'remark',
  'observe',
  'maintain',
  'lament',
  'complain',
  'wonder',
  'feel',
  'mumble',
  'quip',
  'retort',
  'concede',
  'inform',
  'confide',
  'exclaim',
  'opine',
]);
const QUOTE_CLOSE = new Set([',', '"', '”', "'", '’']);

/**
 * "..., said the Chadian minister", "...,' says Kalra": a reporting verb right after a comma or a quote, followed by its
 * speaker. The actor that speaker is; null when the speaker is no actor; undefined when the verb is not inverted.
 */
function invertedSpeaker(i: number, ctx: Ctx): ActorGroup | null | undefined {
  const { v } = ctx;
  if (!QUOTE_CLOSE.has(v.source.tokens[i - 1]?.text ?? '') || !SPEECH.has(v.lemma[i]!.toLowerCase())) return undefined;
  // "..., he said" is in the usual order.
  if (!/^(NOUN|PROPN|DET|ADJ)$/.test(v.pos[i + 1] ?? '')) return undefined;
  const g = ctx.groups.find((x) => x.start > i && x.start <= i + 6 && !x.prep && !x.pronoun);
  return g && !ctx.groups.some((x) => x.start > i && x.start < g.start) && !v.lower.slice(i + 1, g.start).includes(',') ? g : null;
}

/** The speaker of the quotation holding token `at`: the actor of the reporting verb right after it, or right before it. */
function quoteSpeaker(at: number, ctx: Ctx): ActorGroup | undefined {
  const { v, quoted, groups } = ctx;
  let end = at;
  while (end < v.n && quoted[end]) end++;
  for (let k = end; k < v.n && k - end <= 6; k++) {
    if (v.pos[k] !== 'VERB' || !SPEECH.has(v.lemma[k]!.toLowerCase())) continue;
    return (
      groups.find((g) => g.start >= end && g.end <= k && !g.prep && !g.pronoun) ?? groups.find((g) => g.start > k && g.start <= k + 3 && !g.prep && !g.pronoun)
    );
  }
  let start = at;
  while (start > 0 && quoted[start - 1]) start--;
  for (let k = start - 1; k >= 0 && start - k <= 4; k--) {
    if (v.pos[k] === 'VERB' && SPEECH.has(v.lemma[k]!.toLowerCase())) return [...groups].reverse().find((g) => g.end <= k && !g.prep && !g.pronoun);
  }
  return undefined;
}
