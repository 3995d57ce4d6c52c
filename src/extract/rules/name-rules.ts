/**
 * Rules on the names the gazetteer matches, as data. The leaders data holds collective leaderships as if they were
 * people ("Council of Ministers", Honduras 1883; "Provisional Government"; "Regency"; "Junta militar de Honduras"):
 * in the news these words name a body of the article's own state, never that leadership of another state and era.
 */
interface CollectiveLeaderRule {
  readonly id: string;
  /** A person's name with one of these words (case-insensitive, whole words) is a collective leadership. */
  readonly words: readonly string[];
  readonly example: string;
  readonly reason: string;
}

const COLLECTIVE_LEADERS: CollectiveLeaderRule = {
  id: 'name.collective-leader',
  words: ['council', 'ministers', 'government', 'junta', 'regency', 'triumvirate', 'directory', 'committee', 'provisional'],
  example: 'any member of his council of ministers (the state government’s, not Honduras’s leadership of 1883)',
  reason: 'a leadership of several people is recorded under a body’s name, which the news uses for its own bodies',
};

const COLLECTIVE_WORDS: ReadonlySet<string> = new Set(COLLECTIVE_LEADERS.words);

/** "Council of Ministers", "Ristic (Regency)": a name with a word of a collective leadership. */
export function collectiveLeaderName(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => COLLECTIVE_WORDS.has(w));
}

export interface InsideNameRule {
  readonly id: string;
  /** Head nouns of a venue's or a company's name: a state's name or demonym one or two words before one is part of it. */
  readonly heads: readonly string[];
  readonly example: string;
  readonly reason: string;
}

export const STATE_INSIDE_NAME: InsideNameRule = {
  id: 'actor.state.inside-name',
  heads: ['centre', 'center', 'airlines', 'airways', 'museum', 'stadium', 'hotel', 'hall', 'gate', 'trophy', 'television', 'express'],
  example: 'the exhibition at the ruritania habitat centre; the ruritanian airlines plane',
  reason: 'a state named inside a venue’s, a carrier’s or a train’s name is where or whose, not an actor: the state did nothing',
};

/**
 * Rule actor.person.inside-longer-name (actors.ts): a leader's name of two words the gazetteer matched inside a longer
 * run of name words ("asif reza khan": not Reza Khan, shah of Iran; "mohammed ali shabbir", "abdul hamid naumani") is
 * someone else's. A name word: a noun or proper noun of three letters or more that is no title, honorific, party,
 * place, common word or one of the words a leader's name is followed by ("the pervez musharraf regime").
 */
export const PERSON_INSIDE_NAME = {
  id: 'actor.person.inside-longer-name',
  pos: ['NOUN', 'PROPN'],
  notAfter: ['regime', 'era', 'years', 'doctrine', 'camp', 'cabinet', 'ministry', 'family', 'formula', 'plan'],
  example: 'police said asif reza khan was killed (no Reza Khan of Iran); imam abdul hamid naumani said',
  reason: 'in lower-cased Indian news, a two-word leader’s name inside a longer name is a namesake’s part: no link rather than a wrong one',
} as const;

/**
 * Word shapes no person's name has (rule name.common-word-shape): a noun's suffix ("terrorism", "agitation",
 * "government", "unity") or a prefix joined by a hyphen ("cross-border", "anti-national", "pro-active"). After a title
 * in lower-cased text such words are the title's complement, not a name.
 */
const COMMON_WORD_SHAPE = {
  id: 'name.common-word-shape',
  suffixes: ['ism', 'ist', 'ists', 'tion', 'tions', 'sion', 'ment', 'ments', 'ness', 'ity', 'ities', 'ship', 'ance', 'ances'],
  prefixes: [
    'cross',
    'anti',
    'pro',
    'non',
    'post',
    'pre',
    'self',
    'counter',
    'inter',
    'multi',
    'semi',
    'so',
    'well',
    'all',
    'long',
    'high',
    'low',
    'full',
    'half',
  ],
  example: 'opposition leader cross-border terrorism was discussed (no person)',
  reason: 'Indian and most other given names and surnames end in none of these noun suffixes and take no English prefix',
} as const;

const SHAPE_PREFIXES: ReadonlySet<string> = new Set(COMMON_WORD_SHAPE.prefixes);

/** A lower-case word of `COMMON_WORD_SHAPE`: a noun suffix on a word of six letters or more, or a hyphenated English prefix. */
export function commonWordShape(word: string): boolean {
  const dash = word.indexOf('-');
  if (dash > 0 && SHAPE_PREFIXES.has(word.slice(0, dash))) return true;
  return word.length >= 6 && COMMON_WORD_SHAPE.suffixes.some((s) => word.endsWith(s));
}

/**
 * Capitals whose one-word name is an English word first (rule name.capital-word): in lower-cased text only a capital
 * letter makes them the city or its government ("male bonding" is not the Maldives' government).
 */
const CAPITAL_WORDS = {
  id: 'name.capital-word',
  words: ['male', 'victoria', 'lima', 'bridgetown', 'kingstown'],
  example: 'combined with male bonding in hunting (no state)',
  reason: 'a word that is also a capital\'s name is the word in lower-cased English, as a foreign state name is ("grenade")',
} as const;

export const CAPITAL_WORD_SET: ReadonlySet<string> = new Set(CAPITAL_WORDS.words);
