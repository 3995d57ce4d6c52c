import type { Actor, Sentence, Token } from './analysis.js';
import { cameoOf } from './actors.js';
import { placeEndingAt } from './home-country.js';
import { keysOf, PhraseIndex } from './phrase-index.js';
import { DOMESTIC_GROUPS, GROUP_NOT_AFTER } from './rules/domestic-groups.js';
import { BODY_NOT_AFTER, BODY_NOT_BEFORE, DOMESTIC_BODIES, type BodyRule } from './rules/domestic-rules.js';
import { SpanCover } from './span-index.js';
import type { Draft, Stage, StageContext } from './stage.js';
import { readingDay } from './article-era.js';

const DOMESTIC_RULES = {
  body: {
    id: 'domestic.body-at-home',
    example: 'the police opened fire (in an article whose home country is known)',
    reason: 'a body the article names without a state is the home state’s, unless another state qualifies it',
  },
  titleRefers: {
    id: 'domestic.title-refers',
    example: 'chief minister a b rao visited the camps ... the cm said (the cm is a b rao)',
    reason: 'a title alone ("the chief minister", "the cm") after one person of the article was named with it is that person',
  },
} as const;

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

const bodyIndex = new PhraseIndex<BodyRule>([...DOMESTIC_BODIES, ...DOMESTIC_GROUPS].flatMap((b) => b.words.map((w) => [w, b] as const)));
const GROUPS: ReadonlySet<BodyRule> = new Set(DOMESTIC_GROUPS);

/**
 * "bjp workers", "party workers", "workers of the x party": a group of people right after an actor or a party word, or
 * before "of" and an actor, is that body's, not the home state's.
 */
function someonesGroup(toks: readonly Token[], i: number, last: number, keys: readonly string[], taken: SpanCover): boolean {
  if (i > 0 && (GROUP_NOT_AFTER.includes(keys[i - 1]!) || taken.covers(toks[i - 1]!.start))) return true;
  if (keys[last + 1] !== 'of') return false;
  const of = keys[last + 2] === 'the' ? last + 3 : last + 2;
  return toks[of] !== undefined && taken.covers(toks[of]!.start);
}

interface Found {
  readonly actors: Actor[];
  readonly taken: SpanCover;
}

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

function bodiesIn(s: Sentence, home: string, homeCode: string, stateAt: (start: number) => string | null, found: Found): void {
  const toks = s.tokens;
  const keys = keysOf(toks);
  for (let i = 0; i < toks.length; i++) {
    const hit = bodyIndex.match(toks, i);
    if (!hit) continue;
    const last = hit.last;
    const rule = hit.value;
    const skip =
      (rule.homes !== undefined && !rule.homes.includes(home)) ||
      (rule.afterThe === true && (keys[i - 1] !== 'the' || keys[last + 1] === 'of')) ||
      // "commissioner of police" is a title, but "thousands of farmers", "the arrest of kar sevaks" name the people.
      (BODY_NOT_AFTER.includes(keys[i - 1] || toks[i - 1]?.text || '') && !(rule.type === 'organization' && keys[i - 1] === 'of')) ||
      BODY_NOT_BEFORE.includes(keys[last + 1] ?? '') ||
      found.taken.overlaps(toks[i]!.start, toks[last]!.end) ||
      // "prime minister a b rao": the title of a person taken by the titled-people stage.
      (toks[last + 1] !== undefined && found.taken.covers(toks[last + 1]!.start) && (rule.agent !== 'COP' || rule.type === 'person')) ||
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
    found.actors.push({
      text: s.text.slice(start - s.start, end - s.start),
      start,
      end,
      sentence: s.index,
      id: `${home}:${rule.id}`,
      type: rule.type,
      role: first < i ? `${rule.label} (${s.text.slice(start - s.start, toks[i - 1]!.end - s.start)})` : rule.label,
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
    const found = { actors: added, taken: new SpanCover([...draft.actors, ...added]) };
    for (const s of draft.sentences) bodiesIn(s, home, homeCode, stateAt, found);
    const people = draft.actors.filter((a) => a.type === 'person');
    if (people.length > 0) for (let k = 0; k < added.length; k++) if (added[k]!.type === 'person') added[k] = titleRefers(added[k]!, people);
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
