import { NOT_NAME_PARTICIPLES } from './domestic-groups.js';

/**
 * Rules for the actors of domestic news, as data: titles the Phoenix agents dictionary lacks, the bodies a state's
 * own news names without naming the state ("the police", "the mob"), and the words after a title that are no name.
 * CAMEO sector codes as Phoenix.agents.txt gives them (~COP police, ~JUD courts, ~GOV officials, ~CVL crowds).
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
      'convener',
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
    ],
    agent: 'PTY',
    example: 'party general secretary a b rao; vhp leader a b rao',
    reason: 'officers of a party or an organization (the organization before the title gives the code)',
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
    words: ['head priest', 'priest', 'imam', 'seer', 'swami', 'mahant', 'shankaracharya', 'mediator'],
    agent: 'REL',
    example: 'head priest a b das urged restraint',
    reason: 'religious leaders: REL, as the agents dictionary codes priests',
  },
];

/** "mr singh", "dr a b rao": an honorific makes the next word a name, and a surname named before refers back. */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'dr', 'shri', 'smt', 'sri', 'shrimati', 'prof'];

/** Words before a title that qualify it without naming anyone: "union home minister", "city police commissioner". */
export const TITLE_MODIFIERS: readonly string[] = (
  'union state city district deputy joint senior international national working acting additional ' +
  'railway local party assistant regional media retiring outgoing sitting newly-elected'
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
  'june july august september october november december'
)
  .split(' ')
  .concat(NOT_NAME_PARTICIPLES);

export interface BodyRule {
  readonly id: string;
  readonly words: readonly string[];
  readonly agent: string;
  /** What the words name: a body of the state ("the police"), a crowd, or one person by title ("the prime minister"). */
  readonly type: 'government' | 'organization' | 'person';
  readonly label: string;
  /** Only in articles of these home countries ("the centre" is India's federal government). */
  readonly homes?: readonly string[];
  /** Only right after "the" ("the centre", not "a relief centre"). */
  readonly afterThe?: boolean;
  /**
   * "a trauma centre" or "the american center" named in the last this many sentences makes "the centre" that place,
   * not the body (rule body.place-named-before); each such "the centre" carries it on.
   */
  readonly placeNamedWithin?: number;
  /** Only where the home country rests on places, institutions or a dateline (domestic news), not a state's name alone. */
  readonly placedHome?: boolean;
  readonly example: string;
  readonly reason: string;
}

/**
 * Bodies a state's own news names without the state: in an article whose home country is known they are that
 * country's, unless another state qualifies them ("the Pakistani police", "the army of Ruritania").
 */
