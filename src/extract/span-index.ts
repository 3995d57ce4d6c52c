import type { Actor, Span } from './analysis.js';

/**
 * Whether an offset or a span falls inside any of a fixed set of spans, in O(log n) per question after one sort:
 * the stages used to ask `actors.some(...)` for every token, which is quadratic in a long article (4,000 ordinary
 * sentences took 18 s). Spans sorted by start, with the running maximum of their ends: some span starting at or
 * before `pos` reaches past it exactly when that maximum does.
 */
export class SpanCover {
  readonly #starts: Float64Array;
  readonly #maxEnd: Float64Array;

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    // Typed arrays, one kind whatever the offsets: plain arrays of small integers or of doubles took the binary search
    // (inlined in every stage that asks) out of its optimised code each time it met the other kind.
    this.#starts = Float64Array.from(sorted, (s) => s.start);
    this.#maxEnd = new Float64Array(sorted.length);
    let max = -Infinity;
    for (let k = 0; k < sorted.length; k++) this.#maxEnd[k] = max = Math.max(max, sorted[k]!.end);
  }

  /** Some span has `start <= pos < end`. */
  covers(pos: number): boolean {
    const k = lastAtOrBefore(this.#starts, pos, true);
    return k >= 0 && this.#maxEnd[k]! > pos;
  }

  /** Some span has `start < end` and `span.start < end && start < span.end`. */
  overlaps(start: number, end: number): boolean {
    const k = lastAtOrBefore(this.#starts, end, false);
    return k >= 0 && this.#maxEnd[k]! > start;
  }
}

/**
 * The first of `spans` (in their given order) that holds all of [start, end), as `spans.find(...)` answers, in about
 * O(log n) per question: asked for every title or name of an article, the linear find was quadratic in its actors.
 * Spans sorted by start with the running maximum of their ends: walking back from the last start at or before
 * `start`, no earlier span can hold `end` once that maximum falls short of it.
 */
export function firstContaining<T extends Span>(spans: readonly T[]): (start: number, end: number) => T | undefined {
  const order = spans.map((_, k) => k).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const starts = Float64Array.from(order, (k) => spans[k]!.start);
  const maxEnd = new Float64Array(order.length);
  let max = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < order.length; j++) maxEnd[j] = max = Math.max(max, spans[order[j]!]!.end);
  return (start, end) => {
    let first = -1;
    for (let j = lastAtOrBefore(starts, start, true); j >= 0 && maxEnd[j]! >= end; j--) {
      const k = order[j]!;
      if (spans[k]!.end >= end && (first < 0 || k < first)) first = k;
    }
    return first < 0 ? undefined : spans[first];
  };
}

/** Index of the last value `<= x` (`< x` when not inclusive) in an ascending array, -1 when none. */
function lastAtOrBefore(values: Float64Array, x: number, inclusive: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (inclusive ? values[mid]! <= x : values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Actors, dates or anything of a sentence by the index of that sentence, each list in the given order: a per-sentence question reads one list. */
export function bySentence<T extends { readonly sentence: number } = Actor>(actors: readonly T[]): (sentence: number) => readonly T[] {
  const groups = new Map<number, T[]>();
  for (const a of actors) {
    const list = groups.get(a.sentence);
    if (list) list.push(a);
    else groups.set(a.sentence, [a]);
  }
  return (sentence) => groups.get(sentence) ?? [];
}
