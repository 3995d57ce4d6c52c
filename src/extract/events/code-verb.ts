import { actAgent, ALLEGING, RECALL } from './grammar/recall-rules.js';
import { actorGroup, type ActorGroup } from './actor-group.js';
import { countryOf } from './group-codes.js';
import { CAMEO, isRequest, NONE, ROOT, isUnder, rootOf } from './cameo.js';
import { conditionAfter, conditionSubject, findObjects } from './clause-roles.js';
import { governorKind, type Mood } from './code-adjustments.js';
import { adjunctOf, coordinatedWith, resolvePronouns, subjectsFor, type Ctx } from './coder-context.js';
import { demanded, reportingVerb } from './derived-events.js';
import { events, type Coding } from './emit-events.js';
import { areaAgent, byAgentAfter, purposeVerb } from './area-acts.js';
import { ATTACK_NOUNS, DOMESTIC_RULES } from './grammar/domestic-rules.js';
import { EVENT } from './grammar/event-rules.js';
import { sensesByLemma } from './grammar/verb-senses.js';
import { datelineSpeech, joinedAct, objectPronoun, openingParticiple, verbalAct, verbalParticiple } from './verbal-acts.js';
import type { MatchWindow } from './match-pattern.js';
import { bestPattern, clauseEnd, clauseStart, demandedClauseEnd, mostSpecific, passiveObjectPattern, passivePattern } from './pattern-choice.js';
import { NEGATIONS, type SentenceView } from './sentence-view.js';
import type { CodedEvent } from './types.js';
import { auxiliaries, tokenSpan, type VerbHit } from './verb-phrases.js';

const OBJECT_REACH = 12;
const ABOUT = new Set(['over', 'about', 'against', 'of']);
/** Roots of acts done by speaking: in a quotation they are the speaker's own act ("we demand", "we reject"). */
const VERBAL_ROOTS: ReadonlySet<string> = new Set([ROOT.STATEMENT, ROOT.APPEAL, ROOT.INTENT, ROOT.DEMAND, ROOT.DISAPPROVE, ROOT.REJECT, ROOT.THREATEN]);
/** Bodies one is a member of: expelled or suspended "from the party" is the party's act. */
const MEMBER_BODIES: ReadonlySet<string> = new Set([
  'party',
  'organisation',
  'organization',
  'union',
  'association',
  'front',
  'alliance',
  'outfit',
  'club',
  'committee',
  'council',
]);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'his', 'her', 'their', 'a']);
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'during']);

/**
 * One verb's events: its subject and object actor phrases, the most specific of its block's patterns that matches
 * (else the verb's own code), voice, and the mood rules (code-adjustments.ts). Each rule that shapes the events is
 * named in their `rules`; each that stops them goes to the trace.
 */
