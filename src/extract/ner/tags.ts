/**
 * Tag schemes and spans. The model tags internally with BILOU (Begin, Inside, Last, Unit, Outside), which
 * Ratinov & Roth (2009) found better than BIO for CoNLL; the API speaks BIO. Spans are read from any of
 * IOB1 (the CoNLL-2003 files), BIO, BILOU or IOBES with conlleval's chunk rules, so scores match conlleval.
 */

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type TagScheme = 'BIO' | 'BILOU';

/** A chunk of tokens [start, end) with a type. */
export interface TagSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Tag 0 is always "O"; then the scheme's prefixes for each type, e.g. B-PER, I-PER, L-PER, U-PER. */
export function tagSet(scheme: TagScheme, types: readonly string[] = ENTITY_TYPES): string[] {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  const tags = ['O'];
  for (const t of types) for (const p of prefixes) tags.push(`${p}-${t}`);
  return tags;
}

function split(tag: string): [string, string] {
  const dash = tag.indexOf('-');
  return dash < 0 ? [tag, ''] : [tag.slice(0, dash), tag.slice(dash + 1)];
}

/** Which tag may follow which: [prev * n + next]; plus which may start and end a sentence. */
export interface Transitions {
  readonly allowed: Uint8Array;
  readonly start: Uint8Array;
  readonly end: Uint8Array;
}

export function transitions(tags: readonly string[]): Transitions {
  const n = tags.length;
  const allowed = new Uint8Array(n * n);
  const start = new Uint8Array(n);
  const end = new Uint8Array(n);
  // An "open" tag (B or I in BILOU) must be continued by I or L of its own type; in BIO only B and I exist
  // and an I must continue a B or I of its own type.
  const bilou = tags.some((t) => t.startsWith('L-'));
  const parts = tags.map(split);
  for (const [a, [pa, ta]] of parts.entries()) {
    const open = bilou && (pa === 'B' || pa === 'I');
    start[a] = pa === 'I' || pa === 'L' ? 0 : 1;
    end[a] = open ? 0 : 1;
    for (const [b, [pb, tb]] of parts.entries()) {
      let ok: boolean;
      if (bilou) ok = open ? (pb === 'I' || pb === 'L') && tb === ta : pb === 'O' || pb === 'B' || pb === 'U';
      else ok = pb !== 'I' || ((pa === 'B' || pa === 'I') && ta === tb);
      allowed[a * n + b] = ok ? 1 : 0;
    }
  }
  return { allowed, start, end };
}

// conlleval's endOfChunk / startOfChunk, with BILOU's L and U read as IOBES's E and S.
function norm(p: string): string {
  return p === 'L' ? 'E' : p === 'U' ? 'S' : p;
}

function endsChunk(pp: string, p: string, pt: string, t: string): boolean {
  if (pp === 'E' || pp === 'S') return true;
  if ((pp === 'B' || pp === 'I') && (p === 'B' || p === 'S' || p === 'O')) return true;
  return pp !== 'O' && pt !== t;
}

function startsChunk(pp: string, p: string, pt: string, t: string): boolean {
  if (p === 'B' || p === 'S') return true;
  if ((pp === 'E' || pp === 'S' || pp === 'O') && (p === 'E' || p === 'I')) return true;
  return p !== 'O' && pt !== t;
}

/** The chunks of a tag sequence, exactly as conlleval counts them. */
export function spansFromTags(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let pp = 'O';
  let pt = '';
  let open = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = tags[i];
    // One step past the last tag closes a chunk still open, as an O would.
    const [raw, t] = tag === undefined ? ['O', ''] : split(tag);
    const p = norm(raw);
    if (open >= 0 && endsChunk(pp, p, pt, t)) {
      spans.push({ start: open, end: i, type: pt });
      open = -1;
    }
    if (startsChunk(pp, p, pt, t)) open = i;
    pp = p;
    pt = t;
  }
  return spans;
}

/** Tags for spans over n tokens in the given scheme. Spans must not overlap. */
export function tagsFromSpans(spans: readonly TagSpan[], n: number, scheme: TagScheme): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const { start, end, type } of spans) {
    for (let i = start; i < end; i++) tags[i] = `I-${type}`;
    if (scheme === 'BIO') tags[start] = `B-${type}`;
    else if (end - start === 1) tags[start] = `U-${type}`;
    else {
      tags[start] = `B-${type}`;
      tags[end - 1] = `L-${type}`;
    }
  }
  return tags;
}
