/**
 * Rules for the bodies of domestic news, as data: the bodies a state's own news names without naming the state ("the
 * police", "the mob"), and the words around a body that make it no actor. CAMEO sector codes as Phoenix.agents.txt
 * gives them (~COP police, ~JUD courts, ~GOV officials, ~CVL crowds). Titles of people are in title-rules.ts.
 */
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
 * "joint commissioner (administration)" names a branch in a parenthesis; "former chief minister and party leader X"
 * names someone out of office, no government (a title's holder with "former" is the titled-people stage's).
 */
export const BODY_NOT_AFTER: readonly string[] = ['of', 'contempt', '(', 'former', 'ex'];
/** Words after a body that make it a modifier of another noun: "police station", "court order", "army camp". */
export const BODY_NOT_BEFORE: readonly string[] = (
  'station stations order orders camp camps control room case verdict officer officers commissioner ' +
  'chief official sources source van vehicle vehicles protection custody firing complex premises ' +
  'records help minister headquarters building'
).split(' ');
