/**
 * Role nouns that introduce or describe a person: "President X", "military expert X", "X, editor of ...".
 * `office` ties the noun to a holds_office qualifier, so "former Prime Minister X" searches former heads of
 * government; `agent` is the CAMEO agent code the role gives (GOV, MIL, MED, ELI...).
 */
export interface RoleNoun {
  readonly id: string;
  readonly words: readonly string[];
  readonly label: string;
  readonly office: 'head_of_state' | 'head_of_government' | null;
  readonly agent: string;
  readonly example: string;
}

export const ROLE_NOUNS: readonly RoleNoun[] = [
  { id: 'role.president', words: ['president'], label: 'president', office: 'head_of_state', agent: 'GOV', example: 'President Jane Doe said' },
  {
    id: 'role.head-of-government',
    words: ['prime minister', 'premier', 'chancellor'],
    label: 'prime minister',
    office: 'head_of_government',
    agent: 'GOV',
    example: 'Prime Minister John Roe',
  },
  { id: 'role.monarch', words: ['king', 'queen', 'emir', 'sultan'], label: 'monarch', office: 'head_of_state', agent: 'GOV', example: 'King John' },
  {
    id: 'role.minister',
    words: [
      'foreign minister',
      'finance minister',
      'interior minister',
      'minister',
      'deputy prime minister',
      'deputy foreign minister',
      'secretary of state',
      'foreign secretary',
      'home secretary',
      'secretary-general',
      'secretary general',
      'national security adviser',
      'national security advisor',
    ],
    label: 'minister',
    office: null,
    agent: 'GOV',
    example: 'Foreign Minister Ann Poe',
  },
  {
    id: 'role.defence-minister',
    words: ['defense minister', 'defence minister', 'defense secretary', 'defence secretary', 'secretary of defense'],
    label: 'defence minister',
    office: null,
    agent: 'MIL',
    example: 'Defense Minister Ann Poe',
  },
  {
    id: 'role.diplomat',
    words: ['ambassador', 'envoy', 'diplomat', 'spokesman', 'spokeswoman', 'spokesperson'],
    label: 'official',
    office: null,
    agent: 'GOV',
    example: 'ambassador Ann Poe',
  },
  {
    id: 'role.legislator',
    words: ['senator', 'speaker', 'deputy speaker', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'mp'],
    label: 'legislator',
    office: null,
    agent: 'LEG',
    example: 'the deputy speaker, Ann Poe',
  },
  {
    id: 'role.judiciary',
    words: ['judge', 'chief justice', 'prosecutor', 'attorney general', 'prosecutor general'],
    label: 'judiciary',
    office: null,
    agent: 'JUD',
    example: 'Judge Ann Poe ruled',
  },
  {
    id: 'role.military',
    words: ['general', 'commander', 'admiral', 'colonel', 'chief of staff'],
    label: 'military officer',
    office: null,
    agent: 'MIL',
    example: 'General Ann Poe',
  },
  {
    id: 'role.expert',
    words: ['military expert', 'political analyst', 'military analyst', 'analyst', 'expert', 'political scientist'],
    label: 'expert',
    office: null,
    agent: 'ELI',
    example: 'military expert Ann Poe said',
  },
  { id: 'role.academic', words: ['professor', 'scholar', 'researcher'], label: 'academic', office: null, agent: 'EDU', example: 'professor Ann Poe' },
  {
    id: 'role.media',
    words: ['editor-in-chief', 'editor', 'journalist', 'correspondent', 'columnist'],
    label: 'journalist',
    office: null,
    agent: 'MED',
    example: 'Ann Poe, editor of a weekly',
  },
  {
    id: 'role.opposition',
    words: ['opposition leader', 'opposition politician', 'dissident', 'activist'],
    label: 'opposition',
    office: null,
    agent: 'OPP',
    example: 'opposition leader Ann Poe',
  },
  { id: 'role.counterpart', words: ['counterpart'], label: 'counterpart', office: null, agent: 'GOV', example: 'his Ruritanian counterpart Ann Poe' },
];

/** Verbs that say the state prosecutes a person: a former leader so treated is coded as opposition. */
export const PROSECUTION = /\b(jailed|imprisoned|sentenced|arrested|convicted|detained|prosecuted|put on trial)\b/i;
