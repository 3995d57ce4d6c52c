import { nameKey } from '../core/normalize.js';
import type { Actor, Sentence, Token } from './analysis.js';
import { cameoOf } from './actors.js';
import { partiesIn } from './parties.js';
import { placeEndingAt } from './home-country.js';
import { isLowercaseText } from './lowercase-text.js';
import { keysOf, PhraseIndex } from './phrase-index.js';
import { BODY_NAME_RULES, NO_NAME_MODIFIERS, NOT_BEFORE_NAME, SECTOR_WORDS, type BodyNameRule } from './rules/body-name-rules.js';
import { firstContaining, SpanCover } from './span-index.js';
import type { Draft, Stage, StageContext } from './stage.js';
import { readingDay } from './article-era.js';

const NAMED_RULES = {
  name: {
    id: 'org.named-body',
    example: 'the riverside bridge action committee met; the kanpur chamber of commerce',
    reason:
      'a head noun of organizations (rules/body-name-rules.ts) after words of a name, or before "of" and a field, names an organization of the home state (or of the state its name names), with the head’s sector',
  },
  state: {
    id: 'org.named-body.state-in-name',
    example: 'the indian council of medical research; the all india mosque committee',
    reason: 'a state or demonym inside a body’s name is the body’s country, not an actor of its own: the body is the actor',
  },
  acronym: {
    id: 'org.named-body.acronym',
    example: 'the river action committee (rac) ... the rac said',
    reason: 'an acronym set in parentheses after the name names the body through the article',
  },
} as const;