export function codeVerb(hit: VerbHit, ctx: Ctx): CodedEvent[] {
  const { v, d, groups } = ctx;
  const kind = hit.governor !== undefined ? governorKind(v.lemma[hit.governor]!, d) : undefined;
  const subjects = subjectsFor(kind ? hit.governor! : hit.i, ctx);
  ctx.subjectsOf.set(hit.i, subjects);
  // "wants to withdraw": a governing verb's patterns do not swallow its to-complement ("* WITHDRAW" of DEMAND is
  // "demanded a withdrawal"); the complement codes itself under the governor's mood.
  const complement = governorKind(v.lemma[hit.i]!, d) ? [...ctx.byIndex.values()].find((h) => h.governor === hit.i) : undefined;
  const window: MatchWindow = {
    preFrom: clauseStart(v, hit.i),
    verb: hit.i,
    postFrom: hit.end,
    postTo: complement ? complement.i - 1 : clauseEnd(v, hit.end, ctx.groupAt),
  };
  const passiveMatch = hit.passive ? passivePattern(hit, ctx, window) : undefined;
  const active = bestPattern(hit, ctx, window);
  const byAgent = mostSpecific(active, passiveMatch);
  // "curfew was imposed": with no pattern of its own, a passive's subject of no actor may be its pattern's object.
  const passiveObject = hit.passive && !byAgent ? passiveObjectPattern(hit, ctx) : undefined;
  const best = byAgent ?? passiveObject;
  const rules: string[] = passiveObject ? [EVENT.passiveObject.id] : best && best === passiveMatch && best !== active ? [EVENT.passivePattern.id] : [];
  const ref = hit.refs[0]!;
  const code = best ? best.pattern.code : ref.code;
  const ruleId = best ? best.pattern.ruleId : `${d.ruleSet}:${ref.block.name}`;
  if (best) for (const u of best.used) if (ctx.byIndex.has(u)) ctx.consumed.add(u);
  // "Egypt said that Israel must stop the raids": what someone must do is demanded, whether or not the verb has a code of its own.
  const noCode = !code || code === NONE;
  if (!best && noCode && hit.modal && d.demand?.modals.includes(hit.modal) && !hit.negated) return demanded(hit, NONE, ruleId, subjects, ctx);
  if (noCode) {
    ctx.trace?.push({ rule: EVENT.noCode.id, outcome: 'stopped', at: tokenSpan(v, hit.i, hit.end), note: ruleId });
    return [];
  }
  // "'We have destroyed the rebels,' the general said": what a quotation says was done is the speaker's claim.
  if (ctx.quoted[hit.i] && !VERBAL_ROOTS.has(rootOf(code.replace(/^:/, '')))) {
    ctx.trace?.push({ rule: EVENT.quoted.id, outcome: 'stopped', at: tokenSpan(v, hit.i, hit.end), note: code });
    return [];
  }
  const aux = auxiliaries(v, hit.i, d.modals);
  // "by promoting...": an -ing adjunct codes only through a pattern, not its verb's default; one after a comma
  // (", citing domestic opposition", ", urging...") elaborates the main event and codes nothing.
  // ", accusing it of corruption", ", urging him to withdraw": an act done by speaking is the speaker's own second act.
  const spoken = verbalParticiple(v, hit.i, code) && assertedMain(adjunctOf(hit.i, ctx), ctx);
  if (spoken) rules.push(RECALL.verbalParticiple.id);
  if (!spoken && (!best || v.lower[hit.i - 1] === ',') && hit.i > 1 && !datelineSpeech(v, hit.i) && v.upper[hit.i]!.endsWith('ING') && !aux.be) {
    ctx.trace?.push({ rule: EVENT.ingAdjunct.id, outcome: 'stopped', at: tokenSpan(v, hit.i, hit.end) });
    return [];
  }
  // A pattern that spells out the negation ("WILL NOT * (TOWARDS +)") has already coded it.
  const spelled = best?.used.some((u) => u < hit.i && NEGATIONS.has(v.lower[u]!)) ?? false;
  const mood0 = moodOf(hit, ctx, rules);
  const own = spelled ? { ...mood0, negated: false } : mood0;
  if (spelled) rules.push(EVENT.spelledNegation.id);
  if (own.modal && d.demand?.modals.includes(own.modal)) return demanded(hit, code, ruleId, subjects, ctx);
  // "will withdraw its force unless the president resigns", "may strike if the talks fail": a conditional intent is a threat.
  const condition = conditionAfter(v, hit.end);
  const conditional =
    condition >= 0 &&
    !own.negated &&
    (own.modal !== undefined || own.intentVerb || own.threat === true) &&
    (v.lower[condition] === 'unless' || Number(code.slice(0, 2)) >= 10);
  const mood: Mood = conditional ? { ...own, threat: true } : own;
  if (conditional) rules.push(EVENT.conditionalThreat.id);

  let sources = best?.source ? resolvePronouns([best.source], hit.i, ctx) : subjects;
  // "condemned the riots in Ndjamena" (a Chadian minister, in Chadian news): a place of the article's home country is
  // where a home actor acted, no target. Without a home country (the gold sets' lone sentences) the place stays.
  const home = ctx.s.country;
  const homePlace = (g: ActorGroup): boolean =>
    home !== undefined &&
    g.code === home &&
    d.places.has(g.ruleId) &&
    sources.length > 0 &&
    sources.every((s) => s.code !== home && countryOf(s.code) === home);
  let targets = best?.target ? resolvePronouns([best.target], hit.i, ctx) : [];
  if (targets.some(homePlace)) {
    rules.push(EVENT.homePlace.id);
    targets = targets.filter((g) => !homePlace(g));
  }
  if (hit.passive && !best?.source) {
    targets = best?.target ? targets : subjects;
    sources = findObjects(v, groups, hit.end, OBJECT_REACH, (g) => g.prep !== 'by');
    if (sources.length > 0) rules.push(EVENT.passiveAgent.id);
    // "two persons were killed in police firing": the doer of the violence the victims fell in.
    else if (Number(code.slice(0, 2)) >= 18) {
      sources = attackAgent(hit, ctx);
      if (sources.length > 0) rules.push(DOMESTIC_RULES.attackAgent.id);
    }
    // "The opposition leader was jailed": no agent is named, and only a state jails; its government did.
    const implied = sources.length === 0 ? stateAgents(hit, code, ruleId, targets, ctx) : [];
    if (implied.length > 0) {
      sources = implied;
      const by = implied[0]!.ruleId;
      // "curfew was imposed in the town" (entente.area-act) is no act of the state-agent rule's verbs.
      if (by !== d.areaAct?.id && d.stateAgent) rules.push(d.stateAgent.id);
      if (by !== d.stateAgent?.id) rules.push(by);
    }
  } else if (targets.length === 0) {
    const sourceSet = new Set(sources.map((g) => g.start));
    // "protested in Kiev", "said in Kolkata": the place of a protest or of a statement is where it happened, not whom it
    // was aimed at ("arrived in Jordan" is a visit to it, force "in" a country may be aimed at it).
    const placeOnly = isUnder(code, ROOT.PROTEST) || isUnder(code, ROOT.STATEMENT);
    const place = (g: ActorGroup): boolean => placeOnly && g.prep !== undefined && LOCATIVE.has(g.prep) && verbsPlace(v, hit.end, g.start);
    const exclude = (g: ActorGroup): boolean => sourceSet.has(g.start) || place(g) || homePlace(g);
    // "accused it of a nexus", "urging him to intervene": an object pronoun of an act done by speaking (role.object-pronoun).
    const pronounObject = verbalAct(code) ? objectPronoun(v, groups, hit.end, sources, coordinatedWith(hit.i, ctx) ?? adjunctOf(hit.i, ctx)) : undefined;
    targets = pronounObject ? [pronounObject] : findObjects(v, groups, hit.end, OBJECT_REACH, exclude);
    if (pronounObject) rules.push(RECALL.objectPronoun.id);
    const setting = groups.find((g) => g.start >= hit.end && g.start - hit.end <= OBJECT_REACH && homePlace(g));
    if (setting && (targets.length === 0 || targets[0]!.start > setting.start)) {
      rules.push(EVENT.homePlace.id);
      ctx.trace?.push({ rule: EVENT.homePlace.id, outcome: 'fired', at: tokenSpan(v, setting.start, setting.end) });
    }
    const placed = targets.length === 0 ? groups.find((g) => g.start >= hit.end && g.start - hit.end <= OBJECT_REACH && place(g)) : undefined;
    if (placed) {
      rules.push(EVENT.place.id);
      ctx.trace?.push({ rule: EVENT.place.id, outcome: 'fired', at: tokenSpan(v, placed.start, placed.end) });
    }
    // "criticised the statements made by the chairman": the doer of what the verb is about (role.act-agent).
    const agent = targets.length === 0 ? actAgent(v, groups, hit.end, exclude) : undefined;
    if (agent) {
      targets = [agent];
      rules.push(RECALL.actAgent.id);
    }
    // Past a complement verb the pattern used: "wants to attack Switzerland" finds its object after "attack".
    const after = Math.max(hit.end, ...(best?.used ?? []).filter((u) => u > hit.i && v.pos[u] === 'VERB').map((u) => u + 1));
    if (targets.length === 0 && after > hit.end) {
      targets = findObjects(v, groups, after, OBJECT_REACH, exclude);
      if (targets.length > 0) rules.push(EVENT.complementObject.id);
    }
    if (targets.length === 0 && isRequest(code)) {
      targets = findObjects(v, groups, hit.end, OBJECT_REACH, exclude, true);
      if (targets.length > 0) rules.push(EVENT.appealClause.id);
    }
    // "burst teargas shells to disperse the mob": crowd control is aimed at the crowd its purpose names (role.purpose-target).
    if (targets.length === 0 && code === CAMEO.VIOLENT_REPRESSION) targets = purposeTargets(hit, ctx, exclude, rules);
    // "alleged that the army was arming the rebels": an allegation is aimed at the one it alleges of (role.alleged-subject).
    if (targets.length === 0 && isUnder(code, ROOT.DISAPPROVE) && v.lower[hit.end] === 'that' && ALLEGING.has(v.lemma[hit.i]!.toLowerCase())) {
      targets = findObjects(v, groups, hit.end, OBJECT_REACH, exclude, true);
      if (targets.length > 0) rules.push(RECALL.allegedSubject.id);
    }
  }
  // "complained to the UN over Israeli raids": disapproval addressed to one actor is aimed at the one it is about.
  if (isUnder(code, ROOT.DISAPPROVE) && !best?.target && targets.length > 0 && targets[0]!.prep === 'to') {
    const about = groups.find((g) => g.start > targets[0]!.end && g.start - targets[0]!.end <= 6 && g.prep !== undefined && ABOUT.has(g.prep));
    if (about) {
      targets = [about];
      rules.push(EVENT.complainAbout.id);
    }
  }
  // "...unless Israel rescinds": a threat with no object is aimed at whoever the condition is on.
  if (targets.length === 0 && mood.threat && condition >= 0) {
    targets = conditionSubject(v, groups, condition, sources);
    if (targets.length > 0) rules.push(EVENT.conditionTarget.id);
  }
  // What is demanded has not happened: the verbs of the demand's clause code nothing of their own.
  if (isRequest(code) && targets.length > 0) {
    // "demanded that the US match...": the demand's "that"-clause and its subject belong to the demand.
    const that = v.lower.slice(hit.end, hit.end + 4).indexOf('that');
    // "Demanding a probe, students marched": an opening participle's demand ends at the comma that closes it.
    const comma = openingParticiple(v, hit.i) ? v.lower.indexOf(',', hit.end) : -1;
    const end = comma > 0 ? comma : that >= 0 ? demandedClauseEnd(v, hit.end + that + 1) : clauseEnd(v, hit.end);
    for (const h of ctx.byIndex.values()) {
      if (!((h.i > hit.i && h.i < end) || h.governor === hit.i) || ctx.consumed.has(h.i)) continue;
      // ", accusing him of...": the speaker's second act, not what the demand asks for (event.verbal-participle).
      if (verbalParticiple(v, h.i, h.refs[0]!.code)) continue;
      ctx.consumed.add(h.i);
      ctx.trace?.push({ rule: EVENT.demandedContent.id, outcome: 'stopped', at: tokenSpan(v, h.i, h.end) });
    }
  }
  // "clashed over the talks", "fought alongside", "captured soldiers": the verb's sense where its block lumps them.
  let sensed = code;
  let targetless: string | undefined;
  for (const r of sensesByLemma.get(ref.lemma) ?? []) {
    const out = r.sense({ v, lemma: ref.lemma, code, fromDefault: !best, sources, targets, groups, verbEnd: hit.end, home });
    if (!out) continue;
    sensed = out.code ?? code;
    targets = out.targets ? [...out.targets] : targets;
    if (out.targetless) targetless = r.id;
    rules.push(r.id);
    if (r.effect === 'stop') ctx.trace?.push({ rule: r.id, outcome: 'stopped', at: tokenSpan(v, hit.i, hit.end) });
    break;
  }
  // "the police fired 12 rounds to disperse the mob": a sense that reads the verb as aimed at no one named aims it as its purpose says.
  if (targets.length === 0 && targetless && (isUnder(sensed, ROOT.FIGHT) || isUnder(sensed, ROOT.ASSAULT) || sensed === CAMEO.VIOLENT_REPRESSION)) {
    const sourceSet = new Set(sources.map((g) => g.start));
    targets = purposeTargets(hit, ctx, (g) => sourceSet.has(g.start) || (g.code === home && d.places.has(g.ruleId)), rules);
  }
  // "joined the opposition in condemning the government": the gerund's act, by both (role.joined-in).
  const joined = ref.lemma === 'JOIN' ? joinedAct(v, d, groups, hit.end, sources, targets) : undefined;
  if (joined) {
    ({ code: sensed, sources, targets } = { code: joined.code, sources: [...joined.sources], targets: [...joined.targets] });
    rules.push(RECALL.joinedIn.id);
  }
  // "the police station", "three buses": property is the target of violence done to it only, and never a source.
  if (sources.some((g) => g.property) || targets.some((g) => g.property)) {
    ({ sources, targets, code: sensed } = propertyRoles(sources, targets, sensed, hit, ctx));
    if (sensed === RIOT) rules.push(DOMESTIC_RULES.crowdRiot.id);
  }
  const coding: Coding = { verb: hit.i, verbEnd: hit.end, code: sensed, ruleId, rules, mood, ...(targetless ? { targetless } : {}) };
  // "Gondor and Osgiliath postponed their meeting" (`% *`): the compound subject, member on member.
  if (best?.compound && sources.length > 1) return events({ ...coding, rules: [...rules, EVENT.compound.id] }, sources, [], ctx, true);
  return events(coding, sources, targets, ctx);
}

