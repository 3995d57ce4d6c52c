import type { Actor, Sentence, Token } from './analysis.js';
import { cameoOf } from './actors.js';
import { HOME_RULES, placeEndingAt } from './home-country.js';
import { keysOf, PhraseIndex } from './phrase-index.js';
import { DOMESTIC_GROUPS, GROUP_LABEL_AFTER, GROUP_NOT_AFTER, GROUP_QUOTED_LABEL_AFTER } from './rules/domestic-groups.js';
import { BODY_NOT_AFTER, BODY_NOT_BEFORE, DOMESTIC_BODIES, TITLE_PREDICATE_AFTER, type BodyRule } from './rules/domestic-rules.js';
import { SpanCover } from './span-index.js';
import type { Draft, Stage, StageContext } from './stage.js';
import { knownDay, readingDay } from './article-era.js';
import { describeOffice, officeOf } from './offices.js';
import { officeHolder } from './person-gender.js';
import type { IsoDate } from '../core/time.js';

const DOMESTIC_RULES = {
  body: {
    id: 'domestic.body-at-home',
    example: 'the police opened fire (in an article whose home country is known)',
    reason: 'a body the article names without a state is the home state’s, unless another state qualifies it',
  },
  titleRole: {
    id: 'domestic.title-role',
    example: 'the district collector ordered a curfew (role "district collector", the home government)',
    reason: 'an official named by title alone is known by that title: the role is the title as written, not the rule’s class',
  },
  titleRefers: {
    id: 'domestic.title-refers',
    example: 'chief minister a b rao visited the camps ... the cm said (the cm is a b rao)',
    reason: 'a title alone ("the chief minister", "the cm") after one person of the article was named with it is that person',
  },
  titleHolder: {
    id: 'domestic.title-holder',
    example: 'the president signed the ordinance (the graph’s head of state of the home country on the day)',
    reason: 'a title of office standing alone, with no holder named in the article, is the office’s holder on the day',
  },
} as const;

/** A body or group the domestic stage read from common words ("the police", "miscreants"), not a body named as one. */
export function isBodyAtHome(a: Actor): boolean {
  return a.ruleId.startsWith(`${DOMESTIC_RULES.body.id}+`);
}

/** The titles written short: "the cm" is the chief minister, "the pm" the prime minister. */
const SHORT_TITLES: Readonly<Record<string, string>> = { cm: 'chief minister', pm: 'prime minister' };

/**
 * "chief minister a b rao ... the cm said": a title standing alone, after exactly one person of the article (not a
 * former holder) was named with it, is that person (a graph head of government is the prime minister).
 */
function titleRefers(body: Actor, people: readonly Actor[]): Actor {
  const title = SHORT_TITLES[body.text] ?? body.text;
  const holds = (p: Actor) =>
    p.start < body.start &&
    p.refersTo === null &&
    p.state === body.state &&
    p.role !== null &&
    !/^(?:former|ex)\b/.test(p.role) &&
    (p.role.endsWith(title) || p.role.includes(`${title} (`) || (title === 'prime minister' && p.role.includes('head of government')));
  const holders = people.filter(holds);
  const ids = new Set(holders.map((p) => p.id));
  if (ids.size !== 1) return body;
  const p = holders[holders.length - 1]!;
  return {
    ...p,
    text: body.text,
    start: body.start,
    end: body.end,
    sentence: body.sentence,
    refersTo: p.start,
    confidence: p.confidence * 0.9,
    ruleId: DOMESTIC_RULES.titleRefers.id,
  };
}

/**
 * "the president signed the ordinance", no president named before: the graph's one holder of the title's office in the
 * home state on the day (rule domestic.title-holder), with the office's role and the government's code.
 */
function titleHolder(body: Actor, ctx: StageContext, on: IsoDate): Actor | null {
  const id = body.state ? officeHolder(ctx, body.text, body.state, on) : undefined;
  const e = id ? ctx.graph.entity(id) : undefined;
  const office = e ? officeOf(ctx.graph, e.id, on) : null;
  if (!e || !office || office.former) return null;
  return {
    ...body,
    id: e.id,
    name: e.name,
    role: describeOffice(office),
    cameo: `${cameoOf(ctx, office.state, on)}GOV`,
    ruleId: DOMESTIC_RULES.titleHolder.id,
  };
}

const bodyIndex = new PhraseIndex<BodyRule>([...DOMESTIC_BODIES, ...DOMESTIC_GROUPS].flatMap((b) => b.words.map((w) => [w, b] as const)));
const GROUPS: ReadonlySet<BodyRule> = new Set(DOMESTIC_GROUPS);

/**
 * "bjp workers", "party workers", "workers of the x party": a group of people right after an actor or a party word, or
 * before "of" and an actor, is that body's, not the home state's.
 */
