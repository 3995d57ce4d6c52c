import type { BodyRule } from './domestic-rules.js';

/**
 * Groups of people a state's own news names without the state ("muslims", "shopkeepers", "the cbi", "the cm"), as rows
 * beside the bodies of rules/domestic-rules.ts: in an article whose home country is known they are that country's,
 * with the sector Phoenix.agents.txt gives them (~MUS, ~HIN, ~CHR, ~EDU, ~BUS, ~CVL, ~LAB, ~MED, ~JUD, ~HLH).
 * Militants and terrorists are left out: their country is not the article's as a rule. Criminals, armed men no one
 * names, radicals and India's Maoists are in (~CRM, ~UAF, ~RAD, ~REB): the news of a riot or a crime at home names them
 * as those who act ("miscreants torched shops") or are acted on ("police arrested the goons").
 */
export const DOMESTIC_GROUPS: readonly BodyRule[] = [
  religion('body.muslims', ['muslims', 'muslim community'], 'MUS', 'muslims'),
  religion('body.hindus', ['hindus', 'hindu community'], 'HIN', 'hindus'),
  religion('body.christians', ['christians', 'christian community'], 'CHR', 'christians'),
  religion('body.sikhs', ['sikhs', 'sikh community'], 'SIK', 'sikhs'),
  {
    id: 'body.clergy',
    words: ['sadhus', 'saints', 'seers', 'priests', 'clerics', 'mahants', 'sants', 'religious leaders'],
    agent: 'REL',
    type: 'organization',
    label: 'religious leaders',
    example: 'the sadhus gathered at the temple',
    reason: 'Phoenix codes clergy and religious leaders ~REL',
  },
  {
    id: 'body.students',
    words: ['students', 'teachers', 'lecturers', 'professors'],
    agent: 'EDU',
    type: 'organization',
    label: 'education',
    example: 'students boycotted the examination',
    reason: 'Phoenix codes students and teachers ~EDU',
  },
  {
    id: 'body.business',
    words: ['traders', 'businessmen', 'merchants', 'industrialists', 'businesses'],
    agent: 'BUS',
    type: 'organization',
    label: 'business',
    example: 'traders kept their shops shut',
    reason: 'Phoenix codes traders, merchants and businessmen ~BUS',
  },
  {
    id: 'body.civilians',
    words: ['villagers', 'residents', 'locals', 'citizens', 'shopkeepers', 'passengers', 'dalits', 'tribals', 'adivasis'],
    agent: 'CVL',
    type: 'organization',
    label: 'civilians',
    example: 'villagers blocked the highway; dalits were denied entry',
    reason: 'Phoenix codes villagers, residents, citizens and shopkeepers ~CVL; a caste or tribal community is civilians too',
  },
  {
    id: 'body.workers',
    words: ['workers', 'employees', 'labourers', 'laborers', 'trade unions'],
    agent: 'LAB',
    type: 'organization',
    label: 'labour',
    example: 'workers struck work at the mill',
    reason: 'Phoenix codes workers and employees ~LAB ("party workers" and "bjp workers" are the party’s: not read here)',
  },
  {
    id: 'body.media',
    words: ['journalists', 'reporters', 'mediapersons', 'media persons', 'newsmen', 'newspersons', 'photographers'],
    agent: 'MED',
    type: 'organization',
    label: 'media',
    example: 'journalists staged a sit-in',
    reason: 'Phoenix codes journalists ~MED',
  },
  {
    id: 'body.protesters',
    words: ['protesters', 'protestors', 'demonstrators', 'agitators', 'agitationists'],
    agent: 'OPP',
    type: 'organization',
    label: 'protesters',
    example: 'protesters blocked the highway',
    reason: "Phoenix codes protesters ~OPP (as the events coder's own agents do: agent.agitators)",
  },
  {
    id: 'body.lawyers',
    words: ['lawyers', 'advocates'],
    agent: 'JUD',
    type: 'organization',
    label: 'lawyers',
    example: 'lawyers boycotted the courts',
    reason: 'Phoenix codes lawyers ~JUD',
  },
  {
    id: 'body.doctors',
    words: ['doctors', 'nurses'],
    agent: 'HLH',
    type: 'organization',
    label: 'health',
    example: 'doctors went on strike',
    reason: 'Phoenix codes doctors ~HLH',
  },
  {
    id: 'body.investigators',
    words: ['central bureau of investigation', 'crime branch', 'anti-terrorism squad', 'special investigation team', 'criminal investigation department'],
    agent: 'COP',
    type: 'government',
    label: 'investigators',
    example: 'the crime branch arrested two men',
    reason: 'an investigating agency of the state is police work: Phoenix codes investigative agencies ~COP',
  },
  {
    id: 'body.investigators-short',
    words: ['cbi', 'cid', 'ats', 'sit'],
    agent: 'COP',
    type: 'government',
    label: 'investigators',
    homes: ['IND'],
    afterThe: true,
    example: 'the cbi registered a case (in an Indian article)',
    reason: 'Indian news names its investigating agencies by acronym; "sit" and "ats" are words too, so only after "the"',
  },
  {
    id: 'body.district-official',
    words: ['district collector', 'collector', 'district magistrate', 'sub-divisional magistrate', 'chief secretary', 'home secretary'],
    agent: 'GOV',
    type: 'person',
    label: 'official',
    afterThe: true,
    example: 'the collector ordered a curfew (no name follows)',
    reason: 'the officer who runs a district or a state’s civil service, named by title alone, is the home government’s: ~GOV',
  },
  {
    id: 'body.minister-short',
    words: ['cm', 'pm'],
    agent: 'GOV',
    type: 'person',
    label: 'minister',
    homes: ['IND', 'PAK', 'BGD'],
    afterThe: true,
    example: 'the cm visited the camps (the chief minister)',
    reason: 'South Asian news writes the chief minister and the prime minister as "the cm", "the pm"; "5 cm" is a length, so only after "the"',
  },
  {
    id: 'body.criminals',
    words: [
      'miscreants',
      'criminals',
      'hooligans',
      'goons',
      'goondas',
      'gangsters',
      'anti-social elements',
      'antisocial elements',
      'anti social elements',
      'unruly elements',
      'culprits',
      'dacoits',
      'robbers',
      'thieves',
      'kidnappers',
      'killers',
      'thugs',
    ],
    agent: 'CRM',
    type: 'organization',
    label: 'criminals',
    example: 'miscreants torched two kiosks and the goons fled',
    reason:
      'Phoenix codes MISCREANT, CRIMINAL, GANGSTER, CULPRIT, BANDIT, ROBBER, THIEF, KIDNAPPER and KILLER ~CRM; hooligans, goons and "anti-social elements" (Indian English for the same people) are of their kind, not a crowd of civilians',
  },
  {
    id: 'body.armed-men',
    words: [
      'armed men',
      'gunmen',
      'armed gang',
      'armed gangs',
      'masked men',
      'unidentified men',
      'unidentified persons',
      'unidentified people',
      'unidentified youths',
      'unidentified gunmen',
      'unknown persons',
      'unknown assailants',
      'unidentified assailants',
      'assailants',
      'attackers',
    ],
    agent: 'UAF',
    type: 'organization',
    label: 'armed men',
    example: 'armed men stopped the bus, unidentified persons set a jeep on fire and the attackers fled',
    reason:
      'Phoenix codes ARMED_MEN, GUNMEN, ARMED_GANG ~UAF (armed forces of no named side), and ASSAILANT both ~UAF and ~CRM: attackers no one names strike as an armed band (in a terror attack as in a riot), of the home state as CAMEO codes gunmen by where they act',
  },
  {
    id: 'body.radicals',
    words: [
      'communal forces',
      'communal elements',
      'fundamentalists',
      'fundamentalist forces',
      'fundamentalist elements',
      'extremists',
      'fanatics',
      'communalists',
    ],
    agent: 'RAD',
    type: 'organization',
    label: 'radicals',
    example: 'communal forces tried to spread tension and fundamentalists issued threats',
    reason:
      'Phoenix codes EXTREMIST ~RAD and FUNDAMENTALIST_MUSLIMS ~MUSRAD: "communal forces" (sectarian agitators, Indian usage; no armed force) are radicals of the home state',
  },
  {
    id: 'body.naxals',
    words: ['naxals', 'naxalites', 'maoists', 'maoist rebels', 'naxal rebels', 'naxalite rebels'],
    agent: 'REB',
    type: 'organization',
    label: 'insurgents',
    homes: ['IND'],
    example: 'naxalites blew up a culvert',
    reason: "Phoenix's MilNonState dictionary codes the Naxalites and the Maoist Communist Centre INDREB: India's Maoist insurgents",
  },
];

