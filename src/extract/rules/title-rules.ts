import { NOT_NAME_PARTICIPLES } from './domestic-groups.js';

/**
 * Rules for the people of domestic news, as data: titles the Phoenix agents dictionary lacks, the honorifics and words
 * that qualify a title, and the words after a title that are no name. CAMEO sector codes as Phoenix.agents.txt gives
 * them (~COP police, ~JUD courts, ~GOV officials). The bodies a state's own news names are in domestic-rules.ts.
 */
export interface TitleRule {
  readonly id: string;
  readonly words: readonly string[];
  /** The CAMEO sector the title gives its holder (GOV, COP, JUD, LEG, PTY, REL...). */
  readonly agent: string;
  readonly example: string;
  readonly reason: string;
}

/** Titles before a name, beside the agents dictionary's and the role nouns (rules/role-nouns.ts). */
export const TITLES: readonly TitleRule[] = [
  {
    id: 'title.police',
    words: [
      'police commissioner',
      'commissioner of police',
      'joint commissioner',
      'deputy commissioner',
      'additional commissioner',
      'inspector',
      'sub-inspector',
      'police inspector',
      'inspector general',
      // The inspector general as Indian news abbreviates the rank: "special ig (railways) a b rao".
      'ig',
      'inspector-general',
      'superintendent of police',
      'superintendent',
      'director general of police',
      'dgp',
      'ips officer',
      'constable',
      'head constable',
      // The ranks as Indian news abbreviates them: superintendent (sp, ssp), deputy (dsp, dcp), assistant (acp, asp),
      // the officer in charge of a police station (sho).
      'sp',
      'ssp',
      'dsp',
      'dcp',
      'acp',
      'asp',
      'sho',
      'station house officer',
      // Also bodies when no name follows (body.police-chief): listed here so they stay titles before a name.
      'igp',
      'deputy sp',
      'additional sp',
      'addl sp',
      'additional dgp',
      'circle officer',
      'deputy superintendent of police',
      'additional superintendent of police',
      'senior superintendent',
      'police chief',
      'police officer',
      'police official',
      'senior police officer',
      'senior police official',
    ],
    agent: 'COP',
    example: 'joint police commissioner a b rao said',
    reason: 'police ranks the agents dictionary has only in part',
  },
  {
    id: 'title.official',
    words: [
      'commissioner',
      'financial commissioner',
      'secretary',
      'chief secretary',
      'home secretary',
      'special secretary',
      'joint secretary',
      'additional secretary',
      'director',
      'joint director',
      'director general',
      // "X general" offices of the civil service, not military ranks ("general" alone is MIL).
      'registrar general',
      'registrar-general',
      'accountant general',
      'surveyor general',
      'postmaster general',
      'comptroller and auditor general',
      'collector',
      'district collector',
      'district magistrate',
      'cm',
      'sub-divisional magistrate',
      'sdm',
      'union minister',
      'minister of state',
      'chief minister',
      'deputy chief minister',
      'official',
      'officer',
    ],
    agent: 'GOV',
    example: 'district collector c d rao ordered',
    reason: 'civil servants and ministers of a state',
  },
  {
    id: 'title.judiciary',
    words: [
      'justice',
      'chief justice',
      'judge',
      'magistrate',
      'sessions judge',
      'additional sessions judge',
      'advocate general',
      'solicitor general',
      'chief judicial magistrate',
      'cjm',
    ],
    agent: 'JUD',
    example: 'a bench headed by justice a k rao',
    reason: 'judges sit for the state: JUD',
  },
  {
    id: 'title.legislator',
    // "rajya sabha member from rajasthan a b rao": India's houses name their members.
    words: [
      'mla',
      'mp',
      'mlc',
      'mlas',
      'mps',
      'legislator',
      'member of parliament',
      'rajya sabha member',
      'lok sabha member',
      'rajya sabha mp',
      'lok sabha mp',
      // The party's officer in a house who keeps its members voting together: "congress chief whip a b rao".
      'whip',
      'chief whip',
    ],
    agent: 'LEG',
    example: 'local mla r s kumar said; rajya sabha member from kerala a b nair',
    reason: 'elected members of a legislature: LEG',
  },
  {
    id: 'title.party',
    words: [
      'president',
      'general secretary',
      'leader',
      // The party's leader in a house: "the x floor leader a b rao".
      'floor leader',
      'convener',
      // The spelling Indian news uses as often: "state x dal convenor a b rao".
      'convenor',
      'chief',
      'spokesman',
      'spokesperson',
      'working president',
      'vice-president',
      'office-bearers',
      'office bearers',
      'office-bearer',
      // "vhp media in-charge a b rao": the officer in charge of a party's or body's branch.
      'incharge',
      'in-charge',
      'chairman',
      'chairperson',
      'vice-chairman',
      'trustee',
      // "senior member of the ruling x party a b rao", "the executive member of the y board c d das".
      'member',
      'executive member',
    ],
    agent: 'PTY',
    example: 'party general secretary a b rao; vhp leader a b rao; senior member of the ruling x party c d rao',
    reason: 'officers of a party or an organization (the organization before the title gives the code)',
  },
  {
    id: 'title.business',
    words: ['managing director', 'general manager', 'manager', 'chief executive', 'ceo', 'proprietor'],
    agent: 'BUS',
    example: 'a b rao, managing director at x travels, agrees; the firm’s general manager for security c d das',
    reason: 'officers of a firm: ~BUS, as the agents dictionary codes businessmen',
  },
  {
    id: 'title.education',
    words: ['principal', 'headmaster', 'headmistress', 'vice-chancellor', 'vice chancellor'],
    agent: 'EDU',
    example: 'the college principal, a b rao, said',
    reason: 'heads of schools and universities: ~EDU, as the agents dictionary codes teachers',
  },
  {
    id: 'title.religious',
    words: ['head priest', 'priest', 'imam', 'seer', 'swami', 'swamiji', 'mahant', 'shankaracharya', 'mediator'],
    agent: 'REL',
    example: 'head priest a b das urged restraint',
    reason: 'religious leaders: REL, as the agents dictionary codes priests',
  },
];

