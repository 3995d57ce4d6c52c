import { nameKey } from '../core/normalize.js';
import type { IsoDate } from '../core/time.js';
import type { Actor, Sentence, Token } from './analysis.js';
import { cameoOf } from './actors.js';
import { partyCode, partyPhrases } from './domestic.js';
import { tokenKey } from './gazetteer.js';
import { placeEndingAt } from './home-country.js';
import { isLowercaseText } from './mentions.js';
import { officeOf, personIndexFor, surnameKey } from './offices.js';
import { PhraseIndex } from './phrase-index.js';
import { DOMESTIC_BODIES, FORMER, HONORIFICS, NOT_NAMES, TITLE_MODIFIERS, TITLES } from './rules/domestic-rules.js';
import { ROLE_NOUNS } from './rules/role-nouns.js';
import { SpanCover } from './span-index.js';
import type { Draft, Stage, StageContext } from './stage.js';

interface Title {
  readonly id: string;
  /** CAMEO sector: GOV, COP, JUD, PTY, REL... */
  readonly agent: string;
}

export const TITLED_RULES = {
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
  for (let j = i; j < toks.length && j < i + 5; j++) {
    const t = toks[j]!;
    const key = tokenKey(t.text);
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
    if (titles.get(key) || partyPhrases().get(key) || placeEndingAt(toks, j)?.first === j) break;
    words++;
    last = j;
  }
  if (words === 0) return null;
  return { last, words, initials };
}

interface Cue {
  readonly title: Title;
  readonly first: number;
  /** The first token of the whole phrase: modifiers, place, party and "former" before the title. */
  readonly from: number;
  readonly former: boolean;
  readonly state: string | null;
  readonly partyAt: number | null;
}

/** The title before a name at `i`, through a parenthesis ("joint commissioner (crime) a b rao") or "of" + two words. */
function cueBefore(toks: readonly Token[], i: number, titles: PhraseIndex<Title>): Cue | null {
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
    if (hit || k - back < 0 || tokenKey(toks[k - back + 1]!.text) !== 'of' || toks.slice(k - back + 2, k + 1).some((t) => t.pos === 'DET')) continue;
    hit = titles.endingAt(toks, k - back);
  }
  if (!hit) return null;
  let j = hit.first - 1;
  let former = false;
  let state: string | null = null;
  let partyAt: number | null = null;
  for (; j >= 0; j--) {
    const key = tokenKey(toks[j]!.text);
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
    if (partyAt === null && partyPhrases().get(key)) {
      partyAt = j;
      continue;
    }
    break;
  }
  return { title: hit.value, first: hit.first, from: j + 1, former, state, partyAt };
}

/** "a b rao, a businessman,": a title after a name of two words or more, set off by a comma and an article. */
function appositionAfter(toks: readonly Token[], i: number, name: NameSpan, titles: PhraseIndex<Title>): Cue | null {
  const k = name.last;
  if (name.words + name.initials < 2 || toks[k + 1]?.text !== ',' || !['a', 'an', 'the'].includes(tokenKey(toks[k + 2]?.text ?? ''))) return null;
  let hit = titles.match(toks, k + 3);
  // "the head priest of the sect": the title's own words first.
  if (!hit && toks[k + 4]) hit = titles.match(toks, k + 4);
  if (!hit || i > k) return null;
  return { title: hit.value, first: k + 3, from: hit.last, former: false, state: null, partyAt: null };
}

/** "Atal Behari Vajpayee" after "prime minister": the graph's officeholder of the same state, by surname and first initial. */
function graphPerson(ctx: StageContext, name: string, state: string, on: IsoDate): { id: string; name: string; cameo: string } | null {
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
  return { id, name: e.name, cameo: `${cameoOf(ctx, state, on)}${office.former ? 'ELI' : 'GOV'}` };
}

