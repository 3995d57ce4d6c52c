import type { ActorGroup } from '../actor-groups.js';
import { ROOT, isUnder } from '../cameo.js';
import type { SentenceView } from '../sentence-view.js';
import type { GrammarRule } from './rule.js';

/**
 * Rules of issue 14's recall work on unseen news (2026-12-07): events a careful coder codes that the grammar dropped.
 * Kept in their own file so that rules written in parallel merge apart; the table (table.ts) and `--explain` read
 * them as any other.
 */
export const RECALL = {
  distinctActors: {
    id: 'role.distinct-actors',
    effect: 'role',
    example: 'The Chadian president met the Chadian mayor.',
    reason:
      'two different people or bodies of one state share a code ("the chief minister met the mayor", "the state government requested the centre", "the seer asked the VHP president"): the same code on both sides is no resolution slip when the two phrases are different actors (different ids of the actor stage, else different head words), so the event stands, and so does a named body\'s appeal to people named by role or faith ("the VHP appealed to Hindus"); one name or one head word twice still is (event.same-actor)',
  },
  actAgent: {
    id: 'role.act-agent',
    effect: 'role',
    example: 'The Chadian president criticized the statement made by the Sudanese envoy.',
    reason:
      'what is said or done, named by its noun and its doer ("criticised the statements made by the commission chairman", "welcomed the steps taken by the centre"), is aimed at its doer: the "by" agent of the participle after the noun is the target, as "the remarks of X" makes X the target',
  },
  allegedSubject: {
    id: 'role.alleged-subject',
    effect: 'role',
    example: 'The Chadian opposition complained that the Sudanese army did nothing.',
    reason:
      'an allegation or complaint with a that-clause and no object ("alleged that the sangh parivar was bent on...", "complained that the police did nothing") is aimed at the subject of what it alleges, as an appeal is at the one it asks (role.appeal-clause); "claimed that" is mostly a claim of fact ("claimed that 75 volunteers had reached"), no allegation, and does not',
  },
  protestBy: {
    id: 'event.protest-by',
    effect: 'code',
    example: 'The shutdown called by the Chadian teachers closed the schools of Ndjamena.',
    reason:
      'a protest named by its noun and its holder ("the bandh called by the vhp", "a dharna staged by congress workers", "the rally organised by the party") is the holder\'s protest, as "the vhp called a bandh" is: a shutdown 143, a sit-in or rally 141, with no target; the participle is no verb of its own (verb.reduced-relative), so no verb codes it',
  },
  verbalParticiple: {
    id: 'event.verbal-participle',
    effect: 'code',
    example: 'The Chadian opposition criticized the government, accusing it of corruption.',
    reason:
      'a participle of an act done by speaking after a comma (", accusing it of...", ", urging him to intervene", ", demanding the resignation of...") is a second act of the same speaker, coded with the main clause\'s subject, where ", citing..." or ", killing three" only elaborates the main event (event.ing-adjunct); only appeals, demands, criticism and accusation, rejection and threats (02, 10-13)',
  },
  objectPronoun: {
    id: 'role.object-pronoun',
    effect: 'role',
    example: 'The Chadian opposition criticized the Sudanese government and accused it of lying.',
    reason:
      'an object pronoun right after a verb of an act done by speaking ("accused it of", "urging him to", "asked them to") stands for the latest actor before it that is not the speaker; "him"/"her" for a person or body only; none before a verb ("said it would": a clause\'s subject)',
  },
  nominalAct: {
    id: 'event.nominal-act',
    effect: 'code',
    example: "The Chadian opposition's demand for the resignation of the Sudanese envoy was rejected.",
    reason:
      'an act done by speaking named by its noun and its holder ("the opposition\'s demand for...", "the party\'s criticism of the government", "the allegations by the union leader that the police...") is the holder\'s act, as "the opposition demanded" is: a demand 100 (1041 for someone\'s going), an appeal or plea 020, criticism 111, an allegation or accusation 112, a rejection 120, aimed at the first actor the noun reaches through "for", "of", "to", "against", "that" and nouns; none with no holder (a pronoun, a bare noun), no target, or inside a quotation',
  },
  joinedIn: {
    id: 'role.joined-in',
    effect: 'code',
    example: 'Chadian students joined the opposition in condemning the Sudanese government.',
    reason:
      'joining someone "in condemning", "in demanding", "in urging" is the act the gerund names, done by the subject and those it joined, aimed at the gerund\'s object, not cooperation with the joined (050), and the gerund after "in" is no event of its own otherwise (verb.gerund-after-preposition)',
  },
} as const satisfies Record<string, GrammarRule>;

