import type { Actor, ActorType, Mention, Sentence, Token } from './analysis.js';
import { isLowercaseText } from './lowercase-text.js';
import type { NamedGroup } from './event-coder.js';
import { GROUP_ID, PERSON_ID } from './gazetteer.js';
import { describeOffice, officeOf, personIndexFor, surnameKey } from './offices.js';
import type { Stage, StageContext } from './stage.js';
import { type Cue, officeNamed, titleBefore } from './title-cues.js';
import type { IsoDate } from '../core/time.js';
import { readingDay } from './article-era.js';
import { commonWordShape, PERSON_INSIDE_NAME, STATE_INSIDE_NAME } from './rules/name-rules.js';
import { HONORIFIC, NOT_NAME_WORDS } from './name-shape.js';
import { titlesOf } from './title-cues.js';
import { partyPhrases } from './parties.js';
import { placeEndingAt } from './home-country.js';

const TYPE_OF_KIND: Record<string, ActorType> = {
  state: 'state',
  organization: 'organization',
  alliance: 'alliance',
  agreement: 'agreement',
  person: 'person',
  base: 'organization',
};

/** The CAMEO code of a graph entity: the dictionaries' code, else its own `cameo` attribute, else its id. */
export function cameoOf(ctx: StageContext, id: string, on: IsoDate): string {
  const e = ctx.graph.entity(id);
  if (!e) return id;
  const fromDictionary = ctx.actorCode?.(e, on);
  if (fromDictionary) return fromDictionary;
  const code = e.attrs.cameo;
  return typeof code === 'string' && code !== '' ? code : id;
}

/**
 * A person the graph knows with no office on the day (rule actor.person.no-office): one whose offices all come
 * later is of the state they will hold office in ("a b modi" in 2002, prime minister from 2014), by country only,
 * as nothing says their sector then; one with no office ever is unknown.
 */
function beforeOffice(base: Omit<Actor, 'type' | 'role' | 'state' | 'cameo' | 'confidence' | 'ruleId'>, ctx: StageContext, on: IsoDate): Actor {
  const later = ctx.graph.facts({ predicate: 'holds_office', subject: base.id }).filter((f) => f.valid.from > on);
  const states = new Set(later.map((f) => f.object));
  const state = states.size === 1 ? later[0]!.object : null;
  const first = later.reduce<(typeof later)[number] | undefined>((a, f) => (a && a.valid.from <= f.valid.from ? a : f), undefined);
  const role =
    state && first ? `not yet in office (${String(first.qualifiers.office ?? 'effective_leader').replace(/_/g, ' ')} from ${first.valid.from})` : null;
  return { ...base, type: 'person', role, state, cameo: state ? cameoOf(ctx, state, on) : 'UNK', confidence: 0.6, ruleId: 'actor.person.no-office' };
}

/**
 * A one-word name after a title of office is the person of that surname in office on the day, when exactly one is
 * and the gazetteer's pick is not (rule actor.person.same-name-in-office: "president bush" in 2003 is George W.
 * Bush, not his father; "prime minister singh" in 2005 is Manmohan Singh). Without the title a surname says too
 * little to choose.
 */
function inOfficeOfSameName(a: Actor, ctx: StageContext, s: Sentence | undefined, title: Cue | null, states: ReadonlySet<string>, on: IsoDate): Actor {
  if (!s || a.type !== 'person' || a.text.includes(' ') || !title?.title.office || title.former || a.ruleId === 'actor.person.office-on-date') return a;
  // The title's office ("president": head of state) and then the states the article names narrow the holders down.
  const kind = officeNamed(s.text.slice(s.tokens[title.first]!.start - s.start, a.start - s.start));
  let inOffice = personIndexFor(ctx.graph)
    .bySurname(surnameKey(a.text))
    .flatMap((id) => {
      const office = officeOf(ctx.graph, id, on);
      return id !== a.id && office?.former === false && (!kind || office.office === kind) ? [{ id, office }] : [];
    });
  if (inOffice.length > 1) inOffice = inOffice.filter((h) => states.has(h.office.state));
  if (inOffice.length !== 1) return a;
  const { id, office } = inOffice[0]!;
  const e = ctx.graph.entity(id)!;
  return {
    ...a,
    id: e.id,
    name: e.name,
    role: describeOffice(office),
    state: office.state,
    cameo: `${cameoOf(ctx, office.state, on)}GOV`,
    confidence: 0.85,
    ruleId: 'actor.person.same-name-in-office',
  };
}