function titledPeople(draft: Draft, ctx: StageContext): Actor[] {
  const on = draft.article.published;
  const home = draft.home?.country ?? null;
  const lowercase = isLowercaseText(draft.article.text);
  const titles = titlesOf(ctx);
  const covered = new SpanCover(draft.actors);
  const bySurname = new Map<string, Actor>();
  for (const a of draft.actors) if (a.type === 'person' && a.name.includes(' ')) bySurname.set(surnameKey(a.name), a);
  const added: Actor[] = [];
  const partyAt = (s: Sentence, k: number) => partyPhrases().get(tokenKey(s.tokens[k]!.text));
  for (const s of draft.sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (covered.covers(t.start)) continue;
      const key = tokenKey(t.text);
      const text = (a: number, b: number) => s.text.slice(toks[a]!.start - s.start, toks[b]!.end - s.start);
      const base = (last: number) => ({ text: text(i, last), start: t.start, end: toks[last]!.end, sentence: s.index });
      const earlier = bySurname.get(key);
      const honorific = i > 0 && HONORIFIC.has(tokenKey(toks[i - 1]!.text).replace(/\.$/, ''));
      if (earlier && (lowercase || /^\p{Lu}/u.test(t.text)) && !NOT_NAME_WORDS.has(key) && !(toks[i + 1] && nameAt(toks, i + 1, lowercase, titles, covered))) {
        added.push({ ...earlier, ...base(i), refersTo: earlier.start, confidence: earlier.confidence * 0.95, ruleId: TITLED_RULES.surname.id });
        continue;
      }
      const name = nameAt(toks, i, lowercase, titles, covered);
      if (!name) continue;
      const cue = cueBefore(toks, i, titles) ?? appositionAfter(toks, i, name, titles);
      const oneWord = cue && ONE_WORD_TITLES.has(tokenKey(toks[cue.first]!.text));
      const shaped = (name.initials > 0 && name.words > 0) || name.words >= 2 || (name.words === 1 && (honorific || oneWord));
      if (!shaped || (!cue && !honorific)) continue;
      const nameText = text(i, name.last);
      const state = cue?.state ?? home;
      const party = cue?.partyAt != null ? partyAt(s, cue.partyAt)?.party : undefined;
      // A president or leader of no party and no state named ("the front's president") is an officer of some body: no sector.
      const sector = cue ? (cue.former ? 'ELI' : cue.title.agent === 'PTY' && !party ? (cue.state ? 'GOV' : '') : cue.title.agent) : '';
      const graph = state && cue && name.words + name.initials >= 2 ? graphPerson(ctx, nameText, state, on) : null;
      const stateCode = state ? cameoOf(ctx, state, on) : '';
      const cameo = graph?.cameo ?? (party ? partyCode(party, on) : `${stateCode}${sector}`);
      const role = cue
        ? cue.from > name.last
          ? text(cue.first, cue.from)
          : text(cue.from, i - 1)
              .replace(/^['’]+s?\s*/, '')
              .replace(/[\s,(]+$/, '')
        : null;
      const actor: Actor = {
        ...base(name.last),
        id: graph?.id ?? `person:${nameKey(nameText).replace(/ /g, '-')}`,
        type: 'person',
        role: cue?.former && role && !/^(former|ex)/i.test(role) ? `former ${role}` : role,
        name: graph?.name ?? nameText,
        state,
        cameo,
        refersTo: null,
        confidence: graph ? 0.85 : cue ? 0.7 : 0.5,
        ruleId: graph ? TITLED_RULES.graph.id : cue ? TITLED_RULES.title.id : TITLED_RULES.honorific.id,
      };
      added.push(actor);
      bySurname.set(surnameKey(nameText), actor);
      i = name.last;
    }
  }
  return added;
}

/** After the home country: a titled person with no state of their own is the home state's. */
export const titledPeopleStage: Stage = {
  name: 'titled-people',
  run(draft, ctx) {
    const added = titledPeople(draft, ctx);
    if (added.length === 0) return draft;
    return { ...draft, actors: [...draft.actors, ...added].sort((a, b) => a.start - b.start) };
  },
};
