import type { ActorGroup } from './actor-groups.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import type { Ctx } from './coder-context.js';
import { events } from './emit-events.js';
import { RECALL } from './grammar/recall-rules.js';
import type { SentenceView } from './sentence-view.js';
import type { CodedEvent } from './types.js';

/** The synsets of protests named by a noun, with the code of their pattern (entente-domestic.json: 143 a shutdown, 141 a sit-in). */
const PROTEST_SYNSETS: readonly (readonly [string, string])[] = [
  ['ENTENTE_SHUTDOWN', '143'],
  ['ENTENTE_SIT_IN', '141'],
];

/** Participles (and the noun "call") that name who held a protest: "the bandh called by", "a rally organised by". */
const HELD_BY: ReadonlySet<string> = new Set('called call calls organised organized staged sponsored led held given launched observed'.split(' '));

/** Where a protest noun before a holder's "by" is (the noun's index), with its code; empty for most sentences. */
export function nominalProtestsAt(v: SentenceView, d: CompiledDictionaries): [number, string][] {
  const out: [number, string][] = [];
  for (let k = 0; k + 2 < v.n; k++) {
    if (v.lower[k + 2] !== 'by' || !HELD_BY.has(v.lower[k + 1]!)) continue;
    for (const [name, code] of PROTEST_SYNSETS)
      if (
        d.synsets
          .get(name)
          ?.get(v.upper[k]!)
          ?.some((m) => m.length === 1)
      )
        out.push([k, code]);
  }
  return out;
}

/**
 * "the bandh called by the vhp evoked a partial response": a protest named by its noun and its holder is the holder's
 * protest (`event.protest-by`), as "the vhp called a bandh" is, with no target; not inside a quotation.
 */
export function nominalProtests(at: readonly [number, string][], ctx: Ctx): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const [k, code] of at) {
    if (ctx.quoted[k]) continue;
    const holder: ActorGroup | undefined = ctx.groups.find((g) => g.start >= k + 3 && g.start <= k + 4 && !g.pronoun && g.property !== true);
    if (!holder) continue;
    const coding = {
      verb: k + 1,
      verbEnd: k + 2,
      code,
      ruleId: `entente.${code === '143' ? 'shutdown' : 'sit-in'}`,
      rules: [RECALL.protestBy.id],
      mood: { intentVerb: false, negated: false },
    };
    out.push(...events(coding, [holder], [], ctx));
  }
  return out;
}
