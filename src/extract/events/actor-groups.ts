import { chargeStick } from './grammar/precision-rules.js';
import { bodyGroups } from './actor-bodies.js';
import { articleCountry, ELSEWHERE, sharedHeads, soleCountry, withRule } from './group-codes.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import { ACTOR_RULES, KIN, STANCE_BEFORE } from './grammar/actor-rules.js';
import { withProperty } from './property-groups.js';
import type { Trace } from './grammar/rule.js';
import { PRONOUNS, type SentenceView } from './sentence-view.js';
import type { DatedCode } from './types.js';
import { actorGroup, type ActorGroup } from './actor-group.js';

export type { ActorGroup } from './actor-group.js';

/**
 * Mentions are read in the sentence text's offsets. When the tokens carry article offsets (they run
 * past the sentence text), the difference is the sentence's start in the article.
 */
function mentionShift(v: SentenceView): number {
  const t = v.source.tokens;
  if (t.length === 0 || t[t.length - 1]!.end <= v.source.text.length) return 0;
  const local = v.source.text.indexOf(t[0]!.text);
  return local < 0 ? 0 : t[0]!.start - local;
}

interface Unit {
  readonly start: number;
  readonly end: number;
  readonly kind: 'actor' | 'agent';
  readonly code: string;
  readonly ruleId: string;
  /** Always set (undefined when none): one object shape for every unit keeps the hot loop monomorphic. */
  readonly entity: string | undefined;
}

type Mentioned = NonNullable<SentenceView['source']['mentions']>[number];

/**
 * For each token, the first of the caller's mentions (in their order) that holds its start, or undefined: found by a
 * binary search per mention, where asking every mention at every token cost tokens x mentions.
 */
function mentionsByToken(v: SentenceView, mentions: readonly Mentioned[], shift: number): (Mentioned | undefined)[] {
  const tokens = v.source.tokens;
  const out = new Array<Mentioned | undefined>(v.n).fill(undefined);
  for (const m of mentions) {
    let lo = 0;
    let hi = v.n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.start - shift < m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < v.n && tokens[i]!.start - shift < m.end; i++) out[i] ??= m;
  }
  return out;
}

/** Tokens allowed between two parts of one actor phrase: "Russia 's Foreign Minister", "Secretary of State". */
const GLUE_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);
const GLUE_WORDS = new Set(["'s", "'", 's', '-', 'of', 'the', 'deputy', 'first', 'former', 'acting', 'then']);
const LEFT_SKIP_POS = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);
/** Units a force is counted in ("two companies of the CRPF", "columns of the army"). */
const UNITS: ReadonlySet<string> = new Set([
  'company',
  'companies',
  'column',
  'columns',
  'platoon',
  'platoons',
  'battalion',
  'battalions',
  'contingent',
  'contingents',
]);

const QUANTITIES = new Set([
  'thousands',
  'hundreds',
  'dozens',
  'millions',
  'scores',
  'tens',
  'group',
  'groups',
  'members',
  'supporters',
  'delegation',
  'representatives',
  'number',
  'crowds',
  'crowd',
]);

/** The code an actor has on `date`: the first dated code whose range holds it, else the undated one. */
export function codeOn(codes: readonly DatedCode[], date: string): string | undefined {
  let fallback: string | undefined;
  for (const c of codes) {
    if (!c.from && !c.to) {
      fallback ??= c.code;
      continue;
    }
    if ((!c.from || c.from <= date) && (!c.to || date <= c.to)) return c.code;
  }
  return fallback;
}

/**
 * The first words of every discard, actor and agent phrase, and their plurals of more than three letters (actors match
 * plurals: "albanians" may start "albanian"), made once per dictionaries: most tokens start none, and are passed with
 * one lookup.
 */
const startsOf = new WeakMap<CompiledDictionaries, ReadonlySet<string>>();
function phraseStarts(d: CompiledDictionaries): ReadonlySet<string> {
  let starts = startsOf.get(d);
  if (!starts) {
    starts = new Set([...d.discards.firstWords(), ...d.actors.firstWords(), ...d.agents.firstWords()]);
    for (const w of [...starts]) if (w.length >= 3) (starts as Set<string>).add(`${w}s`);
    startsOf.set(d, starts);
  }
  return starts;
}

