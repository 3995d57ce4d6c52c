import { actorGroup, type ActorGroup } from '../actor-group.js';
import { CAMEO, ROOT, isUnder } from '../cameo.js';
import type { SentenceView } from '../sentence-view.js';
import type { GrammarRule } from './rule.js';
import type { SenseRule } from './verb-senses.js';

/**
 * What a statement says, when that is itself an act a coder codes (issue 14, 2026-12-07): "X said the state government
 * had failed to protect the dalits" is X criticising the state government (111), "the police were responsible for the
 * violence" X accusing the police (112), "they would launch an agitation if the demands were not met" a threat of
 * protest (133). The content codes no event of its own (its verbs are stopped as before, or are negated); the
 * speaker's act is coded on the verb of saying, against the content's subject, with the class's rule in `rules`.
 * Tried before the other senses (verb-senses.ts), each pinned by a row of test/unit/events-speech-rows.ts.
 *
 * Only in articles with a home country (the bench's kind): the gold sets' lone sentences of world news code such
 * statements otherwise, and a coder reads a domestic politician's "said the government had failed" as criticism.
 */

/** Verbs of saying whose block codes a statement (01), and "allege" (110): their content is what the classes read. */
const SAYING = [
  'ALLEGE',
  'SAY',
  'ADD',
  'STATE',
  'TELL',
  'ASSERT',
  'REMARK',
  'DECLARE',
  'STRESS',
  'OBSERVE',
  'REITERATE',
  'EXPLAIN',
  'NOTE',
  'INSIST',
  'MAINTAIN',
];

/** Words that may stand between a verb of saying and its content's subject: "said (on monday) (that) the...". */
const LEAD_IN: ReadonlySet<string> = new Set([
  ...'that here there today yesterday on monday tuesday wednesday thursday friday saturday sunday also further however categorically'.split(' '),
  // A quotation opening the content: 'said, "the government has failed..."'.
  ...[',', '"', '“', '‘‘', '``', "'"],
]);
/** Auxiliaries and adverbs of the content's predicate before its head: "had (totally) failed", "were (directly) responsible". */
const AUX: ReadonlySet<string> = new Set(
  "has have had is are was were be been being 's will would shall should could might may must totally completely utterly miserably clearly solely directly squarely fully largely also".split(
    ' ',
  ),
);
/** Words that join a later clause of the same content: "... and the minister should...", "... because the police had failed". */
const JOINING: ReadonlySet<string> = new Set(['and', 'but', 'because', 'as', 'since']);
/** What ends a content clause: its punctuation, a conjunction that opens the next one. */
const CLAUSE_END: ReadonlySet<string> = new Set([',', '.', ';', ':', '"', '“', '”', 'and', 'but', 'while', 'whereas', 'because', 'as', 'since']);
const DETERMINERS: ReadonlySet<string> = new Set(['both', 'the', 'a', 'an', 'its', 'their', 'his', 'her', '``', "''", '‘‘', '“', '"']);

/** Sectors whose report of what others did is a report of a fact, not criticism: the police, intelligence, the courts. */
const REPORTING_OFFICE = /(COP|SPY|JUD)$/;
/** Content subjects whose misdeeds a speaker reports as facts, not as criticism: the accused, criminals. */
const CULPRITS = /(CRM)$/;

/** The content of a statement: its subjects (actor phrases, "the centre and the state government") and the words of its predicate [from, to). */
interface Content {
  readonly subjects: readonly ActorGroup[];
  readonly from: number;
  readonly to: number;
}

interface SpeechSite {
  readonly v: SentenceView;
  readonly code: string;
  readonly sources: readonly ActorGroup[];
  readonly groups: readonly ActorGroup[];
  readonly verbEnd: number;
  readonly home?: string;
}

/** The end of the clause that starts at `from`, at most `reach` words on. */
function clauseTo(v: SentenceView, from: number, reach: number): number {
  let k = from;
  while (k < v.n && k - from < reach && !CLAUSE_END.has(v.lower[k]!)) k++;
  return k;
}

/** The actor phrases that open a clause at `k` (determiners aside), coordinated ones included: "both the centre and the state government". */
function subjectsAt(v: SentenceView, groups: readonly ActorGroup[], k: number, limit: number): ActorGroup[] {
  // The word before the clause may be read as the phrase's preposition ("because the police"): it opens the clause.
  const opener = v.lower[k - 1];
  const at = (j: number): ActorGroup | undefined => {
    while (DETERMINERS.has(v.lower[j] ?? '')) j++;
    return groups.find((g) => g.start === j && (g.prep === undefined || (j - 1 <= k && g.prep === opener && JOINING.has(opener))) && g.end <= limit);
  };
  const first = at(k);
  if (!first) return [];
  const out = [first];
  for (let g = first; (v.lower[g.end] === 'and' || v.lower[g.end] === ',') && out.length < 4; ) {
    const next = at(g.end + 1);
    if (!next) break;
    out.push(next);
    g = next;
  }
  return out;
}

