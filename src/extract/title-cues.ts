import { nameKey } from '../core/normalize.js';
import type { Actor, Sentence, Token } from './analysis.js';
import { type Party, partyPhrases } from './parties.js';
import { placeEndingAt } from './home-country.js';
import { keysOf, PhraseIndex } from './phrase-index.js';
import { DOMESTIC_BODIES } from './rules/domestic-rules.js';
import { FORMER, HONORIFICS, TITLE_MODIFIERS, TITLES } from './rules/title-rules.js';
import { ROLE_NOUNS } from './rules/role-nouns.js';
import { headSector } from './rules/body-name-rules.js';
import type { StageContext } from './stage.js';

/**
 * The one reading of a title before a name, for the titled people (titled-people.ts) and for the graph's
 * officeholders in an undated article (actors.ts): which title, its sector, "former", the state and the
 * organization before it.
 */
export interface Title {
  readonly id: string;
  /** CAMEO sector: GOV, COP, JUD, PTY, REL... */
  readonly agent: string;
  /** A head of state's or government's title (the role nouns with an office): "president", "prime minister". */
  readonly office: boolean;
}

const HONORIFIC = new Set(HONORIFICS);
const TITLE_WORDS = new Set([...TITLES.flatMap((t) => t.words), ...ROLE_NOUNS.flatMap((r) => r.words)]);
const titleCache = new WeakMap<object, PhraseIndex<Title>>();
/** The last word of a title of office ("minister" of "prime minister"): where a name after one may start. */
export const OFFICE_TITLE_ENDS: ReadonlySet<string> = new Set(
  ROLE_NOUNS.filter((r) => r.office !== null).flatMap((r) => r.words.map((w) => nameKey(w).split(' ').at(-1)!)),
);
/** The office a title's words name ("president": head of state), whichever list the title was read from. */
const OFFICE_OF_WORDS = new Map(ROLE_NOUNS.flatMap((r) => (r.office === null ? [] : r.words.map((w) => [nameKey(w), r.office] as const))));

export function officeNamed(title: string): string | undefined {
  const words = nameKey(title).split(' ');
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const office = OFFICE_OF_WORDS.get(words.slice(0, n).join(' '));
    if (office) return office;
  }
  return undefined;
}

const title = (word: string, id: string, agent: string): [string, Title] => [word, { id, agent, office: OFFICE_OF_WORDS.has(nameKey(word)) }];
/** The agents dictionary's codes of a religion alone (~HIN, ~MUS...): its one-word phrases name a community, not a title. */
const RELIGIONS: ReadonlySet<string> = new Set(['~HIN', '~MUS', '~CHR', '~SIK', '~BUD', '~JEW', '~CTH', '~SHI', '~SUN', '~JAN']);
const NO_AGENTS: readonly { readonly phrases: readonly string[]; readonly code: string }[] = [];

/** Titles: the house's own first, then the role nouns, then the agents dictionary (person sectors only). */
export function titlesOf(ctx: StageContext): PhraseIndex<Title> {
  const agents = ctx.coder.agents ?? NO_AGENTS;
  let index = titleCache.get(agents);
  if (!index) {
    const own = TITLES.flatMap((t) => t.words.map((w) => title(w, t.id, t.agent)));
    // "home minister": a minister's title alone is a body of the home government, before a name a person's title.
    for (const b of DOMESTIC_BODIES) if (b.id === 'body.minister') own.push(...b.words.map((w) => title(w, 'title.minister', b.agent)));
    const roles = ROLE_NOUNS.flatMap((r) => r.words.map((w) => title(w, r.id, r.agent)));
    // A religion's one-word name ("hindu", "muslim") is the community's adjective, no title: "hindu samaj" is no one.
    const fromAgents = agents
      .filter((a) => /^~[A-Z]{3,6}$/.test(a.code))
      .flatMap((a) => a.phrases.filter((p) => !(RELIGIONS.has(a.code) && !p.includes(' '))).map((p) => title(p, 'title.agents-dictionary', a.code.slice(1))));
    // "the police control room": a body ("police", "army", "court") names no person after it.
    const bodies = new Set(
      DOMESTIC_BODIES.filter((b) => b.id !== 'body.minister')
        .flatMap((b) => b.words)
        .filter((w) => !TITLE_WORDS.has(w)),
    );
    const all = [...own, ...roles, ...fromAgents].filter(([w]) => !bodies.has(w));
    titleCache.set(agents, (index = new PhraseIndex(all)));
  }
  return index;
}

