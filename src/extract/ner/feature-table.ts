/**
 * Feature hash -> weight row, as an open-addressing table in one Int32Array of (key, row) pairs: a JS Map of a
 * million numbers costs ~50 bytes an entry, and keeping key and row side by side makes a probe one cache miss.
 */
export class FeatureTable {
  readonly size: number;
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** keys[r] is the feature hash of row r; hashes are never 0 (see hash.ts), 0 marks an empty slot. */
  constructor(keys: Int32Array) {
    this.size = keys.length;
    let cap = 1024;
    while (cap < keys.length * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    let r = 0;
    for (const key of keys) {
      let s = key & this.mask;
      while (this.slots[2 * s] !== 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = r++;
    }
  }

  /** The row of a feature, or -1 when training never kept it. */
  row(h: number): number {
    const slots = this.slots;
    let s = h & this.mask;
    // Hot loop: s <= mask and slots holds 2 * (mask + 1) ints, so the `!` reads are in bounds.
    for (;;) {
      const k = slots[2 * s]!;
      if (k === h) return slots[2 * s + 1]!;
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}
