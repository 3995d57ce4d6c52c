/**
 * 32-bit feature hashes. A feature is a template id plus one or two values; hashing them to an int instead of
 * building a string like "w-1=the|w=bank" is what keeps tagging fast. Collisions among ~10^6 features in a
 * 32-bit space are a few hundred at most, which the perceptron shrugs off.
 */

/** murmur3's finalizer: spreads the bits so nearby inputs land far apart. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** FNV-1a over UTF-16 code units, seeded, then finalized. */
export function hashString(s: string, seed = 0): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** A feature from a template id and one value hash. Never 0, because 0 marks an empty slot in the table. */
export function feature1(template: number, a: number): number {
  const h = fmix32(Math.imul(a ^ 0x27d4eb2f, 0x165667b1) + Math.imul(template + 1, 0x9e3779b1));
  return h === 0 ? 1 : h;
}

/** A feature from a template id and two value hashes (order matters: "new york" is not "york new"). */
export function feature2(template: number, a: number, b: number): number {
  const h = fmix32(Math.imul(fmix32(a + Math.imul(template + 1, 0x9e3779b1)) ^ b, 0x85ebca6b) + 0x6b43a9b5);
  return h === 0 ? 1 : h;
}
