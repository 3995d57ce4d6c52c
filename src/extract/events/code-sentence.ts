import { nominalActs, nominalActsAt } from './nominal-acts.js';
import { nominalProtests, nominalProtestsAt } from './nominal-protests.js';
import { RECALL } from './grammar/recall-rules.js';
import { findActorGroups, type ActorGroup } from './actor-groups.js';
import { CAMEO, NONE, ROOT, isUnder, rootOf } from './cameo.js';
import { conditionClause, findObjects, quotedTokens, relativeClauses } from './clause-roles.js';
import { governorKind, type Mood } from './code-adjustments.js';
import { codeVerb } from './code-verb.js';
import { resolvePronouns, subjectsFor, type Ctx } from './coder-context.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import { alleged, promised } from './derived-events.js';
import { dedupe, events, span } from './emit-events.js';
import { DOMESTIC_RULES } from './grammar/domestic-rules.js';
import { EVENT } from './grammar/event-rules.js';
import { PRECISION } from './grammar/precision-rules.js';
import { SPEECH_SENSES } from './grammar/speech-senses.js';
import { firstStop, type SiteRule, type Trace } from './grammar/rule.js';
import { repairedTags, viewOf, type SentenceView } from './sentence-view.js';
import type { CodedEvent, CoderSentence, ComplementRule } from './types.js';
import { auxiliaries, findVerbs, tokenSpan, type VerbHit } from './verb-phrases.js';

const OBJECT_REACH = 12;

interface HitSite {
  readonly hit: VerbHit;
  readonly ctx: Ctx;
}

/** Verbs that code no event of their own, whatever their code: tried in this order before a verb is coded. */
const EVENT_STOPS: readonly SiteRule<HitSite>[] = [
  { ...EVENT.patternWord, applies: ({ hit, ctx }) => ctx.consumed.has(hit.i) },
  { ...EVENT.purpose, applies: ({ hit, ctx }) => purposeOnly(hit, ctx) },
  { ...EVENT.background, applies: ({ hit, ctx }) => ctx.relative[hit.i] === true },
  { ...EVENT.conditionClause, applies: ({ hit, ctx }) => conditionClause(ctx.v, hit.i) },
  { ...EVENT.question, applies: ({ hit, ctx }) => inQuestion(ctx.v, hit.end) },
  { ...EVENT.openingSpeech, applies: ({ hit, ctx }) => openingSpeech(ctx.v, hit.i) },
];

/** What ends a direct question's reach backwards from its "?": the end of another sentence, a colon, a quote. */
const QUESTION_OPENERS = new Set(['.', '!', ':', ';', '"', '“', '”', '‘‘', '’’', "''", '``']);

/** "Didn't he ask parliament to...?": a "?" follows the verb with no sentence end, colon or quote between. */
function inQuestion(v: SentenceView, from: number): boolean {
  for (let j = from; j < v.n; j++) {
    if (v.lower[j] === '?') return true;
    if (QUESTION_OPENERS.has(v.lower[j]!)) return false;
  }
  return false;
}

/** Verbs of saying whose participle may open a sentence before its main clause ("Asserting that...", "Terming it..."). */
const SAYING = new Set([
  'say',
  'state',
  'assert',
  'note',
  'claim',
  'add',
  'term',
  'describe',
  'maintain',
  'observe',
  'allege',
  'stress',
  'reiterate',
  'insist',
  'argue',
  'declare',
]);

/** "curfew was imposed in the town": a sentence of a home country's news that names an act on a place (entente.area-act). */
function namesAreaAct(s: CoderSentence, v: SentenceView, d: CompiledDictionaries): boolean {
  if (s.country === undefined || d.areaNouns.size === 0) return false;
  for (let i = 0; i < v.n; i++) if (d.areaNouns.has(v.lower[i]!)) return true;
  return false;
}

/** "Stating that mobs burned..., they demanded": a participle of saying at the sentence's start (or after a dateline), a comma later. */
function openingSpeech(v: SentenceView, i: number): boolean {
  if (!v.upper[i]!.endsWith('ING') || !SAYING.has(v.lemma[i]!.toLowerCase())) return false;
  if (i > 0 && v.lower[i - 1] !== ':' && v.lower[i - 1] !== '"' && v.pos[i - 1] !== 'ADV') return false;
  return v.lower.indexOf(',', i) > i;
}

/**
 * Codes the events of one sentence: each dictionary verb that no stop rule takes out is coded by codeVerb; then a
 * governing verb gives way to its coded complement ("agreed to lift"), and claimed conflict becomes accusation.
 * With `trace`, every rule that stopped an event or a verb is written there ("why not that one").
 */
