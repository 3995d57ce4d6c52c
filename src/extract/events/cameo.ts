/**
 * The CAMEO codes the grammar reads or writes, named as the codebook labels them (CAMEO_codefile.txt, in
 * data/dictionaries/cameo-codes.json); `test/unit/events-cameo.test.ts` checks each name against its label.
 * Codes stay strings: "042" and "0421" are different events, and a root is a code's first two digits.
 */
export const CAMEO = {
  STATEMENT: '010',
  CLAIM_RESPONSIBILITY: '015',
  APPEAL: '020',
  APPEAL_FOR_CHANGE_IN_LEADERSHIP: '0241',
  INTENT_TO_COOPERATE: '030',
  INTENT_TO_COOPERATE_MILITARILY: '0312',
  INTENT_TO_MEET: '036',
  CONSULT: '040',
  MAKE_VISIT: '042',
  HOST_VISIT: '043',
  MEET_AT_THIRD_LOCATION: '044',
  PRAISE: '051',
  COOPERATE_MILITARILY: '062',
  EASE_POLITICAL_DISSENT: '082',
  INVESTIGATE: '090',
  DEMAND: '100',
  DEMAND_CHANGE_IN_LEADERSHIP: '1041',
  DISAPPROVE: '110',
  CRITICIZE: '111',
  ACCUSE: '112',
  ACCUSE_OF_AGGRESSION: '1123',
  ACCUSE_OF_WAR_CRIMES: '1124',
  BRING_LAWSUIT: '115',
  REJECT: '120',
  THREATEN: '130',
  THREATEN_WITH_POLITICAL_DISSENT: '133',
  DEMONSTRATE_OR_RALLY: '141',
  CONDUCT_STRIKE_OR_BOYCOTT: '143',
  OCCUPY_TERRITORY: '192',
  ARREST: '173',
  SEIZE_PROPERTY: '171',
  VIOLENT_REPRESSION: '175',
  DEMONSTRATE_MILITARY_OR_POLICE_POWER: '150',
  MOBILIZE_POLICE_POWER: '153',
  MOBILIZE_ARMED_FORCES: '154',
  CONFISCATE_PROPERTY: '1711',
  UNCONVENTIONAL_VIOLENCE: '180',
  CONVENTIONAL_FORCE: '190',
} as const;

/** CAMEO roots (two digits), as the codebook heads them. */
export const ROOT = {
  STATEMENT: '01',
  APPEAL: '02',
  INTENT: '03',
  CONSULT: '04',
  DIPLOMATIC_COOPERATION: '05',
  MATERIAL_COOPERATION: '06',
  AID: '07',
  YIELD: '08',
  INVESTIGATE: '09',
  DEMAND: '10',
  DISAPPROVE: '11',
  REJECT: '12',
  THREATEN: '13',
  PROTEST: '14',
  COERCE: '17',
  ASSAULT: '18',
  FIGHT: '19',
} as const;

/** The "no actor" / "no event" placeholder of the PETRARCH dictionaries (`---GOV`: a government of no known country). */
export const NONE = '---';

export const rootOf = (code: string): string => code.slice(0, 2);

/** Whether the code is at or under a root or code: `isUnder('0211', ROOT.APPEAL)`. */
export const isUnder = (code: string, prefix: string): boolean => code.startsWith(prefix);

/** Appeals (02) and demands (10): what they ask for has not happened. */
export const isRequest = (code: string): boolean => isUnder(code, ROOT.APPEAL) || isUnder(code, ROOT.DEMAND);