/** Whether a predicate starts at `k`: an auxiliary, a modal or a verb ("... were", "... had failed", "... should be"). */
const predicateAt = (v: SentenceView, k: number): boolean => v.pos[k] === 'AUX' || v.pos[k] === 'VERB' || AUX.has(v.lower[k] ?? '');

/**
 * "said (that) the state government had failed...": the content after the verb, and each clause joined to it by "and" or
 * "but" that has an actor subject of its own ("...was state organised and the chief minister should be held
 * responsible"); "the state has failed the farmers, said mlc ajay singh": the content before the comma of an inverted
 * speaker. Empty when no clause has an actor phrase for subject.
 */
function contentsOf(s: SpeechSite): Content[] {
  const { v, groups, verbEnd } = s;
  const inverted = s.sources.some((g) => g.start >= verbEnd);
  // "the administration did not take any step, ahmad said.": a speaker and its verb closing the sentence after a comma.
  const closing = !inverted ? trailingSpeaker(s) : -1;
  if (!inverted && closing < 0) {
    let k = verbEnd;
    while (k < v.n && k - verbEnd < 4 && LEAD_IN.has(v.lower[k]!)) k++;
    const out: Content[] = [];
    const first = subjectsAt(v, groups, k, v.n);
    let end = first.length > 0 ? clauseTo(v, first[first.length - 1]!.end, 12) : clauseTo(v, k, 12);
    if (first.length > 0) out.push({ subjects: first, from: first[first.length - 1]!.end, to: end });
    // Later clauses of the same content: "... and [the chief minister] should be held responsible".
    while (end < v.n && end - verbEnd < 40 && JOINING.has(v.lower[end]!)) {
      const next = subjectsAt(v, groups, end + 1, v.n);
      const from = next.length > 0 ? next[next.length - 1]!.end : -1;
      if (from < 0 || !predicateAt(v, from)) break;
      end = clauseTo(v, from, 12);
      out.push({ subjects: next, from, to: end });
    }
    return out;
  }
  // The inverted speaker's content: from the sentence's start (past its dateline, "lucknow:") to the comma before the verb.
  let comma = closing >= 0 ? closing : verbEnd - 1;
  while (comma > 0 && v.lower[comma] !== ',' && verbEnd - comma <= 3) comma--;
  if (v.lower[comma] !== ',') return [];
  const colon = v.lower.indexOf(':');
  const start = colon >= 0 && colon < 6 && colon < comma ? colon + 1 : 0;
  const subjects = subjectsAt(v, groups, start, comma);
  if (subjects.length === 0) return [];
  const from = subjects[subjects.length - 1]!.end;
  // A comma inside the content ends its main clause: the predicate is the subject's own.
  return [{ subjects, from, to: clauseTo(v, from, Math.min(12, comma - from)) }];
}

/** Quotation marks that may close the content before its speaker: "...,'' he said". */
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', "''", '’’', "'", '’']);

/**
 * The comma before a speaker who closes the sentence in the usual order ("..., ahmad said.", "...,'' he added on
 * monday."): the speaker right after the comma (and a closing quote), the verb right after the speaker, and no more than a
 * few words of no verb after it; -1 otherwise.
 */
function trailingSpeaker(s: SpeechSite): number {
  const { v, verbEnd } = s;
  const speaker = s.sources[0];
  if (!speaker || s.sources.some((g) => g.end > verbEnd) || verbEnd - speaker.end > 2) return -1;
  let k = speaker.start - 1;
  while (k > 0 && (v.pos[k] === 'DET' || v.pos[k] === 'ADJ')) k--;
  if (CLOSING_QUOTES.has(v.lower[k] ?? '')) k--;
  // "the rebels attacked the farmers, the leader said": the farmers before the comma are no co-speaker; such a list is not read.
  if (v.lower[k] !== ',' || s.sources.length > 1) return -1;
  for (let j = verbEnd; j < v.n; j++) {
    if (v.lower[j] === '.' || v.lower[j] === '!') return k;
    if (j - verbEnd >= 6 || v.pos[j] === 'VERB' || v.lower[j] === ',') return -1;
  }
  return k;
}