/**
 * Finds the actor phrases of a sentence: caller mentions first, then the longest dictionary actor
 * or agent at each position; neighbouring parts of one noun phrase compose ("Ukrainian" UKR +
 * "opposition" ~OPP = UKROPP). Returns undefined when a discard phrase (sports, weather) is present.
 */
export function findActorGroups(v: SentenceView, d: CompiledDictionaries, trace?: Trace): ActorGroup[] | undefined {
  const units: Unit[] = [];
  const mentions = v.source.mentions ?? [];
  const tokens = v.source.tokens;
  const shift = mentionShift(v);
  let cased: boolean | undefined;
  const mentionAt = mentions.length > 0 ? mentionsByToken(v, mentions, shift) : undefined;
  const starts = phraseStarts(d);
  for (let i = 0; i < v.n; ) {
    const m = mentionAt?.[i];
    if (m) {
      let j = i + 1;
      while (j < v.n && tokens[j]!.start - shift < m.end) j++;
      // A caller's bare country ("RUS" for "Putin") gives way to the dictionary's dated code for the same words (RUSGOV).
      const own = d.actors.match(v.lower, i, true);
      const ownCode = own && own.length === j - i ? codeOn(own.value.codes, v.source.date) : undefined;
      const code = ownCode && m.code.length === 3 && ownCode.startsWith(m.code) ? ownCode : m.code;
      units.push({ start: i, end: j, kind: 'actor', code, ruleId: code === m.code ? 'mention' : own!.value.ruleId, entity: m.id ? m.id : undefined });
      i = j;
      continue;
    }
    if (v.pos[i] === 'PUNCT') {
      i++;
      continue;
    }
    // A word no phrase starts with (nor, as a plural, its singular: phraseStarts holds both) is passed with one lookup.
    const starting = starts.has(v.lower[i]!);
    if (starting && d.discards.size > 0 && d.discards.match(v.lower, i)) return undefined;
    let actor = starting ? d.actors.match(v.lower, i, true) : undefined;
    // "scaling a pole", "a turkey": in cased text a one-word name written in lower case is a common noun.
    if (actor && actor.length === 1 && v.pos[i] === 'NOUN' && tokens[i]!.text === v.lower[i] && (cased ??= isCased(tokens))) {
      actor = undefined;
      trace?.push({ rule: ACTOR_RULES.lowerCaseNoun.id, outcome: 'fired', at: { start: tokens[i]!.start, end: tokens[i]!.end }, note: tokens[i]!.text });
    }
    // "doesn't allow us to act", "assured us of a solution" (not "us of a"): "us" written in lower case is the pronoun
    // ("the us army" keeps the country).
    if (actor && tokens[i]!.text === 'us' && v.lower[i - 1] !== 'the') {
      actor = undefined;
      trace?.push({ rule: ACTOR_RULES.usPronoun.id, outcome: 'fired', at: { start: tokens[i]!.start, end: tokens[i]!.end } });
    }
    let agent = starting ? d.agents.match(v.lower, i) : undefined;
    // "his opposition to the plan", "strong opposition to astrology": a stance, not the political opposition.
    if ((agent || actor) && v.lower[i] === 'opposition' && v.lower[i + 1] === 'to' && STANCE_BEFORE.has(v.lower[i - 1] ?? '')) {
      actor = agent = undefined;
      trace?.push({ rule: ACTOR_RULES.oppositionStance.id, outcome: 'fired', at: { start: tokens[i]!.start, end: tokens[i]!.end } });
    }
    const actorCode = actor ? codeOn(actor.value.codes, v.source.date) : undefined;
    if (actor && actorCode && (!agent || actor.length >= agent.length)) {
      units.push({ start: i, end: i + actor.length, kind: 'actor', code: actorCode, ruleId: actor.value.ruleId, entity: undefined });
      i += actor.length;
    } else if (agent) {
      units.push({ start: i, end: i + agent.length, kind: 'agent', code: agent.value.code, ruleId: agent.value.ruleId, entity: undefined });
      i += agent.length;
    } else if (PRONOUNS.has(v.lower[i]!) && v.pos[i] === 'PRON') {
      units.push({ start: i, end: i + 1, kind: 'actor', code: '', ruleId: 'pronoun', entity: undefined });
      i++;
    } else i++;
  }
  const groups: ActorGroup[] = [];
  for (let k = 0; k < units.length; ) {
    let last = k;
    // Whether the phrase so far has an actor (glued's `placed`), kept as it grows rather than searched at each step.
    let placed = units[k]!.kind === 'actor';
    while (last + 1 < units.length && units[last]!.code !== '' && units[last + 1]!.code !== '' && glued(v, units[last]!, units[last + 1]!.start, placed)) {
      last++;
      placed ||= units[last]!.kind === 'actor';
    }
    const parts = units.slice(k, last + 1);
    const group = compose(v, parts);
    if (group) groups.push(possessed(v, group, groups));
    k = last + 1;
  }
  const found = articleCountry(soleCountry(sharedHeads(v, withProperty(v, d, bodyGroups(v, groups, d), prepositionBefore))), v.source.country);
  return withoutKin(v, found, trace);
}

