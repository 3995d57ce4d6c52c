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
  /**
   * Only as a rank: one of these words right before ("deputy sp", "railway sp"), a place at home right before
   * ("darjeeling sp"), or a wing in parentheses after ("sp (rural)"); never before one of `notAfter` ("up sp chief",
   * "sp mla" are a party's). Else the words are another's (the party "the sp").
   */
  readonly rankBefore?: { readonly before: readonly string[]; readonly notAfter: readonly string[] };
  /**
   * Only as a clause's subject that acts: one of `next` right after ("the state will", "the state has failed"), not
   * `notThen` after that ("the state has been tense" is the place), and no preposition before ("in the state has").
   */
  readonly actsBy?: { readonly next: readonly string[]; readonly notThen: readonly string[] };
  /** Not as the object of these verbs, a determiner or a modifier or two between: "form the government" is a thing made. */
  readonly notObjectOf?: readonly string[];
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
    notObjectOf: ['form', 'forms', 'formed', 'forming', 'formation'],
    example: 'the state government announced compensation (not "staked claim to form the government": a thing made, not an actor)',
    reason: 'a government the article does not place is the home state’s (a province’s government is coded GOV of its state, as CAMEO does)',
  },
  {
    id: 'body.state-acting',
    words: ['state'],
    agent: 'GOV',
    type: 'government',
    label: 'government',
    afterThe: true,
    actsBy: {
      next: [
        'will',
        'would',
        'should',
        'must',
        'shall',
        'cannot',
        'can',
        'could',
        'has',
        'had',
        'failed',
        'sought',
        'decided',
        'refused',
        'announced',
        'provided',
        'does',
        'did',
        'wants',
        'needs',
      ],
      notThen: ['be', 'been', 'become', 'witnessed', 'seen', 'recorded', 'remained', 'experienced', 'no'],
    },
    example: 'the state has failed the weavers and the state will pay them (not "peace in the state has returned")',
    reason: 'a state that fails, pays or decides is its government: ~GOV; "in the state", "the state has been tense" are the place',
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
      'deputy superintendent of police',
      'additional superintendent of police',
      'senior superintendent',
      // The ranks as Indian news abbreviates them (title.police): with no name after, the rank's holder in the story.
      'ssp',
      'dsp',
      'dgp',
      'igp',
      'ig',
      'sho',
      'deputy sp',
      'additional sp',
      'addl sp',
      'additional dgp',
      'circle officer',
      'station house officer',
      'police chief',
      'police officer',
      'police official',
      'senior police officer',
      'senior police official',
    ],
    agent: 'COP',
    type: 'person',
    label: 'police officer',
    example: 'the police commissioner of the city took time to impose curfew (no name follows)',
    reason: 'a police officer named by rank alone is the home state’s police (with a name, the person is taken instead)',
  },
  {
    id: 'body.police-rank-the',
    words: ['dig'],
    agent: 'COP',
    type: 'person',
    label: 'police officer',
    afterThe: true,
    example: 'the dig maintained that the case was closed (not "took a dig at")',
    reason: 'the deputy inspector general of police as Indian news abbreviates it; "a dig" is a jibe, so only after "the"',
  },
  {
    id: 'body.police-sp',
    words: ['sp'],
    agent: 'COP',
    type: 'person',
    label: 'police officer',
    homes: ['IND'],
    rankBefore: {
      before: ['additional', 'addl', 'deputy', 'district', 'railway', 'railways', 'rural', 'city', 'grp', 'acting'],
      notAfter: [
        'chief',
        'leader',
        'leaders',
        'mla',
        'mlas',
        'mp',
        'mps',
        'supremo',
        'workers',
        'members',
        'president',
        'general',
        'state',
        'delegation',
        'legislators',
        'candidate',
        'candidates',
        'government',
        'spokesman',
        'activists',
        'unit',
        'and',
        'or',
        'in',
        ',',
      ],
    },
    example: 'the railway sp said and the sp (rural) added (not "the sp walked out": the Samajwadi Party)',
    reason:
      'in Indian news "sp" is a superintendent of police and the Samajwadi Party: the rank only after a rank word or a place at home, or before a wing in parentheses; "the sp", "sp chief", "sp mla" are the party’s words, left alone',
  },
  {
    id: 'body.police-officers',
    words: ['police officers', 'police officials', 'senior police officers', 'senior police officials', 'police sources'],
    agent: 'COP',
    type: 'government',
    label: 'police',
    example: 'senior police officials said the curfew would stay',
    reason: 'police officers unnamed are the police, one actor ~COP (not "police" beside "officials" of the government)',
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
/**
 * Words before an officer's title that make it a predicate, no one acting: "his rank as igp", "thinking he is a
 * senior police official", "not as a police officer" (rule body.title-predicate; "a"/"an" may come between).
 */
export const TITLE_PREDICATE_AFTER: readonly string[] = ['as', 'is', 'was', 'be', 'been', 'become', 'became'];

/** Words after a body that make it a modifier of another noun: "police station", "court order", "army camp". */
export const BODY_NOT_BEFORE: readonly string[] = (
  'station stations order orders camp camps control room case verdict officer officers commissioner ' +
  'chief official sources source van vehicle vehicles protection custody firing complex premises ' +
  'records help minister headquarters building office offices constituency constituencies'
).split(' ');
