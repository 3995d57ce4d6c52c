/**
 * Organizations on no list, named by a head noun and the words before it ("the babri masjid action committee", "the
 * kanpur chamber of commerce", "the state electricity board"), as rows: the head noun gives the CAMEO sector (as
 * Phoenix.agents.txt codes ~NGO, ~BUS, ~LAB, ~GOV, ~PTY), unless a word of the name says more (`SECTOR_WORDS`).
 */
export interface BodyNameRule {
  readonly id: string;
  readonly heads: readonly string[];
  /** The CAMEO sector; '' when the head says nothing sure ("front", "sena": a party, a militia or a movement). */
  readonly agent: string;
  /** A body of the state (a board, a commission): its sector is its own, whatever the name's words. */
  readonly ofState: boolean;
  readonly example: string;
  readonly reason: string;
}

export const BODY_NAME_RULES: readonly BodyNameRule[] = [
  {
    id: 'body-name.committee',
    heads: [
      'committee',
      'action committee',
      'trust',
      'nyas',
      'samaj',
      'sangh',
      'parishad',
      'manch',
      'samiti',
      'association',
      'federation',
      'confederation',
      'forum',
      'society',
      'league',
      'foundation',
      'institute',
      'club',
      'guild',
      'organisation',
      'organization',
    ],
    agent: 'NGO',
    ofState: false,
    example: 'the riverside bridge action committee; the old town trust',
    reason: 'a committee, trust or association of citizens is a non-governmental organization: ~NGO',
  },
  {
    id: 'body-name.business',
    heads: ['chamber of commerce', 'chambers of commerce', 'chamber of commerce and industry', 'chamber of commerce and industries', 'chamber of industries'],
    agent: 'BUS',
    ofState: false,
    example: 'the pune chamber of commerce',
    reason: 'chambers of commerce speak for business: ~BUS',
  },
  {
    id: 'body-name.union',
    heads: ['union', 'trade union', 'workers union', 'employees union'],
    agent: 'LAB',
    ofState: false,
    example: 'the dock workers union called a strike',
    reason: 'a union is labour: ~LAB',
  },
  {
    id: 'body-name.state-body',
    heads: ['commission', 'department', 'corporation', 'authority', 'directorate', 'bureau'],
    agent: 'GOV',
    ofState: true,
    example: 'the state electricity board; the council of medical research',
    reason: 'boards, commissions and councils named with a field are bodies of the state: ~GOV',
  },
  {
    id: 'body-name.board',
    // A council too: "the council of medical research" is the state's, "the all-faith christian council" a church's.
    heads: ['board', 'council'],
    agent: 'GOV',
    ofState: false,
    example: 'the state power board; the muslim law board (REL, by its words); the city christian council (REL)',
    reason: 'a board or council is most often the state’s (a power board), but a religion or a trade in its name says whose: ~GOV otherwise',
  },
  {
    id: 'body-name.party',
    heads: ['dal'],
    agent: 'PTY',
    ofState: false,
    example: 'the rashtriya lok dal',
    reason: '"dal" names parties: ~PTY',
  },
  {
    id: 'body-name.front',
    heads: ['front', 'sena', 'morcha'],
    agent: '',
    ofState: false,
    example: 'the united lawyers front; the river bank sangharsh morcha',
    reason:
      'a front, a "sena" or a "morcha" (a front, and a protest march) may be a party, a party’s wing, a citizens’ movement or a militia: the organization, with no sector',
  },
];

/** The sector of a one-word head ("committee" NGO, "board" GOV), for the coder's phrases of a place and a head. */
export function headSector(word: string): BodyNameRule | undefined {
  return ONE_WORD_HEADS.get(word);
}
const ONE_WORD_HEADS: ReadonlyMap<string, BodyNameRule> = new Map(
  BODY_NAME_RULES.flatMap((r) => r.heads.filter((h) => !h.includes(' ')).map((h) => [h, r] as const)),
);

/** Words of a name that say its sector, checked in this order (a religious committee is REL, not NGO). */
export const SECTOR_WORDS: readonly { readonly agent: string; readonly words: readonly string[] }[] = [
  {
    agent: 'REL',
    // A shrine's or a monastery's board ("the hill shrine board", "the devaswom board") is its religion's, not the state's.
    words: (
      'masjid mosque temple mandir church gurdwara hindu muslim islamic sikh christian waqf wakf religious sadhu sant ulema ' +
      'shrine shrines devaswom devasthanam akhara akhada peetham mutt madrasa madarsa haj dharma ' +
      // The temple campaign's trusts: "ram janmabhoomi nyas", however spelled.
      'janmabhoomi janambhoomi janmabhumi ramjanmabhoomi ramjanambhoomi'
    ).split(' '),
  },
  { agent: 'BUS', words: 'industries industry commerce traders merchants business businessmen manufacturers exporters chambers'.split(' ') },
  { agent: 'LAB', words: 'workers employees labour labor'.split(' ') },
  { agent: 'EDU', words: 'students teachers university college'.split(' ') },
  { agent: 'AGR', words: 'farmers kisan peasants'.split(' ') },
  { agent: 'GOV', words: 'ministry government parliamentary cabinet municipal'.split(' ') },
];

/** Words after a head that make it a modifier of another noun: "union minister", "committee meeting", "trust vote". */
export const NOT_BEFORE_NAME: readonly string[] = (
  'minister ministers government cabinet territory territories home vote exam exams examination examinations ' +
  'meeting member members chairman office offices budget report'
).split(' ');

/** Words before a head that name no body: "the same committee", "a new board", "in front of". */
export const NO_NAME_MODIFIERS: readonly string[] = (
  'same new old other another such this that its their his her our high-level three-member five-member former ' +
  'joint special separate local first second last next whole entire in ruling'
).split(' ');
