import type { IsoDate, Precision } from '../core/time.js';
import type { Actor, DateMention, ProposedFact, Sentence } from './analysis.js';
import { type EventDate, eventDate } from './event-dates.js';
import { BLOCK_RULES, MEMBERSHIP_RULES, type ChangeRule } from './rules/membership-rules.js';
import { TREATY_RULES } from './rules/treaty-rules.js';

/**
 * An alliance named by its founding document ("the Treaty of Nancy", "the Liptako-Gourma Charter") is a treaty
 * the states are party to (the treaty rules read it); one named as a body is read by the membership rules.
 */
const DOCUMENT = /\b(?:treaty|pact|charter|declaration|agreement|accord|convention|protocol)\b/i;
const known = (a: Actor) => !a.id.startsWith('candidate:');
/**
 * A body the graph knows: a name only the recognizer found ("candidate:organization:...") has no membership to change,
 * nor has a group of people of the home state ("IND:body.civilians": "officials joined hands against the residents").
 */
const isBody = (a: Actor) => known(a) && !a.id.includes(':body.') && (a.type === 'organization' || (a.type === 'alliance' && !DOCUMENT.test(a.text)));
/** An agreement the graph knows, or an alliance named by its treaty. */
const isAgreement = (a: Actor) => known(a) && (a.type === 'agreement' || (a.type === 'alliance' && DOCUMENT.test(a.text)));
/** A state, or a government standing for its state. */
export const isState = (a: Actor) => a.type === 'state' || (a.type === 'government' && a.state !== null);
export const stateId = (a: Actor) => (a.type === 'government' ? a.state! : a.id);

/** How far (characters) the state may stand before the verb, and the body after it: one clause, not a paragraph. */
const SUBJECT_REACH = 90;
const OBJECT_REACH = 70;
/** Words before the state still in its clause ("If Georgia joined ..."): blockers there count. */
const LEAD = 30;

/** Which rule stopped a match, kept in the trace so "why no fact?" has an answer. */
export interface Blocked {
  readonly ruleId: string;
  readonly blockedBy: string;
  readonly text: string;
}

/** The first day of what a date names: a year is its 1 January, a month its first day. */
function firstDay(date: IsoDate, precision: Precision): IsoDate {
  if (precision === 'year') return `${date.slice(0, 4)}-01-01` as IsoDate;
  if (precision === 'month') return `${date.slice(0, 7)}-01` as IsoDate;
  return date;
}

/** What a change rule gives every fact it finds: its id, the status from the day on, its confidence. */
interface ChangeOrigin {
  readonly id: string;
  readonly status: string;
  readonly confidence: number;
}

/**
 * Whether the words before a change (a denial, a condition, a wish: `BLOCK_RULES`) or a question mark make it no
 * fact; if so it is recorded in `blocked` with the words `first..last`.
 */
export function blockedChange(s: Sentence, rule: ChangeOrigin, first: number, last: number, verbStart: number, blocked: Blocked[]): boolean {
  const stop = blockerIn(leadingClause(s, first - LEAD, verbStart)) ?? (/\?\s*$/.test(s.text) ? 'not-fact.question' : undefined);
  if (stop) blocked.push({ ruleId: rule.id, blockedBy: stop, text: s.text.slice(first - s.start, last - s.start) });
  return stop !== undefined;
}

/** A change as a proposed fact: the words `first..last`, from its day (a day the sentence does not give costs 0.05). */
export function changeFact(
  s: Sentence,
  rule: ChangeOrigin,
  first: number,
  last: number,
  day: EventDate,
  what: Pick<ProposedFact, 'predicate' | 'subject' | 'object'> & { readonly qualifiers?: ProposedFact['qualifiers'] },
): ProposedFact {
  return {
    predicate: what.predicate,
    subject: what.subject,
    object: what.object,
    qualifiers: { ...what.qualifiers, ...(day.text ? { dateText: day.text } : {}) },
    status: rule.status,
    from: firstDay(day.date, day.precision),
    precision: day.precision,
    start: first,
    end: last,
    text: s.text.slice(first - s.start, last - s.start),
    confidence: day.text ? rule.confidence : rule.confidence - 0.05,
    ruleId: rule.id,
  };
}

/** States coordinated before `head` ("Sweden and Finland", "Mali, Niger and Burkina Faso"), head last. */
function coordinated(s: Sentence, states: readonly Actor[], head: Actor): Actor[] {
  const out = [head];
  let at = head;
  for (let i = states.indexOf(head) - 1; i >= 0; i--) {
    const prev = states[i]!;
    const between = s.text.slice(prev.end - s.start, at.start - s.start);
    // Spaces folded first, so the pattern has one way to match and stays linear on long runs of them.
    if (!/^(?:, ?and|,|and|&)(?: the)?$/i.test(between.replace(/\s+/g, ' ').trim())) break;
    out.unshift(prev);
    at = prev;
  }
  return out;
}