/** Words between a title and its field: "director of agriculture", "minister of state for urban development". */
export const FIELD_BEFORE = new Set(['of', 'for']);
/** The words of a field after "of" or "for" ("fisheries", "urban development"): nouns and adjectives only. */
const FIELD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

export interface NameSpan {
  readonly last: number;
  readonly words: number;
  readonly initials: number;
}

export interface Cue {
  readonly title: Title;
  readonly first: number;
  /** The first token of the whole phrase: modifiers, place, party and "former" before the title. */
  readonly from: number;
  readonly former: boolean;
  readonly state: string | null;
  readonly partyAt: number | null;
  /** An organization the article names right before the title ("the x committee president"): its code is the person's. */
  readonly org: Actor | null;
  /** The party named beside the name with no title (affiliation.ts: "a b (congress)", "a b of the bjp"). */
  readonly party?: Party;
}

/** The title before a name at `i`, through a parenthesis ("joint commissioner (crime) a b rao") or "of" + two words. */
/** The organizations an article names: the one over a token, and the last one before an offset ("its", "the party's"). */
export interface OrgLookup {
  at(t: Token): Actor | undefined;
  /** `head`: the last one whose name ends with this head word ("council"). */
  before(offset: number, partyOnly: boolean, head?: string): Actor | undefined;
  /** The state or government actor over a token: "US Deputy Secretary of Energy a b" is the US's. */
  state(t: Token): Actor | undefined;
}

/** "its general secretary", "the party's president": the organization named last before, for an officer's title. */
const REFERENTS: Readonly<Record<string, boolean>> = { its: false, party: true };

