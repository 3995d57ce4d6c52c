/**
 * Types of the event coder: the dictionaries' compact JSON form (data/dictionaries/*.json), the
 * sentence it reads and the events it writes. Actor and event codes are CAMEO strings (RUSGOV, 042).
 */

/** A CAMEO actor code, optionally limited to a day range (ISO dates, either end open). */
export interface DatedCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

/** One actor: every phrase naming it (lower-case words joined by one space) and its codes over time. */
export interface ActorEntry {
  readonly phrases: readonly string[];
  readonly codes: readonly DatedCode[];
}

/** One agent (role noun): `~GOV` appends GOV to the country it goes with, `IGO~` prepends IGO. */
export interface AgentEntry {
  readonly phrases: readonly string[];
  readonly code: string;
}

/**
 * One element of a verb pattern, parsed from PETRARCH syntax: a word (`w`, a stem when it has no
 * trailing `_` (`x`, exact) and 4+ letters), a synset (`s`, `&NAME`), the source `$`, the target `+`, a compound
 * actor `%` (source and target), `^` (skip a noun phrase), a noun phrase `{...}` or a prepositional
 * phrase `(...)`. `adj` is PETRARCH's `_` connector: after the verb it means "directly after the
 * previous element (or the verb)", before the verb "directly before the next element (or the verb)".
 */
export type PatternElement =
  | { readonly k: 'w'; readonly w: string; readonly x?: true; readonly adj?: true }
  | { readonly k: 's'; readonly s: string; readonly adj?: true }
  | { readonly k: '$' | '+' | '%' | '^'; readonly adj?: true }
  | { readonly k: 'np' | 'pp'; readonly items: readonly PatternElement[]; readonly adj?: true };

/** A verb pattern: elements before the verb (`pre`, in reading order) and after it (`post`). */
export interface VerbPattern {
  /** Stable within a dictionary version: `<block>.<n>`, n counting the block's patterns from 1. */
  readonly id: string;
  /** `042`, `042:043` (an event each way), `:173` (target to source only) or `---` (no event). */
  readonly code: string;
  readonly pre: readonly PatternElement[];
  readonly post: readonly PatternElement[];
  /** The pattern line as written, for "why was this coded?". */
  readonly text: string;
}

/** A verb of a block: its lemma, particles of a phrasal verb (`ASK_FOR`), irregular forms, own code. */
export interface VerbWord {
  readonly lemma: string;
  readonly particles?: readonly string[];
  readonly forms?: readonly string[];
  readonly code?: string;
}

/** A block of synonymous verbs sharing a default code and patterns (PETRARCH-2's `--- NAME [code] ---`). */
export interface VerbBlock {
  readonly name: string;
  readonly code: string;
  readonly verbs: readonly VerbWord[];
  readonly patterns: readonly VerbPattern[];
}

export interface VerbDictionary {
  readonly synsets: Readonly<Record<string, readonly string[]>>;
  readonly blocks: readonly VerbBlock[];
}

/** CAMEO event code: label and PLOVER category (with its mode and context where the mapping gives one). */
export interface CameoCode {
  readonly label: string;
  readonly plover?: string;
  readonly mode?: string;
  readonly context?: string;
}

/** The project's own additions, hand-written: each with an id, an example sentence and a reason. */
interface AdditionActor {
  readonly id: string;
  /** The knowledge-graph id the actor stands for (CSTO), for the pipeline's actor resolution. */
  readonly entity?: string;
  /** Without an entity: the group's name as the news writes it ("Syrian Democratic Forces"). */
  readonly name?: string;
  readonly phrases: readonly string[];
  readonly codes: readonly DatedCode[];
  readonly example: string;
  readonly why: string;
}

interface AdditionPattern {
  readonly id: string;
  /** Verb lemmas the pattern applies to (each also gets a verb entry if the dictionary lacks it). */
  readonly verbs: readonly string[];
  /** PETRARCH pattern syntax, e.g. `* (ON +) TO`, with `*` for the verb. */
  readonly pattern: string;
  readonly code: string;
  readonly example: string;
  readonly why: string;
}

/** A rule of the additions file: its id, an invented example and why it exists (grammar/table.ts lists them). */
export interface DocumentedRule {
  readonly id: string;
  readonly example: string;
  readonly why: string;
}