const headIndex = new PhraseIndex<BodyNameRule>(BODY_NAME_RULES.flatMap((r) => r.heads.map((h) => [h, r] as const)));
const NAME_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const NOT_MODIFIER = new Set(NO_NAME_MODIFIERS);
const NOT_BEFORE = new Set(NOT_BEFORE_NAME);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'any', 'some', 'every', 'each']);
const APOSTROPHE = /^['’]{1,2}$/;

interface BodyName {
  readonly first: number;
  readonly last: number;
  /** The state actors inside the name ("indian", "india"): the body's country, dropped as actors. */
  readonly states: readonly Actor[];
}

/** A word that may stand in a body's name: a noun or adjective, no function word. */
function nameWord(t: Token | undefined, key: string | undefined, lowercase: boolean): boolean {
  if (t === undefined || key === undefined || key === '' || !NAME_POS.has(t.pos) || NOT_MODIFIER.has(key)) return false;
  // In lower-cased text a capital is no name's ("sevaksÂ": a sentence's end lost in a broken export).
  return !lowercase || t.text === t.text.toLowerCase();
}

/** The words of a name before the head at `h` and the "of" complement after `last`; null when they name nothing. */
function nameAround(
  toks: readonly Token[],
  h: number,
  last: number,
  stateAt: (offset: number) => Actor | undefined,
  taken: SpanCover,
  lowercase: boolean,
): BodyName | null {
  const keys = keysOf(toks);
  const states: Actor[] = [];
  let first = h;
  let strong = false;
  for (let k = h - 1; k >= 0 && k >= h - 6; k--) {
    const t = toks[k]!;
    const state = stateAt(t.start);
    if (state) {
      states.push(state);
      while (k > 0 && toks[k - 1]!.start >= state.start) k--;
      first = k;
      strong = true;
      continue;
    }
    // "all india ... committee": "all" before a state opens the name.
    if (keys[k] === 'all' && states.length > 0 && first === k + 1) {
      first = k;
      break;
    }
    // "lawyers' front": a possessive apostrophe inside the name (doubled by some exports: "lawyers'' front").
    if (APOSTROPHE.test(t.text) && (keys[k - 1]?.endsWith('s') || (APOSTROPHE.test(toks[k - 1]?.text ?? '') && keys[k - 2]?.endsWith('s')))) continue;
    if (taken.covers(t.start) || !nameWord(t, keys[k], lowercase)) break;
    // "an 11-member board delegation": a word counted by a number before its hyphen sizes the body, it names none.
    if (toks[k - 1]?.text === '-' && toks[k - 2]?.pos === 'NUM') break;
    if (t.pos !== 'ADJ' || placeEndingAt(toks, k)) strong = true;
    first = k;
  }
  let end = last;
  // "the kanpur chamber of commerce"; "the national commission for minorities": a field after "for" names it too.
  if (keys[last + 1] === 'of' || (keys[last + 1] === 'for' && first < h)) {
    let j = last + 2;
    // After "for" nouns only: "the x authority for further raising" has no field.
    const nounsOnly = keys[last + 1] === 'for';
    while (j < toks.length && j <= last + 5 && nameWord(toks[j], keys[j], lowercase) && !taken.covers(toks[j]!.start)) {
      if (nounsOnly && toks[j]!.pos !== 'NOUN' && toks[j]!.pos !== 'PROPN') break;
      // "the editors guild of india": a state in the complement is the body's country too, no actor of its own.
      // A state ends the complement: "the x guild of india secretary-general a b" is the guild's secretary.
      const state = stateAt(toks[j]!.start);
      j++;
      if (state) {
        if (!states.includes(state)) states.push(state);
        while (j < toks.length && toks[j]!.start < state.end) j++;
        break;
      }
    }
    // "of environment and forests": one more word after "and" that ends the name.
    if (j > last + 2 && keys[j] === 'and' && nameWord(toks[j + 1], keys[j + 1], lowercase) && !nameWord(toks[j + 2], keys[j + 2], lowercase)) j += 2;
    if (j > last + 2) {
      end = j - 1;
      strong = true;
    }
  }
  // "a committee of former judges" is proposed, not named: a name of the complement alone is no indefinite one.
  if (!strong || APOSTROPHE.test(toks[first]!.text) || (first === h && INDEFINITE.has(keys[h - 1] ?? ''))) return null;
  // "the strife-torn society of gujarat": a head named by a place alone is the place's people, no body.
  if (first === h && end > last && placeEndingAt(toks, end)?.first === last + 2) return null;
  // "broke down in front of the x": "in <head> of" is a preposition, not a body named by its complement.
  if (first === h && keys[h - 1] === 'in' && keys[last + 1] === 'of') return null;
  return { first, last: end, states };
}

function sectorOf(rule: BodyNameRule, keys: readonly string[], first: number, last: number): string {
  if (rule.ofState) return rule.agent;
  // "the approval committee of the ministry of ...": a body of a ministry is the state's.
  const words = new Set(keys.slice(first, keys[last + 1] === 'of' && keys[last + 2] === 'the' ? last + 4 : last + 1));
  return SECTOR_WORDS.find((s) => s.words.some((w) => words.has(w)))?.agent ?? rule.agent;
}

interface Scan {
  readonly ctx: StageContext;
  readonly draft: Draft;
  readonly home: string | null;
  readonly stateAt: (offset: number) => Actor | undefined;
  readonly taken: SpanCover;
  readonly lowercase: boolean;
  readonly found: Actor[];
  readonly dropped: Set<Actor>;
  /** Acronym key -> the body, and where the acronym was set ("(bmac)"), which is no second mention. */
  readonly acronyms: Map<string, { body: Actor; at: number }>;
}

function bodiesNamedIn(s: Sentence, scan: Scan): void {
  const toks = s.tokens;
  const keys = keysOf(toks);
  for (let i = 0; i < toks.length; i++) {
    const hit = headIndex.match(toks, i);
    if (!hit) continue;
    const t = toks[i]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || NOT_BEFORE.has(keys[hit.last + 1] ?? '') || scan.taken.covers(t.start)) continue;
    const name = nameAround(toks, i, hit.last, scan.stateAt, scan.taken, scan.lowercase);
    // "the union of india" is the state in a court's or a treaty's words, no labour union: a union named by its complement alone.
    if (!name || (hit.value.agent === 'LAB' && name.first === i)) continue;
    const own = name.states.find((a) => a.state)?.state ?? null;
    const country = own ?? scan.home;
    if (!country) continue;
    const sector = sectorOf(hit.value, keys, name.first, name.last);
    const start = toks[name.first]!.start;
    const end = toks[name.last]!.end;
    const text = s.text.slice(start - s.start, end - s.start);
    const actor: Actor = {
      text,
      start,
      end,
      sentence: s.index,
      id: `org:${nameKey(text).replace(/ /g, '-')}`,
      type: sector === 'GOV' ? 'government' : 'organization',
      role: keys.slice(i, hit.last + 1).join(' '),
      name: text,
      state: country,
      cameo: `${cameoOf(scan.ctx, country, readingDay(scan.draft))}${sector}`,
      refersTo: null,
      confidence: 0.65,
      ruleId: `${name.states.length > 0 ? NAMED_RULES.state.id : NAMED_RULES.name.id}+${hit.value.id}`,
    };
    for (const a of name.states) scan.dropped.add(a);
    // "the x peace committee movement trust": a later head whose name takes in a body just found is that body's whole name.
    const previous = scan.found.at(-1);
    if (previous && previous.sentence === s.index && previous.start >= start && previous.end <= end) scan.found.pop();
    scan.found.push(actor);
    // "(bmac)": an acronym in parentheses right after the name.
    if (toks[name.last + 1]?.text === '(' && toks[name.last + 3]?.text === ')' && /^\p{L}{2,8}$/u.test(toks[name.last + 2]!.text))
      scan.acronyms.set(keys[name.last + 2]!, { body: actor, at: toks[name.last + 2]!.start });
    i = name.last;
  }
}

