import placesFile from '../../data/curated/home-places.json' with { type: 'json' };
import type { Actor, Sentence } from './analysis.js';
import { tokenKey } from './gazetteer.js';
import { isLowercaseText } from './lowercase-text.js';
import { keysOf } from './phrase-index.js';
import type { Stage } from './stage.js';

/** One piece of evidence for an article's home country: the words, where they are, which rule read them. */
interface HomeEvidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** ISO 3166-1 alpha-3, as the graph's state ids. */
  readonly country: string;
  readonly ruleId: string;
}

/** The country an article is about at home, with how sure and why (the evidence of the winning country only). */
export interface HomeCountry {
  readonly country: string;
  readonly confidence: number;
  readonly ruleId: string;
  readonly evidence: readonly HomeEvidence[];
}

interface HomeRule {
  readonly id: string;
  readonly weight: number;
  readonly example: string;
  readonly reason: string;
}

/** How each kind of evidence counts. Places and institutions are the article's own ground; a dateline most of all. */
export const HOME_RULES = {
  place: {
    id: 'home.place',
    weight: 1,
    example: 'Shops were burnt in two towns of Ruritania Pradesh (a subdivision or a major city of one state)',
    reason: 'domestic news names the provinces and cities where things happen; foreign news names states',
  },
  institution: {
    id: 'home.institution',
    weight: 2,
    example: 'the lok sabha was adjourned; the union minister said',
    reason: 'a legislature or an office only one state has places the article in that state',
  },
  dateline: {
    id: 'home.dateline',
    weight: 3,
    example: 'lucknow: the police said on monday...',
    reason: 'the place a story was filed from, opening a line, is where the story is',
  },
  actorState: {
    id: 'home.actor-state',
    weight: 1,
    example: 'the Indian government said',
    reason: 'each actor acting for a state (a state, its government, an officeholder) counts once',
  },
  decide: {
    id: 'home.decide',
    weight: 0,
    example: 'gujarat (1) + ahmedabad (1) + "vadodara:" (3) + India (1) against Pakistan (1): India',
    reason:
      'the leading state must have three times the next one; and a second state named as an actor twice or more makes a foreign-affairs article, unless places and institutions alone outweigh it three times',
  },
  datelineLeads: {
    id: 'home.dateline-leads',
    weight: 0,
    example: '"surat:" (3) + gujarat (1) + India (3) against British (3): India, as no British place is named',
    reason:
      'a dateline of one state’s city, that state leading, and no other state with a place, institution or dateline of its own: the states named are the news’s subjects abroad, not its ground',
  },
  sole: {
    id: 'home.sole-state',
    weight: 0,
    example: 'Ruritania announced new taxes (the only state named)',
    reason: 'an article naming one state and nothing else is that state’s, as the event coder always read it',
  },
} as const satisfies Record<string, HomeRule>;

interface PlaceEntry {
  readonly country: string;
  readonly ruleId: string;
}

interface PlaceIndex {
  readonly byKey: ReadonlyMap<string, PlaceEntry>;
  readonly prefixes: ReadonlySet<string>;
  /** Trailing word runs of the names ("pradesh" of "uttar pradesh"): when to stop looking left. */
  readonly suffixes: ReadonlySet<string>;
}

const INSTITUTION_SOURCES = new Set(['ipu-parline', 'gov-seat']);

/** Keys as the gazetteer writes tokens; a name under two states tells neither and is left out. */
function buildIndex(): PlaceIndex {
  const byKey = new Map<string, PlaceEntry>();
  const ambiguous = new Set<string>();
  for (const [country, groups] of Object.entries(placesFile.places)) {
    for (const [source, names] of Object.entries(groups as Record<string, string[]>)) {
      const ruleId = INSTITUTION_SOURCES.has(source) ? HOME_RULES.institution.id : HOME_RULES.place.id;
      for (const name of names) {
        const key = name
          .split(/[\s-]+/)
          .map((w) => tokenKey(w))
          .filter((w) => w !== '')
          .join(' ');
        const had = byKey.get(key);
        if (had && had.country !== country) ambiguous.add(key);
        byKey.set(key, { country, ruleId });
      }
    }
  }
  for (const k of ambiguous) byKey.delete(k);
  const prefixes = new Set<string>();
  const suffixes = new Set<string>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    for (let n = 1; n < words.length; n++) {
      prefixes.add(words.slice(0, n).join(' '));
      suffixes.add(words.slice(n).join(' '));
    }
  }
  return { byKey, prefixes, suffixes };
}

let index: PlaceIndex | undefined;

/** The state of the curated place or institution whose last token is `last` ("maharashtra" before "police"), if any. */
export function placeEndingAt(tokens: readonly { readonly text: string }[], last: number): { first: number; country: string } | null {
  index ??= buildIndex();
  const keys = keysOf(tokens);
  let key = '';
  for (let n = 1; n <= MAX_WORDS && last - n + 1 >= 0; n++) {
    const k = keys[last - n + 1]!;
    if (k === '') return null;
    key = key === '' ? k : `${k} ${key}`;
    const entry = index.byKey.get(key);
    if (entry) return { first: last - n + 1, country: entry.country };
    if (!index.suffixes.has(key)) return null;
  }
  return null;
}
const MAX_WORDS = 5;
const JOINERS = new Set(['-', '.', "'", '’']);

