import { nameKey } from '../core/normalize.js';
import type { IsoDate } from '../core/time.js';
import type { Actor, Sentence, Token } from './analysis.js';
import { cameoOf } from './actors.js';
import { partyCode, partyPhrases } from './domestic.js';
import { placeEndingAt } from './home-country.js';
import { isLowercaseText } from './mentions.js';
import { officeOf, personIndexFor, surnameKey } from './offices.js';
import { keysOf, PhraseIndex } from './phrase-index.js';
import { DOMESTIC_BODIES, FORMER, HONORIFICS, NOT_NAMES, TITLE_MODIFIERS, TITLES } from './rules/domestic-rules.js';
import { ROLE_NOUNS } from './rules/role-nouns.js';
import { SpanCover } from './span-index.js';
import type { Draft, Stage, StageContext } from './stage.js';

interface Title {
  readonly id: string;
  /** CAMEO sector: GOV, COP, JUD, PTY, REL... */
  readonly agent: string;
}

const TITLED_RULES = {
  title: {
    id: 'person.title-name',
    example: 'union home minister a b rao said; police commissioner c d rao',
    reason:
      'a title (the role nouns, the agents dictionary, rules/domestic-rules.ts) followed by a name shape (initials and a word, or two or more words that are no common word) is a person with that role',
  },
  graph: {
    id: 'person.title-name+graph',
    example: 'prime minister atal behari vajpayee (the graph’s Atal Bihari Vajpayee, head of government that day)',
    reason: 'the surname and first initial agree with an officeholder of the same state on the article’s day',
  },
  surname: {
    id: 'person.title-name.surname',
    example: 'police commissioner c d rao ... rao said',
    reason: 'a person named after a title is remembered through the article by surname',
  },
  list: {
    id: 'person.title-name.list',
    example: 'party mps a b rao, c d das and e f sen',
    reason: 'a title before a list of names is each one’s',
  },
  honorific: {
    id: 'person.honorific',
    example: 'mr rao said',
    reason: 'an honorific makes the next word a name',
  },
} as const;

const NOT_NAME_WORDS = new Set([...NOT_NAMES, ...FORMER, ...TITLE_MODIFIERS]);
const STOP_POS = new Set(['VERB', 'ADP', 'DET', 'PRON', 'ADV', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'INTJ', 'SPACE']);
const AUX_WORDS = new Set([
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
]);
const HONORIFIC = new Set(HONORIFICS);
/** Titles that a one-word name may follow, as an honorific: "swami harinarayan". */
const ONE_WORD_TITLES = new Set(['swami', 'imam', 'mahant', 'maulana', 'sant']);

const TITLE_WORDS = new Set([...TITLES.flatMap((t) => t.words), ...ROLE_NOUNS.flatMap((r) => r.words)]);
const titleCache = new WeakMap<object, PhraseIndex<Title>>();
const NO_AGENTS: readonly { readonly phrases: readonly string[]; readonly code: string }[] = [];

