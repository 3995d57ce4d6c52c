/** mulberry32: a tiny seeded PRNG, so that training and clustering are repeatable for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates over indices (an Int32Array, so that a hole can never pass for an item). */
export function shuffleInPlace(items: Int32Array, random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    // 0 <= j <= i < items.length (random() is in [0, 1)), so the `!` reads are in bounds.
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
