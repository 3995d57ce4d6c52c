import { modifierVerb, type ActorGroup } from './actor-groups.js';
import { RELATIVE_PRONOUNS } from '../clause-words.js';
import { inParentheticalParticiple, PRECISION } from './grammar/precision-rules.js';
import { HARD_BOUNDARIES, SUBORDINATORS, type SentenceView } from './sentence-view.js';

/**
 * Subject and object finding without a parser: the subject is the nearest actor phrase before the
 * verb that is not inside a prepositional phrase or a relative clause; the object is the first actor
 * phrase after it in the same clause that does not start a clause of its own ("said Russia would").
 */

/**
 * Marks tokens of relative clauses set off by commas (", whose members include A, B and C,") and of
 * parentheticals between dashes or brackets ("Putin — who indicated ... — will pay").
 */
export function relativeClauses(v: SentenceView, groups: readonly ActorGroup[] = []): boolean[] {
  const inside = new Array<boolean>(v.n).fill(false);
  for (const [open, close] of [
    ['—', '—'],
    ['–', '–'],
    ['--', '--'],
    ['(', ')'],
  ] as const) {
    for (let i = 0; i < v.n; i++) {
      if (v.lower[i] !== open) continue;
      const j = v.lower.indexOf(close, i + 1);
      if (j < 0) break;
      for (let k = i; k <= j; k++) inside[k] = true;
      i = j;
    }
  }
  for (let i = 1; i < v.n; i++) {
    if (v.lower[i - 1] !== ',' || !(RELATIVE_PRONOUNS.has(v.lower[i]!) || v.lower[i] === 'where')) continue;
    let end = -1;
    let firstComma = -1;
    for (let j = i + 1; j < v.n; j++) {
      // "whose provisions — like NATO's — include...": a parenthetical inside the clause is stepped over.
      const close = PAIRED[v.lower[j]!];
      const after = close === undefined ? -1 : v.lower.indexOf(close, j + 1);
      if (after > 0) {
        j = after;
        continue;
      }
      if (HARD_BOUNDARIES.has(v.lower[j]!) || (v.pos[j] === 'PUNCT' && v.lower[j] === '.')) break;
      if (v.lower[j] !== ',') continue;
      if (firstComma < 0) firstComma = j;
      // The main clause resumes where a comma is followed by its verb.
      let k = j + 1;
      while (k < v.n && v.pos[k] === 'ADV') k++;
      if (v.pos[k] === 'VERB' || v.pos[k] === 'AUX') {
        end = j;
        break;
      }
    }
    if (end < 0) end = firstComma >= 0 ? firstComma : v.n;
    for (let j = i - 1; j < end; j++) inside[j] = true;
  }
  // "Pakistan, a key U.S. ally in the war, has refused": an appositive between commas before the verb
  // describes an actor; when the head is no actor ("Kenzo Oshima, the UN coordinator,") it names it.
  const actorEnds = new Set(groups.map((g) => g.end));
  for (let i = 2; i < v.n; i++) {
    if (v.lower[i - 1] !== ',' || !actorEnds.has(i - 1) || v.pos[i] !== 'DET') continue;
    let j = i + 1;
    while (j < v.n && j - i < 12 && v.lower[j] !== ',' && v.pos[j] !== 'VERB' && v.pos[j] !== 'AUX' && !HARD_BOUNDARIES.has(v.lower[j]!)) j++;
    if (v.lower[j] !== ',') continue;
    let k = j + 1;
    while (k < v.n && v.pos[k] === 'ADV') k++;
    if (v.pos[k] !== 'VERB' && v.pos[k] !== 'AUX') continue;
    for (let m = i - 1; m <= j; m++) inside[m] = true;
  }
  return inside;
}

const PAIRED: Readonly<Record<string, string>> = { '—': '—', '–': '–', '--': '--', '(': ')' };

function between(from: number, to: number, stop: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (stop(i)) return true;
  return false;
}

