import { actorGroup, type ActorGroup } from './actor-group.js';
import { ROOT, rootOf } from './cameo.js';
import { findObjects } from './clause-roles.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import { RECALL } from './grammar/recall-rules.js';
import { LEADERSHIP_CHANGE } from './grammar/recall-senses.js';
import { commaBeforeParticiple, type SentenceView } from './sentence-view.js';

/**
 * Acts done by speaking to or about someone (appeals, demands, criticism and accusation, rejection, threats): a
 * participle of one after a comma (", accusing it of...", ", urging him to...") is a second act of the same speaker,
 * not an elaboration of the first as ", citing..." or ", killing three" is (`event.verbal-participle`).
 */
const VERBAL_ACTS: ReadonlySet<string> = new Set([ROOT.APPEAL, ROOT.DEMAND, ROOT.DISAPPROVE, ROOT.REJECT, ROOT.THREATEN]);

/** Whether the code is of an act done by speaking to or about someone (`event.verbal-participle`). */
export const verbalAct = (code: string): boolean => VERBAL_ACTS.has(rootOf(code.replace(/^:/, '')));

/**
 * Verbs whose participle after a comma is such an act, by lemma: the dictionaries code "citing" and "pointing out" as
 * disapproval too, and ", citing domestic opposition" gives a reason, it blames no one.
 */
const SPEECH_ACTS: ReadonlySet<string> = new Set(
  'accuse allege blame charge criticise criticize condemn denounce deplore decry flay slam lambast castigate censure attack urge appeal ask call request seek demand press plead implore exhort threaten warn'.split(
    ' ',
  ),
);

/** ", accusing it of corruption": a participle of an act done by speaking after a comma (`event.verbal-participle`). */
export function verbalParticiple(v: SentenceView, i: number, code: string): boolean {
  return commaBeforeParticiple(v, i) > 0 && verbalAct(code) && SPEECH_ACTS.has(v.lemma[i]!.toLowerCase());
}

/** "Condemning the riots, the board demanded...", "patna: accusing the centre of...": a participle opening the sentence or its dateline. */
export function openingParticiple(v: SentenceView, i: number): boolean {
  if (!v.upper[i]!.endsWith('ING') || v.pos[i] !== 'VERB') return false;
  return i === 0 || (v.lower[i - 1] === ':' && i - 1 < 6);
}

/** Prepositions of a phrase that is no object of the earlier verb: its agent, its place or time. */
const AWAY: ReadonlySet<string> = new Set(['by', 'in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'during', 'from', 'since']);

/**
 * "ayodhya: attacking the vhp for..., the mahant said", "kochi: demanding the dismissal of...": a participle of speaking
 * that opens the sentence after its dateline; other such openings ("kanpur: taking a cue from...", "coming to the aid
 * of") set the scene and are no act of their own.
 */
export function datelineSpeech(v: SentenceView, i: number): boolean {
  return i > 1 && openingParticiple(v, i) && SPEECH_ACTS.has(v.lemma[i]!.toLowerCase());
}

/** Object pronouns: "accused it of", "urging him to", "asked them to". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['it', 'him', 'her', 'them']);

/**
 * "criticised the centre and accused it of a nexus", "wrote to the president, urging him to withdraw": an object pronoun
 * right after the verb stands for the object of the verb it is coordinated with or a participle of, else for the latest
 * actor before it, when that is not the verb's source (`role.object-pronoun`):
 * "him", "her" only for a person or body (a code longer than a country's), "it", "them" for any. None when the latest
 * actor is the source itself ("the minister said he...": no object).
 */
export function objectPronoun(
  v: SentenceView,
  groups: readonly ActorGroup[],
  at: number,
  sources: readonly ActorGroup[],
  prior: number | undefined,
): ActorGroup | undefined {
  const w = v.lower[at];
  // "said it would": a pronoun before a verb is the subject of a clause of its own, no object.
  if (w === undefined || !OBJECT_PRONOUNS.has(w) || v.pos[at + 1] === 'VERB' || v.pos[at + 1] === 'AUX') return undefined;
  const person = w === 'him' || w === 'her';
  const own = new Set(sources.map((s) => s.code));
  const before = groups.filter((g) => g.end <= at && !g.pronoun && !g.property && g.code.length >= 3);
  // "criticised the centre for not arresting the leaders and accused it": the object of the verb this one shares its subject with.
  const first = prior !== undefined ? before.find((g) => g.start > prior && !own.has(g.code) && !AWAY.has(g.prep ?? '')) : undefined;
  let last = first ?? before[before.length - 1];
  // "the narendra modi government ... accusing it": the head of a run of phrases, its last ("government").
  for (let next = last && groups.find((g) => g.start === last!.end); next && next.end <= at && !next.prep; next = groups.find((g) => g.start === last!.end))
    last = next;
  if (!last || own.has(last.code) || (person && last.code.length <= 3)) return undefined;
  return actorGroup({ ...last, start: at, end: at + 1, prep: undefined, rules: [...(last.rules ?? []), RECALL.objectPronoun.id] });
}

/** What "joined X in condemning Y" does: the gerund's act, by the subject and X together, aimed at Y. */
export interface JoinedAct {
  readonly code: string;
  readonly sources: readonly ActorGroup[];
  readonly targets: readonly ActorGroup[];
}

/**
 * "joined the opposition in condemning the government", "joined hands with the left in demanding a probe": the act of
 * speaking the gerund after "in" names, done by the verb's subjects and those they joined, aimed at the gerund's
 * object (`role.joined-in`); undefined when no such gerund follows within the verb's phrase or it names no such act.
 */
export function joinedAct(
  v: SentenceView,
  d: CompiledDictionaries,
  groups: readonly ActorGroup[],
  from: number,
  sources: readonly ActorGroup[],
  joined: readonly ActorGroup[],
): JoinedAct | undefined {
  let k = from;
  while (k < v.n && k - from < 8 && v.lower[k] !== 'in' && v.pos[k] !== 'VERB' && v.pos[k] !== 'PUNCT') k++;
  const g = k + 1;
  if (v.lower[k] !== 'in' || v.pos[g] !== 'VERB' || !v.upper[g]!.endsWith('ING')) return undefined;
  const code = (d.verbs.get(v.upper[g]!) ?? d.verbs.get(v.lemma[g]!))?.[0]?.code;
  if (!code || !verbalAct(code) || !SPEECH_ACTS.has(v.lemma[g]!.toLowerCase())) return undefined;
  const doers = [...sources, ...joined.filter((j) => j.start < k && !sources.some((s) => s.code === j.code))];
  const own = new Set(doers.map((s) => s.start));
  const targets = findObjects(v, groups, g + 1, 12, (x) => own.has(x.start) || doers.some((s) => s.code === x.code));
  if (targets.length === 0) return undefined;
  const own0 = code.replace(/^:/, '');
  // "in demanding the resignation of the minister": a demand for a leader's going (sense.leadership-change).
  const going = LEADERSHIP_CHANGE.sense({ v, lemma: '', code: own0, fromDefault: true, sources: doers, targets, groups, verbEnd: g + 1 });
  return { code: going?.code ?? own0, sources: doers, targets };
}