/** The predicate's head: its first word past auxiliaries and adverbs. */
function headOf(v: SentenceView, c: Content): number {
  let k = c.from;
  while (k < c.to && (AUX.has(v.lower[k]!) || v.pos[k] === 'ADV')) k++;
  return k;
}

/** Those of the content's subjects the speaker says it of: others than the speaker, no pronoun, place or culprit a report names. */
function others(s: SpeechSite, c: Content): ActorGroup[] {
  // The home country's bare code is a place of it ("said gujarat had failed"), whose actor the words do not say.
  return c.subjects.filter((g) => !g.pronoun && g.code !== s.home && !CULPRITS.test(g.code) && !s.sources.some((x) => x.code === g.code));
}

/** A statement's content in the class `cue` names, said of someone else at home: the speaker's act against its subject. */
function contentClass(cue: (v: SentenceView, c: Content, head: number) => boolean, code: string): SenseRule['sense'] {
  return (s) => {
    // The police, intelligence or a court saying what others did report facts ("police said the accused had fled").
    // "alleged that the government had not acted": an allegation's disapproval (110) takes the class's code as well.
    const saying = isUnder(s.code, ROOT.STATEMENT) || (s.lemma === 'ALLEGE' && s.code === CAMEO.DISAPPROVE);
    if (s.home === undefined || !saying || s.sources.length === 0 || s.sources.some((g) => REPORTING_OFFICE.test(g.code))) return undefined;
    for (const c of contentsOf(s)) {
      const targets = others(s, c);
      // "said he and the party had failed": the speaker among those it speaks of is no criticism of them.
      if (targets.length === c.subjects.length && cue(s.v, c, headOf(s.v, c))) return { code, targets };
    }
    return undefined;
  };
}

const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Acts whose absence is a failure of duty: "did not take any action", "had not acted", "has done nothing". */
const DUTIES: ReadonlySet<string> = new Set('take taken took act acted do done bother bothered play played'.split(' '));

const SAID_FAILURE: SenseRule = {
  id: 'sense.said-failure',
  effect: 'code',
  lemmas: SAYING,
  example: 'The Chadian opposition leader said the interior ministry had failed to protect the farmers.',
  reason:
    'saying that another "failed" (to protect, to act, the farmers) or "did not take any action" reproaches it with a duty not done: the speaker criticises it (111); what failed codes nothing of its own (a plain negation), and the statement is no bare 010',
  sense: contentClass((v, c, head) => {
    const w = v.lower[head] ?? '';
    if (w === 'failed' || w === 'fails') return true;
    // "did not take any action", "has not done anything", "had done nothing".
    const words = v.lower.slice(c.from, c.to);
    const neg = words.findIndex((x) => NEGATORS.has(x));
    // Not a passive: "the allies were not taken into confidence" are those it was not done to.
    const passive = words.slice(0, Math.max(neg, 0)).some((x) => BE.has(x));
    if (neg >= 0 && neg <= 2 && !passive && DUTIES.has(words[neg + 1] ?? '')) return true;
    return DUTIES.has(w) && v.lower[head + 1] === 'nothing';
  }, CAMEO.CRITICIZE),
};

const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s"]);
/** Words of blame after "be": "were responsible for", "was behind", "were involved in", "was to blame". */
const BLAME_WORDS: ReadonlySet<string> = new Set(['responsible', 'behind', 'involved', 'guilty', 'accountable', 'culpable', 'instrumental']);
/** Verbs of an instigator: "had engineered the riots", "masterminded", "orchestrated", "abetted". */
const INSTIGATING: ReadonlySet<string> = new Set(
  'engineered masterminded orchestrated instigated sponsored abetted connived conspired incited engineering instigating inciting abetting shielding shielded'.split(
    ' ',
  ),
);

const SAID_BLAME: SenseRule = {
  id: 'sense.said-blame',
  effect: 'code',
  lemmas: SAYING,
  example: 'The Chadian opposition leader said the interior ministry was responsible for the violence.',
  reason:
    'saying that another "was responsible for", "was behind" or "was involved in" what happened, or "had engineered" (instigated, abetted) it, lays the blame on it: an accusation (112, plain: the codebook\'s 1121-1125 name charges of crime, rights abuses, aggression, war crimes or treason, which a statement of blame for a riot does not specify)',
  sense: contentClass((v, c, head) => {
    const w = v.lower[head] ?? '';
    if (INSTIGATING.has(w)) return true;
    // "would be held responsible for any untoward incident" warns of what may come; blame is for what was done.
    if (v.lower.slice(c.from, head).some((x) => x === 'would' || x === 'will')) return false;
    const be = v.lower.slice(c.from, head).some((x) => BE.has(x));
    if (be && BLAME_WORDS.has(w)) return true;
    // "should be held responsible", "must be made accountable".
    if (be && (w === 'held' || w === 'made') && BLAME_WORDS.has(v.lower[head + 1] ?? '')) return true;
    // "were to blame", "had a hand in".
    return (be && w === 'to' && v.lower[head + 1] === 'blame') || (w === 'a' && v.lower[head + 1] === 'hand' && v.lower[head + 2] === 'in');
  }, CAMEO.ACCUSE),
};