/** The subject(s) of the verb at `verb`: nearest free actor phrase before it, with its coordinated mates. */
export function findSubjects(
  v: SentenceView,
  groups: readonly ActorGroup[],
  verb: number,
  relative: readonly boolean[],
  passed?: (group: ActorGroup, rule?: string) => void,
): ActorGroup[] {
  if (unknownNameSubject(v, groups, verb)) return [];
  for (let g = groups.length - 1; g >= 0; g--) {
    const group = groups[g]!;
    if (group.end > verb) continue;
    if (between(group.end, verb, (i) => HARD_BOUNDARIES.has(v.lower[i]!) && !(relative[i] && !relative[verb]))) return [];
    if (group.prep) continue;
    if (relative[group.start] && !relative[verb]) continue;
    // "a team that visited Sudan last week has sought": a phrase after a relative pronoun and its verb is inside the
    // clause that describes the subject; the verb after the clause is the head's ("Sudan rejected" in "the pact
    // that Sudan rejected" has no verb before it, and is the clause's own subject).
    if (inSubjectRelative(v, group.start)) {
      passed?.(group);
      continue;
    }
    // "the envoy, representing the government, criticized": an actor in a describing participle phrase is not the subject.
    if (inParentheticalParticiple(v, group.start, verb)) {
      passed?.(group, PRECISION.parentheticalParticiple.id);
      continue;
    }
    // Words inside a parenthetical the verb is not in do not count ("Putin — who ... while ... — will pay").
    const aside = (i: number): boolean => relative[i] === true && !relative[verb];
    // "...after an 18-year break": a subordinate clause whose subject is no actor (unless set off by commas).
    if (subordinateBetween(v, group.end, verb, aside)) return [];
    // "Putin said that the influence of X will increase": after "that" comes a subject that is no actor.
    if (between(group.end, verb, (i) => !aside(i) && v.lower[i] === 'that' && v.pos[i] === 'SCONJ')) return [];
    // "a resolution that aims to impose...": a relative pronoun between them whose head is not this phrase.
    const rel = firstRelative(v, group.end, verb, aside);
    if (rel >= 0 && !(rel === group.end || (rel === group.end + 1 && v.lower[group.end] === ','))) return [];
    // "Washington said such a step enjoyed support": past the actor's own verb, a noun right before this verb is its subject.
    if (embeddedSubject(v, group.end, verb, aside)) return [];
    // "met the envoy and he criticized": a pronoun after "and" opens a clause of its own, with no co-subject.
    const joined = withCoordinated(v, groups, g, -1);
    if (group.pronoun && joined.length > 1) {
      passed?.(joined[joined.length - 2]!, PRECISION.pronounClause.id);
      return [group];
    }
    return joined;
  }
  return [];
}

/**
 * "..., it was proved that the prime minister knew, yadav told reporters": a name no dictionary knows, set off by a comma
 * or a quotation right before the verb, is its subject; an actor further back is not.
 */
function unknownNameSubject(v: SentenceView, groups: readonly ActorGroup[], verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && (v.pos[k] === 'ADV' || v.pos[k] === 'AUX')) k--;
  const end = k;
  while (k >= 0 && end - k < 4 && (v.pos[k] === 'NOUN' || v.pos[k] === 'PROPN') && !groups.some((g) => g.start <= k && k < g.end)) k--;
  return k < end && k >= 0 && (v.lower[k] === ',' || CLOSING.has(v.lower[k]!) || v.lower[k] === '’’' || v.lower[k] === "''");
}

/** Verbs whose object may be a clause without "that": "said such a step enjoyed support". */
const CLAUSE_TAKING = new Set([
  'say',
  'claim',
  'think',
  'believe',
  'announce',
  'report',
  'insist',
  'argue',
  'deny',
  'add',
  'note',
  'hope',
  'fear',
  'know',
  'confirm',
  'acknowledge',
  'admit',
  'state',
  'allege',
  'assert',
  'declare',
  'indicate',
  'reveal',
  'show',
  'suggest',
  'feel',
  'find',
  'maintain',
  'stress',
  'predict',
]);

function embeddedSubject(v: SentenceView, from: number, verb: number, aside: (i: number) => boolean): boolean {
  let k = verb - 1;
  while (k > from && (v.pos[k] === 'ADV' || v.pos[k] === 'AUX' || v.pos[k] === 'PART')) k--;
  if (k <= from || v.pos[k] !== 'NOUN' || aside(k)) return false;
  // Not a participle inside the noun phrase ("precision guided missiles") nor a verb of an -ing phrase ("using...").
  const modifier = (i: number): boolean => /^(NOUN|ADJ|DET|ADP)$/.test(v.pos[i - 1] ?? '') && v.pos[i + 1] === 'NOUN';
  if (between(from, k, (i) => v.pos[i] === 'VERB' && v.upper[i]!.endsWith('ING'))) return false;
  return between(from, k, (i) => !aside(i) && v.pos[i] === 'VERB' && v.lower[i - 1] !== 'to' && !modifier(i) && CLAUSE_TAKING.has(v.lemma[i]!.toLowerCase()));
}

function subordinateBetween(v: SentenceView, from: number, to: number, aside: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) {
    if (aside(i)) continue;
    if (!SUBORDINATORS.has(v.lower[i]!) || v.lower[i] === 'that' || RELATIVE_PRONOUNS.has(v.lower[i]!)) continue;
    if (v.pos[i] !== 'SCONJ' && v.pos[i] !== 'ADP') continue;
    if (!v.lower.slice(i + 1, to).includes(',')) return true;
  }
  return false;
}