/** One gazetteer mention resolved on the article's day; persons get their office and state from holds_office. */
function resolveMention(m: Mention, ctx: StageContext, on: IsoDate): Actor | null {
  if (m.entityId.startsWith(GROUP_ID)) return groupActor(m, ctx, on);
  if (m.entityId.startsWith(PERSON_ID)) return dictionaryPerson(m, ctx, on);
  const graph = ctx.graph;
  const e = graph.entity(m.entityId);
  if (!e) return null;
  const base = { text: m.text, start: m.start, end: m.end, sentence: m.sentence, id: e.id, name: e.name, refersTo: null };
  if (e.kind === 'state' && m.aliasKind === 'capital') {
    // Metonymy: "loyalty to Moscow" means the Russian government, not the city.
    return {
      ...base,
      type: 'government',
      role: 'government (capital named for it)',
      state: e.id,
      cameo: `${cameoOf(ctx, e.id, on)}GOV`,
      confidence: 0.85,
      ruleId: 'actor.capital-as-government',
    };
  }
  if (e.kind === 'person') {
    const office = officeOf(graph, e.id, on);
    if (!office) return beforeOffice(base, ctx, on);
    const agent = office.former ? 'ELI' : 'GOV';
    return {
      ...base,
      type: 'person',
      role: describeOffice(office),
      state: office.state,
      cameo: `${cameoOf(ctx, office.state, on)}${agent}`,
      confidence: office.former ? 0.8 : 0.95,
      ruleId: office.former ? 'actor.person.former-office' : 'actor.person.office-on-date',
    };
  }
  const type = TYPE_OF_KIND[e.kind] ?? 'organization';
  return {
    ...base,
    type,
    role: m.aliasKind === 'demonym' ? 'people or state (demonym)' : null,
    state: type === 'state' ? e.id : null,
    cameo: cameoOf(ctx, e.id, on),
    confidence: m.aliasKind === 'name' || m.aliasKind === 'acronym' ? 0.95 : 0.85,
    ruleId: `actor.${e.kind}.${m.aliasKind}`,
  };
}

/**
 * A capital after "in", "at", "near"... is where something happened, not who did it: "met Erdoğan in Ankara" names
 * no Turkish government beside Erdoğan, only a place. "Loyalty to Moscow" and "Moscow said" stay the government.
 */
const VENUE_BEFORE = /\b(?:in|at|near|outside|inside|around)\s+(?:the\s+)?$/i;

/** "NEW DELHI: ..." or "Moscow, 3 March -" opening a line: the place a story was filed from. */
function isDateline(text: string, m: Mention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
  return text.slice(lineStart, m.start).trim() === '' && /^\s*(?::|\(|,\s*\d|,\s*\p{L}+\s+\d)/u.test(text.slice(m.end, m.end + 30));
}

/** The capital as a place: named, located in its state, no actor code (the coder takes no source or target from it). */
function venueOf(m: Mention, ctx: StageContext): Actor | null {
  const e = ctx.graph.entity(m.entityId);
  if (!e) return null;
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    id: e.id,
    name: m.text,
    refersTo: null,
    type: 'place',
    role: `venue (capital of ${e.name})`,
    state: null,
    cameo: '',
    confidence: 0.8,
    ruleId: 'actor.capital-as-venue',
  };
}

/** The states an article names (by name, acronym, demonym or capital): what a person's office must agree with. */
function statesNamed(mentions: readonly Mention[], ctx: StageContext): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (ctx.graph.entity(m.entityId)?.kind === 'state') out.add(m.entityId);
  return out;
}

const byIdCache = new WeakMap<readonly NamedGroup[], Map<string, NamedGroup>>();

/** The dictionaries' groups or people by id, made once per list. */
function namedById(list: readonly NamedGroup[]): Map<string, NamedGroup> {
  let byId = byIdCache.get(list);
  if (!byId) byIdCache.set(list, (byId = new Map(list.map((g) => [g.id, g]))));
  return byId;
}

/** A group of the dictionaries ("Hezbollah": LBNREB): its code on the day, the state its code names, if any. */
function groupActor(m: Mention, ctx: StageContext, on: IsoDate): Actor | null {
  const g = namedById(ctx.coder.groups ?? []).get(m.entityId);
  const code = g?.codes.find((c) => (!c.from || c.from <= on) && (!c.to || on <= c.to))?.code;
  if (!g || !code) return null;
  const country = code.slice(0, 3);
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    id: g.id,
    name: g.name,
    refersTo: null,
    type: 'organization',
    role: 'armed group or party',
    state: ctx.graph.entity(country)?.kind === 'state' ? country : null,
    cameo: code,
    confidence: 0.85,
    ruleId: 'actor.group.dictionary',
  };
}

/**
 * A person the dictionaries name with dated codes (rule actor.person.dictionary): the code of the day; out of every
 * dated code's term the undated one, else the state of the codes by country only ("george fernandes" in 2002, coded
 * INDGOVMIL for 2003-2004, is IND). A title before the name gives the role and sector (titled-people.ts).
 */