/**
 * Titles written after the name with no comma, as a suffix of address (rule person.title-suffix): "a b swamiji of the
 * x math said" is a religious leader named "a b".
 */
export const TITLE_SUFFIXES = {
  id: 'person.title-suffix',
  words: ['swamiji'],
  example: 'vishnu tirtha swamiji of the x math urged restraint',
  reason: 'Indian news writes a seer’s form of address after the name; the name before it is the title’s holder',
} as const;

/** "mr singh", "dr a b rao": an honorific makes the next word a name, and a surname named before refers back. */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'shri', 'smt', 'sri', 'shrimati', 'prof', 'begum'];

/** Words before a title that qualify it without naming anyone: "union home minister", "city police commissioner". */
export const TITLE_MODIFIERS: readonly string[] = (
  'union state city district deputy joint senior international national working acting additional ' +
  'railway local party assistant regional media retiring outgoing sitting newly-elected executive managing'
).split(' ');

/** Words before a title that put the office in the past: "former", "ex-", "the late". */
export const FORMER = ['former', 'ex', 'ex-', 'late'];

/**
 * Words that follow a title and are no name, though tagged as nouns in lower-cased text: "the prime minister today
 * said", "the minister concerned". Checked with the agents dictionary's own words and the place gazetteer.
 */
export const NOT_NAMES: readonly string[] = (
  'today yesterday tomorrow tonight himself herself themselves concerned office also too here there now ' +
  'then later earlier again alone only said says told who whose which when while along residence house ' +
  'statement visit post level rank cadre camp convoy motorcade meeting team staff station headquarters ' +
  'building area areas city town village district state country nation situation issue case cases ' +
  'report reports order orders decision letter sources source officials people members workers leaders ' +
  'activists supporters government ministry department party general press conference committee law ' +
  'rule rules march monday tuesday wednesday thursday friday saturday sunday january february april may ' +
  'june july august september october november december ' +
  // A company's legal form ("director of x marine services private limited a b rao"), a court's order ("the
  // supreme court status quo order", "director general of west bengal police, a b"): words after a title that end a
  // body's or an order's name, no person's.
  'private limited ltd pvt status quo police'
)
  .split(' ')
  .concat(NOT_NAME_PARTICIPLES);
