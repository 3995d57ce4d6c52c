/**
 * One article analysed as `ingest` analyses it (pipeline.ts, the same stages, graph and coder), with the account
 * `entente code --explain` gives of it: per sentence, the actors the actor stage resolved, whether the events stage
 * handed the sentence to the coder, the events it stored and every rule of the coder that fired or stopped.
 */
import type { Analysis, CodedEvent } from '../extract/analysis.js';
import type { CoderSentence, EventCoder } from '../extract/event-coder.js';
import type { ExplainedSentence, TraceEntry } from '../extract/events/index.js';
import type { Draft, Stage, StageContext } from '../extract/stage.js';
import type { Article } from '../ingest/article.js';
import { analyze, type AnalyzeOptions } from './pipeline.js';

/** An actor of the actor stage in one sentence: its words (offsets into the text), CAMEO code, graph id and rule. */
interface FoundActor {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly id: string;
  readonly rule: string;
}

interface SentenceAccount {
  readonly text: string;
  readonly start: number;
  readonly actors: readonly FoundActor[];
  /** Whether the events stage handed the sentence to the coder (event-coding.ts says which it skips). */
  readonly coded: boolean;
  /** The events ingest stores for the sentence. */
  readonly events: readonly CodedEvent[];
  /** The coder's rules that fired or stopped, offsets into the text. */
  readonly trace: readonly TraceEntry[];
}

export interface ArticleAccount {
  readonly analysis: Analysis;
  readonly sentences: readonly SentenceAccount[];
  /** The account in words, one line a finding, for `--explain`. */
  lines(): string[];
}

/** `analyze` with the coder's trace kept per sentence: the analysis is the one `analyze` gives alone (and `warnings`). */
export function explainArticle(article: Article, ctx: StageContext, options: AnalyzeOptions = {}, warnings: readonly string[] = []): ArticleAccount {
  const traces = new Map<number, TraceEntry[]>();
  const prefix = `${article.id}#`;
  const coder: EventCoder = {
    ...ctx.coder,
    code(s: CoderSentence, trace?: TraceEntry[]) {
      const kept: TraceEntry[] = [];
      const events = ctx.coder.code(s, kept);
      trace?.push(...kept);
      if (s.id.startsWith(prefix)) traces.set(Number(s.id.slice(prefix.length)), kept);
      return events;
    },
  };
  let last: Draft | undefined;
  const keep: Stage = { name: 'explain', run: (d) => (last = d) };
  const analyzed = analyze(article, { ...ctx, coder }, { ...options, extraStages: [...(options.extraStages ?? []), { after: 'events', stage: keep }] });
  const analysis = warnings.length > 0 ? { ...analyzed, warnings: [...analyzed.warnings, ...warnings] } : analyzed;
  const sentences = (last?.sentences ?? []).map((s): SentenceAccount => {
    const trace = traces.get(s.index);
    return {
      text: s.text,
      start: s.start,
      actors: (last?.actors ?? [])
        .filter((a) => a.sentence === s.index)
        .map((a) => ({ text: a.text, start: a.start, end: a.end, code: a.cameo, id: a.id, rule: a.ruleId })),
      coded: trace !== undefined,
      events: analysis.events.filter((e) => e.start === s.start),
      trace: (trace ?? []).map((t) => ({ ...t, at: { start: t.at.start + s.start, end: t.at.end + s.start } })),
    };
  });
  return { analysis, sentences, lines: () => accountLines(article.text, analysis, sentences, ctx.coder) };
}

function accountLines(text: string, analysis: Analysis, sentences: readonly SentenceAccount[], coder: EventCoder): string[] {
  const home = analysis.home;
  const out = [
    home
      ? `article: home country ${home.country} (${home.ruleId}), published ${analysis.article.published}`
      : `article: no home country, published ${analysis.article.published}`,
  ];
  for (const w of analysis.warnings) out.push(`note: ${w}`);
  for (const s of sentences) {
    const explained: ExplainedSentence = {
      text: s.text,
      start: s.start,
      events: s.events.map((e) => ({
        source: e.source,
        target: e.target ?? '---',
        cameo: e.cameo,
        plover: e.plover,
        ruleId: e.ruleId,
        rules: e.rules,
        // A fresh analysis names both spans; the sentence stands in for one that would not.
        sourceSpan: e.sourceSpan ?? { start: e.start, end: e.end },
        targetSpan: e.targetSpan,
        verbSpan: e.verbSpan ?? { start: e.start, end: e.end },
      })),
      trace: s.trace,
    };
    const lines = coder.explanationLines?.(text, [explained]) ?? [
      `sentence: ${s.text}`,
      ...s.events.map((e) => `  event ${e.source} ${e.cameo} ${e.target ?? '---'}`),
    ];
    const actors = s.actors.map((a) => `  actor "${a.text}" ${a.code || '-'} (${a.id}) by ${a.rule}`);
    const skipped = s.coded
      ? []
      : [
          s.actors.length === 0
            ? '  not coded: no actor of the actor stage in the sentence (only the lead of an article with a home country is coded without one)'
            : '  not coded: its only actors are domestic ones (titled people, parties, bodies at home), coded in the lead of an article with a home country only',
        ];
    out.push(lines[0]!, ...actors, ...skipped, ...lines.slice(1).filter((l) => !(l === '  no event' && !s.coded)));
  }
  return out;
}