/** "Armenia's prime minister left ...": a state in the possessive is not the one that acts. */
export function possessive(s: Sentence, a: Actor): boolean {
  return /^['’](?:s\b|\s)/.test(s.text.slice(a.end - s.start));
}

/** No clause boundary between the verb and the body ("withdrew from the talks, and NATO ..." names no body left). */
function sameClause(s: Sentence, from: number, to: number): boolean {
  return !/[;:,]|\band\b|\bbut\b/.test(s.text.slice(from - s.start, to - s.start));
}

/**
 * The body only modifies what the verb acts on: "left the CSTO summit", "joined the EU presidency", "joined a
 * United Nations-brokered deal", or "joined the EU in giving up its veto" (joined with it, not in it).
 */
const MEETING =
  /^(?:\s*(?:summit|meeting|talks|session|conference|ministerial|gathering|headquarters|exercises?|drills?|forum|secretariat|presidency|chairmanship|mission|operation|force|troops|delegation|observers?)\b|-\p{L}|\s+in\s+\p{L}+ing\b)/iu;
function namesMeeting(s: Sentence, body: Actor): boolean {
  return MEETING.test(s.text.slice(body.end - s.start));
}

/**
 * Whether the states are the ones acting on the verb: no other actor (a person, "U.S. Secretary of Commerce
 * Penny Pritzker joined the EU") stands between the last of them and the verb; the verb is no infinitive ("threatened
 * to quit the EU") and no passive with an agent ("investigators were joined by European Union experts").
 */
function statesAct(s: Sentence, rule: ChangeRule, start: number, end: number, subjects: readonly Actor[], actors: readonly Actor[]): boolean {
  const before = s.text.slice(0, start - s.start);
  if (/\bto\s+$/i.test(before)) return false;
  if (/^\s+by\b/i.test(s.text.slice(end - s.start))) return false;
  if (rule.order !== 'state-first') return true;
  const last = subjects.at(-1)!;
  // "... the bombing of Yugoslavia in 1999 and joined NATO": the verb's subject came before the "and".
  if (/\band\b/i.test(s.text.slice(last.end - s.start, start - s.start))) return false;
  return !actors.some((a) => a.start >= last.end && a.end <= start && a.type !== 'government' && !(a.type === 'state' && a.id === last.id));
}

function blockerIn(text: string): string | undefined {
  return BLOCK_RULES.find((b) => b.pattern.test(text))?.id;
}

/** The clause before the verb, from after the last ";" or ", and"/", but" that starts a new statement. */
function leadingClause(s: Sentence, from: number, to: number): string {
  const text = s.text.slice(Math.max(0, from - s.start), to - s.start);
  const cuts = [...text.matchAll(/;|,\s*(?:and|but)\s/g)];
  const cut = cuts.at(-1);
  return cut ? text.slice(cut.index + cut[0].length) : text;
}

interface Match {
  readonly rule: ChangeRule;
  readonly start: number;
  readonly end: number;
}

function matchesOf(s: Sentence, rules: readonly ChangeRule[]): Match[] {
  const out: Match[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
      if (m[0].length === 0) rule.pattern.lastIndex++;
      const start = s.start + m.index;
      // One verb, one rule: "rejoined" is not also "joined".
      if (out.some((o) => start < o.end && o.start < start + Math.max(1, m![0].length))) continue;
      out.push({ rule, start, end: start + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Membership changes a sentence states: a state joined, was admitted, suspended its membership, withdrew, was
 * granted observer or candidate status (`member_of` with that status from the day), or applied (`applied_to`,
 * never a membership). The day is the date governing the verb's clause, else the article's date; denials,
 * conditions, modals, wishes and questions state no change (`blocked` says which rule stopped which match).
 */
export function membershipChanges(
  s: Sentence,
  actors: readonly Actor[],
  dates: readonly DateMention[],
  published: IsoDate,
  blocked: Blocked[] = [],
): ProposedFact[] {
  return changesOf(MEMBERSHIP_RULES, isBody, s, actors, dates, published, blocked);
}

/**
 * Treaty events a sentence states: a state signed, ratified or acceded to an agreement the graph knows, it
 * entered into force for the state, or the state denounced or withdrew from it (`party_to` with the stage as its
 * status). The same day resolution and the same blockers as membership changes.
 */
export function treatyChanges(
  s: Sentence,
  actors: readonly Actor[],
  dates: readonly DateMention[],
  published: IsoDate,
  blocked: Blocked[] = [],
): ProposedFact[] {
  return changesOf(TREATY_RULES, isAgreement, s, actors, dates, published, blocked);
}

function changesOf(
  rules: readonly ChangeRule[],
  isObject: (a: Actor) => boolean,
  s: Sentence,
  actors: readonly Actor[],
  dates: readonly DateMention[],
  published: IsoDate,
  blocked: Blocked[],
): ProposedFact[] {
  const out: ProposedFact[] = [];
  const states = actors.filter(isState);
  const bodies = actors.filter(isObject);
  if (states.length === 0 || bodies.length === 0) return out;
  for (const { rule, start, end } of matchesOf(s, rules)) {
    let subjects: Actor[] = [];
    let body: Actor | undefined;
    if (rule.order === 'state-first') {
      const head = states.filter((a) => a.end <= start && start - a.end <= SUBJECT_REACH && !possessive(s, a)).pop();
      body = bodies.find((a) => a.start >= start && a.start - end <= OBJECT_REACH && sameClause(s, Math.max(end, start), a.start));
      if (head) subjects = coordinated(s, states, head);
    } else {
      body = bodies.filter((a) => a.end <= start && start - a.end <= SUBJECT_REACH).pop();
      const after = states.filter((a) => a.start >= end && a.start - end <= 40);
      if (after[0]) subjects = [after[0]];
    }
    if (!body || subjects.length === 0 || namesMeeting(s, body) || !statesAct(s, rule, start, end, subjects, actors)) continue;
    const first = Math.min(subjects[0]!.start, body.start);
    const last = Math.max(subjects.at(-1)!.end, body.end, end);
    if (blockedChange(s, rule, first, last, start, blocked)) continue;
    const day = eventDate(s, dates, { start: start - s.start, end: end - s.start }, published);
    // A change the text places in a decade is not given a day.
    if (!day) continue;
    for (const subject of subjects) {
      out.push(changeFact(s, rule, first, last, day, { predicate: rule.predicate, subject: stateId(subject), object: body.id }));
    }
  }
  return out;
}
