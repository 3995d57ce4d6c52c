/**
 * The key under which names and aliases are matched: case-insensitive, accents folded, punctuation and
 * "the" dropped, whitespace collapsed. "The Collective Security Treaty Organization" and
 * "collective security treaty organisation" differ only in the s/z, which aliases cover.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/^the /, '')
    .trim();
}
