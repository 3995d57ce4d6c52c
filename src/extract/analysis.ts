import type { HomeCountry } from './home-country.js';
import type { IsoDate, Precision } from '../core/time.js';

export interface Caption {
  readonly text: string;
  /** Who the photo is credited to, when the caption says. */
  readonly credit: string | null;
}

/** An article's metadata, as analysed, stored and served. */
export interface ArticleMeta {
  readonly id: string;
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly published: IsoDate;
  /** The article had no date: `published` is the ingest day, and every relative date inherits the guess. */
  readonly dateEstimated: boolean;
  readonly url: string | null;
  readonly captions: readonly Caption[];
}

/** What the pipeline needs of an article; `ingest`'s Article has this shape and more. */
export interface ArticleInput extends ArticleMeta {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** Character offsets into the article text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Token extends Span {
  readonly text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB...). */
  readonly pos: string;
  /** wink-nlp's lemma ("said" -> "say"): the event coder matches verbs by it. */
  readonly lemma: string;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly text: string;
  readonly tokens: readonly Token[];
}

export interface DateMention extends Span {
  readonly text: string;
  readonly sentence: number;
  readonly date: IsoDate;
  readonly precision: Precision;
  readonly ruleId: string;
}

/** A stretch of text that names something, before it is resolved into an actor. */
export interface Mention extends Span {
  readonly text: string;
  readonly sentence: number;
  readonly entityId: string;
  /** How the alias names it: `capital` and `demonym` mentions stand for a state's government or people. */
  readonly aliasKind: string;
  readonly ruleId: string;
}

/** `place` comes only from the trained recognizer (unknown-actors), for places no dictionary knows. */
export type ActorType = 'state' | 'government' | 'organization' | 'alliance' | 'agreement' | 'person' | 'place';

export interface Actor extends Span {
  readonly text: string;
  readonly sentence: number;
  /** The graph id (RUS, CSTO, Q7747); for a person no dictionary knows, `person:` + a slug of the name. */
  readonly id: string;
  readonly type: ActorType;
  /** "head of state", "former prime minister, opposition", "military expert"; null for states and bodies. */
  readonly role: string | null;
  readonly name: string;
  /** The state a person or government acts for, when known. */
  readonly state: string | null;
  /** The CAMEO actor code: RUS, RUSGOV, UKROPP, IGOWSTNAT... */
  readonly cameo: string;
  /** For an anaphor or a short name: the start offset of the actor it refers back to. */
  readonly refersTo: number | null;
  readonly confidence: number;
  readonly ruleId: string;
}

/**
 * How much of an event's date is known; `undated`: nothing, the article having no date (its `published` is the
 * ingest day) and the event's clause no date with a year ("on friday" of an unknown week is no day).
 */
export type EventPrecision = Precision | 'undated';

export interface CodedEvent extends Span {
  readonly source: string;
  readonly target: string | null;
  /** Graph ids behind the CAMEO codes, for queries by actor. */
  readonly sourceId: string | null;
  readonly targetId: string | null;
  readonly cameo: string;
  readonly plover: string | null;
  /**
   * The day the event took place, as precise as `datePrecision` says: a date expression governing the event's
   * clause ("last year", "on Tuesday") resolved against the article's date, else the article's date. A year
   * is kept as 1 July of that year, as the date rules and `--on YYYY` read it. For an `undated` event (an article
   * with no date, and no expression with a year in its clause) it is the ingest day, kept only to sort by.
   */
  readonly date: IsoDate;
  readonly datePrecision: EventPrecision;
  /** The date expression that dated the event ("last year"), or null when it carries the article's date. */
  readonly dateText: string | null;
  readonly sentence: string;
  /** What gave the code: a CAMEO.2.0 pattern (`cameo2:MEET_PEOPLE.4`), a verb block's default, or a rule of ours. */
  readonly ruleId: string;
  /** The grammar rules that shaped the event (src/extract/events/grammar/table.ts); empty for rows stored before migration 012. */
  readonly rules: readonly string[];
  /** The words of the source, the target and the verb in the article (character offsets); null only in rows stored before migration 012. */
  readonly sourceSpan: Span | null;
  readonly targetSpan: Span | null;
  readonly verbSpan: Span | null;
}

/** Predicates of the graph, plus what the news states that the graph has no relation for. */
export type ProposedPredicate = 'member_of' | 'applied_to' | 'party_to' | 'hosts_base_of' | 'holds_office' | 'founded_in' | 'force_size' | 'has_provision';

export interface ProposedFact extends Span {
  readonly predicate: ProposedPredicate;
  readonly subject: string;
  readonly object: string;
  readonly qualifiers: Readonly<Record<string, string | number | boolean>>;
  readonly text: string;
  readonly confidence: number;
  readonly ruleId: string;
  /** A change of membership: the status from the day on (member, suspended, withdrawn, observer, candidate, applied). */
  readonly status?: string;
  /** The day the change took effect, as precise as `precision` says (a year's fact starts on 1 January). */
  readonly from?: IsoDate;
  /** The last day, when the article says the status ended (rarely); a fact that ends before it starts is refused on review. */
  readonly to?: IsoDate;
  readonly precision?: Precision;
}

export type ClaimStatus = 'supported' | 'contradicted' | 'unverifiable';

export interface Claim extends Span {
  readonly text: string;
  readonly status: ClaimStatus;
  readonly explanation: string;
  /** e.g. `incomplete_list` for a count whose list leaves members out. */
  readonly flag: string | null;
  /** Graph ids the claim leaves out or gets wrong (the member an incomplete list omits). */
  readonly names: readonly string[];
  /** Graph facts that support or contradict the claim (fact ids). */
  readonly evidence: readonly string[];
  readonly ruleId: string;
}

export interface Analysis {
  readonly article: ArticleMeta;
  /** The article's home country with its confidence and evidence (extract/home-country.ts); null when none or several. */
  readonly home?: HomeCountry | null;
  readonly actors: readonly Actor[];
  readonly events: readonly CodedEvent[];
  readonly facts: readonly ProposedFact[];
  readonly claims: readonly Claim[];
  readonly dates: readonly DateMention[];
  readonly warnings: readonly string[];
  readonly stats: { readonly sentences: number; readonly tokens: number };
}