/** The intent rule: a cooperative event under a modal or an intent verb becomes CAMEO 03x. */
export interface IntentRule extends DocumentedRule {
  readonly id: string;
  readonly modals: readonly string[];
  /** Verbs that take a `to`-infinitive and state an intent: "plans to visit". */
  readonly verbs: readonly string[];
  /** Verbs that commit the speaker: "agreed to", "offered to"; with an uncoded complement they code `promiseCode`. */
  readonly promiseVerbs: readonly string[];
  readonly promiseCode: string;
  /** CAMEO code or prefix -> the 03x code (longest prefix wins). */
  readonly map: Readonly<Record<string, string>>;
  /** Verbs whose `to`-complement is threatened, cooperative or not: "threatened to withdraw". */
  readonly threatVerbs: readonly string[];
  /** Force stated as an intent ("will attack", "wants to attack") -> 13x threats, by prefix. */
  readonly threat: Readonly<Record<string, string>>;
  /** The modals under which force is a threat; the intent verbs always are. */
  readonly threatModals: readonly string[];
  /** Modals under which a conflictual event (root 09 and above) is only hypothetical: not coded. */
  readonly hypotheticalDrop: readonly string[];
}

/** The negation rule: a negated or refused cooperation is CAMEO 12x (reject); a negated conflict is not coded. */
export interface NegationRule extends DocumentedRule {
  readonly id: string;
  /** Verbs that negate their `to`-complement: "refused to meet". */
  readonly verbs: readonly string[];
  /** Of those, the ones that say it did not happen, as "did not" does, without refusing it: "failed to protect". */
  readonly plainVerbs?: readonly string[];
  readonly map: Readonly<Record<string, string>>;
}

/** The demand rule: an appeal or demand verb's embedded clause is the demand's content, not an event. */
export interface DemandRule extends DocumentedRule {
  readonly id: string;
  /** "Y must cooperate" under a speaker's verb: the speaker demands (10x) what Y must do. */
  readonly modals: readonly string[];
  readonly map: Readonly<Record<string, string>>;
}

/** The allegation rule: a claimed or alleged conflict event is an accusation (112) or a claim of responsibility (015). */
export interface AllegationRule extends DocumentedRule {
  readonly id: string;
  readonly verbs: readonly string[];
  /** CAMEO roots from this one up are conflictual enough to be accusations. */
  readonly fromRoot: string;
  readonly accuseCode: string;
  readonly ownCode: string;
}

/** Roots coded without a target (target `---`): protests, shows of force. */
export interface TargetlessRule extends DocumentedRule {
  readonly id: string;
  readonly roots: readonly string[];
}

/**
 * The state-agent rule: a passive of an act only a state performs (arrest, sentence, expel, ban) with no `by`
 * agent was done by the government of the target's country ("the opposition leader was jailed" -> XXXGOV).
 */
export interface StateAgentRule extends DocumentedRule {
  readonly id: string;
  /** CAMEO code prefixes the rule covers. */
  readonly codes: readonly string[];
  /** The sector code the implied agent gets after the country (GOV). */
  readonly sector: string;
  /** Lower-case lemmas of the verbs that name a state's act ("arrest", "jail"); absent: every verb of `codes`. */
  readonly verbs?: readonly string[];
}

/**
 * The complement rule: a `to`-infinitive whose verb is none of the intent, promise, threat or negation
 * verbs is an event only after a verb that says it happened ("continued to send", "tried to hack");
 * after any other verb it is a purpose or the object's task ("summoned the envoy to complain",
 * "staged rallies to demand"), not an event of its own.
 */
export interface ComplementRule extends DocumentedRule {
  readonly id: string;
  /** Lemmas whose `to`-complement took place (aspectual and implicative verbs). */
  readonly verbs: readonly string[];
  /** An intent verb with an object before `to` ("wants Russia to withdraw") is an appeal to it: this code. */
  readonly appealCode: string;
}

/** Nouns whose `that`-clause reports without asserting: "charges that she signed" codes no signing. */
export interface UnassertedRule extends DocumentedRule {
  readonly id: string;
  readonly nouns: readonly string[];
}

/** A verb the CAMEO dictionary lacks, added to one of its blocks (so the block's patterns apply). */
interface AdditionVerb {
  readonly id: string;
  readonly lemma: string;
  readonly particles?: readonly string[];
  readonly block: string;
  readonly code: string;
  readonly example: string;
  readonly why: string;
}

/**
 * Property whose owner a coder names as the target of violence done to it ("attacked the police station": the
 * police, COP): a phrase list and the owner's sector, given the country of the place as roles are
 * (data/dictionaries/entente-domestic.json).
 */
interface PropertyRow extends DocumentedRule {
  readonly id: string;
  readonly phrases: readonly string[];
  readonly sector: string;
}

