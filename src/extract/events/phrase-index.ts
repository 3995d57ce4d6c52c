/**
 * Longest-match lookup of multi-word phrases over a token sequence: phrases are grouped by first
 * word and kept longest first, so a match at a position costs one map lookup and a few compares.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: readonly string[]; value: T }[]>();
  private readonly byPhrase = new Map<string, { words: readonly string[]; value: T }>();

  /** Later additions of the same phrase replace earlier ones (the project's overrides come last). */
  add(phrase: string, value: T): void {
    const known = this.byPhrase.get(phrase);
    if (known) {
      known.value = value;
      return;
    }
    const words = phrase.split(' ');
    const entry = { words, value };
    this.byPhrase.set(phrase, entry);
    const first = words[0]!;
    const list = this.byFirst.get(first);
    if (list) list.push(entry);
    else this.byFirst.set(first, [entry]);
  }

  /** Sorts each list longest first; call once after the last add. */
  seal(): this {
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    return this;
  }

  /** The longest phrase starting at `at` in `words` (lower-case), with its length in words. */
  match(words: readonly string[], at: number): { value: T; length: number } | undefined {
    const list = this.byFirst.get(words[at]!);
    if (!list) return undefined;
    for (const e of list) {
      if (at + e.words.length > words.length) continue;
      let ok = true;
      for (let k = 1; k < e.words.length; k++) {
        if (words[at + k] !== e.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: e.value, length: e.words.length };
    }
    return undefined;
  }

  get size(): number {
    return this.byPhrase.size;
  }
}
