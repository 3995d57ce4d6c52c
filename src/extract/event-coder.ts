import type { IsoDate } from '../core/time.js';
import type { ExplainedSentence, TraceEntry } from './events/index.js';

/** An actor as the coder sees it inside one sentence: offsets relative to the sentence text. */
export interface CoderActor {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** CAMEO actor code (RUSGOV, UKR, IGOWSTNAT). */
  readonly code: string;
  /** Graph id, when the actor is in the graph. */
  readonly id: string | null;
}

interface Offsets {
  readonly start: number;
  readonly end: number;
}

export interface CoderSentence {
  readonly id: string;
  readonly text: string;
  /** Tokens with offsets relative to the sentence text. */
  readonly tokens: readonly { readonly text: string; readonly start: number; readonly end: number; readonly pos: string; readonly lemma: string }[];
  readonly date: IsoDate;
  readonly actors: readonly CoderActor[];
  /** The one country the article names (its CAMEO code), if exactly one: roles of no known country are its. */
  readonly country?: string;
}

interface CoderEvent {
  readonly source: string;
  readonly target: string | null;
  /** Graph ids of the actors the event's source and target words are (the caller's actors), when known. */
  readonly sourceId: string | null;
  readonly targetId: string | null;
  readonly cameo: string;
  readonly plover: string | null;
  readonly ruleId: string;
  readonly rules: readonly string[];
  /** The words of the source and the target, offsets relative to the sentence text (target null: a target-less protest). */
  readonly sourceSpan: Offsets;
  readonly targetSpan: Offsets | null;
  /** The event's own day when the coder knows it; else the pipeline dates it from the verb's clause. */
  readonly date?: IsoDate;
  /** The verb (or verb phrase) that fired, offsets relative to the sentence text: its clause dates the event. */
  readonly verb: Offsets;
}

/**
 * The seam to event coding (CAMEO verb patterns, built in extract/events/). The pipeline calls it once per
 * sentence with the actors already resolved; `pipeline/event-coder-adapter.ts` adapts the coder to it.
 */
export interface EventCoder {
  readonly name: string;
  /** `trace`, when given, receives every rule that fired or stopped a verb or an event (offsets into the sentence). */
  code(sentence: CoderSentence, trace?: TraceEntry[]): readonly CoderEvent[];
  /** The coder's account of sentences coded with a trace, a line a rule, for `entente code --explain`. */
  explanationLines?(text: string, sentences: readonly ExplainedSentence[]): string[];
  /** Groups the coder's dictionaries name that the graph does not hold: the actor stage finds them as the coder would. */
  readonly groups?: readonly NamedGroup[];
  /**
   * People the coder's dictionaries name with dated codes (Phoenix dates a code only for a person's offices: "george
   * fernandes" INDGOVMIL 2003-2004), by names of two words or more: the actor stage finds them as the coder would.
   */
  readonly people?: readonly NamedGroup[];
  /** The agents dictionary (role words and their CAMEO sector, "police" ~COP): titles before a name (titled-people.ts). */
  readonly agents?: readonly { readonly phrases: readonly string[]; readonly code: string }[];
  /** Words that name an act on a place ("curfew", entente.area-act): a sentence past the lead naming one is coded though it names no actor. */
  readonly areaWords?: readonly string[];
}

/** An armed group or a party of the coder's dictionaries (Hezbollah, the PKK, the SDF): no graph entity, a CAMEO code. */
export interface NamedGroup {
  /** `group:<rule id>`, stable across runs. */
  readonly id: string;
  readonly name: string;
  /** Lower-case words, as the dictionaries write them. */
  readonly phrases: readonly string[];
  readonly codes: readonly { readonly code: string; readonly from?: string; readonly to?: string }[];
}

export const noEventCoder: EventCoder = { name: 'none', code: () => [] };