/**
 * Acts on a place or on a crowd no one names (`entente.area-act`): a curfew, prohibitory orders, an emergency and their
 * easing, the tear gas and batons of crowd control. Coded with no target (`---`), as protests are; in the passive with no
 * agent ("curfew was imposed in the town") the government of the article's home country did it.
 */
export interface AreaActRule extends DocumentedRule {
  readonly id: string;
  /** CAMEO code prefixes the rule covers, whichever pattern gave them (a curfew is always a place's). */
  readonly codes: readonly string[];
  /** Ids of the additions' patterns it covers besides (entente.tear-gas: CAMEO's other 175s, "killed protesters", name their target). */
  readonly patterns: readonly string[];
  /** The sector code the implied agent of an agentless passive gets after the home country (GOV). */
  readonly sector: string;
  /** Lower-case words that name such an act ("curfew"): a sentence of a home country's news naming one is coded though it names no actor. */
  readonly nouns: readonly string[];
}

/** The police as the implied agent of an agentless arrest at home (a sector for some of the state-agent verbs). */
export interface PoliceAgentRule extends DocumentedRule {
  readonly id: string;
  readonly verbs: readonly string[];
  readonly sector: string;
}

export interface Additions {
  readonly verbs?: readonly AdditionVerb[];
  readonly property?: readonly PropertyRow[];
  readonly policeAgent?: PoliceAgentRule;
  readonly areaAct?: AreaActRule;
  readonly synsets?: Readonly<Record<string, readonly string[]>>;
  readonly intent?: IntentRule;
  readonly negation?: NegationRule;
  readonly demand?: DemandRule;
  readonly allegation?: AllegationRule;
  readonly targetless?: TargetlessRule;
  readonly stateAgent?: StateAgentRule;
  readonly complement?: ComplementRule;
  readonly unasserted?: UnassertedRule;
  readonly actors: readonly AdditionActor[];
  readonly agents: readonly (AgentEntry & { readonly id: string; readonly example: string })[];
  readonly patterns: readonly AdditionPattern[];
  /** Phrases of the Phoenix actor dictionary that name no actor as the news writes them (a common noun as an alias). */
  readonly notActors?: readonly (DocumentedRule & { readonly phrases: readonly string[] })[];
}

/** Everything the coder needs, as loaded from data/dictionaries (src/pipeline/dictionary-files.ts). */
export interface EventDictionaries {
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly verbs: VerbDictionary;
  readonly cameo: Readonly<Record<string, CameoCode>>;
  readonly additions?: Additions;
  /** Sentence-level discard phrases (sports teams and the like): a sentence with one codes nothing. */
  readonly discards?: readonly string[];
}

/** A token as the coder reads it: wink-nlp's text, universal POS and lemma, with character offsets. */
export interface CoderToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lemma?: string;
}

/**
 * An actor mention the caller has already resolved, in offsets of the sentence's `text`. Tokens may
 * carry the same offsets or article offsets (then they run past `text` and are shifted to match).
 */
export interface ResolvedMention {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  /** The caller's id for the actor (a graph id): events name it, and an event never has one entity on both sides by accident. */
  readonly id?: string | null;
}

export interface CoderSentence {
  readonly text: string;
  readonly tokens: readonly CoderToken[];
  /** ISO day the sentence speaks about (the article's date): actor codes depend on it. */
  readonly date: string;
  readonly mentions?: readonly ResolvedMention[];
  /** The one country the whole article names, if it names exactly one: roles of no known country are its. */
  readonly country?: string;
  /** Code no event whose source or target is of no known country or entity (`---GOV`, `UNK`): the news pipeline's records must name both. */
  readonly knownActorsOnly?: boolean;
  /** Code only the forward half of a paired code (`042:043`): the news pipeline records the visit, not its hosting too. */
  readonly oneWay?: boolean;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface CodedEvent {
  readonly source: string;
  readonly target: string;
  readonly cameo: string;
  readonly plover: string | null;
  /** What gave the code: `cameo2:CALL.18` (a pattern), `cameo2:CALL` (a verb's default code), `entente.<id>` (ours). */
  readonly ruleId: string;
  /** The grammar rules (grammar/table.ts) that shaped the event, in the order they applied: `entente.intent`, `role.passive-agent`. */
  readonly rules: readonly string[];
  /** The caller's ids of the mentions that are the source and the target (ResolvedMention.id), when they are. */
  readonly sourceId?: string;
  readonly targetId?: string;
  readonly sourceSpan: Span;
  /** null when the event has no target (`target` is then `---`: a protest, a show of force). */
  readonly targetSpan: Span | null;
  readonly verbSpan: Span;
}
