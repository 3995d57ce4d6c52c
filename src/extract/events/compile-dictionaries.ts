import { parsePattern } from './parse-pattern.js';
import { PhraseIndex } from './phrase-index.js';
import { WordTrie } from './word-trie.js';
import type {
  ActorEntry,
  CameoCode,
  EventDictionaries,
  AllegationRule,
  ComplementRule,
  DemandRule,
  IntentRule,
  NegationRule,
  PoliceAgentRule,
  AreaActRule,
  StateAgentRule,
  TargetlessRule,
  UnassertedRule,
  PatternElement,
  VerbPattern,
} from './types.js';

/** A pattern ready to match: its rule id (`cameo2:CALL.18`, `entente.call-on`) and a specificity score. */
export interface CompiledPattern extends VerbPattern {
  readonly ruleId: string;
  readonly score: number;
  /** The project's patterns name their verbs: they apply to those, not to the whole block. */
  readonly lemmas?: readonly string[];
  /** Words and synsets the pattern cannot match without: a sentence lacking one skips it unmatched. */
  readonly needWords: readonly string[];
  readonly needSets: readonly string[];
  /** `pre` re-read for a forward match: `adj` moved onto the element after the `_`. */
  readonly preForward: readonly PatternElement[];
  readonly preGluedToVerb: boolean;
  /** Position in its block (ours first): breaks ties in specificity. */
  readonly order: number;
}

interface CompiledBlock {
  readonly name: string;
  readonly code: string;
  readonly patterns: readonly CompiledPattern[];
  /** Patterns by their first literal word, so a sentence only tries those whose word it has. */
  readonly anchored: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Patterns without a literal word (synsets and actor markers only): always tried. */
  readonly loose: readonly CompiledPattern[];
}

/** One way a token can be a dictionary verb: the block, the verb's own default code, its particles. */
export interface VerbRef {
  readonly block: CompiledBlock;
  readonly lemma: string;
  readonly code: string;
  readonly particles: readonly string[];
}

export interface CompiledDictionaries {
  readonly actors: PhraseIndex<ActorEntry & { readonly ruleId: string }>;
  readonly agents: PhraseIndex<{ readonly code: string; readonly ruleId: string }>;
  readonly discards: PhraseIndex<true>;
  /** Property and its owner's sector ("police station" COP): targets of violence done to it (property-groups.ts). */
  readonly property: PhraseIndex<{ readonly sector: string; readonly ruleId: string }>;
  readonly policeAgent?: PoliceAgentRule;
  readonly areaAct?: AreaActRule;
  /** The area-act rule's nouns (entente.area-act): a sentence with no actor that names one is still coded. */
  readonly areaNouns: ReadonlySet<string>;
  /** Rule ids of the countries' gazetteer entries (a bare country code and its towns, states and regions): places. */
  readonly places: ReadonlySet<string>;
  /** Upper-case surface form or lemma -> verbs (several when a word is in several blocks). */
  readonly verbs: ReadonlyMap<string, readonly VerbRef[]>;
  /** Synset name -> first word of a member -> the members (upper-case word sequences) starting with it. */
  readonly synsets: ReadonlyMap<string, ReadonlyMap<string, readonly (readonly string[])[]>>;
  readonly cameo: Readonly<Record<string, CameoCode>>;
  readonly intent?: IntentRule;
  readonly negation?: NegationRule;
  readonly demand?: DemandRule;
  readonly allegation?: AllegationRule;
  readonly targetless?: TargetlessRule;
  readonly stateAgent?: StateAgentRule;
  readonly complement?: ComplementRule;
  readonly unasserted?: UnassertedRule;
  /** Every word of every pattern and synset: what a sentence must contain for a pattern to be tried. */
  readonly words: WordTrie;
  /** Every modal the rules read ("will", "might", "must"...). */
  readonly modals: ReadonlySet<string>;
  /** Prefix for rule ids of dictionary patterns, e.g. `cameo2`. */
  readonly ruleSet: string;
}

/**
 * Precompiles the dictionaries once: phrase indexes for actors, agents and discards, and verbs
 * indexed by every surface form (regular forms generated, irregular ones from the dictionary), so
 * coding a sentence never scans the 4,600 patterns, only those of the verbs it contains.
 */
