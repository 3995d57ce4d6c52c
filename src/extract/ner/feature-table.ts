/**
 * Feature hash -> weight row, as an open-addressing table over typed arrays: a JS Map of a million numbers
 * costs ~50 bytes an entry and is slower to probe than two Int32Arrays.
 */
export class FeatureTable {
  readonly size: number;
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;
  private readonly mask: number;

  /** keys[r] is the feature hash of row r; hashes are never 0 (see hash.ts). */
  constructor(rowKeys: Int32Array) {
    this.size = rowKeys.length;
    let cap = 1024;
    while (cap < rowKeys.length * 2) cap *= 2;
    this.keys = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let r = 0; r < rowKeys.length; r++) {
      let s = rowKeys[r] & this.mask;
      while (this.keys[s] !== 0) s = (s + 1) & this.mask;
      this.keys[s] = rowKeys[r];
      this.rows[s] = r;
    }
  }

  /** The row of a feature, or -1 when training never kept it. */
  row(h: number): number {
    let s = h & this.mask;
    for (;;) {
      const k = this.keys[s];
      if (k === h) return this.rows[s];
      if (k === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }
}