/** Words of a reproach in the content: "was insensitive", "had betrayed", "is misleading the people", "was a mute spectator". */
const REPROACHES: ReadonlySet<string> = new Set(
  'insensitive indifferent callous incompetent biased partisan inept apathetic negligent irresponsible hypocritical dishonest betrayed betraying misled misleading misused misusing mishandled neglected neglecting ignored ignoring befooling befooled spectator spectators selfish indulging mud-slinging'.split(
    ' ',
  ),
);

const SAID_REPROACH: SenseRule = {
  id: 'sense.said-reproach',
  effect: 'code',
  lemmas: SAYING,
  example: 'The Chadian opposition leader said the interior ministry had betrayed the farmers.',
  reason:
    'saying that another "was insensitive" (callous, biased, a mute spectator) or "had betrayed", "misled", "neglected" someone judges its conduct: the speaker criticises it (111); it is no report of a fact',
  sense: contentClass((v, c, head) => {
    const words = v.lower.slice(head, Math.min(c.to, head + 4));
    // "were playing votebank politics", "is playing politics".
    const politics = words[0] === 'playing' && v.lower.slice(head + 1, head + 4).includes('politics');
    return politics || words.some((w) => REPROACHES.has(w) || (w.startsWith('anti-') && w.length > 6));
  }, CAMEO.CRITICIZE),
};

/** Words of a protest one threatens to launch: "an agitation", "a statewide bandh", "an indefinite fast". */
const PROTESTS: ReadonlySet<string> = new Set(
  'agitation agitations stir protest protests bandh dharna strike strikes fast movement gherao blockade boycott demonstration demonstrations satyagraha'.split(
    ' ',
  ),
);
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);
const IMPLIED_GOVERNMENT = 'sense.said-protest-threat';

const SAID_PROTEST_THREAT: SenseRule = {
  id: 'sense.said-protest-threat',
  effect: 'code',
  lemmas: SAYING,
  example: 'The Chadian farmers union said they would launch an agitation if the interior ministry did not meet their demands.',
  reason:
    'saying that one "would launch an agitation (a bandh, a strike) if" or "unless" something is done is a threat of protest (133) against the one the condition is on, the actor it names or, when it names none ("if the demands are not met"), the government of the home country the demands are made of; without a condition it is a plan, no threat',
  sense: (s) => {
    if (s.home === undefined || !isUnder(s.code, ROOT.STATEMENT) || s.sources.length === 0) return undefined;
    const t = protestThreat(s);
    if (!t) return undefined;
    const speakers = new Set(s.sources.map((g) => g.code));
    const other = (g: ActorGroup): boolean => !g.pronoun && !speakers.has(g.code);
    // Whoever the condition names ("if the government does not...", "if the demands are not met by the government").
    const named = s.groups.find((g) => g.start > t.cond && g.end <= t.condEnd && other(g) && (g.prep === undefined || g.prep === 'by'));
    const against = s.groups.find((g) => g.start > t.protest && g.start - t.protest <= 4 && g.prep === 'against' && other(g));
    // "if the demands are not met": the demands are the government's to meet; the target's words are the condition's.
    const end = Math.min(t.condEnd, t.cond + 9);
    const target = named ?? against ?? actorGroup({ start: t.cond + 1, end: Math.max(end, t.cond + 2), code: `${s.home}GOV`, ruleId: IMPLIED_GOVERNMENT });
    return { code: CAMEO.THREATEN_WITH_POLITICAL_DISSENT, targets: [target] };
  },
};

/** Whether a protest noun stands in [from, to): "an agitation", "court arrest". */
function protestIn(v: SentenceView, from: number, to: number): number {
  for (let k = from; k < Math.min(v.n, to); k++) {
    if (PROTESTS.has(v.lower[k]!) && v.pos[k] === 'NOUN') return k;
    if (v.lower[k] === 'court' && v.lower[k + 1] === 'arrest') return k + 1;
  }
  return -1;
}

/** "would" or "will" among the first two words of a predicate at `from`. */
const willAt = (v: SentenceView, from: number): number => v.lower.slice(from, from + 2).findIndex((w) => w === 'would' || w === 'will' || w === "'ll");