export function compileDictionaries(d: EventDictionaries, ruleSet = 'cameo2'): CompiledDictionaries {
  const actors = new PhraseIndex<ActorEntry & { ruleId: string }>();
  const notActors = new Set((d.additions?.notActors ?? []).flatMap((r) => r.phrases));
  d.actors.forEach((a, i) => {
    // One literal shape for every entry, the project's as the dictionary's: the coder's lookups stay monomorphic.
    const value = { phrases: a.phrases, codes: a.codes, ruleId: `${ruleSet}:actor.${i}` };
    for (const p of a.phrases) if (!notActors.has(p)) actors.add(p, value);
  });
  const places = countryEntries(d.actors, ruleSet);
  for (const a of d.additions?.actors ?? []) {
    const value = { phrases: a.phrases, codes: a.codes, ruleId: a.id };
    for (const p of a.phrases) actors.add(p, value);
  }
  const agents = new PhraseIndex<{ code: string; ruleId: string }>();
  d.agents.forEach((a, i) => {
    for (const p of a.phrases) agents.add(p, { code: a.code, ruleId: `${ruleSet}:agent.${i}` });
  });
  for (const a of d.additions?.agents ?? []) for (const p of a.phrases) agents.add(p, { code: a.code, ruleId: a.id });
  const property = new PhraseIndex<{ sector: string; ruleId: string }>();
  for (const r of d.additions?.property ?? []) for (const p of r.phrases) property.add(p, { sector: r.sector, ruleId: r.id });
  const discards = new PhraseIndex<true>();
  for (const p of d.discards ?? []) discards.add(p, true);

  const synsets = new Map<string, string[][]>();
  const addSynsets = (s: Readonly<Record<string, readonly string[]>>): void => {
    for (const [name, members] of Object.entries(s)) {
      const list = synsets.get(name) ?? [];
      for (const m of members)
        list.push(
          m
            .replace(/_+$/, '')
            .split(/[\s_]+/)
            .filter(Boolean)
            .map((w) => w.toUpperCase()),
        );
      synsets.set(name, list);
    }
  };
  addSynsets(d.verbs.synsets);
  if (d.additions?.synsets) addSynsets(d.additions.synsets);

  const verbs = new Map<string, VerbRef[]>();
  const addForm = (form: string, ref: VerbRef): void => {
    const list = verbs.get(form);
    if (!list) verbs.set(form, [ref]);
    else if (!list.some((r) => r.block === ref.block && r.lemma === ref.lemma && r.particles.join() === ref.particles.join())) list.push(ref);
  };
  const blocks = new Map<
    string,
    { name: string; code: string; patterns: CompiledPattern[]; anchored: Map<string, CompiledPattern[]>; loose: CompiledPattern[] }
  >();
  for (const b of d.verbs.blocks) {
    const block = { name: b.name, code: b.code, patterns: b.patterns.map((p) => compilePattern(p, `${ruleSet}:${p.id}`, 0)), anchored: new Map(), loose: [] };
    blocks.set(b.name, block);
    for (const v of b.verbs) {
      const ref: VerbRef = { block, lemma: v.lemma, code: v.code ?? b.code, particles: v.particles ?? [] };
      for (const f of [...regularForms(v.lemma), ...(v.forms ?? [])]) addForm(f, ref);
    }
  }
  for (const a of d.additions?.verbs ?? []) {
    const block = blocks.get(a.block);
    if (!block) continue;
    const ref: VerbRef = { block, lemma: a.lemma.toUpperCase(), code: a.code, particles: (a.particles ?? []).map((x) => x.toUpperCase()) };
    for (const f of regularForms(a.lemma)) addForm(f, ref);
  }
  for (const p of d.additions?.patterns ?? []) {
    const parsed = parsePattern(p.pattern);
    if (!parsed) continue;
    const lemmas = p.verbs.map((v) => v.toUpperCase());
    const compiled: CompiledPattern = { ...compilePattern({ id: p.id, code: p.code, ...parsed, text: p.pattern }, p.id, 1), lemmas };
    for (const lemma of lemmas) {
      const refs = verbs.get(lemma)?.filter((r) => r.lemma === lemma && r.particles.length === 0) ?? [];
      if (refs.length === 0) {
        const block = { name: `ENTENTE_${lemma}`, code: '---', patterns: [] as CompiledPattern[], anchored: new Map(), loose: [] };
        blocks.set(block.name, block);
        const ref: VerbRef = { block, lemma, code: '---', particles: [] };
        for (const f of regularForms(lemma)) addForm(f, ref);
        refs.push(ref);
      }
      // Ours go first: on equal specificity the earlier pattern wins.
      for (const r of refs) {
        const list = blocks.get(r.block.name)?.patterns;
        if (list && !list.includes(compiled)) list.unshift(compiled);
      }
    }
  }
  for (const block of blocks.values()) {
    block.patterns = block.patterns.map((p, order) => ({ ...p, order }));
    for (const p of block.patterns) {
      const anchor = p.needWords[0];
      if (anchor === undefined) block.loose.push(p);
      else {
        const list = block.anchored.get(anchor);
        if (list) list.push(p);
        else block.anchored.set(anchor, [p]);
      }
    }
  }
  const synsetIndex = new Map<string, Map<string, string[][]>>();
  for (const [name, members] of synsets) {
    const byFirst = new Map<string, string[][]>();
    for (const m of members) {
      if (m.length === 0) continue;
      const list = byFirst.get(m[0]!);
      if (list) list.push(m);
      else byFirst.set(m[0]!, [m]);
    }
    synsetIndex.set(name, byFirst);
  }
  const modals = new Set([...(d.additions?.intent?.modals ?? []), ...(d.additions?.demand?.modals ?? [])]);
  const words = new WordTrie();
  for (const block of blocks.values()) for (const p of block.patterns) for (const w of p.needWords) words.add(w);
  for (const byFirst of synsetIndex.values()) for (const first of byFirst.keys()) words.add(first);
  return {
    words,
    modals,
    actors: actors.seal(),
    agents: agents.seal(),
    property: property.seal(),
    discards: discards.seal(),
    places,
    verbs,
    synsets: synsetIndex,
    cameo: d.cameo,
    ...(d.additions?.intent ? { intent: d.additions.intent } : {}),
    ...(d.additions?.negation ? { negation: d.additions.negation } : {}),
    ...(d.additions?.demand ? { demand: d.additions.demand } : {}),
    ...(d.additions?.allegation ? { allegation: d.additions.allegation } : {}),
    ...(d.additions?.targetless ? { targetless: d.additions.targetless } : {}),
    ...(d.additions?.stateAgent ? { stateAgent: d.additions.stateAgent } : {}),
    ...(d.additions?.policeAgent ? { policeAgent: d.additions.policeAgent } : {}),
    ...(d.additions?.areaAct ? { areaAct: d.additions.areaAct } : {}),
    areaNouns: new Set(d.additions?.areaAct?.nouns ?? []),
    ...(d.additions?.complement ? { complement: d.additions.complement } : {}),
    ...(d.additions?.unasserted ? { unasserted: d.additions.unasserted } : {}),
    ruleSet,
  };
}

