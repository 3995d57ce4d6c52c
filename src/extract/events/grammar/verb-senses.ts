import type { ActorGroup } from '../actor-groups.js';
import { CAMEO, ROOT, isUnder } from '../cameo.js';
import type { SentenceView } from '../sentence-view.js';
import { HONOUR, REPROACH } from './name-words.js';
import { BATON_CHARGE, CALL_ON_VISIT, DESCRIBE_AS, PRESS_CHANNEL } from './precision-senses.js';
import { LEAD_PROTEST, LEADERSHIP_CHANGE } from './recall-senses.js';
import { ASK_VIGILANCE, CROWD_ATTACK, SOLVE_CASE, TAKE_DETAILS, TAKE_TO_TASK } from './reading-senses.js';
import { DEPLOY_OWN_FORCES } from './security-senses.js';
import { ARRESTED_PEOPLE, POLICE_FIRING } from './police-senses.js';
import { BLAME_AT_HOME, CALL_OFF_PROTEST, CASE_BY_PARTY, WALKOUT_HOUSE } from './case-senses.js';
import { DEMANDED_THING } from './target-senses.js';
import { SPEECH_SENSES } from './speech-senses.js';
import type { GrammarRule } from './rule.js';

/** One verb coded with its dictionary default, its actors found: what a sense rule reads. */
interface SenseSite {
  readonly v: SentenceView;
  readonly lemma: string;
  readonly code: string;
  /** The code is the verb block's default (no pattern matched): the dictionary did not choose a sense. */
  readonly fromDefault: boolean;
  readonly sources: readonly ActorGroup[];
  readonly targets: readonly ActorGroup[];
  readonly groups: readonly ActorGroup[];
  readonly verbEnd: number;
  /** The article's home country, when the pipeline knows it (not for the gold sets' lone sentences). */
  readonly home?: string;
}

/** A sense rule: a new code and/or new targets for the verb, or undefined when it does not apply. */
export interface SenseRule extends GrammarRule {
  readonly lemmas: readonly string[];
  /**
   * `targetless`: the verb's event stands with no target ("---") when the sense leaves none: a demand of no one named
   * (sense.demanded-thing), shots fired at no one named (sense.police-firing, `police fired 12 rounds`).
   */
  readonly sense: (s: SenseSite) => { readonly code?: string; readonly targets?: readonly ActorGroup[]; readonly targetless?: boolean } | undefined;
}

/** Sectors of those who bear arms: their clash is a fight; anyone else's is words. */
const ARMED = /(MIL|REB|COP|UAF|INS|SPY|CRM|IMG|SEP)$/;
const PEOPLE = /(MIL|REB|COP|UAF|INS|SPY|CRM|IMG|SEP|OPP|PPL|CVL|GOV|ELI|LEG|JUD|MED|EDU|BUS|LAB|REF|HLH|AGR|REL|MUS|CHR|HIN|JEW|SET|ETH|IGO|NGO)$/;
const sectorOf = (code: string): string => code.slice(3);

/** Money one withdraws: "withdrew 400 dollars", "rs 4 lakh", "his savings". */
const MONEY: ReadonlySet<string> = new Set(
  'money cash rs rs. rupees dollars euros pounds lakh lakhs crore crores savings deposits deposit funds amount sum'.split(' '),
);

/** Words one "takes" at someone: "took a swipe at", "a dig", "potshots". */
const JIBES: ReadonlySet<string> = new Set(['swipe', 'swipes', 'dig', 'digs', 'potshot', 'potshots', 'jibe', 'jibes', 'pot-shot', 'pot-shots']);

/**
 * Which sense a verb has in the sentence, where the dictionary's block default lumps them together: verbal or armed
 * clashes, fighting alongside or against, capturing people, places or property. Tried in order; the first that
 * applies decides. Each pinned by a row of test/unit/events-rules.test.ts.
 */
