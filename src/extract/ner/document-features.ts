/**
 * The second stage: what a first tagging of the whole document says about each token. News names someone in
 * full once ("MaliVai Washington") and by surname after ("Washington"), where the surname alone looks like a
 * place. So the second model sees, for each capitalized word, the entity types the first model gave the same
 * word elsewhere in the document, alone and inside longer names, next to the first model's own tags around
 * the token (stacking, as in Krishnan & Manning 2006). The first model's tags for training come from models
 * that did not see the document (jackknifing), so the second learns how far to trust them.
 */
import { missingItem } from '../../core/checked.js';
import { feature1, feature2 } from './hash.js';
import { FLAG, type WordInfo } from './word-features.js';

const F = { cur: 700, prevCur: 701, curNext: 702, alone: 703, major: 704, majorOwn: 705, longer: 706, longerOwn: 707 };

/** For each tag index: its entity type (0 for O, 1.. for the types) and its prefix letter (O, B, I, L, U). */
export interface TagTable {
  readonly typeOf: Int32Array;
  readonly prefix: readonly string[];
  readonly types: number;
}

export function tagTable(tags: readonly string[]): TagTable {
  const types = [...new Set(tags.filter((t) => t !== 'O').map((t) => t.slice(2)))];
  return {
    typeOf: Int32Array.from(tags, (t) => (t === 'O' ? 0 : 1 + types.indexOf(t.slice(2)))),
    prefix: tags.map((t) => t.charAt(0)),
    types: types.length,
  };
}

function isCapitalized(w: WordInfo): boolean {
  return w.flags >= 0 && (w.flags & FLAG.initCap) !== 0;
}

/** Whether token i is part of a name of two tokens or more, in BIO or BILOU. */
function inLongerName(t: TagTable, tags: Int32Array, i: number): boolean {
  const tag = tags[i];
  if (tag === undefined) throw missingItem('first-stage tags', i, tags.length);
  const p = t.prefix[tag];
  if (p === 'I' || p === 'L') return true;
  const next = tags[i + 1];
  if (p !== 'B' || next === undefined) return false;
  const q = t.prefix[next];
  return (q === 'I' || q === 'L') && t.typeOf[next] === t.typeOf[tag];
}

/** Counts, per lower-cased capitalized word, of first-stage types: [all occurrences..., inside longer names...]. */
export class DocumentMemory {
  private readonly counts = new Map<number, Int32Array>();

  constructor(private readonly t: TagTable) {}

  /** Records one sentence (its word infos without padding, and first-stage tags). */
  add(words: readonly WordInfo[], tags: Int32Array): void {
    const k = this.t.types + 1;
    words.forEach((w, i) => {
      if (!isCapitalized(w)) return;
      let c = this.counts.get(w.lower);
      if (!c) this.counts.set(w.lower, (c = new Int32Array(2 * k)));
      const type = this.t.typeOf[tags[i] ?? -1];
      if (type === undefined) throw missingItem('first-stage tags', i, tags.length);
      // c holds 2k counts and type < k.
      c[type]!++;
      if (inLongerName(this.t, tags, i)) c[k + type]!++;
    });
  }

  /** The second-stage features of token i of a sentence already added. */
  features(words: readonly WordInfo[], tags: Int32Array, i: number, out: number[]): void {
    const cur = tags[i];
    const word = words[i];
    if (cur === undefined || word === undefined) throw missingItem('first-stage tags or words', i, Math.min(tags.length, words.length));
    // The neighbours are read only inside tags (typed-array reads outside it are slow in V8), so `!` holds.
    out.push(feature1(F.cur, cur));
    out.push(feature2(F.prevCur, i > 0 ? tags[i - 1]! : -1, cur));
    out.push(feature2(F.curNext, cur, i + 1 < tags.length ? tags[i + 1]! : -1));
    if (!isCapitalized(word)) return;
    const c = this.counts.get(word.lower);
    if (!c) return;
    const k = this.t.types + 1;
    const own = this.t.typeOf[cur];
    if (own === undefined) throw missingItem('tag types', cur, this.t.typeOf.length);
    const longer = inLongerName(this.t, tags, i);
    // Everything but this occurrence.
    let best = -1;
    let bestCount = 0;
    let bestLonger = -1;
    let bestLongerCount = 0;
    // c holds 2k counts (add() made it) and type < k, so the `!` reads are in bounds.
    for (let type = 0; type < k; type++) {
      const all = c[type]! - (type === own ? 1 : 0);
      const inLonger = c[k + type]! - (type === own && longer ? 1 : 0);
      if (all > bestCount) [best, bestCount] = [type, all];
      if (inLonger > bestLongerCount) [bestLonger, bestLongerCount] = [type, inLonger];
    }
    if (best < 0) {
      out.push(feature1(F.alone, own));
      return;
    }
    out.push(feature1(F.major, best));
    out.push(feature2(F.majorOwn, best, own));
    if (bestLonger >= 0) {
      out.push(feature1(F.longer, bestLonger));
      out.push(feature2(F.longerOwn, bestLonger, own));
    }
  }
}
