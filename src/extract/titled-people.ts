import { nameKey } from '../core/normalize.js';
import type { IsoDate } from '../core/time.js';
import type { Actor, Sentence, Token } from './analysis.js';
import { TITLE_SUFFIXES } from './rules/title-rules.js';
import { cameoOf, DICTIONARY_PERSON, UNDATED_OTHER_TITLE } from './actors.js';
import { partyCode, partyExists, partyPhrases } from './parties.js';
import { isLowercaseText } from './lowercase-text.js';
import { officeOf, personIndexFor, surnameKey, withinOneEdit } from './offices.js';
import { keysOf } from './phrase-index.js';
import { HONORIFIC, nameAt, NOT_NAME_WORDS, ONE_WORD_TITLES, stopToken } from './name-shape.js';
import { firstContaining, SpanCover } from './span-index.js';
import { appositionAfter } from './apposition-after.js';
import { AFFILIATION_IDS, affiliation } from './affiliation.js';
import { type Cue, cueBefore, FIELD_BEFORE, type NameSpan, type OrgLookup, titlesOf } from './title-cues.js';
import type { Draft, Stage, StageContext } from './stage.js';
import { readingDay } from './article-era.js';
import { BODY_NAME_RULES } from './rules/body-name-rules.js';
import { givenNameAt, SURNAME_RULES, SurnameMemory, suffixedSurname } from './surname-memory.js';