export const VERB_SENSES: readonly SenseRule[] = [
  ...SPEECH_SENSES,
  BATON_CHARGE,
  CALL_ON_VISIT,
  DESCRIBE_AS,
  PRESS_CHANNEL,
  LEADERSHIP_CHANGE,
  DEMANDED_THING,
  LEAD_PROTEST,
  DEPLOY_OWN_FORCES,
  POLICE_FIRING,
  ARRESTED_PEOPLE,
  CASE_BY_PARTY,
  BLAME_AT_HOME,
  CALL_OFF_PROTEST,
  WALKOUT_HOUSE,
  SOLVE_CASE,
  CROWD_ATTACK,
  TAKE_DETAILS,
  TAKE_TO_TASK,
  ASK_VIGILANCE,
  {
    id: 'sense.verbal-clash',
    effect: 'code',
    lemmas: ['CLASH', 'SPAR', 'COLLIDE', 'CROSS', 'BLAST', 'SLAM', 'LASH', 'HAMMER'],
    example: 'The Chadian foreign minister clashed with the Sudanese president.',
    reason:
      'a clash between governments, politicians or the press is an argument (CAMEO 110, disapprove), not armed fighting, and so is a politician "blasting" or "slamming" a government; only armed actors fight',
    sense: (s) => {
      if (!isUnder(s.code, ROOT.FIGHT) || s.sources.length === 0 || !s.sources.every((g) => sectorOf(g.code) !== '' && !ARMED.test(g.code))) return undefined;
      return { code: s.code.includes(':') ? `${CAMEO.DISAPPROVE}:${CAMEO.DISAPPROVE}` : CAMEO.DISAPPROVE };
    },
  },
  {
    id: 'sense.fight-alongside',
    effect: 'code',
    lemmas: ['FIGHT', 'BATTLE', 'COMBAT'],
    example: 'Chadian troops fought alongside French forces against the rebels.',
    reason:
      'those one fights alongside (or "with", when an "against" follows) are allies: the target is whom the fight is against, and with no such one the allies cooperate militarily (062)',
    sense: (s) => {
      const ally = s.targets[0];
      if (!ally || !(isUnder(s.code, ROOT.FIGHT) || s.code === CAMEO.COOPERATE_MILITARILY)) return undefined;
      const against = s.groups.find((g) => g.start > ally.end && g.prep === 'against');
      const alongside = ally.prep === 'alongside' || (ally.prep === 'with' && against !== undefined);
      if (!alongside) return undefined;
      return against ? { code: CAMEO.CONVENTIONAL_FORCE, targets: [against] } : { code: CAMEO.COOPERATE_MILITARILY };
    },
  },
  {
    id: 'sense.verbal-attack',
    effect: 'code',
    lemmas: ['TAKE', 'TRAIN', 'TURN', 'AIM', 'POINT'],
    example: 'The Chadian opposition took a swipe at the Sudanese president.',
    reason:
      '"took a swipe (a dig, a potshot) at X" and, from those who bear no arms, "trained its guns at X" are words against X, criticism (111), not a capture or a preparation',
    sense: (s) => {
      const at = s.v.lower.slice(s.verbEnd, s.verbEnd + 4).findIndex((w) => w === 'at' || w === 'on');
      if (at < 0 || s.targets.length === 0) return undefined;
      const words = s.v.lower.slice(s.verbEnd, s.verbEnd + at);
      const jibe = words.some((w) => JIBES.has(w));
      const guns = words.some((w) => w === 'guns' || w === 'gun') && s.sources.length > 0 && !s.sources.some((g) => ARMED.test(g.code));
      return jibe || guns ? { code: CAMEO.CRITICIZE } : undefined;
    },
  },
  {
    id: 'sense.capture',
    effect: 'code',
    lemmas: ['CAPTURE', 'SEIZE', 'TAKE'],
    example: 'Chadian troops captured Sudanese soldiers near the border.',
    reason:
      "capturing people is detaining them (173) whatever the block's pattern says, capturing a town or a country's ground occupies territory (192); only things are property (171)",
    sense: (s) => {
      const t = s.targets[0];
      const seized = s.code === CAMEO.SEIZE_PROPERTY || s.code === CAMEO.CONFISCATE_PROPERTY || s.code === CAMEO.OCCUPY_TERRITORY;
      // "took 400 dollars from the bank": whom something is taken "from" is no captive.
      if (!t || !seized || t.prep === 'from') return undefined;
      if (PEOPLE.test(t.code) && sectorOf(t.code) !== '') return { code: CAMEO.ARREST };
      // "captured Mosul", not "seized the Colombian port" (a country's adjective before a thing).
      const place = t.code.length === 3 && !/^(NOUN|PROPN)$/.test(s.v.pos[t.end] ?? '');
      return place && s.code !== CAMEO.OCCUPY_TERRITORY ? { code: CAMEO.OCCUPY_TERRITORY } : undefined;
    },
  },
  {
    id: 'sense.said-content',
    effect: 'stop',
    lemmas: ['SAY', 'STATE', 'ADD', 'ASSERT', 'NOTE', 'MAINTAIN', 'DECLARE', 'OBSERVE', 'REMARK', 'STRESS', 'INSIST', 'ARGUE', 'ANNOUNCE', 'EXPLAIN'],
    example: 'The Chadian minister said the Sudanese talks had failed.',
    reason:
      'a statement is addressed to whoever it is said "to"; an actor named inside what was said ("said the Sudanese talks had failed") is its content, not its target',
    sense: (s) => {
      // "..., said the minister, criticizing Sudan": a speaker after the verb has what follows as the statement's aim.
      if (!isUnder(s.code, ROOT.STATEMENT) || s.targets.length === 0 || s.sources.some((g) => g.start >= s.verbEnd)) return undefined;
      // "said to reporters", "stated to the press": the addressee follows the verb.
      const to = s.v.pos[s.verbEnd] === 'ADV' ? s.verbEnd + 1 : s.verbEnd;
      if (s.v.lower[to] === 'to' && s.targets.some((t) => t.prep === 'to' && t.start > to && t.start - to <= 3)) return undefined;
      return { targets: [] };
    },
  },
  {
    id: 'sense.topic',
    effect: 'stop',
    lemmas: ['REFER', 'MENTION', 'CITE', 'QUOTE', 'ALLUDE'],
    example: 'Referring to the Sudanese rebels, the Chadian minister said the border was calm.',
    reason:
      'what one refers to, mentions, cites or quotes is the topic of what is said, not whom it is said to: "referring to the rebels" is no statement to the rebels',
    sense: (s) => (isUnder(s.code, ROOT.STATEMENT) && s.targets.length > 0 ? { targets: [] } : undefined),
  },
  {
    id: 'sense.seek-of',
    effect: 'code',
    lemmas: ['SEEK'],
    example: "The Chadian president sought the Sudanese government's intervention.",
    reason:
      'what one seeks of an actor ("sought the government\'s intervention", "sought Sudanese help") is asked of it, an appeal (020); only closer ties sought "with" an actor are an intent to cooperate (030)',
    sense: (s) => (s.code === CAMEO.INTENT_TO_COOPERATE && s.targets.length > 0 && s.targets[0]!.prep !== 'with' ? { code: CAMEO.APPEAL } : undefined),
  },
  {
    id: 'sense.withdraw-money',
    effect: 'stop',
    lemmas: ['WITHDRAW', 'DRAW'],
    example: 'A Chadian trader withdrew 400 dollars from a Sudanese bank.',
    reason: 'withdrawing money from a bank or an account is a transaction, no retreat (087) from whoever holds it',
    sense: (s) => (s.v.lower.slice(s.verbEnd, s.verbEnd + 4).some((w) => MONEY.has(w)) ? { targets: [] } : undefined),
  },
  {
    id: 'sense.request-force',
    effect: 'code',
    lemmas: ['DEMAND', 'ADJURE', 'CLAMOR', 'CLAMOUR', 'ENTREAT', 'EXHORT'],
    example: 'Chadian officials demanded a ban on the Sudanese rebels.',
    reason:
      'a pattern of force in a block of requests ("- * ON [190]", written in CAMEO.2.0 for "pressed on") does not make "demanded a ban on X" an attack: a demand is a demand (100)',
    sense: (s) => (isUnder(s.code, ROOT.FIGHT) || isUnder(s.code, ROOT.ASSAULT) ? { code: CAMEO.DEMAND } : undefined),
  },
  {
    id: 'sense.call-name',
    effect: 'code',
    lemmas: ['CALL'],
    example: 'The Chadian opposition called the president the weakest leader in decades.',
    reason:
      'calling someone a name ("called X the weakest prime minister", "called him a traitor") is a statement about X, a criticism when the name is a reproach and praise when it is an honour, not a telephone call (041)',
    sense: (s) => {
      const t = s.targets[0];
      if (!isUnder(s.code, ROOT.CONSULT) || !t || t.start < s.verbEnd) return undefined;
      const at = nameStart(s, t);
      if (at === undefined) return undefined;
      const name = s.v.lower.slice(at, at + 6);
      if (name.some((w) => REPROACH.has(w) || w.startsWith('anti-'))) return { code: CAMEO.CRITICIZE };
      return { code: name.some((w) => HONOUR.has(w)) ? CAMEO.PRAISE : CAMEO.STATEMENT };
    },
  },
  {
    id: 'sense.link-things',
    effect: 'stop',
    lemmas: ['LINK', 'CONNECT', 'TIE', 'RELATE', 'ATTACH', 'BIND'],
    example: 'Linking the bombing with the attacks on the Sudanese embassy, the Chadian minister spoke of a plot.',
    reason:
      'linking a thing (an incident, an attack) with an actor or another thing connects them in words, it is no cooperation with whoever the "with" phrase names; only actors linking up with each other cooperate',
    sense: (s) => {
      const t = s.targets[0];
      const w = t ? s.v.lower.indexOf('with', s.verbEnd) : -1;
      if (!t || w < 0 || w > t.start) return undefined;
      // A common noun between the verb and "with" that no actor phrase covers is the thing linked.
      for (let k = s.verbEnd; k < w; k++) {
        if (s.v.pos[k] !== 'NOUN') continue;
        if (!s.groups.some((g) => g.start <= k && k < g.end)) return { targets: [] };
      }
      return undefined;
    },
  },
];

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const NAME_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'X']);