/** "X's brother", "the minister's son": the kin of an actor is not the actor (`actor.kin-not-actor`). */
function withoutKin(v: SentenceView, groups: ActorGroup[], trace?: Trace): ActorGroup[] {
  const kin = (g: ActorGroup): boolean => /^['’]s?$/.test(v.lower[g.end] ?? '') && KIN.has(v.lower[g.end + 1] ?? '');
  if (!groups.some(kin)) return groups;
  const tokens = v.source.tokens;
  for (const g of groups.filter(kin))
    trace?.push({ rule: ACTOR_RULES.kinNotActor.id, outcome: 'fired', at: { start: tokens[g.start]!.start, end: tokens[g.end - 1]!.end } });
  return groups.filter((g) => !kin(g));
}

/** Whether the text uses capitals for names (not all lower or all upper case, as some feeds are). */
function isCased(tokens: readonly { readonly text: string }[]): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (/^[A-Z][a-z]/.test(t)) upper++;
    else if (/^[a-z]+$/.test(t)) lower++;
  }
  return upper > 0 && lower > 0;
}

/** Whether `left` and the unit at `to` are parts of one phrase. "of" glues only after a role noun:
 * "Secretary of State of the US" is one actor, "the Customs Union of Russia, Belarus..." is two. */
function glued(v: SentenceView, left: Unit, to: number, placed = false): boolean {
  const from = left.end;
  if (to - from > 4) return false;
  for (let i = from; i < to; i++) {
    if (v.lower[i] === 'of' && left.kind === 'actor') return false;
    // "soldiers from Gondor" is Gondor's military; "Russia from 1992" is nothing.
    // "security forces in Guinea", "rebels in the Ivory Coast": a role placed in a country is that country's
    // ("the US commander in Iraq" already has one).
    // ("opposition groups in Kenya": a collective head noun may stand between.)
    const last = to - (v.lower[to - 1] === 'the' ? 2 : 1);
    if (
      (v.lower[i] === 'from' || (v.lower[i] === 'in' && !placed && !ELSEWHERE.test(left.code))) &&
      i === last &&
      left.kind === 'agent' &&
      (i === from || (i === from + 1 && QUANTITIES.has(v.lower[from]!)))
    )
      continue;
    // "U.S.-led coalition forces": the second half of a hyphenated adjective belongs to the phrase; "the police
    // lathi-charged the crowd" is a verb (sense.baton-charge), between two phrases.
    if (v.lower[i - 1] === '-' && v.pos[i] === 'VERB' && !chargeStick(v.lower, i)) continue;
    if (!GLUE_POS.has(v.pos[i]!) && !GLUE_WORDS.has(v.lower[i]!)) return false;
  }
  return true;
}

/** Offices of the state one can have held: a "former" holder of one is an elite (actor.former-office). */
const STATE_OFFICES: ReadonlySet<string> = new Set(['~GOV', '~LEG', '~JUD', '~MIL', '~COP', '~SPY']);