/** The actors a purpose clause of crowd control names ("to disperse the mob"): `role.purpose-target`, pushed to `rules`. */
function purposeTargets(hit: VerbHit, ctx: Ctx, exclude: (g: ActorGroup) => boolean, rules: string[]): ActorGroup[] {
  const purpose = purposeVerb(ctx.v, hit.end, OBJECT_REACH);
  const targets = purpose > 0 ? findObjects(ctx.v, ctx.groups, purpose + 1, OBJECT_REACH, exclude) : [];
  if (targets.length > 0) rules.push(EVENT.purposeTarget.id);
  return targets;
}

/**
 * Whether the prepositional phrase before `to` belongs to the verb ending at `from` ("said in Kolkata", "declared
 * at a meeting in Rajkot") rather than to its object ("expressed sorrow for the shootings in Carolina"): no noun
 * stands between them outside another prepositional phrase.
 */
function verbsPlace(v: SentenceView, from: number, to: number): boolean {
  let inPhrase = false;
  for (let i = from; i < to - 1; i++) {
    if (v.pos[i] === 'ADP') inPhrase = LOCATIVE.has(v.lower[i]!) || v.lower[i] === 'on';
    else if ((v.pos[i] === 'NOUN' || v.pos[i] === 'PROPN') && !inPhrase) return false;
  }
  return true;
}