export function codeSentence(s: CoderSentence, d: CompiledDictionaries, trace?: Trace): CodedEvent[] {
  // Most sentences have no dictionary verb: say so before any other work.
  const v = viewOf(s);
  if (!hasDictionaryVerb(s, v, d)) return [];
  if (trace) for (const i of repairedTags(v)) trace.push({ rule: DOMESTIC_RULES.tagRepair.id, outcome: 'fired', at: tokenSpan(v, i, i + 1), note: v.pos[i] });
  const groups = trace ? findActorGroups(v, d, trace) : actorGroupsOf(v, d);
  if (!groups || (groups.length === 0 && !namesAreaAct(s, v, d))) return [];
  const verbs = findVerbs(v, d, new Set(groups.map((g) => g.end)), trace);
  // "the bandh called by the vhp": a protest named by its noun and holder, whose participle is no verb (event.protest-by).
  const nominal = nominalProtestsAt(v, d);
  // "the opposition's demand for the minister's resignation": an act named by its noun and holder (event.nominal-act).
  const acts = nominalActsAt(v, groups);
  if (verbs.length === 0 && nominal.length === 0 && acts.length === 0) return [];
  const present = new Set<string>();
  for (let i = 0; i < v.n; i++) if (v.pos[i] !== 'PUNCT') d.words.collect(v.upper[i]!, v.lemma[i]!, present);
  const ctx: Ctx = {
    s,
    v,
    d,
    groups,
    groupAt: new Map(groups.map((g) => [g.start, g])),
    relative: relativeClauses(v, groups),
    quoted: quotedTokens(v),
    present,
    synsetPresent: new Map(),
    byIndex: new Map(verbs.map((h) => [h.i, h])),
    subjectsOf: new Map(),
    consumed: new Set(),
    trace,
  };

  const proposals = new Map<number, CodedEvent[]>();
  const purposes: VerbHit[] = [];
  for (const hit of verbs) {
    const stop = firstStop(EVENT_STOPS, { hit, ctx }, trace, () => tokenSpan(v, hit.i, hit.end));
    if (stop?.id === EVENT.purpose.id || stop?.id === EVENT.background.id) purposes.push(hit);
    proposals.set(hit.i, stop ? [] : codeVerb(hit, ctx));
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
      trace?.push({ rule: EVENT.appealToObject.id, outcome: 'stopped', at: tokenSpan(v, hit.i, hit.end) });
      proposals.set(hit.governor, appealTo(hit.governor, asked, hit.i, d.complement, ctx));
      continue;
    }
    if ((proposals.get(hit.i) ?? []).length > 0) {
      trace?.push({ rule: EVENT.governorYields.id, outcome: 'stopped', at: tokenSpan(v, hit.governor, hit.governor + 1) });
      proposals.set(hit.governor, []);
    } else if (kind === 'promise' && d.intent) proposals.set(hit.governor, promised(hit, d.intent.promiseCode, ctx));
    else if (kind === 'threat' && d.intent) proposals.set(hit.governor, promised(hit, CAMEO.THREATEN, ctx));
  }
  // "Chad wants Sudan to take the matter seriously": with no coded complement, the intent verb still appeals to its object.
  for (const hit of verbs) {
    if (d.complement && governorKind(v.lemma[hit.i]!, d) === 'intent' && ![...ctx.byIndex.values()].some((h) => h.governor === hit.i)) {
      const asked = groups.find((g) => g.start >= hit.end && g.start <= hit.end + 1 && !g.prep && v.lower[g.end] === 'to' && v.pos[g.end + 1] === 'VERB');
      if (asked) proposals.set(hit.i, appealTo(hit.i, asked, asked.end + 1, d.complement, ctx));
    }
  }
  if (d.allegation) for (const hit of verbs) proposals.set(hit.i, alleged(hit, proposals.get(hit.i) ?? [], ctx));
  const coded = withoutSaidTwice(d.allegation?.id, withoutAllegedTwice([...proposals.entries()].sort((a, b) => a[0] - b[0]).flatMap(([, e]) => e)));
  const named = acts.length > 0 ? nominalActs(acts, ctx) : [];
  return dedupe(nominal.length > 0 || named.length > 0 ? [...coded, ...nominalProtests(nominal, ctx), ...named] : coded);
}

/** The governing intent verb's appeal to the one it wants to act ("wants Putin to attack": 020 to Putin). */
function appealTo(gov: number, asked: ActorGroup, at: number, rule: ComplementRule, ctx: Ctx): CodedEvent[] {
  const a = auxiliaries(ctx.v, gov, ctx.d.modals);
  const mood: Mood = { intentVerb: false, negated: a.negated, ...(a.modal ? { modal: a.modal } : {}) };
  const coding = { verb: gov, verbEnd: gov + 1, code: rule.appealCode, ruleId: rule.id, rules: [EVENT.appealToObject.id], mood };
  return events(coding, subjectsFor(gov, ctx), resolvePronouns([asked], at, ctx), ctx);
}