export const DOMESTIC_BODIES: readonly BodyRule[] = [
  {
    id: 'body.police',
    words: ['police', 'policemen', 'police force', 'police personnel', 'cops', 'state police', 'city police', 'railway police', 'state reserve police'],
    agent: 'COP',
    type: 'government',
    label: 'police',
    example: 'the police opened fire to disperse the crowd',
    reason: 'Phoenix codes police ~COP; at home they are the home state’s',
  },
  {
    id: 'body.crowd',
    words: ['mob', 'mobs', 'rioters', 'crowd', 'crowds', 'angry crowds', 'arsonists'],
    agent: 'CVL',
    type: 'organization',
    label: 'crowd',
    example: 'a mob set fire to two shops',
    reason: 'Phoenix codes a mob ~CVL: civilians of the home state',
  },
  {
    id: 'body.court',
    words: ['court', 'high court', 'supreme court', 'apex court', 'sessions court', 'district court', 'special court', 'bench'],
    agent: 'JUD',
    type: 'government',
    label: 'court',
    example: 'the high court stayed the order',
    reason: 'courts are the state’s judiciary: ~JUD',
  },
  {
    id: 'body.government',
    words: ['government', 'state government', 'central government', 'union government', 'administration', 'district administration', 'authorities', 'cabinet'],
    agent: 'GOV',
    type: 'government',
    label: 'government',
    example: 'the state government announced compensation',
    reason: 'a government the article does not place is the home state’s (a province’s government is coded GOV of its state, as CAMEO does)',
  },
  {
    id: 'body.centre',
    words: ['centre', 'center'],
    agent: 'GOV',
    type: 'government',
    label: 'government',
    homes: ['IND'],
    afterThe: true,
    placeNamedWithin: 3,
    example: 'the centre sent more troops to the state',
    reason: 'Indian news calls the union government "the centre"; a centre of something ("the centre of the city") is no actor',
  },
  {
    id: 'body.volunteers',
    // The spellings the news uses: "karsevaks", "kar sewaks", "karsewaks".
    words: ['kar sevaks', 'karsevaks', 'kar sewaks', 'karsewaks', 'ram sevaks', 'ramsevaks', 'ram bhakts'],
    agent: 'REL',
    type: 'organization',
    label: 'religious volunteers',
    homes: ['IND'],
    example: 'kar sevaks returning from the temple town',
    reason: 'volunteers of a religious campaign are religious civilians: ~REL, as Phoenix codes pilgrims and devotees',
  },
  {
    id: 'body.officials',
    words: ['officials', 'government officials', 'senior officials', 'district officials', 'official sources'],
    agent: 'GOV',
    type: 'government',
    label: 'officials',
    example: 'officials said the curfew would stay',
    reason: 'officials unnamed speak for the home government',
  },
  {
    id: 'body.military',
    words: [
      'army',
      'troops',
      'soldiers',
      'armed forces',
      'security forces',
      'security personnel',
      'paramilitary',
      'paramilitary forces',
      'rapid action force',
      'border security force',
      'central reserve police force',
    ],
    agent: 'MIL',
    type: 'government',
    label: 'military',
    example: 'the army was called out in three towns',
    reason: 'Phoenix codes army and troops ~MIL, and security forces ~MIL as the event coder reads them',
  },
  {
    id: 'body.legislature',
    words: ['parliament', 'state assembly', 'legislative assembly', 'lok sabha', 'rajya sabha', 'vidhan sabha'],
    agent: 'LEG',
    type: 'government',
    label: 'legislature',
    example: 'the state assembly passed a resolution',
    reason: 'Phoenix codes parliament ~LEG',
  },
  {
    id: 'body.minister',
    words: [
      'prime minister',
      'chief minister',
      'home minister',
      'union home minister',
      'defence minister',
      'finance minister',
      'law minister',
      'union minister',
      'deputy prime minister',
      // A portfolio gives no sector beyond GOV (the CAMEO codebook codes ministers GOV; Phoenix's ~GOVMED for
      // transport and railways is a dictionary grouping, not the media).
      'transport minister',
      'railway minister',
      'railways minister',
      'agriculture minister',
      'health minister',
      'education minister',
      'revenue minister',
      'power minister',
      'industries minister',
      'urban development minister',
      'tourism minister',
      'information minister',
    ],
    agent: 'GOV',
    type: 'person',
    label: 'minister',
    example: 'a letter to the prime minister (no name follows)',
    reason: 'a minister named by title alone is the home government’s (with a name, the person is taken instead)',
  },
  {
    id: 'body.head-of-state',
    words: ['president', 'vice president', 'vice-president'],
    agent: 'GOV',
    type: 'person',
    label: 'president',
    afterThe: true,
    placedHome: true,
    example: 'the president signed the ordinance (no name follows; "the president of the club" is another)',
    reason: 'a head of state named by title alone is the home state’s, its holder on the day where the graph knows one',
  },
  {
    id: 'body.police-chief',
    words: [
      'police commissioner',
      'commissioner of police',
      'superintendent of police',
      'senior superintendent of police',
      'director general of police',
      'inspector general of police',
      'deputy commissioner of police',
      'joint commissioner of police',
    ],
    agent: 'COP',
    type: 'person',
    label: 'police officer',
    example: 'the police commissioner of the city took time to impose curfew (no name follows)',
    reason: 'a police officer named by rank alone is the home state’s police (with a name, the person is taken instead)',
  },
  {
    id: 'body.us-congress',
    words: ['congress', 'house of representatives', 'senate'],
    agent: 'LEG',
    type: 'government',
    label: 'legislature',
    homes: ['USA'],
    example: 'Congress passed the bill (in a US article; in an Indian one "the congress" is the party)',
    reason: 'the US legislature, which American news names without the state: ~LEG',
  },
  {
    id: 'body.parties',
    words: ['political parties', 'political leaders', 'opposition parties'],
    agent: 'PTY',
    type: 'organization',
    label: 'parties',
    example: 'the political parties took out rallies',
    reason: 'Phoenix codes political parties ~PTY',
  },
  {
    id: 'body.farmers',
    words: ['farmers', 'cotton growers', 'cotton-growers', 'peasants', 'cultivators'],
    agent: 'AGR',
    type: 'organization',
    label: 'farmers',
    example: 'farmers failed to control the pest',
    reason: 'Phoenix codes farmers ~AGR: at home, the home state’s',
  },
  {
    id: 'body.ministry',
    words: [
      'ministry',
      'home ministry',
      'defence ministry',
      'finance ministry',
      'external affairs ministry',
      'ministry of agriculture',
      'ministry of home affairs',
    ],
    agent: 'GOV',
    type: 'government',
    label: 'ministry',
    example: 'the home ministry sent more troops',
    reason: 'Phoenix codes ministries ~GOV',
  },
];

/**
 * Words before a body that make it no actor: "contempt of court" is a charge, "commissioner of police" a title, and
 * "joint commissioner (administration)" names a branch in a parenthesis.
 */
export const BODY_NOT_AFTER: readonly string[] = ['of', 'contempt', '('];
/** Words after a body that make it a modifier of another noun: "police station", "court order", "army camp". */
export const BODY_NOT_BEFORE: readonly string[] = (
  'station stations order orders camp camps control room case verdict officer officers commissioner ' +
  'chief official sources source van vehicle vehicles protection custody firing complex premises ' +
  'records help minister headquarters building'
).split(' ');