/** What the words around a verb say about its event; `rules` gets the rules that read them. */
function moodOf(hit: VerbHit, ctx: Ctx, rules: string[]): Mood {
  const { v, d } = ctx;
  // "said they would boycott": in reported speech "would" is the past of "will", not a hypothesis.
  const reported = hit.modal === 'would' && reportingVerb(ctx.subjectsOf.get(hit.i)?.[0], ctx) >= 0;
  const own = reported ? 'will' : hit.modal;
  if (reported) rules.push(EVENT.reportedWould.id);
  // "this might encourage Russia": a possibility nobody states as their own intent is no event; "Kyrgyzstan said it
  // might join" is Kyrgyzstan's (weak) intent.
  if (own && HYPOTHETICAL.has(own) && !selfReported(hit, ctx)) return { modal: own, intentVerb: false, negated: hit.negated, hypothetical: true };
  if (hit.governor === undefined) return { ...(own ? { modal: own } : {}), intentVerb: false, negated: hit.negated, refused: hit.refused };
  const kind = governorKind(v.lemma[hit.governor]!, d);
  const gov = auxiliaries(v, hit.governor, d.modals);
  const govReported = !own && gov.modal === 'would' && reportingVerb(ctx.subjectsOf.get(hit.governor)?.[0], ctx) >= 0;
  if (govReported) rules.push(EVENT.reportedWould.id);
  const modal = own ?? (govReported ? 'will' : gov.modal);
  // "failed to protect" says it did not happen, as "did not" does; "refused to meet" refuses it.
  const plain = kind === 'negation' && (d.negation?.plainVerbs?.includes(v.lemma[hit.governor]!.toLowerCase()) ?? false);
  const refused = hit.refused || gov.refused || (kind === 'negation' && !plain) || ((hit.negated || gov.negated) && kind !== undefined && !plain);
  return {
    ...(modal ? { modal } : {}),
    intentVerb: kind === 'intent' || kind === 'promise',
    negated: hit.negated || gov.negated || kind === 'negation',
    refused,
    ...(kind === 'threat' ? { threat: true } : {}),
  };
}

