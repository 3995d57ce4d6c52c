import { nameKey } from '../core/normalize.js';
import type { Actor, Sentence, Token } from './analysis.js';
import { cameoOf } from './actors.js';
import { describeOffice, officeOf, officeSpan, personIndexFor, surnameKey, type OfficeOnDay } from './offices.js';
import { PROSECUTION, ROLE_NOUNS, type RoleNoun } from './rules/role-nouns.js';
import type { Draft, Stage, StageContext } from './stage.js';
import type { IsoDate } from '../core/time.js';
import { bySentence, SpanCover } from './span-index.js';
import { readingDay } from './article-era.js';

interface RoleCue {
  readonly noun: RoleNoun;
  readonly former: boolean;
  /** The state a demonym in the cue names ("Ruritanian counterpart"). */
  readonly state: string | null;
  readonly text: string;
}

const ROLE_PHRASES = ROLE_NOUNS.flatMap((noun) => noun.words.map((w) => ({ noun, words: w.split(/[\s]+/) }))).sort((a, b) => b.words.length - a.words.length);

/** One-word role nouns ("President") are cues, never part of a name. */
const ROLE_WORDS = new Set(ROLE_PHRASES.filter((r) => r.words.length === 1).map((r) => r.words[0]!));

function isName(t: Token): boolean {
  return t.pos === 'PROPN' && /^\p{Lu}[\p{L}'’-]*$/u.test(t.text) && !ROLE_WORDS.has(t.text.toLowerCase());
}

/** The first state actor starting at each offset: what a demonym before a role noun names. */
type StateAt = (start: number) => Actor | undefined;

function statesByStart(actors: readonly Actor[]): StateAt {
  const first = new Map<number, Actor>();
  for (const a of actors) if ((a.type === 'state' || a.type === 'government') && !first.has(a.start)) first.set(a.start, a);
  return (start) => first.get(start);
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

/**
 * The role phrase ending right before token `i`: "[former] [demonym | state's] role noun", or the same set off by a
 * comma after a determiner or a state ("the US secretary of state, Rex Tillerson"; "Russia's foreign minister, ...").
 */
function cueBefore(tokens: readonly Token[], i: number, stateAt: StateAt): RoleCue | null {
  const direct = cueEndingAt(tokens, i, stateAt);
  if (direct || i < 2 || tokens[i - 1]!.text !== ',') return direct;
  const set = cueEndingAt(tokens, i - 1, stateAt);
  if (!set) return null;
  const first = i - 1 - set.words;
  const before = tokens[first - 1]?.text.toLowerCase();
  return set.state !== null || before === 'the' || before === 'its' || before === 'his' || before === 'her' ? set : null;
}

function cueEndingAt(tokens: readonly Token[], i: number, stateAt: StateAt): (RoleCue & { words: number }) | null {
  for (const r of ROLE_PHRASES) {
    const n = r.words.length;
    if (i - n < 0) continue;
    const words = tokens.slice(i - n, i).map((t) => t.text.toLowerCase());
    if (words.join(' ') !== r.words.join(' ')) continue;
    let k = i - n - 1;
    let state: string | null = null;
    // "Russia's foreign minister": the state before a possessive.
    const owner = k >= 1 && POSSESSIVE.has(tokens[k]!.text) ? stateAt(tokens[k - 1]!.start) : undefined;
    const demonym = owner ?? (k >= 0 ? stateAt(tokens[k]!.start) : undefined);
    if (demonym) {
      state = demonym.state ?? demonym.id;
      k -= owner ? 2 : 1;
    }
    const former = k >= 0 && /^(former|ex-?)$/i.test(tokens[k]!.text);
    const roleWords = tokens
      .slice(i - n, i)
      .map((t) => t.text)
      .join(' ');
    return { noun: r.noun, former, state, text: former ? `${tokens[k]!.text} ${roleWords}` : roleWords, words: former ? i - k : i - k - 1 };
  }
  return null;
}

/** ", editor of a weekly," after a name: the role noun and its complement, up to the next comma. */
function appositionAfter(s: Sentence, afterEnd: number): { noun: RoleNoun; text: string } | null {
  const rest = s.text.slice(afterEnd - s.start);
  // The phrase starts at a letter: spaces go to one quantifier only, so a run of them is not tried every way.
  const m = /^\s*,\s*(?:(?:the|a|an)\s+)?([^,;"“”\s][^,;"“”]{2,79}?)\s*(?:,|$)/.exec(rest);
  if (!m) return null;
  const phrase = m[1]!;
  const lower = phrase.toLowerCase();
  const hit = ROLE_PHRASES.find((r) => lower === r.words.join(' ') || lower.startsWith(`${r.words.join(' ')} `));
  return hit ? { noun: hit.noun, text: phrase } : null;
}

function slug(name: string): string {
  return nameKey(name).replace(/ /g, '-');
}

/**
 * The state an unknown person most likely acts for: the last state named before in the sentence, else the
 * article's most named state. `inSentence` are the sentence's actors in the article's order; `counts` how often
 * each state is named so far (kept as actors are added, rather than counted again for every person).
 */
function contextState(inSentence: readonly Actor[], before: number, counts: ReadonlyMap<string, number>): string | null {
  for (let k = inSentence.length - 1; k >= 0; k--) {
    const a = inSentence[k]!;
    if (a.end <= before && a.state) return a.state;
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The last person before `at` (in the actors' order) whose surname key is `key`, from an index built once. */
function personsBySurname(actors: readonly Actor[]): (key: string, at: number) => Actor | undefined {
  const byKey = new Map<string, Actor[]>();
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const key = surnameKey(a.name);
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  }
  // In the pipeline the actors come in text order: then the last one before `at` is found by halving.
  const sorted = actors.every((a, k) => k === 0 || actors[k - 1]!.start <= a.start);
  return (key, at) => {
    const list = byKey.get(key) ?? [];
    if (!sorted) return list.findLast((a) => a.start < at);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.start < at) lo = mid + 1;
      else hi = mid;
    }
    return list[lo - 1];
  };
}

function personActor(
  base: Omit<Actor, 'type' | 'role' | 'state' | 'cameo' | 'id' | 'name' | 'confidence' | 'ruleId' | 'refersTo'>,
  ctx: StageContext,
  on: IsoDate,
  id: string,
  office: OfficeOnDay,
  ruleId: string,
  confidence: number,
): Actor {
  return {
    ...base,
    id,
    name: ctx.graph.entity(id)?.name ?? base.text,
    type: 'person',
    role: describeOffice(office),
    state: office.state,
    cameo: `${cameoOf(ctx, office.state, on)}${office.former ? 'ELI' : 'GOV'}`,
    refersTo: null,
    confidence,
    ruleId,
  };
}

/**
 * Person names the gazetteer does not know as written: a surname standing for a person named before, an
 * office holder on the day named by surname, a former office holder spelled differently, or someone no
 * dictionary knows but a role noun introduces ("military expert Ann Poe"). Adds roles from appositions.
 */
function findPeople(draft: Draft, ctx: StageContext): Actor[] {
  const graph = ctx.graph;
  const on = readingDay(draft);
  const index = personIndexFor(graph);
  const actors = [...draft.actors];
  // Indexes over the actors found before this stage. What this stage adds lies behind the scan (each new actor
  // spans tokens already passed), so questions about what is ahead need only these; the added are kept apart.
  const covered = new SpanCover(draft.actors);
  const starts = new Set(draft.actors.map((a) => a.start));
  const stateAt = statesByStart(draft.actors);
  const earlierFound = personsBySurname(draft.actors);
  const sentenceActors = bySentence(draft.actors);
  const addedBySurname = new Map<string, Actor>();
  // The states the article names itself: a surname alone is some officeholder's only when one of them agrees.
  const namedStates = new Set(draft.actors.filter((a) => (a.type === 'state' || a.type === 'government') && a.state).map((a) => a.state!));
  const stateCounts = new Map<string, number>();
  const count = (a: Actor) => a.state && stateCounts.set(a.state, (stateCounts.get(a.state) ?? 0) + 1);
  draft.actors.forEach(count);
  const add = (a: Actor, addedHere: Actor[]) => {
    actors.push(a);
    addedHere.push(a);
    addedBySurname.set(surnameKey(a.name), a);
    count(a);
  };
  for (const s of draft.sentences) {
    const toks = s.tokens;
    const addedHere: Actor[] = [];
    for (let i = 0; i < toks.length; i++) {
      if (!isName(toks[i]!) || covered.covers(toks[i]!.start)) continue;
      let j = i;
      while (j + 1 < toks.length && isName(toks[j + 1]!) && !starts.has(toks[j + 1]!.start)) j++;
      // A sentence-initial capital alone is no evidence of a name.
      if (i === 0 && j === 0 && toks[0]!.pos !== 'PROPN') continue;
      const text = s.text.slice(toks[i]!.start - s.start, toks[j]!.end - s.start);
      const base = { text, start: toks[i]!.start, end: toks[j]!.end, sentence: s.index };
      const key = surnameKey(text);
      const cue = cueBefore(toks, i, stateAt);
      i = j;
      // Added persons come after the others in `actors`, so the last one added wins, as a search from the end would.
      const earlier = addedBySurname.get(key) ?? earlierFound(key, base.start);
      if (earlier) {
        add({ ...earlier, ...base, refersTo: earlier.start, confidence: earlier.confidence * 0.95, ruleId: 'person.surname-coreference' }, addedHere);
        continue;
      }
      const holders = index
        .bySurname(key)
        .map((id) => ({ id, office: officeOf(graph, id, on) }))
        .filter((h) => h.office && !h.office.former && firstNameAgrees(ctx, h.id, text));
      const holder = holders.length === 1 ? holders[0]! : null;
      if (holder && !cue?.former && (text.includes(' ') || cue?.noun.office || namedStates.has(holder.office!.state))) {
        add(personActor(base, ctx, on, holder.id, holder.office!, 'person.surname-office-holder', 0.85), addedHere);
        continue;
      }
      if (cue?.former && cue.noun.office) {
        const wanted = cue.noun.office;
        const past = index
          .near(key)
          .map((id) => ({ id, office: officeOf(graph, id, on) }))
          .filter(
            (h) => h.office?.former && graph.facts({ predicate: 'holds_office', subject: h.id }).some((f) => f.qualifiers.office === wanted && f.valid.to < on),
          );
        if (past.length === 1) {
          add(personActor(base, ctx, on, past[0]!.id, past[0]!.office!, 'person.former-office-holder', 0.8), addedHere);
          continue;
        }
      }
      if (cue && j > i - 1 && text.includes(' ')) {
        const state = cue.state ?? contextState([...sentenceActors(s.index), ...addedHere], base.start, stateCounts);
        add(
          {
            ...base,
            id: `person:${slug(text)}`,
            name: text,
            type: 'person',
            role: cue.text.toLowerCase(),
            state,
            cameo: `${state ? cameoOf(ctx, state, on) : ''}${cue.noun.agent}`,
            refersTo: null,
            confidence: cue.state ? 0.75 : 0.6,
            ruleId: cue.state ? 'person.role-apposition' : 'person.role-apposition.state-from-context',
          },
          addedHere,
        );
      }
    }
  }
  actors.sort((a, b) => a.start - b.start);
  const first = new Map<string, number>();
  const all = { covered: new SpanCover(actors), stateAt, prosecuted: prosecutionIn(draft) };
  return actors.map((actor): Actor => {
    let a = actor;
    if (a.type !== 'person') return refineRole(a, draft, all.prosecuted);
    a = withCue(a, draft, all, ctx);
    const earlier = first.get(a.id);
    if (earlier === undefined) first.set(a.id, a.start);
    // A person named again refers back to the first mention, whichever way the name was found.
    return refineRole(earlier !== undefined && a.refersTo === null ? { ...a, refersTo: earlier } : a, draft, all.prosecuted);
  });
}

/** "Joe Robinson" is not Sharlene Cartwright-Robinson: a first name written must be the officeholder's (or an alias's). */
function firstNameAgrees(ctx: StageContext, id: string, text: string): boolean {
  const words = nameKey(text).split(' ');
  if (words.length < 2) return true;
  const e = ctx.graph.entity(id);
  if (!e) return false;
  return [e.name, ...e.aliases.map((a) => a.text)].some((n) => {
    const w = nameKey(n).split(' ');
    return w.length >= 2 && w[0] === words[0];
  });
}

/** Whether a sentence speaks of prosecution, asked once per sentence however many people it names. */
function prosecutionIn(draft: Draft): (sentence: number) => boolean {
  const seen = new Map<number, boolean>();
  return (k) => {
    let v = seen.get(k);
    if (v === undefined) seen.set(k, (v = PROSECUTION.test(draft.sentences[k]?.text ?? '')));
    return v;
  };
}

const OFFICE_RULES = new Set(['actor.person.office-on-date', 'actor.person.former-office', 'person.former-office-holder', 'person.surname-office-holder']);

/** "President X", "former Prime Minister Y": the title as written leads the role, the office from the graph follows. */
function withCue(a: Actor, draft: Draft, actors: { readonly covered: SpanCover; readonly stateAt: StateAt }, ctx: StageContext): Actor {
  if (!OFFICE_RULES.has(a.ruleId) || a.refersTo !== null) return a;
  const toks = draft.sentences[a.sentence]!.tokens;
  let i = toks.findIndex((t) => t.start === a.start);
  let start = a.start;
  // "Viktor Doe" where the dictionary knows only "Doe": the first name joins the span.
  if (i > 0 && isName(toks[i - 1]!) && !actors.covered.covers(toks[i - 1]!.start)) {
    i--;
    start = toks[i]!.start;
  }
  const moved = start === a.start ? a : { ...a, start, text: draft.article.text.slice(start, a.end), ruleId: `${a.ruleId}+person.first-name` };
  const cue = i > 0 ? cueBefore(toks, i, actors.stateAt) : null;
  const office = officeOf(ctx.graph, a.id, readingDay(draft));
  if (!cue || !office || cue.noun.id === 'role.counterpart') return moved;
  return { ...moved, role: `${cue.text.toLowerCase()} (${officeSpan(office)})` };
}

/** Appositions after a name add a role; a former leader whom the state prosecutes is coded as opposition. */
function refineRole(a: Actor, draft: Draft, prosecuted: (sentence: number) => boolean): Actor {
  if (a.type !== 'person') return a;
  const s = draft.sentences[a.sentence]!;
  let role = a.role;
  let cameo = a.cameo;
  let ruleId = a.ruleId;
  const after = appositionAfter(s, a.end);
  if (after) {
    role = role ? `${role}; ${after.text}` : after.text;
    ruleId = `${ruleId}+person.apposition-after`;
  }
  if (a.ruleId === 'person.former-office-holder' || a.ruleId === 'actor.person.former-office') {
    if (prosecuted(a.sentence) || prosecuted(a.sentence + 1)) {
      role = `${role}, opposition`;
      cameo = cameo.replace(/ELI$/, 'OPP');
      ruleId = `${ruleId}+person.former-leader-prosecuted`;
    }
  }
  return role === a.role && cameo === a.cameo ? a : { ...a, role, cameo, ruleId };
}

export const peopleStage: Stage = {
  name: 'people',
  run: (draft, ctx) => ({ ...draft, actors: findPeople(draft, ctx) }),
};