/** Verbs whose that-clause is what someone is blamed for (role.alleged-subject), by lemma. */
export const ALLEGING: ReadonlySet<string> = new Set(
  'allege charge complain regret lament deplore criticise criticize blame accuse rue object protest'.split(' '),
);

/** Nouns of what an actor says or does, which a verb of comment is aimed at through their doer. */
const ACT_NOUNS: ReadonlySet<string> = new Set(
  'statement statements remark remarks comment comments decision decisions move step steps action actions measure measures announcement demand demands proposal proposals policy policies effort efforts plea appeal call allegation allegations charge charges attack attacks order orders suggestion offer assurance report'.split(
    ' ',
  ),
);

/**
 * "criticised the statements made by the chairman": the actor after "by" of a participle that follows a noun of what is
 * said or done, right after the verb (`role.act-agent`); none when the words are otherwise.
 */
export function actAgent(v: SentenceView, groups: readonly ActorGroup[], from: number, exclude: (g: ActorGroup) => boolean): ActorGroup | undefined {
  let k = from;
  while (k < v.n && k - from < 4 && (v.pos[k] === 'DET' || v.pos[k] === 'ADJ' || v.pos[k] === 'NUM')) k++;
  if (!ACT_NOUNS.has(v.lower[k] ?? '') || v.pos[k + 1] !== 'VERB' || v.lower[k + 2] !== 'by') return undefined;
  // The doer's phrase may be long before its actor word ("by the national human rights commission chairman j s verma").
  const doer = groups.find((g) => g.start > k + 2 && g.start <= k + 10 && !g.pronoun && !exclude(g));
  return doer && !v.pos.slice(k + 3, doer.start).some((p) => p === 'VERB' || p === 'PUNCT') ? doer : undefined;
}

/** A body of the article's state named by its role ("IND:body.government", domestic.ts), not by name. */
const ROLE_BODY = /^[A-Z]{3}:body\./;

/**
 * Whether two phrases of one code are two actors (`role.distinct-actors`): not a bare state ("Chad said Chad..."), not a
 * passive's agent the voice was missed for, not property ("tankers, gutted shops"), not a statement (01: "said the government plans", ", said X and Y" are a
 * speaker's words about its own side and appositions), not a person and a body named by its role (the minister is of
 * "the government"), not civilians named by role, not two unnamed roles outside government; then different ids of the
 * caller's mentions, or, lacking one, different head words ("minister" / "mayor").
 */
export function distinctActors(src: ActorGroup, tgt: ActorGroup, code: string, v: SentenceView): boolean {
  if (src.start === tgt.start || src.code.length <= 3 || tgt.prep === 'by' || src.pronoun || tgt.pronoun || src.property || tgt.property) return false;
  if (code.startsWith('01')) return false;
  const named = (g: ActorGroup) => g.entity !== undefined && !ROLE_BODY.test(g.entity);
  // "the VHP appealed to Hindus", "the board asked Muslims to stay calm": a named body's appeal to people named by role.
  if (isUnder(code, ROOT.APPEAL) && named(src) && tgt.entity !== undefined && !named(tgt) && FOLLOWERS.test(tgt.code)) return true;
  // Two roles with no name ("the legislature constituted committees of legislators", "students ... colleges") are often a
  // body and its members; only offices of government ("the state government", "the centre", "the mayor") are told apart.
  if (!named(src) && !named(tgt) && !src.code.endsWith('GOV')) return false;
  if (src.entity !== undefined && tgt.entity !== undefined) return src.entity !== tgt.entity && named(src) === named(tgt);
  return !PEOPLE.test(src.code) && v.lower[src.end - 1] !== v.lower[tgt.end - 1];
}

/** Civilians named by role ("women", "children", "residents"): one phrase of them is seldom another's counterpart. */
const PEOPLE = /(?:CVL|PPL)$/;
/** People named by role or faith ("the people", "Hindus", "Muslims"), to whom a named body appeals (role.distinct-actors). */
const FOLLOWERS = /(?:CVL|PPL|HIN|MUS|CHR|SIK|BUD|JEW)$/;
