import { codeSentenceLearned, LEARNED_MODES, LEARNED_RULE, type LearnedTypes } from './classifier-gate.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import type { GrammarRule, TraceEntry } from './grammar/rule.js';
import type { CodedEvent, CoderSentence } from './types.js';
import { tokenizeSentences } from './wink-tokens.js';

/** One sentence coded with its trace: the events and why, and every rule that stopped a verb or an event. */
export interface ExplainedSentence {
  readonly text: string;
  readonly start: number;
  readonly events: readonly CodedEvent[];
  readonly trace: readonly TraceEntry[];
}

/** Codes `text` sentence by sentence as codeText does, keeping each sentence's trace (offsets into `text`). */
export function explainText(
  text: string,
  date: string,
  d: CompiledDictionaries,
  options: Pick<CoderSentence, 'country' | 'knownActorsOnly' | 'oneWay'> = {},
  learned?: LearnedTypes,
): ExplainedSentence[] {
  return tokenizeSentences(text).map((s) => {
    const trace: TraceEntry[] = [];
    const events = codeSentenceLearned({ text, tokens: s.tokens, date, ...options }, d, learned, trace);
    return { text: s.text, start: s.start, events, trace };
  });
}

/**
 * The explanation as lines for a reader: each event with its code's label, its actors' words and the rules that
 * made it; then each rule that stopped a verb or an event, with the words it stopped and its reason.
 */
export function formatExplanation(text: string, sentences: readonly ExplainedSentence[], table: readonly GrammarRule[], d: CompiledDictionaries): string[] {
  const byId = new Map(table.map((r) => [r.id, r]));
  const words = (s: { start: number; end: number } | null): string => (s ? text.slice(s.start, s.end) : '-');
  const out: string[] = [];
  for (const s of sentences) {
    out.push(`sentence: ${s.text}`);
    if (s.events.length === 0) out.push('  no event');
    for (const e of s.events) {
      out.push(`  event ${e.source} ${e.cameo} ${e.target}  (${d.cameo[e.cameo]?.label ?? '?'}; PLOVER ${e.plover ?? '-'})`);
      out.push(`    source "${words(e.sourceSpan)}", verb "${words(e.verbSpan)}", target "${words(e.targetSpan)}"`);
      out.push(`    code from ${e.ruleId}`);
      const learned = (r: string) => (r === LEARNED_RULE.id ? LEARNED_RULE.reason : LEARNED_MODES.find((m) => m.id === r)?.reason);
      for (const r of e.rules) out.push(`    fired ${r}: ${learned(r) ?? byId.get(r)?.reason ?? ''}`);
    }
    for (const t of s.trace.filter((x) => x.outcome === 'stopped')) {
      out.push(`  stopped "${words(t.at)}"${t.note ? ` (${t.note})` : ''} by ${t.rule}: ${byId.get(t.rule)?.reason ?? ''}`);
    }
    for (const t of s.trace.filter((x) => x.outcome === 'fired')) out.push(`  read "${words(t.at)}" by ${t.rule}: ${byId.get(t.rule)?.reason ?? ''}`);
  }
  return out;
}