const CIRCUMSTANCE = new Set(['under', 'during', 'since', 'amid', 'despite', 'throughout', 'until']);

const RECIPIENT = new Set(['to', 'for', 'with', 'against', 'toward', 'towards', 'into', 'on']);

/** A relative pronoun (not a conjunction) before `start` in its clause, with a verb between them. */
function inSubjectRelative(v: SentenceView, start: number): boolean {
  let verbSeen = false;
  for (let i = start - 1; i >= 0 && start - i <= 12; i--) {
    const w = v.lower[i]!;
    if (w === ',' || HARD_BOUNDARIES.has(w)) return false;
    if (v.pos[i] === 'VERB') verbSeen = true;
    if ((w === 'that' || RELATIVE_PRONOUNS.has(w)) && v.pos[i] !== 'SCONJ' && v.pos[i] !== 'DET') return verbSeen && i > 0 && v.pos[i - 1] !== 'VERB';
  }
  return false;
}

function firstRelative(v: SentenceView, from: number, to: number, aside: (i: number) => boolean): number {
  for (let i = from; i < to; i++)
    if (!aside(i) && (v.lower[i] === 'that' || (RELATIVE_PRONOUNS.has(v.lower[i]!) && v.lower[i] !== 'whose')) && v.pos[i] !== 'SCONJ' && v.pos[i] !== 'DET')
      return i;
  return -1;
}

/**
 * The object(s) of a verb: the first actor phrase after `from`, within `limit` tokens, before any
 * clause boundary; not one that is the subject of a following verb.
 */
export function findObjects(
  v: SentenceView,
  groups: readonly ActorGroup[],
  from: number,
  limit: number,
  exclude: (g: ActorGroup) => boolean,
  embedded = false,
): ActorGroup[] {
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    if (group.start < from) continue;
    if (group.start - from > limit) return [];
    // "to neighboring Belarus": an -ing word right before the phrase is its adjective, not a verb.
    const stop = between(
      from,
      group.start,
      (i) =>
        HARD_BOUNDARIES.has(v.lower[i]!) ||
        (SUBORDINATORS.has(v.lower[i]!) && v.pos[i] !== 'ADP' && !(embedded && v.lower[i] === 'that')) ||
        (v.pos[i] === 'VERB' && !(i === group.start - 1 && modifierVerb(v, i))) ||
        v.lower[i] === '.',
    );
    if (stop) return [];
    // "visit as president": a role the subject plays is no object.
    // "under a Putin presidency", "during the Russian visit": a circumstance is no object.
    if (exclude(group) || group.pronoun || group.prep === 'as' || (group.prep !== undefined && CIRCUMSTANCE.has(group.prep))) continue;
    // "demanded that Hamas renounce": for a demand the embedded subject is the target.
    if (startsClause(v, group.end) && !embedded) return [];
    // "offered its troops to Lebanon's president": a role with no country, or one's own, is what is given; the recipient follows.
    if (group.code.startsWith('---') || group.possessive === true) {
      const recipient = groups.findIndex(
        (x, k) =>
          k > g &&
          x.start - from <= limit &&
          x.prep !== undefined &&
          RECIPIENT.has(x.prep) &&
          !x.code.startsWith('---') &&
          !exclude(x) &&
          !between(group.end, x.start, (i) => HARD_BOUNDARIES.has(v.lower[i]!) || (v.pos[i] === 'VERB' && i !== x.start - 1)),
      );
      if (recipient >= 0) return withCoordinated(v, groups, recipient, 1);
    }
    return withCoordinated(v, groups, g, 1);
  }
  return [];
}

/** "Russia would attack": a verb or auxiliary right after the phrase makes it a subject, not an object. */
export function startsClause(v: SentenceView, after: number): boolean {
  let k = after;
  while (k < v.n && v.pos[k] === 'ADV') k++;
  // "doctors attacked by troops": a participle with its agent is a reduced relative, not a clause's verb.
  return k < v.n && (v.pos[k] === 'AUX' || (v.pos[k] === 'VERB' && !/ING$/.test(v.upper[k]!) && v.lower[k + 1] !== 'by'));
}

