/**
 * A small tokenizer close to the CoNLL-2003 (Penn Treebank-like) conventions the model was trained on:
 * "Russia's" -> "Russia" "'s", "don't" -> "do" "n't", "U.S." and "Mr." stay whole, "3,500" and "1996-08-22"
 * stay whole, other punctuation stands alone. For callers without a tokenizer of their own.
 */
import type { TextToken } from './tagger.js';

const TOKEN = new RegExp(
  [
    String.raw`(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Capt|Maj|Prof|Rep|Sen|Gov|Inc|Corp|Ltd|Co|vs)\.(?=\s)`,
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`\p{L}+(?=n['’]t\b)`,
    String.raw`n['’]t\b`,
    String.raw`['’](?:[sSdDmM]|re|RE|ve|VE|ll|LL)\b`,
    String.raw`\p{L}+['’](?!(?:[sSdDmM]|re|RE|ve|VE|ll|LL)\b)\p{L}+`,
    String.raw`[\p{L}\p{N}\p{M}]+(?:[-.,/:&][\p{L}\p{N}\p{M}]+)*`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

export function tokenize(text: string): (TextToken & { text: string })[] {
  const out: (TextToken & { text: string })[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
