/**
 * The dictionary words a sentence contains, found by walking each token's letters through a trie
 * of every word the patterns and synsets use: no substrings are cut, so the per-sentence prefilter
 * costs a few map lookups per letter. A token contains word W when it is W, W's plural (+S, +ES),
 * its lemma is W, or W has 4+ letters and starts it (a PETRARCH stem).
 */
interface Node {
  readonly next: Map<string, Node>;
  word?: string;
}

export class WordTrie {
  private readonly root: Node = { next: new Map() };
  /** Token -> the words it contains: news vocabulary repeats, so most tokens are seen before. */
  private readonly memo = new Map<string, readonly string[]>();
  /** Token -> lemma -> the words they contain, for a lemma other than the token (no key string made per token). */
  private readonly memoLemma = new Map<string, Map<string, readonly string[]>>();

  add(word: string): void {
    let node = this.root;
    for (const ch of word) {
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { next: new Map() }));
      node = n;
    }
    node.word = word;
  }

  /** Adds to `out` the words of the trie that `upper` (or its `lemma`) contains. */
  collect(upper: string, lemma: string, out: Set<string>): void {
    let byLemma: Map<string, readonly string[]> | undefined;
    if (lemma !== upper) {
      byLemma = this.memoLemma.get(upper);
      if (!byLemma) {
        if (this.memoLemma.size > 100_000) this.memoLemma.clear();
        this.memoLemma.set(upper, (byLemma = new Map()));
      }
    }
    let found = byLemma ? byLemma.get(lemma) : this.memo.get(upper);
    if (!found) {
      const set = new Set<string>();
      this.walk(upper, lemma, set);
      found = [...set];
      if (byLemma) byLemma.set(lemma, found);
      else {
        if (this.memo.size > 100_000) this.memo.clear();
        this.memo.set(upper, found);
      }
    }
    for (let k = 0; k < found.length; k++) out.add(found[k]!);
  }

  private walk(upper: string, lemma: string, out: Set<string>): void {
    let node: Node | undefined = this.root;
    const L = upper.length;
    for (let k = 0; k < L && node; k++) {
      node = node.next.get(upper[k]!);
      if (!node?.word) continue;
      const depth = k + 1;
      if (depth === L || depth >= 4 || (depth === L - 1 && upper[L - 1] === 'S') || (depth === L - 2 && upper.endsWith('ES'))) out.add(node.word);
    }
    if (lemma !== upper) {
      node = this.root;
      for (let k = 0; k < lemma.length && node; k++) node = node.next.get(lemma[k]!);
      if (node?.word) out.add(node.word);
    }
  }
}