/** Titles: the house's own first, then the role nouns, then the agents dictionary (person sectors only). */
function titlesOf(ctx: StageContext): PhraseIndex<Title> {
  const agents = ctx.coder.agents ?? NO_AGENTS;
  let index = titleCache.get(agents);
  if (!index) {
    const own = TITLES.flatMap((t) => t.words.map((w): [string, Title] => [w, { id: t.id, agent: t.agent }]));
    // "home minister": a minister's title alone is a body of the home government, before a name a person's title.
    for (const b of DOMESTIC_BODIES)
      if (b.id === 'body.minister') own.push(...b.words.map((w): [string, Title] => [w, { id: 'title.minister', agent: b.agent }]));
    const roles = ROLE_NOUNS.flatMap((r) => r.words.map((w): [string, Title] => [w, { id: r.id, agent: r.agent }]));
    const fromAgents = agents
      .filter((a) => /^~[A-Z]{3,6}$/.test(a.code))
      .flatMap((a) => a.phrases.map((p): [string, Title] => [p, { id: 'title.agents-dictionary', agent: a.code.slice(1) }]));
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

const INITIALS = /^(?:\p{L}\.){1,3}$|^\p{L}$/u;

interface NameSpan {
  readonly last: number;
  readonly words: number;
  readonly initials: number;
}

/** The name starting at token `i`: initials, then words that are no common word, title or place. */
function nameAt(toks: readonly Token[], i: number, lowercase: boolean, titles: PhraseIndex<Title>, covered: SpanCover): NameSpan | null {
  let initials = 0;
  let words = 0;
  let last = -1;
  const keys = keysOf(toks);
  for (let j = i; j < toks.length && j < i + 5; j++) {
    const t = toks[j]!;
    const key = keys[j]!;
    if (covered.covers(t.start) || key === '') break;
    if (!lowercase && !/^\p{Lu}/u.test(t.text)) break;
    if (INITIALS.test(t.text) && words === 0) {
      initials++;
      last = j;
      continue;
    }
    if (!/^[\p{L}'’-]{2,}$/u.test(t.text) || NOT_NAME_WORDS.has(key) || HONORIFIC.has(key)) break;
    if (STOP_POS.has(t.pos) || (t.pos === 'AUX' && AUX_WORDS.has(key))) break;
    // "eminent jurists": a plural common noun (its lemma of four letters or more, plus s) is no name; "fernandes" and "anis" are.
    if (t.pos === 'NOUN' && t.lemma.length >= 4 && `${t.lemma}s` === key) break;
    if (titles.getKey(key) || (key.startsWith('ex ') && titles.getKey(key.slice(3))) || partyPhrases().getKey(key) || placeStartsAt(toks, j)) break;
    words++;
    last = j;
  }
  if (words === 0) return null;
  return { last, words, initials };
}

/** A place of the gazetteer of one to four words starts at token `j` ("uttar pradesh" after a name is no part of it). */
function placeStartsAt(toks: readonly Token[], j: number): boolean {
  for (let e = j; e < toks.length && e < j + 4; e++) if (placeEndingAt(toks, e)?.first === j) return true;
  return false;
}

interface Cue {
  readonly title: Title;
  readonly first: number;
  /** The first token of the whole phrase: modifiers, place, party and "former" before the title. */
  readonly from: number;
  readonly former: boolean;
  readonly state: string | null;
  readonly partyAt: number | null;
  /** An organization the article names right before the title ("the x committee president"): its code is the person's. */
  readonly org: Actor | null;
}

/** The title before a name at `i`, through a parenthesis ("joint commissioner (crime) a b rao") or "of" + two words. */
function cueBefore(toks: readonly Token[], i: number, titles: PhraseIndex<Title>, orgAt?: (t: Token) => Actor | undefined): Cue | null {
  let k = i - 1;
  // "joint director, cotton, a b rao": a department set off by commas between the title and the name.
  if (toks[k]?.text === ',' && toks[k - 2]?.text === ',' && k - 3 >= 0 && titles.endingAt(toks, k - 3)) k -= 3;
  if (toks[k]?.text === ')') {
    let m = k - 1;
    while (m > 0 && m > k - 6 && toks[m]!.text !== '(') m--;
    if (toks[m]?.text !== '(') return null;
    k = m - 1;
  }
  let hit = k >= 0 ? titles.endingAt(toks, k) : null;
  // "director of agriculture a b rao"; not "editor of the weekly" (a determiner: a complement, not a department).
  for (const back of [2, 3]) {
    if (hit || k - back < 0 || keysOf(toks)[k - back + 1] !== 'of' || toks.slice(k - back + 2, k + 1).some((t) => t.pos === 'DET')) continue;
    hit = titles.endingAt(toks, k - back);
  }
  // "ex-mla a b rao": the prefix written into the title's one token.
  let former = false;
  const exTitle = !hit && k >= 0 && /^ex /.test(keysOf(toks)[k]!) ? titles.getKey(keysOf(toks)[k]!.slice(3)) : undefined;
  if (exTitle) {
    hit = { first: k, value: exTitle };
    former = true;
  }
  if (!hit) return null;
  let j = hit.first - 1;
  let state: string | null = null;
  let partyAt: number | null = null;
  // "bharatiya janata party president": a title whose first word ends an organization's name.
  let org: Actor | null = orgAt?.(toks[hit.first]!) ?? null;
  if (org) while (j >= 0 && toks[j]!.start >= org.start) j--;
  const keys = keysOf(toks);
  for (; j >= 0; j--) {
    const key = keys[j]!;
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
    // "the x committee (xc) president": the acronym set after the name.
    if (toks[j]!.text === ')' && toks[j - 2]?.text === '(') {
      j -= 2;
      continue;
    }
    const named: Actor | undefined = org === null && partyAt === null ? orgAt?.(toks[j]!) : undefined;
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

/** "a b rao, a businessman,": a title after a name of two words or more, set off by a comma and an article. */
function appositionAfter(toks: readonly Token[], i: number, name: NameSpan, titles: PhraseIndex<Title>): Cue | null {
  const k = name.last;
  if (name.words + name.initials < 2 || toks[k + 1]?.text !== ',' || !['a', 'an', 'the'].includes(keysOf(toks)[k + 2] ?? '')) return null;
  let hit = titles.match(toks, k + 3);
  // "the head priest of the sect": the title's own words first.
  if (!hit && toks[k + 4]) hit = titles.match(toks, k + 4);
  if (!hit || i > k) return null;
  return { title: hit.value, first: k + 3, from: hit.last, former: false, state: null, partyAt: null, org: null };
}

/** "Atal Behari Vajpayee" after "prime minister": the graph's officeholder of the same state, by surname and first initial. */
function graphPerson(ctx: StageContext, name: string, state: string, on: IsoDate, undated: boolean): { id: string; name: string; cameo: string } | null {
  const words = nameKey(name).split(' ');
  const found = personIndexFor(ctx.graph)
    .bySurname(surnameKey(name))
    .flatMap((id) => {
      const office = officeOf(ctx.graph, id, on);
      const e = ctx.graph.entity(id);
      return office && e && office.state === state && nameKey(e.name)[0] === words[0]![0] ? [{ id, e, office }] : [];
    });
  if (found.length !== 1) return null;
  const { id, e, office } = found[0]!;
  // An undated article is read on the ingest day: a title with no "former" before it says the office is held then.
  return { id, name: e.name, cameo: `${cameoOf(ctx, state, on)}${office.former && !undated ? 'ELI' : 'GOV'}` };
}

interface Scan {
  readonly ctx: StageContext;
  readonly on: IsoDate;
  readonly home: string | null;
  /** The article has no date: `on` is the ingest day. */
  readonly undated: boolean;
  readonly s: Sentence;
}

/** Without the spaces, commas and an opening parenthesis it ends with (a loop: a trailing-run regex backtracks). */
function trimTail(t: string): string {
  let e = t.length;
  while (e > 0 && ' \t\n,('.includes(t[e - 1]!)) e--;
  return t.slice(0, e);
}

/** The words of tokens a..b of the sentence, as written. */
function words(s: Sentence, a: number, b: number): string {
  return s.text.slice(s.tokens[a]!.start - s.start, s.tokens[b]!.end - s.start);
}

/** The person a titled name at tokens i..name.last stands for. */
function titledPerson(scan: Scan, i: number, name: NameSpan, cue: Cue | null): Actor {
  const { ctx, on, s } = scan;
  const toks = s.tokens;
  const nameText = words(s, i, name.last);
  const state = cue?.state ?? cue?.org?.state ?? scan.home;
  const party = cue?.partyAt != null ? partyPhrases().getKey(keysOf(toks)[cue.partyAt]!)?.party : undefined;
  // A president or leader of no party and no state named ("the front's president") is an officer of some body: no sector.
  const sector = cue ? (cue.former ? 'ELI' : cue.title.agent === 'PTY' && !party ? (cue.state ? 'GOV' : '') : cue.title.agent) : '';
  const graph = state && cue && name.words + name.initials >= 2 ? graphPerson(ctx, nameText, state, on, scan.undated && !cue.former) : null;
  const stateCode = state ? cameoOf(ctx, state, on) : '';
  const role = cue ? (cue.from > name.last ? words(s, cue.first, cue.from) : trimTail(words(s, cue.from, i - 1)).replace(/^['’]+s?\s*/, '')) : null;
  return {
    text: nameText,
    start: toks[i]!.start,
    end: toks[name.last]!.end,
    sentence: s.index,
    id: graph?.id ?? `person:${nameKey(nameText).replace(/ /g, '-')}`,
    type: 'person',
    role: cue?.former && role && !/^(former|ex)/i.test(role) ? `former ${role}` : role,
    name: graph?.name ?? nameText,
    state,
    cameo: graph?.cameo ?? (party ? partyCode(party, on) : cue?.org && !cue.former ? cue.org.cameo : `${stateCode}${sector}`),
    refersTo: null,
    confidence: graph ? 0.85 : cue ? 0.7 : 0.5,
    ruleId: graph ? TITLED_RULES.graph.id : cue ? TITLED_RULES.title.id : TITLED_RULES.honorific.id,
  };
}

function titledPeople(draft: Draft, ctx: StageContext): { added: Actor[]; replaced: Map<Actor, Actor> } {
  const on = draft.article.published;
  const home = draft.home?.country ?? null;
  const lowercase = isLowercaseText(draft.article.text);
  const titles = titlesOf(ctx);
  const covered = new SpanCover(draft.actors);
  const bySurname = new Map<string, Actor>();
  for (const a of draft.actors) if (a.type === 'person' && a.name.includes(' ')) bySurname.set(surnameKey(a.name), a);
  const added: Actor[] = [];
  const replaced = new Map<Actor, Actor>();
  // "gujarat chief minister narendra modi" where the graph knows the name but no office on the day: the title tells.
  const orgs = draft.actors.filter((a) => a.type === 'organization' || a.ruleId.startsWith('org.'));
  const orgAt = (t: Token) => orgs.find((a) => a.start <= t.start && t.end <= a.end);
  const noOffice = new Map(draft.actors.filter((a) => a.ruleId === 'actor.person.no-office').map((a) => [a.start, a]));
  for (const s of draft.sentences) {
    const toks = s.tokens;
    const keys = keysOf(toks);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const key = keys[i]!;
      const found = noOffice.get(t.start);
      if (found) {
        const cue = cueBefore(toks, i, titles, orgAt);
        if (cue) replaced.set(found, withTitle(found, cue, { ctx, on, home, undated: draft.article.dateEstimated, s }, i));
      }
      if (key === '' || covered.covers(t.start)) continue;
      const earlier = bySurname.get(key);
      const honorific = i > 0 && HONORIFIC.has(keys[i - 1]!);
      if (earlier && (lowercase || /^\p{Lu}/u.test(t.text)) && !NOT_NAME_WORDS.has(key) && !(toks[i + 1] && nameAt(toks, i + 1, lowercase, titles, covered))) {
        const text = words(s, i, i);
        added.push({
          ...earlier,
          text,
          start: t.start,
          end: t.end,
          sentence: s.index,
          refersTo: earlier.start,
          confidence: earlier.confidence * 0.95,
          ruleId: TITLED_RULES.surname.id,
        });
        continue;
      }
      // Most tokens start no name: a function word longer than an initial is passed at once.
      if (STOP_POS.has(t.pos) && t.text.length > 1) continue;
      const name = nameAt(toks, i, lowercase, titles, covered);
      if (!name) continue;
      // The shape first (cheap), the title after: most nouns of lower-cased text start no name.
      const oneWord = i > 0 && ONE_WORD_TITLES.has(keys[i - 1]!);
      const shaped = (name.initials > 0 && name.words > 0) || name.words >= 2 || (name.words === 1 && (honorific || oneWord));
      // A run of name words that is no name here is none from a later word either (no title stands inside it).
      if (!shaped) {
        i = name.last;
        continue;
      }
      const cue = cueBefore(toks, i, titles, orgAt) ?? appositionAfter(toks, i, name, titles);
      if (!cue && !honorific) {
        i = name.last;
        continue;
      }
      const scan = { ctx, on, home, undated: draft.article.dateEstimated, s };
      const actor = titledPerson(scan, i, name, cue);
      added.push(actor);
      bySurname.set(surnameKey(actor.text), actor);
      i = name.last;
      // "party mps a b rao, c d das and e f sen": one title before a list of names is each one's.
      while (cue && cue.from <= name.last && (toks[i + 1]?.text === ',' || keys[i + 1] === 'and') && toks[i + 2]) {
        const next = nameAt(toks, i + 2, lowercase, titles, covered);
        if (!next || (next.words < 2 && next.initials === 0)) break;
        const more = { ...titledPerson(scan, i + 2, next, cue), role: actor.role, ruleId: TITLED_RULES.list.id };
        added.push(more);
        bySurname.set(surnameKey(more.text), more);
        i = next.last;
      }
    }
  }
  return { added, replaced };
}

/** A person the graph knows without an office on the day, given the role and state of the title before the name. */
function withTitle(a: Actor, cue: Cue, scan: Scan, i: number): Actor {
  const t = titledPerson(scan, i, { last: i, words: 1, initials: 0 }, cue);
  return { ...a, role: t.role, state: t.state, cameo: t.cameo, ruleId: `${a.ruleId}+${TITLED_RULES.title.id}` };
}

/** After the home country: a titled person with no state of their own is the home state's. */
export const titledPeopleStage: Stage = {
  name: 'titled-people',
  run(draft, ctx) {
    const { added, replaced } = titledPeople(draft, ctx);
    if (added.length === 0 && replaced.size === 0) return draft;
    const actors = replaced.size === 0 ? draft.actors : draft.actors.map((a) => replaced.get(a) ?? a);
    return { ...draft, actors: [...actors, ...added].sort((a, b) => a.start - b.start) };
  },
};
