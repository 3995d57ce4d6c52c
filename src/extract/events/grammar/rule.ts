import type { Span } from '../types.js';

/**
 * A grammar rule of the event coder, as data: a stable id, an invented example sentence, the reason a coder would
 * give, and what it does. `stop`: the verb codes no event of its own (a modifier, a purpose, what is only said or
 * hoped); `code`: the event's code changes (a refusal, an intent, a threat, a verb's sense); `role`: who the source
 * or target is (a passive's agent, a state that arrests); `actor`: how an actor phrase is read. Every row of the
 * one table (grammar/table.ts) is pinned by a row of test/unit/events-rules.test.ts whose sentence makes it fire.
 */
export interface GrammarRule {
  readonly id: string;
  readonly effect: 'stop' | 'code' | 'role' | 'actor';
  readonly example: string;
  readonly reason: string;
}

/** A rule with its test: `applies(site)` says whether it holds at one place of the sentence. */
export interface SiteRule<S> extends GrammarRule {
  readonly applies: (site: S) => boolean;
}

/** One decision taken on one sentence: which rule, where (the verb, in the sentence's offsets), fired or stopped. */
export interface TraceEntry {
  readonly rule: string;
  readonly outcome: 'fired' | 'stopped';
  readonly at: Span;
  readonly note?: string;
}

/** Where the coder writes its decisions when asked to explain; absent on the hot path. */
export type Trace = TraceEntry[] | undefined;

/** The first rule of `rules` that applies at `site`, recorded as a stop; undefined when none does. */
export function firstStop<S>(rules: readonly SiteRule<S>[], site: S, trace: Trace, at: () => Span): SiteRule<S> | undefined {
  for (const r of rules) {
    if (!r.applies(site)) continue;
    trace?.push({ rule: r.id, outcome: 'stopped', at: at() });
    return r;
  }
  return undefined;
}