const HYPOTHETICAL: ReadonlySet<string> = new Set(['might', 'may', 'could', 'can', 'would']);

/** "might urge Sudan, asking it to...", "did not meet him, urging...": the participle's act is no more than its main verb's. */
function assertedMain(main: number | undefined, ctx: Ctx): boolean {
  if (main === undefined) return false;
  const a = auxiliaries(ctx.v, main, ctx.d.modals);
  return !a.negated && !a.refused && a.modal === undefined;
}

/** Whether the verb's subject says it of itself: "Kyrgyzstan said it might join", "Chad says it could send troops". */
function selfReported(hit: VerbHit, ctx: Ctx): boolean {
  const subject = ctx.subjectsOf.get(hit.i)?.[0];
  const reporting = reportingVerb(subject, ctx);
  if (!subject || reporting < 0) return false;
  const speaker = subjectsFor(reporting, ctx)[0];
  return speaker !== undefined && speaker.code === subject.code;
}

/** Property groups out of the sources, and out of the targets of no coercion or violence (17-20): `actor.property-*`. */
function propertyRoles(
  sources: ActorGroup[],
  targets: ActorGroup[],
  code: string,
  hit: VerbHit,
  ctx: Ctx,
): { sources: ActorGroup[]; targets: ActorGroup[]; code: string } {
  const at = (): { start: number; end: number } => tokenSpan(ctx.v, hit.i, hit.end);
  const kept = sources.filter((g) => !g.property);
  if (kept.length < sources.length) ctx.trace?.push({ rule: DOMESTIC_RULES.propertyNoSource.id, outcome: 'stopped', at: at() });
  const violent = Number(code.slice(0, 2)) >= 17;
  const aimed = violent ? targets : targets.filter((g) => !g.property);
  if (aimed.length < targets.length) ctx.trace?.push({ rule: DOMESTIC_RULES.propertyOnlyViolence.id, outcome: 'stopped', at: at(), note: code });
  // "the mob burnt three buses": civilians destroying their own place's property riot (145), aimed at no one.
  const own = (g: ActorGroup): boolean =>
    g.property === true && g.code.endsWith('CVL') && kept.some((s) => CROWD.test(s.code) && s.code.slice(0, 3) === g.code.slice(0, 3));
  if (violent && aimed.length > 0 && aimed.every(own)) return { sources: kept, targets: [], code: RIOT };
  return { sources: kept, targets: aimed, code };
}