/** Adds the phrases coordinated with groups[g] by "and" or commas, looking left (-1) or right (1). */
function withCoordinated(v: SentenceView, groups: readonly ActorGroup[], g: number, dir: -1 | 1): ActorGroup[] {
  const out = [groups[g]!];
  for (let k = g + dir; k >= 0 && k < groups.length; k += dir) {
    const a = dir < 0 ? groups[k]! : out[out.length - 1]!;
    const b = dir < 0 ? out[out.length - 1]! : groups[k]!;
    const gap = v.lower.slice(a.end, b.start).filter((w) => w !== 'the');
    const joined = gap.length > 0 && gap.length <= 2 && gap.every((w) => w === 'and' || w === ',' || w === 'or');
    if (!joined || groups[k]!.pronoun) break;
    // "...Muslims, men, women and children, they demanded": a pronoun is listed with no phrase across a bare comma.
    if (groups[g]!.pronoun && !gap.includes('and') && !gap.includes('or')) break;
    if (dir < 0 && groups[k]!.prep) break;
    // "...in Tehran, the foreign ministry said": a phrase with its own verb after a comma is the attribution's subject.
    if (dir > 0 && !gap.includes('and') && !gap.includes('or') && startsClause(v, groups[k]!.end)) break;
    out.push(groups[k]!);
  }
  return dir < 0 ? out.reverse() : out;
}

/** The "unless" or "if" that opens a condition on the clause after `from`, or -1. */
export function conditionAfter(v: SentenceView, from: number): number {
  for (let i = from; i < v.n && i - from < 25; i++) {
    const w = v.lower[i]!;
    if (HARD_BOUNDARIES.has(w) || w === '.') return -1;
    if (w === 'unless' || (w === 'if' && v.pos[i] === 'SCONJ')) return i;
  }
  return -1;
}

/** The actor a condition is on: the subject of the "unless"/"if" clause, when it is no source. */
export function conditionSubject(v: SentenceView, groups: readonly ActorGroup[], condition: number, sources: readonly ActorGroup[]): ActorGroup[] {
  const codes = new Set(sources.map((g) => g.code));
  return findObjects(v, groups, condition + 1, 6, (g) => codes.has(g.code) || (g.prep !== undefined && g.prep !== v.lower[condition]), true);
}

const OPENING = new Set(['“', '‘', '`', '"', '«']);
const CLOSING = new Set(['”', '"', '»']);
const QUOTE_MARKS = new Set([...OPENING, ...CLOSING, '’', "'"]);

/** Token `i` as written, '' outside the sentence. */
function rawText(v: SentenceView, i: number): string {
  return v.source.tokens[i]?.text ?? '';
}

/**
 * Marks the tokens of direct speech: between an opening and a closing quotation mark, and before a closing mark
 * that has no opening one in the sentence (the quote began in an earlier sentence). Curly singles close only an
 * open quote (they are apostrophes too), and so does a straight apostrophe after punctuation (`''`).
 */
export function quotedTokens(v: SentenceView): boolean[] {
  const inside = new Array<boolean>(v.n).fill(false);
  let open = -1;
  // The view writes curly apostrophes as straight ones; quotation marks are read from the tokens as written (rawText).
  for (let i = 0; i < v.n; i++) {
    const w = rawText(v, i);
    if (!QUOTE_MARKS.has(w)) {
      if (open >= 0) inside[i] = true;
      continue;
    }
    const closes = open >= 0 && (CLOSING.has(w) || w === '’' || (w === "'" && /^[,.?!]$/.test(rawText(v, i - 1))));
    if (closes) {
      open = -1;
      while (i + 1 < v.n && (rawText(v, i + 1) === '’' || rawText(v, i + 1) === "'")) i++;
    } else if (
      open < 0 &&
      (w === '”' ||
        (w === '"' && !v.source.tokens.slice(i + 1).some((t) => t.text === '"')) ||
        (w === "'" && rawText(v, i + 1) === "'" && /^[,.?!]$/.test(rawText(v, i - 1))))
    ) {
      // A closing mark with no opening one: the quote began before this sentence.
      if (!inside.slice(0, i).some(Boolean)) for (let k = 0; k < i; k++) inside[k] = true;
    } else if (open < 0 && OPENING.has(w)) {
      open = i;
      while (i + 1 < v.n && OPENING.has(rawText(v, i + 1))) i++;
    } else if (open >= 0) inside[i] = true;
  }
  return inside;
}

/**
 * Whether the verb at `i` is in an "if"/"unless" clause: after the subordinator, before the comma that ends a
 * leading condition ("If Sudan attacks, Chad will...") and before any main verb of its own.
 */
export function conditionClause(v: SentenceView, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= 12; j--) {
    const w = v.lower[j]!;
    if (HARD_BOUNDARIES.has(w) || w === ',' || w === '.') return false;
    if ((w === 'if' && v.pos[j] === 'SCONJ') || w === 'unless') return true;
    if (w === 'that' || w === 'and' || w === 'but' || w === 'while' || w === 'because' || w === 'when') return false;
  }
  return false;
}