const groupsMemo = new WeakMap<SentenceView, { readonly d: CompiledDictionaries; readonly groups: readonly ActorGroup[] | undefined }>();

/** The sentence's actor phrases (findActorGroups, untraced), found once however many readers ask (the classifier's fallback). */
export function actorGroupsOf(v: SentenceView, d: CompiledDictionaries): readonly ActorGroup[] | undefined {
  const had = groupsMemo.get(v);
  if (had?.d === d) return had.groups;
  const groups = findActorGroups(v, d);
  groupsMemo.set(v, { d, groups });
  return groups;
}

/**
 * A verb the dictionaries know, by its form or its lemma. The view's upper-case words are the tokens' own but for
 * curly apostrophes (the view writes them ASCII): such a token is read from its own text.
 */
function hasDictionaryVerb(s: CoderSentence, v: SentenceView, d: CompiledDictionaries): boolean {
  for (let i = 0; i < v.n; i++) {
    if (v.pos[i] !== 'VERB') continue;
    const t = s.tokens[i]!;
    if (d.verbs.has(t.text.includes('\u2019') || t.text.includes('\u2018') ? t.text.toUpperCase() : v.upper[i]!)) return true;
    // The view's lemma is the token's own, upper-cased.
    if (t.lemma !== undefined && d.verbs.has(v.lemma[i]!)) return true;
  }
  return false;
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

/** Target-less protests get the object of their purpose clause as target (complement rule). */
function aimedAt(protests: CodedEvent[], purpose: VerbHit, ctx: Ctx): CodedEvent[] {
  if (protests.length === 0 || !protests.every((e) => e.target === NONE && isUnder(e.cameo, ROOT.PROTEST))) return protests;
  const sources = new Set(protests.map((e) => e.source));
  const targets = findObjects(ctx.v, ctx.groups, purpose.end, OBJECT_REACH, (g) => sources.has(g.code) || g.code.startsWith(NONE));
  if (targets.length === 0) return protests;
  const targetless = ctx.d.targetless?.id;
  return protests.flatMap((e) =>
    targets.map((g) => ({
      ...e,
      target: g.code,
      targetSpan: span(ctx.s, g),
      rules: [...e.rules.filter((r) => r !== targetless), EVENT.purposeTarget.id],
      ...(g.entity ? { targetId: g.entity } : {}),
    })),
  );
}

/** The token's lemma, lower-case: the tagger's, else the dictionary's for a known verb form ("continued" -> continue). */
function lemmaOf(v: SentenceView, i: number, d: CompiledDictionaries): string {
  const refs = v.lemma[i] === v.upper[i] ? d.verbs.get(v.upper[i]!) : undefined;
  return (refs?.[0]?.lemma ?? v.lemma[i]!).toLowerCase();
}

/**
 * "claimed that the militants had attacked Iraq": the allegation rule has made the alleged attack the accusation (112);
 * the claim's own event toward the clause's subject (role.alleged-subject) would say it twice.
 */
function withoutAllegedTwice(events: CodedEvent[]): CodedEvent[] {
  const own = (e: CodedEvent) => e.rules.includes(RECALL.allegedSubject.id);
  if (!events.some(own)) return events;
  return events.filter(
    (e) => !own(e) || !events.some((x) => x !== e && !own(x) && x.source === e.source && x.target === e.target && rootOf(x.cameo) === rootOf(e.cameo)),
  );
}

const SPEECH_IDS: ReadonlySet<string> = new Set(SPEECH_SENSES.map((r) => r.id));
const bySpeech = (e: CodedEvent): boolean => e.rules.some((r) => SPEECH_IDS.has(r));

/**
 * One statement, one act: "said the government had failed the farmers" is the speaker's criticism (sense.said-failure),
 * not besides an accusation made of the content's own verb (event.reported-conflict, dated by the same saying); a
 * content that codes the speaker's act itself ("said they would hold a bandh unless...", a conditional threat) keeps
 * its own, more specific code, and the class's event of the same root goes.
 */
function withoutSaidTwice(allegation: string | undefined, events: CodedEvent[]): CodedEvent[] {
  if (!events.some(bySpeech)) return events;
  const same = (a: CodedEvent, b: CodedEvent): boolean => a !== b && a.source === b.source && a.target === b.target;
  // "alleged that the government had failed the farmers": the allegation rule's accusation is that saying's too.
  const reported = (e: CodedEvent): boolean => e.rules.includes(PRECISION.reportedConflict.id) || (allegation !== undefined && e.rules.includes(allegation));
  return events.filter((e) => {
    if (reported(e)) return !events.some((x) => bySpeech(x) && same(x, e));
    if (!bySpeech(e)) return true;
    return !events.some((x) => !bySpeech(x) && !reported(x) && same(x, e) && rootOf(x.cameo) === rootOf(e.cameo));
  });
}