function religion(id: string, words: readonly string[], agent: string, label: string): BodyRule {
  return {
    id,
    words,
    agent,
    type: 'organization',
    label,
    example: `${words[0]} protested outside the collectorate`,
    reason: `Phoenix codes ${label} ~${agent}: at home, the home state's community`,
  };
}

/**
 * Words before a group that make it a label someone gives, not people acting or acted on: "attacked the vhp as
 * 'anti-social elements'", "branded them criminals" (rule body.group-label; an opening quote may come between).
 */
export const GROUP_LABEL_AFTER: readonly string[] = ['branded', 'dubbed', 'termed', 'labelled', 'labeled', 'calling'];
/** Those words only before a quote: "as" is also a conjunction ("as rioters torched shops" names them acting). */
export const GROUP_QUOTED_LABEL_AFTER: readonly string[] = ['as'];

/** Words before a group that make it a party's or a body's people: "party workers", "sangh workers" (an actor named right before is skipped too). */
export const GROUP_NOT_AFTER: readonly string[] = ['party', 'congress', 'sangh', 'parishad', 'dal', 'sena'];

/**
 * Participles of headlines and reports that a lower-cased text's tagger reads as nouns: "vhp chief given permission",
 * "second terrorist shot dead", "hospitals manned round the clock" name no one after a title.
 */
export const NOT_NAME_PARTICIPLES: readonly string[] = (
  'given shot dead killed injured wounded arrested held hurt named appointed elected removed sacked suspended ' +
  'transferred detained booked released granted denied allowed asked manned led backed charged sentenced remanded ' +
  'attacked assaulted quits resigns split quit met'
).split(' ');

/**
 * Armed groups of the dictionaries whose names are no English words, so that a lower-cased text names them too
 * ("al qaida"); other group names ("red line", "islamic society") read as plain words in lower case and need capitals.
 */
export const GROUPS_IN_LOWER_CASE: readonly string[] = [
  'al qaida',
  'al qaeda',
  'al-qaida',
  'al-qaeda',
  "al qa'ida",
  'isis',
  'isil',
  'daesh',
  'houthis',
  'hezbollah',
  'hizbollah',
  'taliban',
  'hamas',
];
