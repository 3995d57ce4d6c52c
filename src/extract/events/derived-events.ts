import type { ActorGroup } from './actor-groups.js';
import { conditionAfter, conditionSubject, findObjects } from './clause-roles.js';
import { subjectsFor, type Ctx } from './coder-context.js';
import { CAMEO, ROOT, isUnder } from './cameo.js';
import { codesOf, events, span } from './emit-events.js';
import { EVENT } from './grammar/event-rules.js';
import { TARGET_RULES } from './grammar/target-senses.js';
import { appealFor, SPEECH_RULES } from './grammar/speech-senses.js';
import { OFFICIAL_REPORTER, PRECISION, REPORTING_LEMMAS, reportsForce } from './grammar/precision-rules.js';
import { ploverOf } from './parse-cameo-codes.js';
import { HARD_BOUNDARIES } from './sentence-view.js';
import type { CodedEvent } from './types.js';
import { auxiliaries, type VerbHit } from './verb-phrases.js';

/**
 * Events one verb makes out of another's: a promise or threat whose complement codes nothing, a
 * demand of what someone "must" do, an accusation out of an alleged attack. Rules in entente-additions.json.
 */
const OBJECT_REACH = 12;

/**
 * "Jordan and Britain agreed to undertake joint exercises": the complement codes nothing, the
 * promise is 030; "threatened to cut off electricity to X": a threat (130) against X.
 */
export function promised(complement: VerbHit, code: string, ctx: Ctx): CodedEvent[] {
  const { v, d, groups } = ctx;
  const g = complement.governor!;
  if (!d.intent) return [];
  const sources = subjectsFor(g, ctx);
  const sourceSet = new Set(sources.map((x) => x.start));
  let targets = findObjects(v, groups, complement.end, OBJECT_REACH, (x) => sourceSet.has(x.start) || x.prep === 'by');
  // "threatened to strike unless Chad pays": the threat is aimed at whoever the condition is on.
  const condition = isUnder(code, ROOT.THREATEN) ? conditionAfter(v, complement.end) : -1;
  const rules = [EVENT.uncodedPromise.id];
  if (targets.length === 0 && condition >= 0) {
    targets = conditionSubject(v, groups, condition, sources);
    if (targets.length > 0) rules.push(EVENT.conditionTarget.id);
  }
  const gov = auxiliaries(v, g, d.modals);
  return events({ verb: g, verbEnd: g + 1, code, ruleId: d.intent.id, rules, mood: { intentVerb: false, negated: gov.negated } }, sources, targets, ctx);
}

/** "Mubarak said the US must be ready to mediate": the speaker demands of the US what it must do. */
export function demanded(hit: VerbHit, code: string, ruleId: string, subjects: readonly ActorGroup[], ctx: Ctx): CodedEvent[] {
  const rule = ctx.d.demand!;
  const reporting = reportingVerb(subjects[0], ctx);
  const speakers = reporting < 0 ? [] : subjectsFor(reporting, ctx).filter((x) => !subjects.some((y) => y.code === x.code));
  if (speakers.length === 0 || subjects.length === 0) return [];
  // "said the government should have allowed the rally": a reproach of what was not done, no demand.
  const { v } = ctx;
  const perfect = v.lower[hit.i - 1] === 'have' || (v.lower[hit.i - 1] === 'been' && v.lower[hit.i - 2] === 'have');
  if (perfect) {
    const at = { start: ctx.s.tokens[hit.i]!.start, end: ctx.s.tokens[hit.end - 1]!.end };
    if (hit.modal !== 'should' && hit.modal !== 'ought') {
      ctx.trace?.push({ rule: PRECISION.reproach.id, outcome: 'stopped', at, note: `${hit.modal ?? ''} have: a guess` });
      return [];
    }
    const mood = { intentVerb: false, negated: false };
    // The reproach is the saying: its verb (and so its date) is the reporting verb's.
    return events({ verb: reporting, verbEnd: reporting + 1, code: CAMEO.CRITICIZE, ruleId, rules: [PRECISION.reproach.id], mood }, speakers, subjects, ctx);
  }
  const [first] = codesOf(code);
  let demand: string = CAMEO.DEMAND;
  if (first)
    for (let k = first[0].length; k >= 2; k--) {
      const m = rule.map[first[0].slice(0, k)];
      if (m) {
        demand = m;
        break;
      }
    }
  // "should" advises: an appeal (event.should-appeal); "must" demands.
  const advised = hit.modal === 'should' || hit.modal === 'ought';
  const asked = advised ? appealFor(demand) : demand;
  const coding = {
    verb: hit.i,
    verbEnd: hit.end,
    code: asked,
    ruleId,
    rules: advised ? [rule.id, SPEECH_RULES.shouldAppeal.id] : [rule.id],
    mood: { intentVerb: false, negated: false },
  };
  // "said the leaders should be arrested": those it would be done to are no target (role.demanded-patient).
  const passive = v.lower[hit.i - 1] === 'be' || v.lower[hit.i] === 'be';
  // Only the passive's own subject, just before its modal ("the leaders should be arrested"), is the one it is done to.
  if (passive && subjects.some((x) => x.end <= hit.i && hit.i - x.end <= 3)) {
    const patient = TARGET_RULES.demandedPatient.id;
    return events({ ...coding, rules: [rule.id, patient], targetless: patient }, speakers, [], ctx);
  }
  return events(coding, speakers, subjects, ctx);
}

const WHEN = /^(on|here|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last|this|week|night|morning)$/;