/**
 * The speaker's own conditional protest in its content, either order: "they would launch an agitation if..." or "if
 * these demands were not met, they would court arrest". The protest noun, the condition word and the condition's end.
 */
function protestThreat(s: SpeechSite): { protest: number; cond: number; condEnd: number } | undefined {
  const { v } = s;
  const own = (c: Content): boolean => c.subjects.every((g) => g.pronoun || s.sources.some((x) => x.code === g.code));
  let k = s.verbEnd;
  while (k < v.n && k - s.verbEnd < 4 && LEAD_IN.has(v.lower[k]!)) k++;
  if (CONDITIONS.has(v.lower[k] ?? '')) {
    const comma = v.lower.indexOf(',', k);
    if (comma < 0 || comma - k > 16) return undefined;
    const subjects = subjectsAt(v, s.groups, comma + 1, v.n);
    const from = subjects.length > 0 ? subjects[subjects.length - 1]!.end : -1;
    if (from < 0 || !own({ subjects, from, to: from }) || willAt(v, from) < 0) return undefined;
    const protest = protestIn(v, from, from + 14);
    return protest < 0 ? undefined : { protest, cond: k, condEnd: comma };
  }
  const c = contentsOf(s)[0];
  if (!c || !own(c) || willAt(v, c.from) < 0) return undefined;
  const protest = protestIn(v, c.from + 1, c.from + 12);
  if (protest < 0) return undefined;
  for (let j = protest + 1; j < Math.min(v.n, protest + 10); j++) if (CONDITIONS.has(v.lower[j]!)) return { protest, cond: j, condEnd: clauseTo(v, j + 1, 12) };
  return undefined;
}

/** Measures only a state takes, by the sector that takes them at home: curfews and bans the government, firing the police. */
const MEASURES: ReadonlyMap<string, string> = new Map([
  ...'restrictions curfew ban bans prohibitory ordinance ordinances notification'.split(' ').map((w): [string, string] => [w, 'GOV']),
  ...'firing lathicharge lathi-charge arrests detention detentions'.split(' ').map((w): [string, string] => [w, 'COP']),
]);
const MODIFIERS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

const CRITICIZED_MEASURE: SenseRule = {
  id: 'sense.criticized-measure',
  effect: 'role',
  lemmas: ['FLAY', 'CRITICIZE', 'CRITICISE', 'CONDEMN', 'DENOUNCE', 'DEPLORE', 'DECRY', 'CASTIGATE', 'LAMBAST', 'OPPOSE'],
  example: 'The Chadian opposition flayed the restrictions in the capital.',
  reason:
    'criticising a measure only a state takes ("flayed the restrictions", "condemned the curfew", "the police firing" named by no actor) criticises whoever took it: at home, the government for curfews, bans and restrictions, the police for firing, lathicharges and arrests; the target\'s words are the measure\'s',
  sense: (s) => {
    if (s.home === undefined || s.targets.length > 0 || !isUnder(s.code, ROOT.DISAPPROVE)) return undefined;
    let k = s.verbEnd;
    while (k < s.v.n && k - s.verbEnd < 4 && MODIFIERS.has(s.v.pos[k]!)) k++;
    const sector = MEASURES.get(s.v.lower[k] ?? '');
    if (!sector || s.sources.some((g) => g.code.endsWith(sector))) return undefined;
    return { targets: [actorGroup({ start: k, end: k + 1, code: `${s.home}${sector}`, ruleId: 'sense.criticized-measure' })] };
  },
};

/** The content classes of statements, tried in this order before the other senses of a verb of saying. */
export const SPEECH_SENSES: readonly SenseRule[] = [SAID_PROTEST_THREAT, SAID_FAILURE, SAID_BLAME, SAID_REPROACH, CRITICIZED_MEASURE];

/** Rules of what a statement asks, read where the demand rule codes it (derived-events.ts `demanded`). */
export const SPEECH_RULES = {
  shouldAppeal: {
    id: 'event.should-appeal',
    effect: 'code',
    example: 'The Chadian opposition leader said the interior ministry should withdraw the order.',
    reason:
      'what someone "should" (or "ought to") do is advised or proposed: CAMEO codes requests, proposals and suggestions as appeals (02x), and keeps demands (10x) for the more forceful "must"; the appeal takes the sub-code its demand would have (105 -> 025, 1041 -> 0241)',
  },
} as const satisfies Record<string, GrammarRule>;

/** The appeal (02x) that mirrors a demand (10x): the codebook numbers their sub-codes alike (105 yield, 025 yield). */
export const appealFor = (demand: string): string => `02${demand.slice(2)}`;