/**
 * The agent a passive of violence names in its circumstance ("were killed in police firing", "was injured in a mob
 * attack"): "in"/"during" (a determiner) a doer of the agents dictionary and a noun of an attack, in the verb's clause.
 * The doer takes the sentence's home country, as a role does (`role.attack-agent`).
 */
function attackAgent(hit: VerbHit, ctx: Ctx): ActorGroup[] {
  const { v, d } = ctx;
  const end = Math.min(v.n - 2, clauseEnd(v, hit.end, ctx.groupAt));
  for (let i = hit.end; i < end; i++) {
    if (v.lower[i] !== 'in' && v.lower[i] !== 'during') continue;
    let k = i + 1;
    if (v.lower[k] === 'the' || v.lower[k] === 'a') k++;
    const doer = d.agents.match(v.lower, k);
    if (!doer || !doer.value.code.startsWith('~') || !ATTACK_NOUNS.has(v.lower[k + doer.length] ?? '')) continue;
    const code = `${ctx.s.country ?? '---'}${doer.value.code.slice(1)}`;
    return [actorGroup({ start: k, end: k + doer.length, code, ruleId: DOMESTIC_RULES.attackAgent.id })];
  }
  return [];
}

/** CAMEO 145, protest violently, riot. */
const RIOT = '145';
/** Crowds of civilians and protesters: their violence against the place's own property is a riot. */
const CROWD = /(CVL|OPP)$/;

