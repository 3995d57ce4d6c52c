import type { PatternElement } from './types.js';

/**
 * Parses one PETRARCH verb pattern, the part between `-` and `[code]`, e.g.
 * `$ * (AS &NEGOTIATOR) (IN TALK) (WITH +)` or the older `SAID WILL_*_TALKS`.
 * Returns undefined when there is no `*` (no verb position).
 */
export function parsePattern(body: string): { pre: PatternElement[]; post: PatternElement[] } | undefined {
  const pieces = lex(body);
  const star = pieces.findIndex((p) => p.text === '*');
  if (star < 0) return undefined;
  const before = pieces.slice(0, star);
  const after = pieces.slice(star + 1);
  // `IN_*`: the last piece before the verb is glued to it; `*_OUT`: the first after it is.
  const pre = build(before, 'pre');
  const post = build(after, 'post');
  return { pre, post };
}

interface Piece {
  readonly text: string;
  /** Joined to the previous piece by `_` (for `*`: glued to what precedes it). */
  readonly glued: boolean;
  /** For pre-verb pieces only: joined to the next piece by `_`. */
  gluedBefore: boolean;
}

function lex(body: string): Piece[] {
  const out: Piece[] = [];
  for (const chunk of body.replace(/([{}()])/g, ' $1 ').split(/\s+/)) {
    if (!chunk) continue;
    // Synset names keep their underscores (&FIGHT_CRIM); a trailing one is dropped by element().
    const parts = chunk.startsWith('&') ? [chunk] : chunk.split('_');
    parts.forEach((part, i) => {
      const glued = i > 0;
      if (part === '') {
        // A trailing `_` marks the previous word as exact ("stopped"), not a connector.
        const prev = out[out.length - 1];
        if (prev && i === parts.length - 1 && !prev.text.endsWith('_')) out[out.length - 1] = { ...prev, text: `${prev.text}_` };
        return;
      }
      if (glued && out.length > 0) out[out.length - 1]!.gluedBefore = true;
      out.push({ text: part, glued, gluedBefore: false });
    });
  }
  return out;
}

function build(pieces: readonly Piece[], side: 'pre' | 'post'): PatternElement[] {
  const stack: { kind: 'np' | 'pp'; items: PatternElement[] }[] = [];
  const root: PatternElement[] = [];
  const current = (): PatternElement[] => (stack.length ? stack[stack.length - 1]!.items : root);
  for (const p of pieces) {
    const adj = side === 'post' ? p.glued : p.gluedBefore;
    if (p.text === '{' || p.text === '(') {
      stack.push({ kind: p.text === '{' ? 'np' : 'pp', items: [] });
      continue;
    }
    if (p.text === '}' || p.text === ')') {
      const group = stack.pop();
      if (group && group.items.length > 0) current().push({ k: group.kind, items: group.items });
      continue;
    }
    current().push(element(p.text, adj));
  }
  // Unbalanced brackets (a few lines in the dictionaries): keep what was read.
  while (stack.length) {
    const group = stack.pop()!;
    if (group.items.length > 0) current().push({ k: group.kind, items: group.items });
  }
  return root;
}

function element(text: string, adj: boolean): PatternElement {
  const a = adj ? ({ adj: true } as const) : {};
  if (text === '$' || text === '+' || text === '%' || text === '^') return { k: text, ...a };
  if (text.startsWith('&')) return { k: 's', s: text.slice(1).replace(/_$/, ''), ...a };
  const exact = text.endsWith('_');
  const w = text.replace(/_$/, '').toUpperCase();
  return exact ? { k: 'w', w, x: true, ...a } : { k: 'w', w, ...a };
}

/** `[042:043] # RUSH` -> `042:043`; undefined when the line has no code. */
export function parseCode(line: string): { body: string; code: string } | undefined {
  const m = /^(.*?)\[\s*([^\]]*?)\s*\]/.exec(line.replace(/#.*$/, ''));
  if (!m) return undefined;
  return { body: m[1]!, code: m[2]!.replace(/\s+/g, '') };
}