/**
 * Where the name given to the one called begins: "called [the president] the weakest leader", "called him a traitor",
 * "called [Amadou Tello] the weakest leader" (a name the dictionaries lack, then the name given, read as the target).
 */
function nameStart(s: SenseSite, t: ActorGroup): number | undefined {
  const det = s.v.pos[s.verbEnd] === 'DET' ? 1 : 0;
  if (t.start <= s.verbEnd + det) {
    // Inside the actor phrase when the dictionaries read "president the weakest leader" as one; not after "of".
    const article = s.v.lower.slice(t.start + 1, t.end + 1).findIndex((w, k) => ARTICLES.has(w) && s.v.pos[t.start + k] !== 'ADP');
    if (article >= 0) return t.start + 1 + article;
    return s.v.pos[t.end] === 'ADJ' || s.v.pos[t.end] === 'NOUN' ? t.end : undefined;
  }
  // An unknown name (up to four words a lower-cased text may tag as nouns) between the verb and the name given.
  let k = s.verbEnd;
  while (k < t.start && k < s.verbEnd + 4 && NAME_TAGS.has(s.v.pos[k]!)) k++;
  if (k === s.verbEnd || !ARTICLES.has(s.v.lower[k] ?? '')) return undefined;
  for (let j = k + 1; j < t.start; j++) if (s.v.pos[j] !== 'ADJ' && s.v.pos[j] !== 'NOUN') return undefined;
  return k;
}

export const sensesByLemma: ReadonlyMap<string, readonly SenseRule[]> = (() => {
  const m = new Map<string, SenseRule[]>();
  for (const r of VERB_SENSES) for (const l of r.lemmas) m.set(l, [...(m.get(l) ?? []), r]);
  return m;
})();