/**
 * The gazetteer entry of each country: of the entries whose one code is that bare country code, the one with the most
 * phrases ("india", "indian", "new delhi", "gujarat"...); a person or body coded with the bare country has few.
 */
function countryEntries(actors: EventDictionaries['actors'], ruleSet: string): ReadonlySet<string> {
  const best = new Map<string, { i: number; n: number }>();
  actors.forEach((a, i) => {
    const only = a.codes.length === 1 && !a.codes[0]!.from && !a.codes[0]!.to ? a.codes[0]!.code : '';
    if (!/^[A-Z]{3}$/.test(only)) return;
    const seen = best.get(only);
    if (!seen || a.phrases.length > seen.n) best.set(only, { i, n: a.phrases.length });
  });
  return new Set([...best.values()].filter((b) => b.n > 1).map((b) => `${ruleSet}:actor.${b.i}`));
}

function compilePattern(p: VerbPattern, ruleId: string, bonus: number): CompiledPattern {
  const needWords: string[] = [];
  const needSets: string[] = [];
  const collect = (elements: readonly PatternElement[]): void => {
    for (const e of elements) {
      if (e.k === 'w') needWords.push(e.w);
      else if (e.k === 's') needSets.push(e.s);
      else if (e.k === 'np' || e.k === 'pp') collect(e.items);
    }
  };
  collect(p.pre);
  collect(p.post);
  const preForward = p.pre.map((e, k) => {
    const glued = k > 0 && p.pre[k - 1]!.adj === true;
    const { adj: _drop, ...rest } = e;
    return (glued ? { ...rest, adj: true } : rest) as PatternElement;
  });
  const preGluedToVerb = p.pre.length > 0 && p.pre[p.pre.length - 1]!.adj === true;
  return { ...p, ruleId, score: score(p.pre) + score(p.post) + bonus, needWords, needSets, preForward, preGluedToVerb, order: 0 };
}

/** Specificity: words and synsets count 2, actor markers 1, so "* (ON +) TO" beats "* (ON)". */
function score(elements: readonly PatternElement[]): number {
  let s = 0;
  for (const e of elements) {
    if (e.k === 'w' || e.k === 's') s += 2;
    else if (e.k === '$' || e.k === '+' || e.k === '%') s += 1;
    else if (e.k === 'np' || e.k === 'pp') s += score(e.items);
  }
  return s;
}

/** ATTACK -> ATTACKS, ATTACKED, ATTACKING; also the doubled-consonant forms (PLAN -> PLANNED). */
export function regularForms(lemma: string): string[] {
  const w = lemma.toUpperCase();
  const out = new Set([w]);
  if (/[^AEIOU]Y$/.test(w)) {
    out.add(`${w.slice(0, -1)}IES`);
    out.add(`${w.slice(0, -1)}IED`);
  } else if (/(S|X|Z|CH|SH)$/.test(w)) {
    out.add(`${w}ES`);
    out.add(`${w}ED`);
  } else {
    out.add(`${w}S`);
    out.add(w.endsWith('E') ? `${w}D` : `${w}ED`);
  }
  out.add(/[^E]E$/.test(w) ? `${w.slice(0, -1)}ING` : `${w}ING`);
  if (/[^AEIOU][AEIOU][BDGKLMNPRT]$/.test(w)) {
    const last = w[w.length - 1]!;
    out.add(`${w}${last}ED`);
    out.add(`${w}${last}ING`);
  }
  return [...out];
}
