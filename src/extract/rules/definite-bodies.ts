import type { ActorType } from '../analysis.js';

/**
 * "the party alleged", "the board demanded": a definite description standing for a body named earlier in the
 * article, as rows. Each links to the latest body of its kind named within `REACH` sentences, never to a body of
 * another kind ("the board" is no party). The kind is read from the body's name words (a board's name ends in
 * "board"), or for a party from its role or CAMEO sector (the Congress's name has no "party").
 */
export interface DefiniteBody {
  readonly id: string;
  /** The description's head nouns: "the board" and "the board's". */
  readonly words: readonly string[];
  /** Words one of which the antecedent's name holds; empty: any organization. */
  readonly nameWords: readonly string[];
  /** A political party: by role "political party" or a ~PTY code, whatever the name. */
  readonly party: boolean;
  /** Any alliance of the graph fits too, whatever its name ("the alliance" after NATO). */
  readonly anyAlliance?: true;
  readonly example: string;
  readonly reason: string;
}

/** Sentences back a description may reach: a body is named, then spoken of as "the party" a few sentences on. */
export const DEFINITE_BODY_REACH = 5;
/** Bodies of the state (commissions) are typed government, citizens' bodies organization. */
export const DEFINITE_BODY_TYPES: readonly ActorType[] = ['organization', 'government', 'alliance'];

export const DEFINITE_BODIES: readonly DefiniteBody[] = [
  {
    id: 'coref.definite-party',
    words: ['party'],
    nameWords: ['party'],
    party: true,
    example: 'the rld demanded a probe. the party alleged ... -> the rld',
    reason: 'news names a party once, then "the party": the latest party named, not a non-party body named since',
  },
  {
    id: 'coref.definite-alliance',
    words: ['alliance'],
    nameWords: ['alliance'],
    party: false,
    anyAlliance: true,
    example: 'the lakeside democratic alliance ... the river party ... friction within the alliance -> the lakeside democratic alliance',
    reason: '"the alliance" is an alliance of the graph or a body named as one, not the last party named (a partner of the alliance)',
  },
  {
    id: 'coref.definite-board',
    words: ['board'],
    nameWords: ['board'],
    party: false,
    example: 'the river law board met. the board demanded ... -> the river law board',
    reason: '"the board" is the board named before, not the last organization of any kind',
  },
  {
    id: 'coref.definite-commission',
    words: ['commission'],
    nameWords: ['commission'],
    party: false,
    example: 'the state water commission ... the commission said -> the state water commission',
    reason: '"the commission" is the commission named before',
  },
  {
    id: 'coref.definite-committee',
    words: ['committee', 'samiti'],
    nameWords: ['committee', 'samiti'],
    party: false,
    example: 'the old bridge action committee ... the committee warned -> the old bridge action committee',
    reason: '"the committee" (Hindi "samiti") is the committee named before',
  },
  {
    id: 'coref.definite-front',
    words: ['front', 'morcha', 'sena', 'dal'],
    nameWords: ['front', 'morcha', 'sena', 'dal'],
    party: false,
    example: 'the united lawyers front ... the front announced -> the united lawyers front',
    reason: '"the front" (a "morcha"), "the sena", "the dal" is the body of that word named before',
  },
  {
    id: 'coref.definite-trust',
    words: ['trust', 'nyas'],
    nameWords: ['trust', 'nyas'],
    party: false,
    example: 'the ram temple nyas ... the land was handed to the trust -> the ram temple nyas',
    reason: '"the trust" is the trust named before, in English or Hindi ("nyas")',
  },
  {
    id: 'coref.definite-council',
    words: ['council', 'parishad'],
    nameWords: ['council', 'parishad'],
    party: false,
    example: 'the river hindu parishad ... the parishad said -> the river hindu parishad',
    reason: '"the council" (Hindi "parishad") is the council named before',
  },
  {
    id: 'coref.definite-outfit',
    words: ['outfit'],
    nameWords: [],
    party: false,
    example: 'the lakeside youth front ... the outfit claimed -> the lakeside youth front',
    reason: 'news calls a group "the outfit": the latest organization named (a party, a wing, a militia), never a state',
  },
];
