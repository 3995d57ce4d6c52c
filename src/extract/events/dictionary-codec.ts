import type { DatedCode } from './types.js';

/**
 * The compact JSON form of the dictionaries in data/dictionaries: a dated code is one string,
 * `RUSGOV` (always), `RUSGOV@2008-05-08/` (from), `RUSELI@/2000-01-01` (until), `RUSGOV@1999-12-31/2008-05-07`.
 */
export function encodeDatedCode(c: DatedCode): string {
  if (!c.from && !c.to) return c.code;
  return `${c.code}@${c.from ?? ''}/${c.to ?? ''}`;
}

export function decodeDatedCode(s: string): DatedCode {
  const at = s.indexOf('@');
  if (at < 0) return { code: s };
  const [from, to] = s.slice(at + 1).split('/');
  const c: { code: string; from?: string; to?: string } = { code: s.slice(0, at) };
  if (from) c.from = from;
  if (to) c.to = to;
  return c;
}

/** Format names written into each file, checked by the loader: bump on an incompatible change. */
export const DICTIONARY_FORMATS = {
  actors: 'entente.actors/1',
  agents: 'entente.agents/1',
  verbs: 'entente.verbs/1',
  cameo: 'entente.cameo/1',
  discards: 'entente.discards/1',
  additions: 'entente.additions/1',
} as const;