export function cueBefore(toks: readonly Token[], i: number, titles: PhraseIndex<Title>, orgs?: OrgLookup): Cue | null {
  let k = i - 1;
  // "the shankaracharya of the x math, sri a b": an honorific between the title and the name.
  if (HONORIFIC.has(keysOf(toks)[k] ?? '')) k--;
  // "joint director, cotton, a b rao": a department set off by commas between the title and the name.
  if (toks[k]?.text === ',' && toks[k - 2]?.text === ',' && k - 3 >= 0 && titles.endingAt(toks, k - 3)) k -= 3;
  // "the college principal, a b rao,", "the party's president, c d das": a title with a determiner, a possessive or a
  // body before it, then a comma, is the name's (not "said the principal, who ...": the name's shape is asked after).
  // "the minister of state for home, a b rao,", "the general secretary of the x, c d das,": a field or a body after the title.
  else if (toks[k]?.text === ',' && k > 1) {
    // APPOSITION_RULES.place: "the joint general secretary of the x in gujarat, a b rao,".
    const place = placeEndingAt(toks, k - 1);
    const e = place && place.first > 1 && PLACE_BEFORE.has(keysOf(toks)[place.first - 1]!) ? place.first - 2 : k - 1;
    const t = titles.endingAt(toks, e) ?? bodyOfTitle(toks, e, titles, orgs)?.hit ?? fieldTitle(toks, e, titles);
    if (t && determinedTitle(toks, t.first, titles, orgs) && closedApposition(toks, i)) k = e;
  }
  // "rajya sabha member from rajasthan a b rao": the place a member sits for, between the title and the name.
  else if (k > 1) {
    const place = placeEndingAt(toks, k);
    if (place && keysOf(toks)[place.first - 1] === 'from' && titles.endingAt(toks, place.first - 2)) k = place.first - 2;
  }
  if (toks[k]?.text === ')') {
    let m = k - 1;
    while (m > 0 && m > k - 6 && toks[m]!.text !== '(') m--;
    if (toks[m]?.text !== '(') return null;
    k = m - 1;
  }
  let hit = k >= 0 ? titles.endingAt(toks, k) : null;
  // "chairman of the x education trust a b rao", "former chairman of the y board (yb) c d das": the body the title is
  // of, named before the name, gives the person's code.
  const ofBody = hit || k < 0 ? null : bodyOfTitle(toks, k, titles, orgs);
  if (ofBody) hit = ofBody.hit;
  // "director of agriculture a b rao", "minister of state for urban development a b rao"; not "editor of the weekly" (a determiner: a complement, not a department)
  // nor "commissioner of police ordered strict vigilance" (a verb: the field has ended and the sentence goes on).
  if (!hit && k >= 0) hit = fieldTitle(toks, k, titles);
  // "ex-mla a b rao": the prefix written into the title's one token.
  let former = false;
  const exTitle = !hit && k >= 0 && /^ex /.test(keysOf(toks)[k]!) ? titles.getKey(keysOf(toks)[k]!.slice(3)) : undefined;
  if (exTitle) {
    hit = { first: k, value: exTitle };
    former = true;
  }
  if (!hit) return null;
  // "bjp mp swami a b", "vhp leader sadhvi c d": a religious form of address yields to an office or party title
  // right before it, which says what the person is in the news.
  if (hit.value.agent === 'REL' && hit.first > 0) {
    const office = titles.endingAt(toks, hit.first - 1);
    if (office && yieldsTo(toks, office, orgs)) hit = office;
  }
  // "the official death toll": a one-word title used as an adjective after a determiner titles no one.
  if (hit.first === k && toks[k]!.pos === 'ADJ' && toks[k - 1]?.pos === 'DET') return null;
  let j = hit.first - 1;
  let state: string | null = null;
  let partyAt: number | null = null;
  // "bharatiya janata party president": a title whose first word ends an organization's name.
  let org: Actor | null = ofBody?.org ?? orgs?.at(toks[hit.first]!) ?? null;
  if (org) while (j >= 0 && toks[j]!.start >= org.start) j--;
  const keys = keysOf(toks);
  for (; j >= 0; j--) {
    const key = keys[j]!;
    const referent = REFERENTS[key];
    const earlier =
      referent !== undefined && org === null && partyAt === null && hit.value.agent === 'PTY' ? orgs?.before(toks[j]!.start, referent) : undefined;
    if (earlier) {
      org = earlier;
      continue;
    }
    // APPOSITION_RULES.head: "the x christian council ... council secretary a b rao": the head word of the body named last.
    const head = org === null && partyAt === null && j === hit.first - 1 && headSector(key) ? orgs?.before(toks[j]!.start, false, key) : undefined;
    if (head) {
      org = head;
      continue;
    }
    if (TITLE_MODIFIERS.includes(key)) continue;
    if (FORMER.includes(key)) {
      former = true;
      continue;
    }
    // "haryana's", and the doubled quotes of some exports ("haryana''s").
    if (/^['’]s?$/.test(toks[j]!.text) && j > 0) continue;
    const place = placeEndingAt(toks, j);
    if (place) {
      state = place.country;
      j = place.first;
      continue;
    }
    const stateActor: Actor | undefined = state === null ? orgs?.state(toks[j]!) : undefined;
    if (stateActor?.state) {
      state = stateActor.state;
      while (j > 0 && toks[j - 1]!.start >= stateActor.start) j--;
      continue;
    }
    // "the x committee (xc) president": the acronym set after the name.
    if (toks[j]!.text === ')' && toks[j - 2]?.text === '(') {
      j -= 2;
      continue;
    }
    const named: Actor | undefined = org === null && partyAt === null ? orgs?.at(toks[j]!) : undefined;
    if (named) {
      org = named;
      while (j > 0 && toks[j - 1]!.start >= named.start) j--;
      continue;
    }
    if (partyAt === null && org === null && partyPhrases().getKey(key)) {
      partyAt = j;
      continue;
    }
    break;
  }
  return { title: hit.value, first: hit.first, from: j + 1, former, state, partyAt, org };
}

/** A title and its field ending at token `k`: "director of agriculture", "minister of state for home". */
function fieldTitle(toks: readonly Token[], k: number, titles: PhraseIndex<Title>): { first: number; value: Title } | null {
  for (const back of [2, 3, 4]) {
    if (k - back < 0 || !FIELD_BEFORE.has(keysOf(toks)[k - back + 1]!) || toks.slice(k - back + 2, k + 1).some((t) => !FIELD_POS.has(t.pos))) continue;
    const hit = titles.endingAt(toks, k - back);
    if (hit) return hit;
  }
  return null;
}

/** The name at `i` ends the apposition ("the principal, a b rao, said"), not a list ("the principal, a b and c d"). */
function closedApposition(toks: readonly Token[], i: number): boolean {
  const keys = keysOf(toks);
  for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
    if (keys[j] === 'and' || keys[j] === 'or') return false;
    if (toks[j]!.pos === 'PUNCT' || SPEECH_AFTER.has(keys[j]!)) return true;
  }
  return toks.length <= i + 5;
}

/** Determiners of a title set off before a name: "the principal, a b rao,", "another minister, c d das,". */
// A possessive determiner too: "your law minister, a b rao,", "his deputy, c d das,".
const APPOSITION_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'another', 'your', 'his', 'her', 'their', 'our']);