/** "former chief minister", "ex-minister", "the former Chadian interior minister": an office held no more. */
function formerOffice(v: SentenceView, agent: Unit): { code: string; rules: readonly string[] } | undefined {
  if (!STATE_OFFICES.has(agent.code)) return undefined;
  let k = agent.start - 1;
  if (v.lower[k] === '-') k--;
  // "the former Chadian interior minister": over an adjective of the country.
  if ((v.pos[k] === 'ADJ' || v.pos[k] === 'PROPN') && v.lower[k] !== 'former') k--;
  return v.lower[k] === 'former' || v.lower[k] === 'ex' ? { code: '---ELI', rules: [ACTOR_RULES.formerOffice.id] } : undefined;
}

function compose(v: SentenceView, parts: readonly Unit[]): ActorGroup | undefined {
  const first = parts[0]!;
  let end = parts[parts.length - 1]!.end;
  // Names the dictionaries lack stay inside the phrase: "President Viktor Yanukovych".
  while (end < v.n && v.pos[end] === 'PROPN' && parts[parts.length - 1]!.kind === 'agent') end++;
  const start = first.start;
  const prep = prepositionBefore(v, start) || undefined;
  const named = end > parts[parts.length - 1]!.end ? (true as const) : undefined;
  // Literals of actorGroup's fields, not spreads of a shared base: compose runs for every phrase of every sentence.
  if (first.code === '' && parts.length === 1) return actorGroup({ start, end, code: '', ruleId: 'pronoun', prep, pronoun: true, named });
  const actors = parts.filter((p) => p.kind === 'actor' && p.code !== '');
  const agents = parts.filter((p) => p.kind === 'agent');
  // "two companies of the rapid action force": a unit of a force is the force's, not a business.
  const unit = (a: Unit): boolean => UNITS.has(v.lower[a.start]!) && v.lower[a.end] === 'of' && agents.some((b) => b.start > a.end);
  const agent = agents.find((a) => a.code !== '~GOV' && !unit(a)) ?? agents[0];
  if (actors.length === 0) {
    if (!agent || !agent.code.startsWith('~')) return undefined;
    // "military aid", "police station": a role noun used as a modifier is no actor ("the police lathi-charged": the stick
    // of the verb's charge, sense.baton-charge, is no noun the role modifies).
    if ((v.pos[end] === 'NOUN' && !chargeStick(v.lower, end + 1)) || (v.pos[end] === 'ADJ' && v.pos[end + 1] === 'NOUN')) return undefined;
    const former = formerOffice(v, agent);
    const rules = [...(former?.rules ?? []), ...(counted(v, start) ?? [])];
    const code = former?.code ?? `---${agent.code.slice(1)}`;
    return actorGroup({ start, end, code, ruleId: agent.ruleId, prep, named, rules: rules.length > 0 ? rules : undefined });
  }
  // The most specific actor wins (a person's RUSGOV over the adjective's RUS); on a tie the later, the head.
  // "NATO-member Norway", "Qaeda-linked Somali group": an actor in a hyphenated modifier gives way to the head's.
  const heads = actors.length > 1 ? actors.filter((a) => v.lower[a.end] !== '-') : actors;
  const candidates = heads.length > 0 ? heads : actors;
  let best = candidates[0]!;
  for (const a of candidates) if (a.code.length >= best.code.length) best = a;
  let code = best.code;
  const former = agent ? formerOffice(v, agent) : undefined;
  if (agent) {
    const sectorless = code.length === 3 || (/^(IGO|NGO)/.test(code) && agent.code !== '~GOV' && code.length <= 6);
    if (sectorless && former) code += former.code.slice(3);
    else if (sectorless && agent.code.startsWith('~')) code += agent.code.slice(1);
    else if (code.length === 3 && agent.code.endsWith('~')) code = agent.code.slice(0, -1) + code;
  }
  const rules: string[] = [...(counted(v, start) ?? [])];
  if (parts.length > 1 && placedIn(v, start, end)) rules.push(ACTOR_RULES.placedRole.id);
  if (heads.length < actors.length) rules.push(ACTOR_RULES.hyphenModifier.id);
  if (former && code.endsWith('ELI')) rules.push(ACTOR_RULES.formerOffice.id);
  return actorGroup({
    start,
    end,
    code,
    ruleId: best.ruleId,
    prep,
    named,
    composed: agent && code !== best.code ? true : undefined,
    rules: rules.length > 0 ? rules : undefined,
    entity: best.entity && code === best.code ? best.entity : undefined,
  });
}