const TITLED_RULES = {
  title: {
    id: 'person.title-name',
    example: 'union home minister a b rao said; police commissioner c d rao',
    reason:
      'a title (the role nouns, the agents dictionary, rules/title-rules.ts) followed by a name shape (initials and a word, or two or more words that are no common word) is a person with that role',
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
  later: {
    id: 'person.title-name.later',
    example: 'a b bhure filed the petition ... bhure, the vhp leader, said',
    reason: 'a name first written without a title takes the title set after its surname later in the article',
  },
  list: {
    id: 'person.title-name.list',
    example: 'party mps a b rao, c d das and e f sen',
    reason: 'a title before a list of names is each one’s',
  },
  suffix: {
    id: 'person.surname-ji',
    example: 'union home minister l k advani ... advaniji said',
    reason: 'the Hindi honorific suffix -ji written onto a surname named before is that person',
  },
  relative: {
    id: 'person.title-in-relative',
    example: 'a b rao, who is also the vice-president of the seva samiti, said',
    reason: 'a title after "who is" (or "who was") is the holder named before it: the words after it are the body’s, no person',
  },
  bodyName: {
    id: 'person.name-of-body',
    example: 'classes were held at the professor a b rao commerce college',
    reason: 'a name followed by a body’s head noun (college, school, trust, hospital...) names the body after a person, not one who acts',
  },
  honorific: {
    id: 'person.honorific',
    example: 'mr rao said',
    reason: 'an honorific makes the next word a name',
  },
} as const;

/** "Atal Behari Vajpayee" after "prime minister": the graph's officeholder of the same state, by surname and first initial. */
function graphPerson(ctx: StageContext, name: string, state: string, on: IsoDate, undated: boolean): { id: string; name: string; cameo: string } | null {
  const words = nameKey(name).split(' ');
  const found = personIndexFor(ctx.graph)
    .bySurname(surnameKey(name))
    .flatMap((id) => {
      const office = officeOf(ctx.graph, id, on);
      const e = ctx.graph.entity(id);
      return office &&
        e &&
        office.state === state &&
        [e.name, ...e.aliases.filter((a) => a.kind === 'name').map((a) => a.text)].some((n) => givenNamesAgree(words, nameKey(n).split(' ')))
        ? [{ id, e, office }]
        : [];
    });
  if (found.length !== 1) return null;
  const { id, e, office } = found[0]!;
  // An undated article is read on the ingest day: a title with no "former" before it says the office is held then.
  return { id, name: e.name, cameo: `${cameoOf(ctx, state, on)}${office.former && !undated ? 'ELI' : 'GOV'}` };
}

/**
 * The given names written before a surname agree with the graph's, word by word: an initial with the word's first
 * letter ("a b vajpayee", Atal Bihari Vajpayee), a word with a word one letter apart ("atal behari"). "sharad sharma"
 * is not Shankar Dayal Sharma though both are "s. sharma": a first initial alone links a stranger to an officeholder.
 */
function givenNamesAgree(written: readonly string[], graph: readonly string[]): boolean {
  const given = written.slice(0, -1);
  const theirs = graph.slice(0, -1);
  if (given.length === 0 || given.length > theirs.length) return false;
  return given.every((w, j) => {
    const t = theirs[j]!;
    return w.length === 1 ? t[0] === w : withinOneEdit(w, t);
  });
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

/**
 * The person a titled name at tokens i..name.last stands for. `said` is the title's words when the cue was read in
 * another sentence than the name's (a title given at a later mention): its token positions are not this sentence's.
 */
function titledPerson(scan: Scan, i: number, name: NameSpan, cue: Cue | null, said?: string): Actor {
  const { ctx, on, s } = scan;
  const toks = s.tokens;
  const nameText = words(s, i, name.last);
  const state = cue?.state ?? cue?.org?.state ?? scan.home;
  const named = said === undefined && cue?.partyAt != null ? partyPhrases().getKey(keysOf(toks)[cue.partyAt]!)?.party : undefined;
  const party = [named ?? cue?.party].find((p) => p && partyExists(p, on));
  // A president or leader of no party and no state named ("the front's president") is an officer of some body: no sector.
  const sector = cue ? (cue.former ? 'ELI' : cue.title.agent === 'PTY' && !party ? (cue.state ? 'GOV' : '') : cue.title.agent) : '';
  const graph = state && cue && name.words + name.initials >= 2 ? graphPerson(ctx, nameText, state, on, scan.undated && !cue.former) : null;
  const stateCode = state ? cameoOf(ctx, state, on) : '';
  const role =
    said !== undefined
      ? said
      : cue
        ? cue.from > name.last
          ? words(s, cue.first, cue.from)
          : trimTail(words(s, cue.from, HONORIFIC.has(keysOf(toks)[i - 1]!) ? i - 2 : i - 1))
              .replace(/^['’]+s?\s*/, '')
              .replace(/(?<![\s'’])\s*['’]+s?$/, '') // "the party's" -> "the party"; the lookbehind keeps it linear
        : null;
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
    ruleId: graph ? TITLED_RULES.graph.id : cue ? (AFFILIATION_IDS.has(cue.title.id) ? cue.title.id : TITLED_RULES.title.id) : TITLED_RULES.honorific.id,
  };
}

function titledPeople(draft: Draft, ctx: StageContext): { added: Actor[]; replaced: Map<Actor, Actor> } {
  const on = readingDay(draft);
  const home = draft.home?.country ?? null;
  const lowercase = isLowercaseText(draft.article.text);
  const titles = titlesOf(ctx);
  const covered = new SpanCover(draft.actors);
  const added: Actor[] = [];
  const replaced = new Map<Actor, Actor>();
  // Surnames in the article's order: a bare "singh" is the singh named before it, never one named only later.
  const bySurname = new SurnameMemory(draft.actors, (a) => replaced.get(a) ?? a);
  // "gujarat chief minister narendra modi" where the graph knows the name but no office on the day: the title tells.
  const states = draft.actors.filter((a) => a.type === 'state' || a.type === 'government');
  const named = draft.actors.filter((a) => a.type === 'organization' || a.ruleId.startsWith('org.'));
  const namedAt = firstContaining(named);
  const stateAt = firstContaining(states);
  const orgAt: OrgLookup = {
    at: (t) => namedAt(t.start, t.end),
    before: (offset, partyOnly, head) =>
      named.findLast((a) => a.end <= offset && (!partyOnly || a.role === 'political party') && (head === undefined || nameKey(a.text).endsWith(head))),
    state: (t) => stateAt(t.start, t.end),
  };
  const untitled = new Map<string, { s: Sentence; i: number; name: NameSpan }>();
  const knownSurname = (key: string) => personIndexFor(ctx.graph).bySurname(key).length > 0 || dictionarySurnames(ctx).has(key);
  const scanOf = (s: Sentence) => ({ ctx, on, home, undated: draft.article.dateEstimated, s });
  // "chief minister a b modi, opposition leader c d rao, ...": an apposition the people stage read after the name
  // ("+person.apposition-after") leaves the person without an office still, and the title before it still tells.
  const noOffice = new Map(
    draft.actors
      .filter((a) => a.ruleId.startsWith('actor.person.no-office') || a.ruleId === UNDATED_OTHER_TITLE || a.ruleId === DICTIONARY_PERSON)
      .map((a) => [a.start, a]),
  );
  for (const s of draft.sentences) {
    const toks = s.tokens;
    const keys = keysOf(toks);
    const memo = new Uint8Array(toks.length);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const key = keys[i]!;
      bySurname.advance(t.start);
      const found = noOffice.get(t.start);
      if (found) {
        const cue = cueBefore(toks, i, titles, orgAt);
        if (cue) {
          const titled = withTitle(found, cue, scanOf(s), i);
          replaced.set(found, titled);
          // "chief minister a b modi ... modi said": the surname's later mentions are the titled person's.
          if (found.name.includes(' ')) bySurname.set(surnameKey(found.name), titled);
        }
      }
      if (key === '' || covered.covers(t.start)) continue;
      const suffixed = suffixedSurname(bySurname, key);
      const given = suffixed || bySurname.has(key) ? undefined : givenNameAt(bySurname, toks, i, key);
      const misspelled = suffixed || given || bySurname.get(key) ? undefined : bySurname.misspelled(key);
      const earlier = bySurname.get(key) ?? suffixed ?? given ?? misspelled;
      const honorific = i > 0 && HONORIFIC.has(keys[i - 1]!);
      // "a b bhure filed a petition ... bhure, the vhp leader, said": a title after the surname is the first mention's too.
      const first = earlier ? undefined : untitled.get(key);
      const late = first ? appositionAfter(toks, i, { last: i, words: 1, initials: 0 }, titles, orgAt, 1) : null;
      if (first && late) {
        const role = words(s, late.first, late.from);
        const actor = { ...titledPerson(scanOf(first.s), first.i, first.name, late, role), ruleId: TITLED_RULES.later.id };
        added.push(actor, {
          ...actor,
          text: words(s, i, i),
          start: t.start,
          end: t.end,
          sentence: s.index,
          refersTo: actor.start,
          ruleId: TITLED_RULES.surname.id,
        });
        bySurname.set(key, actor);
        untitled.delete(key);
        continue;
      }
      if (
        earlier &&
        (lowercase || /^\p{Lu}/u.test(t.text)) &&
        !NOT_NAME_WORDS.has(key) &&
        !(toks[i + 1] && nameAt(toks, i + 1, lowercase, titles, covered, memo))
      ) {
        const text = words(s, i, i);
        added.push({
          ...earlier,
          text,
          start: t.start,
          end: t.end,
          sentence: s.index,
          refersTo: earlier.start,
          confidence: earlier.confidence * 0.95,
          ruleId: given
            ? SURNAME_RULES.givenName.id
            : misspelled
              ? SURNAME_RULES.misspelled.id
              : suffixed && !bySurname.has(key)
                ? TITLED_RULES.suffix.id
                : TITLED_RULES.surname.id,
        });
        continue;
      }
      // Most tokens start no name: a function word longer than an initial is passed at once.
      if (stopToken(t) && t.text.length > 1) continue;
      const name = nameAt(toks, i, lowercase, titles, covered, memo);
      if (!name) continue;
      // The shape first (cheap), the title after: most nouns of lower-cased text start no name.
      const oneWord = i > 0 && ONE_WORD_TITLES.has(keys[i - 1]!);
      const suffix = SUFFIX_TITLES.has(keys[name.last + 1] ?? '') ? suffixCue(toks, name.last + 1, titles) : null;
      const shaped = (name.initials > 0 && name.words > 0) || name.words >= 2 || (name.words === 1 && (honorific || oneWord || suffix !== null));
      // A run of name words that is no name here is none from a later word either (no title stands inside it).
      if (!shaped) {
        i = name.last;
        continue;
      }
      const cue =
        cueBefore(toks, i, titles, orgAt) ?? suffix ?? appositionAfter(toks, i, name, titles, orgAt) ?? affiliation(toks, i, name, orgAt, knownSurname);
      // Rules person.title-in-relative and person.name-of-body: no person is named here.
      // (After "of" the name may run on from the field: "shankaracharya of x peetham a b" names a b, read below.)
      if ((cue && cue.from <= i && inRelative(keys, cue.from)) || (!FIELD_BEFORE.has(keys[i - 1]!) && namesBody(keys, i, name.last))) {
        i = name.last;
        continue;
      }
      // "director of fisheries sunil batra": after "of" or "for" the field runs into the name, which is the last two words.
      const field = FIELD_BEFORE.has(keys[i - 1]!) && name.initials === 0 && name.words >= 3 && !HONORIFIC.has(keys[name.last + 1] ?? '');
      // "an adamant krishamurthy said": an adjective before a surname starts no name; the surname is read on its own.
      if (!cue && !honorific && toks[i]!.pos === 'ADJ' && name.initials === 0 && name.words >= 2) continue;
      if ((!cue && !honorific) || field) {
        if (!field && name.words + name.initials >= 2) {
          const full = words(s, i, name.last);
          untitled.set(surnameKey(full), { s, i, name });
          bySurname.shadow(surnameKey(full), full);
        }
        i = field ? name.last - 2 : name.last;
        continue;
      }
      // "their leaders favour indirect relief": after a plural title, words with no initials name people only as a list.
      const plural = cue !== null && cue.from <= name.last && pluralTitle(keys[honorific ? i - 2 : i - 1] ?? '');
      // (The plural word must be the title's own: "director of fisheries sunil batra" is one man.)
      const pluralTitleWord = plural && titles.endingAt(toks, honorific ? i - 2 : i - 1) !== null;
      if (pluralTitleWord && name.initials === 0 && toks[name.last + 1]?.text !== ',' && keys[name.last + 1] !== 'and') {
        i = name.last;
        continue;
      }
      const scan = scanOf(s);
      const actor = titledPerson(scan, i, name, cue);
      added.push(actor);
      bySurname.set(surnameKey(actor.text), actor);
      // "party mps a b rao, c d das and e f sen": one plural title before a list of names is each one's; a singular one
      // ("defence minister a b rao, c d das and ...") is the first name's alone.
      i = name.last;
      while (plural && (toks[i + 1]?.text === ',' || keys[i + 1] === 'and') && toks[i + 2]) {
        const next = nameAt(toks, i + 2, lowercase, titles, covered, memo);
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

const surnameCache = new WeakMap<object, ReadonlySet<string>>();
const NO_PEOPLE: readonly { readonly name: string }[] = [];

/** The last words of the dictionaries' people's names ("george fernandes": fernandes), made once per list. */
function dictionarySurnames(ctx: StageContext): ReadonlySet<string> {
  const list = ctx.coder.people ?? NO_PEOPLE;
  let set = surnameCache.get(list);
  if (!set) surnameCache.set(list, (set = new Set(list.map((p) => surnameKey(p.name)))));
  return set;
}

const SUFFIX_TITLES: ReadonlySet<string> = new Set(TITLE_SUFFIXES.words);

/** Rule person.title-suffix: "a b swamiji", the title after the name at token `at`. */
function suffixCue(toks: readonly Token[], at: number, titles: ReturnType<typeof titlesOf>): Cue | null {
  const hit = titles.match(toks, at);
  return hit ? { title: hit.value, first: at, from: hit.last, former: false, state: null, partyAt: null, org: null } : null;
}

const RELATIVE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'also', 'now', 'still']);
const RELATIVE_VERBS: ReadonlySet<string> = new Set(['is', 'was']);

/** "who is also the [title]": the title phrase starting at `from` stands in a relative clause (rule person.title-in-relative). */
function inRelative(keys: readonly string[], from: number): boolean {
  let j = from - 1;
  while (j >= 0 && RELATIVE_FILLERS.has(keys[j]!)) j--;
  return j > 0 && RELATIVE_VERBS.has(keys[j]!) && keys[j - 1] === 'who';
}

/** Head nouns of bodies and places named after a person (rule person.name-of-body). */
const BODY_AFTER_NAME: ReadonlySet<string> = new Set([
  ...BODY_NAME_RULES.flatMap((r) => r.heads.filter((h) => !h.includes(' '))),
  ...'college school university hospital academy stadium marg nagar memorial award'.split(' '),
  // A Hindu monastery ("the x math", "udupi's y mutt") and its seat ("peetham"): a body, its head named apart.
  ...'math mutt peetham peeth'.split(' '),
]);

/** A body's head noun inside the name or right after it: "m c rao commerce college" (rule person.name-of-body). */
function namesBody(keys: readonly string[], i: number, last: number): boolean {
  for (let j = i + 1; j <= last + 1; j++) if (BODY_AFTER_NAME.has(keys[j] ?? '')) return true;
  return false;
}

/** "mps", "leaders", "ministers": a title word in the plural (not "boss", "bishopess"). */
function pluralTitle(word: string): boolean {
  return word.length > 2 && word.endsWith('s') && !word.endsWith('ss');
}

/**
 * A person the graph or the dictionaries know without an office on the day, given the role and state of the title
 * before the name. No state in the title: the graph's person is the home country's, else of the state they will hold
 * office in; the dictionaries' person is of the state their codes name ("us president george bush" in an Indian
 * article, where "us" in lower case names no state).
 */
function withTitle(a: Actor, cue: Cue, scan: Scan, i: number): Actor {
  const home = a.ruleId === DICTIONARY_PERSON ? (a.state ?? scan.home) : (scan.home ?? a.state);
  const t = titledPerson({ ...scan, home }, i, { last: i, words: 1, initials: 0 }, cue);
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