function dictionaryPerson(m: Mention, ctx: StageContext, on: IsoDate): Actor | null {
  const p = namedById(ctx.coder.people ?? []).get(m.entityId);
  if (!p) return null;
  const dated = p.codes.find((c) => (c.from !== undefined || c.to !== undefined) && (!c.from || c.from <= on) && (!c.to || on <= c.to));
  const code = dated?.code ?? p.codes.find((c) => c.from === undefined && c.to === undefined)?.code ?? p.codes[0]!.code.slice(0, 3);
  const state = code.slice(0, 3);
  return {
    text: m.text,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    id: p.id,
    name: p.name,
    refersTo: null,
    type: 'person',
    role: null,
    state: ctx.graph.entity(state)?.kind === 'state' ? state : null,
    cameo: code,
    confidence: dated ? 0.75 : 0.6,
    ruleId: DICTIONARY_PERSON,
  };
}

export const DICTIONARY_PERSON = 'actor.person.dictionary';

/**
 * A person named by one word ("Major", "English", "Mustafa") is taken only with agreeing context: named in full
 * before, a title of office right before the name, or the state of the office named in the article. Otherwise a
 * word that is also some officeholder's surname (a language, a first name) would make that leader an actor.
 */
const SOLE_NAME_RULES: ReadonlySet<string> = new Set([
  'actor.person.office-on-date',
  'actor.person.same-name-in-office',
  'actor.person.former-office',
  'actor.person.undated-title',
]);

function soleNameOk(a: Actor, before: ReadonlySet<string>, states: ReadonlySet<string>, title: Cue | null): boolean {
  if (before.has(a.id)) return true;
  if (!SOLE_NAME_RULES.has(a.ruleId)) return false;
  return (a.state !== null && states.has(a.state)) || title?.title.office === true;
}

/**
 * "gujarat chief minister a b modi" in an article with no date, where the graph has Modi prime minister on the ingest
 * day: a title of another office than the graph's, with no "former", says who the person is in the article. The office
 * of the ingest day is dropped (the person keeps the state, by country only) and the titled people give the title's
 * role and sector, as to a person the graph knows with no office on the day.
 */
export const UNDATED_OTHER_TITLE = 'actor.person.undated-other-title';

/**
 * An article with no date is read on the ingest day, which makes every officeholder of its time a former one. A
 * title of office right before the name ("prime minister atal bihari vajpayee", not "former prime minister ...",
 * read by the titled people's one reading of a title, title-cues.ts) says the office is held in the article: the
 * person is coded as its holder, not as a former one.
 */
function undatedTitled(a: Actor, ctx: StageContext, title: Cue | null, on: IsoDate): Actor {
  if (title && !title.former && !title.title.office && (a.ruleId === 'actor.person.former-office' || a.ruleId === 'actor.person.office-on-date'))
    return { ...a, role: null, cameo: a.state ? cameoOf(ctx, a.state, on) : 'UNK', confidence: 0.6, ruleId: UNDATED_OTHER_TITLE };
  if (a.ruleId !== 'actor.person.former-office' || !title?.title.office || title.former) return a;
  const office = officeOf(ctx.graph, a.id, on);
  if (!office) return a;
  return {
    ...a,
    role: describeOffice({ ...office, former: false }),
    cameo: `${cameoOf(ctx, office.state, on)}GOV`,
    confidence: 0.75,
    ruleId: 'actor.person.undated-title',
  };
}

/**
 * "mohammed ali jinnah": a person's name the gazetteer matched ("Mohammed Ali", another man) followed right away by a
 * word that is an officeholder's surname is the start of a longer name, not that person (no link rather than a wrong one).
 */
function nameGoesOn(ctx: StageContext, s: Sentence | undefined, m: Mention): boolean {
  const next = s?.tokens.find((t) => t.start >= m.end);
  if (!next || next.start > m.end + 1 || !/^\p{L}{3,}$/u.test(next.text)) return false;
  return personIndexFor(ctx.graph).bySurname(surnameKey(next.text)).length > 0;
}

/**
 * "sub-inspector ajit singh rana", "ram ajit singh": a dictionary's name with a proper noun right before it or a noun
 * right after it is part of a longer name, another person's (no link rather than a wrong one).
 */
const INSIDE_HEADS: ReadonlySet<string> = new Set(STATE_INSIDE_NAME.heads);
const NAME_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** "the india habitat centre", "indian airlines": a state's name or demonym with a venue's head one or two words after it. */
function insideName(s: Sentence | undefined, m: Mention): boolean {
  const toks = s?.tokens ?? [];
  let j = toks.findIndex((t) => t.start >= m.end);
  for (const end = j + 2; j >= 0 && j <= end && j < toks.length; j++) {
    const t = toks[j]!;
    if (INSIDE_HEADS.has(t.text.toLowerCase())) return true;
    if (!NAME_POS.has(t.pos) || !/^\p{L}+$/u.test(t.text)) return false;
  }
  return false;
}

