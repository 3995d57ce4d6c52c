import type { IsoDate } from '../core/time.js';
import type { Actor, DateMention, ProposedFact, Sentence } from './analysis.js';
import { eventDate } from './event-dates.js';
import { type Blocked, blockedChange, changeFact, isState, possessive, stateId } from './membership-changes.js';
import { BASE_RULES } from './rules/base-rules.js';

const SUBJECT_REACH = 60;

/**
 * Bases opened or closed that a sentence states: `hosts_base_of` from the host (the state after "base in") to
 * the user (the state acting before the verb), status `open` or `withdrawn` from the day. Both states named, or
 * no fact; the same blockers and day as membership changes.
 */
export function baseChanges(s: Sentence, actors: readonly Actor[], dates: readonly DateMention[], published: IsoDate, blocked: Blocked[] = []): ProposedFact[] {
  const out: ProposedFact[] = [];
  const states = actors.filter(isState);
  if (states.length < 2) return out;
  for (const rule of BASE_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const user = states.filter((a) => a.end <= start && start - a.end <= SUBJECT_REACH && !possessive(s, a)).pop();
      const rest = s.text.slice(end - s.start);
      const at = /^[^,;]{0,60}?\bbases?\s+(?:in|at|on)\s+/iu.exec(rest);
      const host = at && states.find((a) => a.start >= end + at[0].length && a.start - (end + at[0].length) <= 25);
      if (!user || !host || stateId(user) === stateId(host) || /\bto\s+$/i.test(s.text.slice(0, start - s.start))) continue;
      if (actors.some((a) => a.start >= user.end && a.end <= start && a.type !== 'government')) continue;
      const first = user.start;
      const last = host.end;
      if (blockedChange(s, rule, first, last, start, blocked)) continue;
      const day = eventDate(s, dates, { start: start - s.start, end: end - s.start }, published);
      // A change the text places in a decade is not given a day.
      if (!day) continue;
      out.push(changeFact(s, rule, first, last, day, { predicate: 'hosts_base_of', subject: stateId(host), object: stateId(user) }));
    }
  }
  return out;
}