/** "Vadodara:" or "Kolkata, March 3 -" opening a line. */
function opensLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(lineStart, start).trim() === '' && /^\s*(?::|\(|,\s*\d|,\s*\p{L}+\s+\d)/u.test(text.slice(end, end + 30));
}

/** The places and institutions of the curated list that the sentences name (capitalized, unless the text is lower-cased). */
function placesNamed(text: string, sentences: readonly Sentence[]): HomeEvidence[] {
  index ??= buildIndex();
  const lower = isLowercaseText(text);
  const out: HomeEvidence[] = [];
  for (const s of sentences) {
    const toks = s.tokens;
    const keys = keysOf(toks);
    for (let i = 0; i < toks.length; i++) {
      if (!lower && !/^\p{Lu}/u.test(toks[i]!.text)) continue;
      let key = '';
      let best: { last: number; entry: PlaceEntry } | null = null;
      for (let j = i; j < toks.length && j < i + MAX_WORDS * 2; j++) {
        const k = keys[j]!;
        if (k === '') {
          if (JOINERS.has(toks[j]!.text) && j > i) continue;
          break;
        }
        key = key === '' ? k : `${key} ${k}`;
        const entry = index.byKey.get(key);
        if (entry) best = { last: j, entry };
        if (!index.prefixes.has(key)) break;
      }
      if (!best) continue;
      const start = toks[i]!.start;
      const end = toks[best.last]!.end;
      const dateline = opensLine(text, start, end);
      out.push({ text: text.slice(start, end), start, end, country: best.entry.country, ruleId: dateline ? HOME_RULES.dateline.id : best.entry.ruleId });
      i = best.last;
    }
  }
  return out;
}

const WEIGHT: Record<string, number> = Object.fromEntries(Object.values(HOME_RULES).map((r) => [r.id, r.weight]));

/** The actors that speak for a state: states, governments, people with a state; a capital as a venue is a place. */
function actorEvidence(actors: readonly Actor[], text: string): HomeEvidence[] {
  const out: HomeEvidence[] = [];
  for (const a of actors) {
    if (a.ruleId === 'actor.capital-as-venue') {
      const ruleId = opensLine(text, a.start, a.end) ? HOME_RULES.dateline.id : HOME_RULES.place.id;
      out.push({ text: a.text, start: a.start, end: a.end, country: a.id, ruleId });
    } else if (a.state !== null && a.ruleId !== 'domestic.article-home') {
      out.push({ text: a.text, start: a.start, end: a.end, country: a.state, ruleId: HOME_RULES.actorState.id });
    }
  }
  return out;
}

/**
 * The article's home country: the one state its places, institutions, dateline and actors point to, or null when
 * they point to none or to several (a foreign-affairs article). The one function the pipeline asks for the country
 * of roles that name none ("the police", "the state government").
 */
export function articleHome(text: string, sentences: readonly Sentence[], actors: readonly Actor[]): HomeCountry | null {
  const evidence = [...placesNamed(text, sentences), ...actorEvidence(actors, text)];
  if (evidence.length === 0) return null;
  const score = new Map<string, { total: number; domestic: number; actors: number }>();
  for (const e of evidence) {
    const s = score.get(e.country) ?? { total: 0, domestic: 0, actors: 0 };
    const w = WEIGHT[e.ruleId] ?? 0;
    s.total += w;
    if (e.ruleId === HOME_RULES.actorState.id) s.actors++;
    else s.domestic += w;
    score.set(e.country, s);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]));
  const [country, top] = ranked[0]!;
  const second = ranked[1]?.[1];
  const sum = ranked.reduce((n, [, s]) => n + s.total, 0);
  const own = evidence.filter((e) => e.country === country);
  if (!second) return { country, confidence: Math.min(0.95, 0.6 + 0.05 * top.total), ruleId: HOME_RULES.sole.id, evidence: own };
  if (top.total < 3 * second.total || (second.actors >= 2 && top.domestic < 3 * second.total)) {
    const datelined = own.some((e) => e.ruleId === HOME_RULES.dateline.id);
    if (!datelined || top.total <= second.total || ranked.slice(1).some(([, s]) => s.domestic > 0)) return null;
    return { country, confidence: Math.min(0.8, 0.5 + 0.3 * (top.total / sum)), ruleId: HOME_RULES.datelineLeads.id, evidence: own };
  }
  return { country, confidence: Math.min(0.95, 0.5 + 0.45 * (top.total / sum)), ruleId: HOME_RULES.decide.id, evidence: own };
}

/** Runs after the named actors and people, before the actors that need a home country (domestic.ts) and the events. */
export const homeStage: Stage = {
  name: 'home',
  run: (draft) => ({ ...draft, home: articleHome(draft.article.text, draft.sentences, draft.actors) }),
};