/** "the principal", "the abc college principal", "the party's president", "bjp president": a title with its determiner. */
function determinedTitle(toks: readonly Token[], first: number, titles: PhraseIndex<Title>, orgs?: OrgLookup, depth = 0): boolean {
  // APPOSITION_RULES.opening: "ahmedabad: general secretary of the x, a b, has demanded".
  if (first === 0 || (OPENING.has(toks[first - 1]?.text ?? '') && first <= 3)) return true;
  const keys = keysOf(toks);
  for (let j = first - 1; j >= 0 && j >= first - 4; j--) {
    const t = toks[j]!;
    if (APPOSITION_DETERMINERS.has(keys[j]!) || /^['’]s?$/.test(t.text) || orgs?.at(t)) return true;
    // APPOSITION_RULES.coordinated: "the x's committee member and former union minister, a b,".
    if (COORDINATED.has(keys[j]!) && depth === 0) {
      const before = j > 0 ? titles.endingAt(toks, j - 1) : null;
      return before !== null && determinedTitle(toks, before.first, titles, orgs, 1);
    }
    if (!FIELD_POS.has(t.pos) && !FORMER.includes(keys[j]!) && !TITLE_MODIFIERS.includes(keys[j]!)) return false;
  }
  return false;
}

/** "title of [the] body [(acronym)]" ending at token `k`: the title and the body, when the article names the body. */
function bodyOfTitle(
  toks: readonly Token[],
  k: number,
  titles: PhraseIndex<Title>,
  orgs?: OrgLookup,
): { hit: { first: number; value: Title }; org: Actor } | null {
  let e = k;
  if (toks[e]?.text === ')' && toks[e - 2]?.text === '(') e -= 3;
  const org = e >= 0 ? orgs?.at(toks[e]!) : undefined;
  if (!org) return null;
  let j = e;
  while (j > 0 && toks[j - 1]!.start >= org.start) j--;
  const keys = keysOf(toks);
  // APPOSITION_RULES.coordinated: "member of the x board and the y council a b rao": the first body is the title's.
  const first = keys[j - 1] === 'and' && j > 1 ? orgs?.at(toks[j - 2]!) : undefined;
  if (first) while (j > 0 && toks[j - 1]!.start >= first.start) j--;
  // APPOSITION_RULES.unit: "general secretary of the state congress".
  if (UNIT_LEVELS.has(keys[j - 1] ?? '') && keys[j - 2] === 'the') j--;
  if (keys[j - 1] === 'the') j--;
  if (keys[j - 1] !== 'of' || j < 2) return null;
  const hit = titles.endingAt(toks, j - 2);
  return hit ? { hit, org: first ?? org } : null;
}

/** How a title set off by commas before a name may be written, as rows (pinned in test/unit/news-definite-bodies.test.ts). */
const APPOSITION_RULES = {
  place: {
    id: 'person.title-name.apposition-place',
    words: ['in'],
    example: 'the joint secretary of the x in gujarat, a b rao, said',
    reason: 'the place an office is held in stands between the title and the comma; the title is still the name’s',
  },
  head: {
    id: 'person.title-name.body-head',
    words: [],
    example: 'the city christian council met ... council secretary a b rao said',
    reason: 'a body’s head word before a title ("council", "board", "trust") is the body of that head named last: the officer is its',
  },
  coordinated: {
    id: 'person.title-name.coordinated',
    words: ['and'],
    example: 'the party’s working committee member and former union minister, a b rao, has said',
    reason: 'two titles joined by "and" before the comma are one person’s: the first title’s determiner sets off the second',
  },
  opening: {
    id: 'person.title-name.apposition-opening',
    words: [':'],
    example: 'surat: general secretary of the x, a b rao, has demanded',
    reason: 'a title opening the sentence (or its dateline) needs no determiner to be set off before the name',
  },
  unit: {
    id: 'person.title-name.unit-level',
    words: ['state', 'city', 'district', 'ruling', 'opposition'],
    example: 'general secretary of the state congress, a b rao,; senior member of the ruling bjp c d das',
    reason: 'the level of a party’s unit, or its standing (ruling, opposition), between "the" and its name leaves the party the body the title is of',
  },
} as const;
const UNIT_LEVELS: ReadonlySet<string> = new Set(APPOSITION_RULES.unit.words);
const PLACE_BEFORE: ReadonlySet<string> = new Set(APPOSITION_RULES.place.words);
const OPENING: ReadonlySet<string> = new Set(APPOSITION_RULES.opening.words);
const COORDINATED: ReadonlySet<string> = new Set(APPOSITION_RULES.coordinated.words);

/** Sectors of the state's offices: a title of one says more than a religious form of address after it. */
const STATE_AGENTS: ReadonlySet<string> = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL']);

/**
 * Whether an office title before a religious one ("bjp mp swami", "vhp leader sadhvi") says what the person is: an
 * office of the state, or a party's or body's title with the party or body named before it. "the samaj's general
 * secretary swami a b" or "chief priest a b" stay religious.
 */
function yieldsTo(toks: readonly Token[], office: { first: number; value: Title }, orgs?: OrgLookup): boolean {
  if (STATE_AGENTS.has(office.value.agent)) return true;
  if (office.value.agent !== 'PTY' || office.first === 0) return false;
  let j = office.first - 1;
  while (j > 0 && TITLE_MODIFIERS.includes(keysOf(toks)[j]!)) j--;
  return partyPhrases().getKey(keysOf(toks)[j]!) !== undefined || orgs?.at(toks[j]!) !== undefined;
}

/** "a b rao, a businessman," but not "the temple, a police spokesman said": the title of an apposition is no subject. */
export const SPEECH_AFTER: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'stated', 'claimed', 'alleged', 'informed']);

/**
 * The title right before the word at `start`, read as the titled people read it: what the actors stage asks of a
 * graph officeholder ("prime minister a b", not "former prime minister a b") and of a person named by one word.
 */
export function titleBefore(ctx: StageContext, s: Sentence | undefined, start: number): Cue | null {
  const i = s ? s.tokens.findIndex((t) => t.start === start) : -1;
  return s && i > 0 ? cueBefore(s.tokens, i, titlesOf(ctx)) : null;
}