/** Rule actor.person.inside-longer-name: a name word right before or after a leader's name of two words or more. */
const GRAPH_PERSON_RULES: ReadonlySet<string> = new Set(['actor.person.office-on-date', 'actor.person.former-office', 'actor.person.no-office']);
const NAME_WORD_POS: ReadonlySet<string> = new Set(PERSON_INSIDE_NAME.pos);
const NOT_AFTER: ReadonlySet<string> = new Set(PERSON_INSIDE_NAME.notAfter);

function nameWord(ctx: StageContext, toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (!t || !NAME_WORD_POS.has(t.pos) || !/^\p{L}{3,}$/u.test(t.text)) return false;
  const key = t.text.toLowerCase();
  if (NOT_NAME_WORDS.has(key) || HONORIFIC.has(key) || NOT_AFTER.has(key) || commonWordShape(key)) return false;
  if (titlesOf(ctx).getKey(key) || partyPhrases().getKey(key)) return false;
  return placeEndingAt(toks, j) === null;
}

/**
 * "police said asif reza khan was killed", "maulana abdul hamid naumani said": in lower-cased text a graph person's name of
 * two words or more with another name word right before or after it is part of a longer name, another person's (rule
 * actor.person.inside-longer-name; no link rather than a leader of another state and era).
 */
function insideLongerName(ctx: StageContext, s: Sentence | undefined, a: Actor, lowercase: boolean): boolean {
  // Lower-cased text only: with capitals a form of address before the name ("Sheikh", "Ayatollah") is capitalized too.
  if (!lowercase || !s || a.type !== 'person' || !GRAPH_PERSON_RULES.has(a.ruleId) || !a.text.includes(' ')) return false;
  const toks = s.tokens;
  const i = toks.findIndex((t) => t.start === a.start);
  if (i < 0) return false;
  let j = i;
  while (j < toks.length && toks[j]!.end < a.end) j++;
  return nameWord(ctx, toks, i - 1) || nameWord(ctx, toks, j + 1);
}

const ARTICLE_INITIALS: ReadonlySet<string> = new Set(['a', 'i', 'A', 'I']);

function nameBounded(s: Sentence | undefined, m: Mention): boolean {
  const toks = s?.tokens ?? [];
  const i = toks.findIndex((t) => t.start === m.start);
  if (i < 0) return false;
  let j = i;
  while (j < toks.length && toks[j]!.end < m.end) j++;
  const before = toks[i - 1];
  const after = toks[j + 1];
  // "an ips, a raja and a bjp mp": an initial that is also an article or a pronoun, written without its dot, is the word.
  if (ARTICLE_INITIALS.has(toks[i]!.text)) return false;
  return (
    !(before?.pos === 'PROPN' && /^\p{L}{2,}$/u.test(before.text)) &&
    !(after && (after.pos === 'PROPN' || after.pos === 'NOUN') && /^\p{L}{2,}$/u.test(after.text))
  );
}

export const actorsStage: Stage = {
  name: 'actors',
  run(draft, ctx) {
    const actors: Actor[] = [];
    const ids = new Set<string>();
    const states = statesNamed(draft.mentions, ctx);
    const lowercase = isLowercaseText(draft.article.text);
    for (const m of draft.mentions) {
      const venue =
        m.aliasKind === 'capital' && (VENUE_BEFORE.test(draft.article.text.slice(Math.max(0, m.start - 12), m.start)) || isDateline(draft.article.text, m));
      const found = venue ? venueOf(m, ctx) : resolveMention(m, ctx, readingDay(draft));
      const title = found?.type === 'person' ? titleBefore(ctx, draft.sentences[m.sentence], m.start) : null;
      const named = found ? inOfficeOfSameName(found, ctx, draft.sentences[m.sentence], title, states, readingDay(draft)) : null;
      const a = named && draft.article.dateEstimated ? undatedTitled(named, ctx, title, readingDay(draft)) : named;
      if (a?.type === 'person' && nameGoesOn(ctx, draft.sentences[m.sentence], m)) continue;
      if (a?.ruleId === DICTIONARY_PERSON && !nameBounded(draft.sentences[m.sentence], m)) continue;
      if (a && insideLongerName(ctx, draft.sentences[m.sentence], a, lowercase)) continue;
      if (a?.type === 'state' && insideName(draft.sentences[m.sentence], m)) continue;
      if (a && (a.type !== 'person' || a.text.includes(' ') || soleNameOk(a, ids, states, title))) {
        actors.push(a);
        ids.add(a.id);
      }
    }
    return { ...draft, actors };
  },
};
