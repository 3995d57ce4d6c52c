import type { Sentence, Span, Token } from './analysis.js';
import type { Stage } from './stage.js';
import { navigationLists } from './navigation-lists.js';
import { cutLongSentence, limitsWarning } from './tokenizer-limits.js';
import { readWink } from './wink-read.js';

/**
 * Sentences and tokens with character offsets into the text (wink-read.ts). Over-long words and sentences are
 * cut (tokenizer-limits.ts); `limits` counts what was cut.
 */
export function splitSentences(original: string, limits: { brokenWords: number; cutSentences: number } = { brokenWords: 0, cutSentences: 0 }): Sentence[] {
  const read = readWink(original);
  limits.brokenWords += read.brokenWords;
  // wink's tokens are used as they are when they have a lemma (they are read with one): no copy per token.
  const tokens: Token[] = read.tokens.map((t) =>
    t.lemma !== undefined ? (t as Token) : { text: t.text, start: t.start, end: t.end, pos: t.pos, lemma: t.text },
  );
  const sentences: Sentence[] = [];
  const emit = (all: Token[]) => {
    if (all.length === 0) return;
    const pieces = cutLongSentence(all);
    if (pieces.length > 1) limits.cutSentences++;
    for (const toks of pieces) {
      const start = toks[0]!.start;
      const end = toks[toks.length - 1]!.end;
      sentences.push({ index: sentences.length, start, end, text: original.slice(start, end), tokens: toks });
    }
  };
  for (const [first, last] of read.sentences) {
    // Whitespace tokens are dropped; a blank line always ends a sentence (headlines, list items).
    let run: Token[] = [];
    for (let i = first; i <= last; i++) {
      const t = tokens[i]!;
      if (t.pos !== 'SPACE') run.push(t);
      else if (t.text.includes('\n\n')) {
        emit(run);
        run = [];
      }
    }
    emit(run);
  }
  return sentences;
}

export const sentencesStage: Stage = {
  name: 'sentences',
  run(draft) {
    const limits = { brokenWords: 0, cutSentences: 0 };
    const all = splitSentences(draft.article.text, limits);
    const lists = navigationLists(draft.article.text);
    const sentences = lists.length === 0 ? all : withoutLists(all, lists);
    const warnings = [...draft.warnings];
    const warning = limitsWarning(limits.brokenWords, limits.cutSentences);
    if (warning) warnings.push(warning);
    for (const l of lists)
      warnings.push(
        `a list of links to other stories at characters ${l.start}-${l.end} ("${draft.article.text.slice(l.start, Math.min(l.end, l.start + 40)).trim()}...") is not read (rule ${l.ruleId})`,
      );
    return { ...draft, sentences, warnings: warnings.length === draft.warnings.length ? draft.warnings : warnings };
  },
};

/** The sentences outside the lists of links, numbered anew: a sentence that starts in a list is the list's. */
function withoutLists(sentences: readonly Sentence[], lists: readonly Span[]): Sentence[] {
  const kept = sentences.filter((s) => !lists.some((l) => s.start >= l.start && s.start < l.end));
  return kept.map((s, index) => (s.index === index ? s : { ...s, index }));
}