/** "security forces in Guinea": a preposition of place inside the phrase [start, end). */
function placedIn(v: SentenceView, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((v.lower[i] === 'in' || v.lower[i] === 'from') && v.pos[i] === 'ADP') return true;
  return false;
}

/** "Syria offered its troops": a role after a possessive takes the country of the latest actor before it (SYRMIL). */
function possessed(v: SentenceView, g: ActorGroup, before: readonly ActorGroup[]): ActorGroup {
  if (!g.code.startsWith('---') || !/^(its|their)$/.test(v.lower[g.start - 1] ?? '')) return g;
  const owner = [...before].reverse().find((x) => !x.pronoun && /^[A-Z]{3}/.test(x.code) && !x.code.startsWith('---'));
  return owner ? actorGroup({ ...g, code: owner.code.slice(0, 3) + g.code.slice(3), possessive: true, rules: withRule(g, ACTOR_RULES.possessive.id) }) : g;
}

/** "to neighboring Belarus", "with exiled dissidents": a verb form right before a phrase that modifies it. */
export function modifierVerb(v: SentenceView, i: number): boolean {
  return v.pos[i] === 'VERB' && (v.upper[i]!.endsWith('ING') || v.pos[i - 1] === 'ADP' || v.pos[i - 1] === 'DET');
}

/** Words that count a number, not place a phrase: "over 50 persons", "about 200 protesters", "at least 22 men". */
const COUNTING: ReadonlySet<string> = new Set(['over', 'about', 'around', 'upto']);
const TOPIC_BEFORE: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'PRON']);

/**
 * "over 50 persons were arrested", "at least 22 men": the number's counting word at `i` is no preposition of the phrase
 * (actor.counted-phrase); the number's index, or -1.
 */
function countedFrom(v: SentenceView, i: number): number {
  // "a mob of over 1,000 people": the count is the mob's, inside its "of" phrase.
  if (v.lower[i - 1] === 'of' || v.lower[i - 1] === 'to') return -1;
  // "complained to the UN over two Israeli raids": after a noun or a verb, "over" and "about" may be what it is about.
  const atLeast = v.lower[i] === 'at' && (v.lower[i + 1] === 'least' || v.lower[i + 1] === 'most');
  const at = atLeast ? i + 2 : COUNTING.has(v.lower[i]!) && !TOPIC_BEFORE.has(v.pos[i - 1] ?? '') ? i + 1 : -1;
  return at > 0 && v.pos[at] === 'NUM' ? at : -1;
}

/** The rule that read a counting word before the phrase at `start` as no preposition ("over 50 persons"), if any. */
function counted(v: SentenceView, start: number): string[] | undefined {
  const before = (k: number): boolean => {
    const at = countedFrom(v, start - k);
    return at >= 0 && at < start;
  };
  return [1, 2, 3].some(before) ? [ACTOR_RULES.countedPhrase.id] : undefined;
}

/** "with his Ukrainian counterpart" -> "with": the preposition before the phrase's determiners. */
function prepositionBefore(v: SentenceView, start: number): string | undefined {
  let i = start - 1;
  while (i >= 0 && (LEFT_SKIP_POS.has(v.pos[i]!) || v.lower[i] === "'s" || (i === start - 1 && modifierVerb(v, i))) && start - i < 5) i--;
  if (i >= 0 && (v.pos[i] === 'ADP' || (v.pos[i] === 'SCONJ' && v.lower[i] !== 'that') || (v.lower[i] === 'to' && v.pos[i] === 'PART'))) {
    // "thousands of Albanians", "members of the CSTO": the phrase heads what a quantity only counts.
    if (v.lower[i] === 'of' && (v.pos[i - 1] === 'NUM' || QUANTITIES.has(v.lower[i - 1] ?? ''))) return undefined;
    if (countedFrom(v, i) >= 0) return undefined;
    return v.lower[i];
  }
  return undefined;
}