/**
 * The implied agent of an agentless passive the state-agent rule covers: the government of each target's
 * country, placed on the verb (the word that implies it). Targets with no country imply nobody. A curfew's or
 * crowd control's (`codedBy` the pattern that gave the code) is the home country's (areaAgent).
 */
function stateAgents(hit: VerbHit, code: string, codedBy: string, targets: readonly ActorGroup[], ctx: Ctx): ActorGroup[] {
  const area = areaAgent(hit, code, codedBy, targets, ctx);
  if (area) return [area];
  const rule = ctx.d.stateAgent;
  if (!rule || !rule.codes.some((c) => code.startsWith(c))) return [];
  const v = ctx.v;
  const notTheState = (note: string): [] => (ctx.trace?.push({ rule: rule.id, outcome: 'stopped', at: tokenSpan(v, hit.i, hit.end), note }), []);
  const lemma = v.lemma[hit.i]!.toLowerCase();
  // "the accused was arrested": at home, the police arrest (`entente.police-agent`); a court sentences, a state bans.
  const police = ctx.d.policeAgent?.verbs.includes(lemma) === true && ctx.s.country !== undefined;
  if (rule.verbs && !rule.verbs.includes(lemma) && !police) return notTheState('no act only a state does');
  // "was expelled from the party": the body one is expelled from (a party, a union) did it, not the state.
  const from = v.lower[hit.end] === 'from' ? hit.end + 1 + (DETERMINERS.has(v.lower[hit.end + 1]!) ? 1 : 0) : -1;
  if (from > 0 && (MEMBER_BODIES.has(v.lower[from]!) || /PTY$/.test(ctx.groups.find((g) => g.start === from)?.code ?? '')))
    return notTheState('a body one leaves');
  // "were stopped on the road by vhp activists": a "by" phrase in the verb's clause names the agent, known or not.
  if (byAgentAfter(v, hit.end)) return notTheState('a "by" agent');
  const countries = new Set(targets.map((t) => countryOf(t.code)).filter((c): c is string => c !== undefined));
  const sector = police ? ctx.d.policeAgent!.sector : rule.sector;
  const ruleId = police ? ctx.d.policeAgent!.id : rule.id;
  return [...countries].map((c) => actorGroup({ start: hit.i, end: hit.end, code: `${c}${sector}`, ruleId }));
}
