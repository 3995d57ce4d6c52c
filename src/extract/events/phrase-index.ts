/**
 * Longest-match lookup of multi-word phrases over a token sequence, as a trie of words: a match
 * at a position walks as many map lookups as the phrase has words, however many phrases share
 * its first word ("the ..." has hundreds in the Phoenix dictionaries).
 */
interface Node<T> {
  next?: Map<string, Node<T>>;
  value?: T;
}

/** A plural's word less its "s", kept: the same words are looked up in several indexes, sentence after sentence. */
const singulars = new Map<string, string>();
function singularOf(w: string): string {
  let s = singulars.get(w);
  if (s === undefined) {
    if (singulars.size > 100_000) singulars.clear();
    singulars.set(w, (s = w.slice(0, -1)));
  }
  return s;
}

/** Every node with both properties from the start: nodes of one shape keep `match` from deoptimising. */
const emptyNode = <T>(): Node<T> => ({ next: undefined, value: undefined });

export class PhraseIndex<T> {
  private readonly root: Node<T> = emptyNode();
  private count = 0;

  /** Later additions of the same phrase replace earlier ones (the project's overrides come last). */
  add(phrase: string, value: T): void {
    let node = this.root;
    // The tokenizer splits possessives ("people's" -> people 's, "peoples'" -> peoples '): so do the phrases.
    const words = phrase
      .replace(/(\w)'s(?= |$)/g, "$1 's")
      .replace(/(\w)s'(?= |$)/g, "$1s '")
      .split(' ');
    for (const w of words) {
      node.next ??= new Map();
      let n = node.next.get(w);
      if (!n) node.next.set(w, (n = emptyNode<T>()));
      node = n;
    }
    if (node.value === undefined) this.count++;
    node.value = value;
  }

  /** Kept for callers that build then freeze; the trie needs no sorting. */
  seal(): this {
    return this;
  }

  /**
   * The longest phrase starting at `at` in `words` (lower-case), with its length in words. With
   * `plurals`, a phrase may also end on the plural of its last word: "Albanians" finds "albanian".
   */
  match(words: readonly string[], at: number, plurals = false): { value: T; length: number } | undefined {
    let node: Node<T> = this.root;
    // The best so far as two locals: one result object per call, not one per phrase passed on the way.
    let value: T | undefined;
    let length = 0;
    for (let k = at; k < words.length; k++) {
      const next = node.next;
      if (!next) break;
      const w = words[k]!;
      if (plurals && w.length > 3 && w.endsWith('s')) {
        const singular = next.get(singularOf(w));
        if (singular?.value !== undefined) {
          value = singular.value;
          length = k - at + 1;
        }
      }
      const n = next.get(w);
      if (!n) break;
      node = n;
      if (node.value !== undefined) {
        value = node.value;
        length = k - at + 1;
      }
    }
    return value === undefined ? undefined : { value, length };
  }

  /** The words phrases start with. */
  firstWords(): Iterable<string> {
    return this.root.next?.keys() ?? [];
  }

  get size(): number {
    return this.count;
  }
}