/** The verb whose complement clause `subject` opens: "declared (that) China must...", or -1. */
export function reportingVerb(subject: ActorGroup | undefined, ctx: Ctx): number {
  if (!subject) return -1;
  const { v } = ctx;
  for (let a = subject.start - 1; a >= 0 && subject.start - a <= 6; a--) {
    if (v.pos[a] === 'VERB') return a;
    // "said on Tuesday that...": a when-phrase may stand between the verb and its clause.
    // "said the government should...": the subject phrase's own determiner is no boundary.
    if (a === subject.start - 1 && v.pos[a] === 'DET') continue;
    if (HARD_BOUNDARIES.has(v.lower[a]!) || (v.lower[a] !== 'that' && v.pos[a] !== 'ADV' && v.lower[a] !== ',' && !WHEN.test(v.lower[a]!))) return -1;
  }
  return -1;
}

/**
 * "The US claimed that ISIL had attacked Iraq": as reported, the US accuses ISIL (112); "claimed that
 * they had attacked" of itself, it claims responsibility (015). Other events pass unchanged.
 */
export function alleged(hit: VerbHit, own: CodedEvent[], ctx: Ctx): CodedEvent[] {
  const rule = ctx.d.allegation!;
  const subject = ctx.subjectsOf.get(hit.i)?.[0];
  if (own.length === 0 || !subject) return own;
  const { v } = ctx;
  let claim = -1;
  // "said the government had failed": a plain reporting verb (not "claimed") makes the report the speaker's (event.reported-conflict).
  let reported = false;
  for (let a = subject.start - 1; a >= 0 && subject.start - a <= 3; a--) {
    const lemma = v.lemma[a]!.toLowerCase();
    if (v.pos[a] === 'VERB' && (rule.verbs.includes(lemma) || REPORTING_LEMMAS.has(lemma))) {
      claim = a;
      reported = !rule.verbs.includes(lemma);
    }
    if (v.pos[a] === 'VERB' || HARD_BOUNDARIES.has(v.lower[a]!)) break;
  }
  // "the state has failed the farmers, said the mlc": a speaker after the content reports it as one before it does.
  if (claim < 0) {
    claim = invertedReport(hit, ctx);
    reported = claim >= 0;
  }
  if (claim < 0) return own;
  // "the rebels attacked the farmers, the leader said": only those after the comma speak.
  const cut = claim > hit.i ? v.lower.lastIndexOf(',', claim) : -1;
  const speakers = subjectsFor(claim, ctx).filter((g) => g.start > cut);
  if (speakers.length === 0) return own;
  const out: CodedEvent[] = [];
  for (const e of own) {
    if (e.cameo.slice(0, 2) < rule.fromRoot) {
      out.push(e);
      continue;
    }
    // What a plain report keeps as the act: force the police, army or state report, or the speaker's own side's act.
    // "he said X had been arrested": an agentless passive whose state agent is implied reports a fact, no one's act to accuse.
    const implied = ctx.d.stateAgent !== undefined && e.rules.includes(ctx.d.stateAgent.id);
    const kept = reported && (implied || speakers.some((sp) => e.source.startsWith(sp.code) || (reportsForce(e.cameo) && OFFICIAL_REPORTER.test(sp.code))));
    if (kept) {
      out.push(e);
      continue;
    }
    for (const sp of speakers) {
      const self = sp.code === e.source;
      const target = self ? e.target : e.source;
      const targetSpan = self ? e.targetSpan : e.sourceSpan;
      const code = self ? rule.ownCode : rule.accuseCode;
      const { sourceId: _s, targetId: _t, ...rest } = e;
      const targetId = self ? e.targetId : e.sourceId;
      out.push({
        ...rest,
        source: sp.code,
        target,
        cameo: code,
        plover: ploverOf(code, ctx.d.cameo),
        rules: [...e.rules, reported ? PRECISION.reportedConflict.id : rule.id],
        sourceSpan: span(ctx.s, sp),
        targetSpan,
        // A plain report is the saying: its verb (and so its date) is the reporting verb's.
        ...(reported ? { verbSpan: { start: ctx.s.tokens[claim]!.start, end: ctx.s.tokens[claim]!.end } } : {}),
        ...(sp.entity ? { sourceId: sp.entity } : {}),
        ...(targetId ? { targetId } : {}),
      });
    }
  }
  return out;
}

/**
 * The verb of a speaker after the clause of `hit` that reports it ("the state has failed the farmers, said the mlc",
 * "..., the mlc said."): the first comma after the verb within its clause, then a verb of saying whose speaker follows
 * it, or a speaker and a verb of saying that close the sentence; -1 when none.
 */
function invertedReport(hit: VerbHit, ctx: Ctx): number {
  const { v } = ctx;
  for (let k = hit.end; k < v.n - 1 && k - hit.end <= 14; k++) {
    if (HARD_BOUNDARIES.has(v.lower[k]!) || v.lower[k] === '.') return -1;
    if (v.lower[k] !== ',') continue;
    const say = k + 1;
    if (v.pos[say] === 'VERB') return REPORTING_LEMMAS.has(v.lemma[say]!.toLowerCase()) && subjectsFor(say, ctx).some((g) => g.start > say) ? say : -1;
    // "..., the opposition leader said.": the speaker before its verb, closing the sentence. Only at home: the PETR2 gold
    // codes "..., the army said" of world news as the act itself (root precision 0.825 -> 0.794 without this limit).
    if (ctx.s.country === undefined) return -1;
    const speaker = ctx.groups.find((g) => g.start > k && g.start - k <= 3 && g.prep === undefined);
    const verb = speaker ? speaker.end : -1;
    const closes = verb > 0 && (v.lower[verb + 1] === '.' || verb + 1 >= v.n);
    return closes && v.pos[verb] === 'VERB' && REPORTING_LEMMAS.has(v.lemma[verb]!.toLowerCase()) && subjectsFor(verb, ctx).length > 0 ? verb : -1;
  }
  return -1;
}
