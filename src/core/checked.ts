/**
 * Indexing where a missing item is a bug, not a case to handle: with `noUncheckedIndexedAccess` an index reads
 * as `T | undefined`; these say so once and fail loudly (an INTERNAL error naming what was looked up) instead of
 * letting an `undefined` travel on. Hot numeric loops over typed arrays write `!` instead (see their comments).
 */
import { EntenteError } from './errors.js';

/** items[i], or an INTERNAL error saying which list was short. */
export function itemAt<T>(items: ArrayLike<T>, i: number, what: string): T {
  const item = items[i];
  if (item === undefined) throw missingItem(what, i, items.length);
  return item;
}

/**
 * The error itemAt throws, for per-token code that checks its reads inline (`items[i] ?? fail()`): one generic
 * helper called with many kinds of array makes V8's element reads in it megamorphic, an inline check does not.
 */
export function missingItem(what: string, i: number, length: number): EntenteError {
  return new EntenteError('INTERNAL', `${what}: no item at index ${i} (length ${length})`);
}
