import type { Mention, Sentence } from './analysis.js';
import { gazetteerFor, tokenKey, type Gazetteer } from './gazetteer.js';
import type { Stage } from './stage.js';

/** Text with almost no capitals (lower-cased exports) cannot be matched case-aware: capitals are not required there. */
export function isLowercaseText(text: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length && i < 5000; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++, letters++;
    else if (c >= 97 && c <= 122) letters++;
    else if (c > 127) {
      const ch = text[i]!;
      if (ch !== ch.toLowerCase()) upper++, letters++;
      else if (ch !== ch.toUpperCase()) letters++;
    }
  }
  return upper / Math.max(1, letters) < 0.005;
}

/** "former Soviet states" describes, it names no actor: a demonym after "former" is skipped. */
const DESCRIPTIVE_BEFORE = new Set(['former', 'ex', 'pre', 'post']);

export function findMentions(sentences: readonly Sentence[], gazetteer: Gazetteer, lowercaseText: boolean): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences) {
    const keys = s.tokens.map((t) => tokenKey(t.text));
    for (let i = 0; i < s.tokens.length; i++) {
      const hit = gazetteer.match(s.tokens, keys, i, lowercaseText);
      if (!hit) continue;
      const first = s.tokens[hit.first]!;
      const last = s.tokens[hit.last]!;
      i = hit.last;
      if (hit.alias.kind === 'demonym' && DESCRIPTIVE_BEFORE.has(keys[hit.first - 1] ?? '')) continue;
      out.push({
        text: s.text.slice(first.start - s.start, last.end - s.start),
        start: first.start,
        end: last.end,
        sentence: s.index,
        entityId: hit.alias.entityId,
        aliasKind: hit.alias.kind,
        ruleId: `mention.gazetteer.${hit.alias.kind}`,
      });
    }
  }
  return out;
}

export const mentionsStage: Stage = {
  name: 'mentions',
  run: (draft, ctx) => ({ ...draft, mentions: findMentions(draft.sentences, gazetteerFor(ctx.graph), isLowercaseText(draft.article.text)) }),
};