/** Later mentions of an acronym the article set after a body's name. */
function acronymsIn(s: Sentence, scan: Scan, taken: SpanCover): void {
  const keys = keysOf(s.tokens);
  s.tokens.forEach((t, i) => {
    const set = scan.acronyms.get(keys[i]!);
    if (!set || taken.covers(t.start) || t.start <= set.at) return;
    const body = set.body;
    scan.found.push({ ...body, text: t.text, start: t.start, end: t.end, sentence: s.index, refersTo: body.start, ruleId: NAMED_RULES.acronym.id });
  });
}

/**
 * Organizations: the parties of the curated list (domestic.ts), then bodies named by a head noun ("X committee",
 * "X chamber of commerce", "X board"). Before the titled people, so "the X committee president a b" takes the
 * committee's code and no title is read inside a body's name.
 */
function organizations(draft: Draft, ctx: StageContext): { added: Actor[]; dropped: Set<Actor> } {
  const home = draft.home?.country ?? null;
  const added: Actor[] = [];
  const on = readingDay(draft);
  const lowercase = isLowercaseText(draft.article.text);
  // One cover for the whole article: made per sentence it cost the article's actors times its sentences.
  const parties = { home, on, lowercase, taken: new SpanCover(draft.actors) };
  for (const s of draft.sentences) partiesIn(s, parties, added);
  const states = draft.actors.filter((a) => a.type === 'state');
  // An offset is a whole character: `offset < a.end` is `offset + 1 <= a.end`.
  const stateHolding = firstContaining(states);
  const stateAt = (offset: number) => stateHolding(offset, offset + 1);
  const kept = draft.actors.filter((a) => a.type !== 'state');
  const scan: Scan = { ctx, draft, home, stateAt, lowercase, taken: new SpanCover([...kept, ...added]), found: added, dropped: new Set(), acronyms: new Map() };
  for (const s of draft.sentences) bodiesNamedIn(s, scan);
  if (scan.acronyms.size > 0) {
    const taken = new SpanCover([...draft.actors, ...added]);
    for (const s of draft.sentences) acronymsIn(s, scan, taken);
  }
  return { added, dropped: scan.dropped };
}

export const organizationsStage: Stage = {
  name: 'organizations',
  run(draft, ctx) {
    const { added, dropped } = organizations(draft, ctx);
    if (added.length === 0 && dropped.size === 0) return draft;
    return { ...draft, actors: [...draft.actors.filter((a) => !dropped.has(a)), ...added].sort((a, b) => a.start - b.start) };
  },
};
