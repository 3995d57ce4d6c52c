import type { ActorGroup } from './actor-groups.js';
import { CAMEO } from './cameo.js';
import { conditionClause } from './clause-roles.js';
import type { Ctx } from './coder-context.js';
import { events } from './emit-events.js';
import { EVENT } from './grammar/event-rules.js';
import { LEADERSHIP_CHANGE } from './grammar/recall-senses.js';
import { RECALL } from './grammar/recall-rules.js';
import { HARD_BOUNDARIES, type SentenceView } from './sentence-view.js';
import type { CodedEvent } from './types.js';

/**
 * Nouns of acts done by speaking, with their code: "the opposition's demand for...", "the allegations by the party
 * that..." (`event.nominal-act`). "call", "charge", "threat" and "attack" are left out: "a phone call", "in charge of",
 * "the threat of violence" and "a verbal attack" name no act of their holder often enough.
 */
const ACT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['demand', CAMEO.DEMAND],
  ['demands', CAMEO.DEMAND],
  ['appeal', CAMEO.APPEAL],
  ['appeals', CAMEO.APPEAL],
  ['plea', CAMEO.APPEAL],
  ['pleas', CAMEO.APPEAL],
  ['request', CAMEO.APPEAL],
  ['criticism', CAMEO.CRITICIZE],
  ['condemnation', CAMEO.CRITICIZE],
  ['allegation', CAMEO.ACCUSE],
  ['allegations', CAMEO.ACCUSE],
  ['accusation', CAMEO.ACCUSE],
  ['accusations', CAMEO.ACCUSE],
  ['rejection', CAMEO.REJECT],
]);

const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'"]);
/** What links an act's noun to whom it is aimed at: "demand for the arrest of", "appeal to", "criticism of", "allegation against", "that". */
const LINKS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'against', 'on', 'that', 'the', 'a', 'an', 'his', 'her', 'its', 'their']);
const REACH = 8;

/** One act named by its noun: where the noun is, its code, and the holder's phrase. */
export interface NominalAct {
  readonly at: number;
  readonly code: string;
  readonly holder: ActorGroup;
}

/**
 * "X's demand for...", "the allegation by X that...": the act's noun with its holder, an actor phrase (no pronoun, no
 * property) right before its "'s" or right after its "by"; empty for most sentences.
 */
export function nominalActsAt(v: SentenceView, groups: readonly ActorGroup[]): NominalAct[] {
  const out: NominalAct[] = [];
  for (let k = 1; k < v.n; k++) {
    const code = ACT_NOUNS.get(v.lower[k]!);
    if (code === undefined || v.pos[k] !== 'NOUN') continue;
    // "the opposition's fresh demand": one adjective may stand between.
    const mark = v.pos[k - 1] === 'ADJ' ? k - 2 : k - 1;
    // "cpm''s appeal": a doubled apostrophe (the bench's "''s") is a stray "'" before the "'s".
    const owner = v.lower[mark - 1] === "'" && v.lower[mark] === "'s" ? mark - 1 : mark;
    const before = POSSESSIVE_MARKS.has(v.lower[mark] ?? '') ? groups.find((g) => g.end === owner) : undefined;
    const after = v.lower[k + 1] === 'by' ? groups.find((g) => g.start >= k + 2 && g.start <= k + 4 && !crosses(v, k + 2, g.start)) : undefined;
    const holder = before ?? after;
    if (holder && !holder.pronoun && holder.property !== true) out.push({ at: k, code, holder });
  }
  return out;
}

/** A verb, an auxiliary or punctuation between two tokens: the phrase does not reach. */
function crosses(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (v.pos[i] === 'VERB' || v.pos[i] === 'AUX' || v.pos[i] === 'PUNCT' || HARD_BOUNDARIES.has(v.lower[i]!)) return true;
  return false;
}

/**
 * The events of acts named by their noun (`event.nominal-act`): the holder's act aimed at the first actor after the
 * noun through its links ("for the resignation of the minister", "of the government", "that the army..."), none when
 * a verb or a comma comes first; not inside a quotation; a demand for someone's going is 1041 (sense.leadership-change).
 */
export function nominalActs(acts: readonly NominalAct[], ctx: Ctx): CodedEvent[] {
  const { v, groups } = ctx;
  const out: CodedEvent[] = [];
  for (const { at, code, holder } of acts) {
    const where = { start: ctx.s.tokens[at]!.start, end: ctx.s.tokens[at]!.end };
    // "'The union's demand for a ban is just,' the minister said": a quotation's words are the speaker's, not the holder's act.
    if (ctx.quoted[at]) {
      ctx.trace?.push({ rule: EVENT.quoted.id, outcome: 'stopped', at: where });
      continue;
    }
    // "If the union's demand for a ban is met": a condition's words are no event (event.condition-clause).
    if (conditionClause(v, at)) {
      ctx.trace?.push({ rule: EVENT.conditionClause.id, outcome: 'stopped', at: where });
      continue;
    }
    const start = v.lower[at + 1] === 'by' ? holder.end : at + 1;
    const target = groups.find((g) => g.start >= start && g.start - start <= REACH && g.code !== holder.code && !g.pronoun && g.prep !== 'by');
    if (!target || !linked(v, start, target.start)) {
      ctx.trace?.push({ rule: RECALL.nominalAct.id, outcome: 'stopped', at: where, note: 'no target' });
      continue;
    }
    const sensed = LEADERSHIP_CHANGE.sense({ v, lemma: '', code, fromDefault: true, sources: [holder], targets: [target], groups, verbEnd: at + 1 });
    const rules = sensed ? [RECALL.nominalAct.id, LEADERSHIP_CHANGE.id] : [RECALL.nominalAct.id];
    const coding = { verb: at, verbEnd: at + 1, code: sensed?.code ?? code, ruleId: RECALL.nominalAct.id, rules, mood: { intentVerb: false, negated: false } };
    out.push(...events(coding, [holder], [target], ctx));
  }
  return out;
}

/** Only nouns, adjectives and the links between the noun and its target: "for the immediate resignation of". */
function linked(v: SentenceView, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!LINKS.has(v.lower[i]!) && v.pos[i] !== 'NOUN' && v.pos[i] !== 'ADJ') return false;
  return true;
}