function someonesGroup(toks: readonly Token[], i: number, last: number, keys: readonly string[], taken: SpanCover): boolean {
  if (i > 0 && (GROUP_NOT_AFTER.includes(keys[i - 1]!) || taken.covers(toks[i - 1]!.start))) return true;
  // Rule body.group-label: "attacked the vhp as 'anti-social elements'" names no group of people (GROUP_LABEL_AFTER).
  const quoted = i > 1 && /^["“'‘]+$/.test(toks[i - 1]!.text);
  const before = (quoted ? keys[i - 2] : keys[i - 1]) ?? '';
  if (GROUP_LABEL_AFTER.includes(before) || (quoted && GROUP_QUOTED_LABEL_AFTER.includes(before))) return true;
  if (keys[last + 1] !== 'of') return false;
  const of = keys[last + 2] === 'the' ? last + 3 : last + 2;
  return toks[of] !== undefined && taken.covers(toks[of]!.start);
}

const POSSESSIVE_RULE = /^['’]s rule\b/;

interface Found {
  readonly actors: Actor[];
  readonly taken: SpanCover;
  /** A rule's words last seen as a place's head ("trauma centre"): the sentence, by rule (rule body.place-named-before). */
  readonly placeNamed: Map<BodyRule, number>;
  /** The home country rests on places, institutions or a dateline, not only on states named. */
  readonly placedHome: boolean;
  /** Where the titled people's persons start: a title set off before one by a comma is theirs, no body. */
  readonly titled: ReadonlySet<number>;
}

/** "a new trauma centre", "the american center": the words after a word of a name, not right after "the" or "a". */
const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Another state qualifying a body: "the Pakistani police", "karachi police" (a place abroad), "the army of Ruritania". */
function qualifiedAbroad(toks: readonly Token[], first: number, last: number, home: string, stateAt: (start: number) => string | null): boolean {
  const keys = keysOf(toks);
  let k = first - 1;
  if (keys[k] === 'the') k--;
  const before = k >= 0 ? (stateAt(toks[k]!.end) ?? placeEndingAt(toks, k)?.country ?? null) : null;
  if (before !== null && before !== home) return true;
  const after = keys[last + 1] === 'of' && toks[last + 2] ? stateAt(toks[last + 2]!.start) : null;
  return after !== null && after !== home;
}

/** Words before "the" that make "the state" a place: "in the state", "across the state" (rule body.state-acting). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in of across over throughout into from to within outside for all around at on by with under near'.split(' '),
);
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/** The word after a body, through a plural's bare apostrophe ("teachers' constituency"), not "'s": "the court's order" is the court's act. */
function wordAfter(toks: readonly Token[], keys: readonly string[], last: number): string {
  return APOSTROPHES.has(toks[last + 1]?.text ?? '') ? (keys[last + 2] ?? '') : (keys[last + 1] ?? '');
}

/** The rule's context words decide: a rank (body.police-sp), a subject that acts (body.state-acting), no thing made. */
function outOfContext(rule: BodyRule, toks: readonly Token[], keys: readonly string[], i: number, last: number, home: string): boolean {
  if (rule.rankBefore) {
    const place = i > 0 ? placeEndingAt(toks, i - 1) : null;
    const ranked = rule.rankBefore.before.includes(keys[i - 1] ?? '') || place?.country === home || (toks[last + 1]?.text === '(' && toks[i - 1]?.text !== '(');
    if (!ranked || rule.rankBefore.notAfter.includes(keys[last + 1] ?? '')) return true;
  }
  if (rule.actsBy) {
    const acts = rule.actsBy.next.includes(keys[last + 1] ?? '') && !rule.actsBy.notThen.includes(keys[last + 2] ?? '');
    if (!acts || PLACE_PREPOSITIONS.has(keys[i - 2] ?? '')) return true;
  }
  // Rule body.title-predicate: "his rank as igp", "he is a senior police official" name an office, not one who acts.
  if (rule.type === 'person') {
    const article = keys[i - 1] === 'a' || keys[i - 1] === 'an';
    const before = article ? keys[i - 2] : keys[i - 1];
    if (TITLE_PREDICATE_AFTER.includes(before ?? '') && (article || before === 'as')) return true;
  }
  // "to form the government", "forming a coalition government": up to two words between the verb and the body.
  if (rule.notObjectOf && [1, 2, 3].some((k) => rule.notObjectOf!.includes(keys[i - k] ?? ''))) return true;
  return false;
}

function bodiesIn(s: Sentence, home: string, homeCode: string, stateAt: (start: number) => string | null, found: Found): void {
  const toks = s.tokens;
  const keys = keysOf(toks);
  for (let i = 0; i < toks.length; i++) {
    const hit = bodyIndex.match(toks, i);
    if (!hit) continue;
    const last = hit.last;
    const rule = hit.value;
    if (rule.placeNamedWithin !== undefined) {
      const named = found.placeNamed.get(rule);
      const here = named !== undefined && s.index - named <= rule.placeNamedWithin;
      if (here || (i > 0 && NAMING_POS.has(toks[i - 1]!.pos) && keys[i - 1] !== 'the')) {
        found.placeNamed.set(rule, s.index);
        i = last;
        continue;
      }
    }
    const skip =
      (rule.homes !== undefined && !rule.homes.includes(home)) ||
      (rule.placedHome === true && !found.placedHome) ||
      (rule.afterThe === true && (keys[i - 1] !== 'the' || keys[last + 1] === 'of')) ||
      // "commissioner of police" is a title, but "thousands of farmers", "the arrest of kar sevaks" name the people.
      (BODY_NOT_AFTER.includes(keys[i - 1] || toks[i - 1]?.text || '') && !(rule.type === 'organization' && keys[i - 1] === 'of')) ||
      BODY_NOT_BEFORE.includes(wordAfter(toks, keys, last)) ||
      outOfContext(rule, toks, keys, i, last, home) ||
      // "the president's rule" is a constitutional measure, not the president.
      POSSESSIVE_RULE.test(s.text.slice(toks[last]!.end - s.start, toks[last]!.end - s.start + 8)) ||
      found.taken.overlaps(toks[i]!.start, toks[last]!.end) ||
      // "prime minister a b rao": the title of a person taken by the titled-people stage.
      (toks[last + 1] !== undefined && found.taken.covers(toks[last + 1]!.start) && (rule.agent !== 'COP' || rule.type === 'person')) ||
      // "former union minister, a b rao,": the title set off before a person the titled people read it for.
      (toks[last + 1]?.text === ',' && toks[last + 2] !== undefined && found.titled.has(toks[last + 2]!.start)) ||
      qualifiedAbroad(toks, i, last, home, stateAt) ||
      (GROUPS.has(rule) && someonesGroup(toks, i, last, keys, found.taken));
    if (skip) {
      i = last;
      continue;
    }
    // "maharashtra police", "the gujarat government": a place at home before the body belongs to it.
    const place = i > 0 ? placeEndingAt(toks, i - 1) : null;
    const first = place && place.country === home && !found.taken.covers(toks[place.first]!.start) ? place.first : i;
    const start = toks[first]!.start;
    const end = toks[last]!.end;
    // DOMESTIC_RULES.titleRole: "the chief minister", "the police commissioner" keep the title they were named by.
    const written = s.text.slice(toks[i]!.start - s.start, end - s.start);
    const label = rule.type === 'person' ? (SHORT_TITLES[written] ?? written) : rule.label;
    found.actors.push({
      text: s.text.slice(start - s.start, end - s.start),
      start,
      end,
      sentence: s.index,
      id: `${home}:${rule.id}`,
      type: rule.type,
      role: first < i ? `${label} (${s.text.slice(start - s.start, toks[i - 1]!.end - s.start)})` : label,
      name: `${rule.label} (${home})`,
      state: home,
      cameo: `${homeCode}${rule.agent}`,
      refersTo: null,
      confidence: 0.7,
      ruleId: `${DOMESTIC_RULES.body.id}+${rule.id}`,
    });
    i = last;
  }
}

/**
 * When the article has a home country, the bodies it names without a state ("the police", "the mob", "the high
 * court") as that country's. The parties of the curated list are found before the titled people (named-bodies.ts).
 */
function domesticActors(draft: Draft, ctx: StageContext): Actor[] {
  const on = readingDay(draft);
  const home = draft.home?.country ?? null;
  const added: Actor[] = [];
  if (home) {
    const homeCode = cameoOf(ctx, home, on);
    const stateAt = statesAt([...draft.actors, ...added]);
    const found = {
      actors: added,
      taken: new SpanCover([...draft.actors, ...added]),
      placeNamed: new Map<BodyRule, number>(),
      placedHome: draft.home?.evidence.some((e) => e.ruleId !== HOME_RULES.actorState.id) ?? false,
      titled: new Set(draft.actors.filter((a) => a.type === 'person' && a.ruleId.includes('title-name') && a.refersTo === null).map((a) => a.start)),
    };
    for (const s of draft.sentences) bodiesIn(s, home, homeCode, stateAt, found);
    const people = draft.actors.filter((a) => a.type === 'person');
    // A title of office alone is the holder of the day only where the day is known: dated, or read in its era.
    const day = knownDay(draft);
    for (let k = 0; k < added.length; k++) {
      const body = added[k]!;
      if (body.type !== 'person') continue;
      const refers = people.length > 0 ? titleRefers(body, people) : body;
      added[k] = refers === body && day ? (titleHolder(body, ctx, day) ?? body) : refers;
    }
  }
  return added;
}

/** The state of the state actor that starts or ends at an offset: what qualifies a body next to it. */
function statesAt(actors: readonly Actor[]): (offset: number) => string | null {
  const at = new Map<number, string>();
  for (const a of actors) if (a.state && (a.type === 'state' || a.type === 'government')) at.set(a.start, a.state).set(a.end, a.state);
  return (offset) => at.get(offset) ?? null;
}

export const domesticStage: Stage = {
  name: 'domestic',
  run(draft, ctx) {
    const added = domesticActors(draft, ctx);
    if (added.length === 0) return draft;
    return { ...draft, actors: [...draft.actors, ...added].sort((a, b) => a.start - b.start) };
  },
};
