import type { IsoDate } from '../core/time.js';
import type { Actor, DateMention, ProposedFact, Sentence } from './analysis.js';
import { eventDate } from './event-dates.js';
import { type Blocked, blockedChange, changeFact, possessive } from './membership-changes.js';
import { OFFICE_RULES } from './rules/office-rules.js';
import { ROLE_NOUNS } from './rules/role-nouns.js';

/** A person the graph knows ("person:" ids are names no dictionary knows: no term of theirs can be changed). */
const isPerson = (a: Actor) => a.type === 'person' && !a.id.startsWith('person:') && !a.id.startsWith('candidate:');
const SUBJECT_REACH = 60;

/** The formal offices and the words that name them, longest first ("prime minister" before "minister"). */
const OFFICE_WORDS = ROLE_NOUNS.filter((r) => r.office !== null)
  .flatMap((r) => r.words.map((w) => ({ w, re: new RegExp(`\\b${w}\\b`), office: r.office! })))
  .sort((a, b) => b.w.length - a.w.length);

function officeIn(text: string): 'head_of_state' | 'head_of_government' | undefined {
  const lower = text.toLowerCase();
  return OFFICE_WORDS.find(({ re }) => re.test(lower))?.office;
}

/**
 * Leaders taking or leaving office that a sentence states: `holds_office` of a person the graph knows, in the
 * office a role noun names ("sworn in as president", "Prime Minister X resigned"), for the state named after the
 * verb or the one the person acts for; status `in_office` or `withdrawn` from the day. No office named: no fact.
 */
export function officeChanges(
  s: Sentence,
  actors: readonly Actor[],
  dates: readonly DateMention[],
  published: IsoDate,
  blocked: Blocked[] = [],
): ProposedFact[] {
  const out: ProposedFact[] = [];
  const people = actors.filter(isPerson);
  if (people.length === 0) return out;
  for (const rule of OFFICE_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(s.text); m; m = rule.pattern.exec(s.text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const person = people.filter((a) => a.end <= start && start - a.end <= SUBJECT_REACH && !possessive(s, a)).pop();
      if (!person || /\bto\s+$/i.test(s.text.slice(0, start - s.start))) continue;
      // "as president of Russia": the office and the state after the verb, up to the clause's end.
      const after = s.text
        .slice(end - s.start)
        .split(/[,;]|\band\b/)[0]!
        .slice(0, 60);
      const asRole = /^\s*as\b/i.test(after) ? officeIn(after) : undefined;
      // "President X", "Kazakh President X": the role noun just before the name.
      const before = s.text.slice(Math.max(0, person.start - s.start - 25), person.start - s.start);
      const office = asRole ?? officeIn(before.split(/[,;]/).at(-1) ?? '');
      const named = actors.find((a) => a.type === 'state' && a.start >= end && a.end - end <= after.length);
      const state = named?.id ?? person.state;
      if (!office || !state) continue;
      const first = Math.min(person.start, start);
      const last = Math.max(person.end, end, named?.end ?? 0);
      if (blockedChange(s, rule, first, last, start, blocked)) continue;
      const day = eventDate(s, dates, { start: start - s.start, end: end - s.start }, published);
      // A change the text places in a decade is not given a day.
      if (!day) continue;
      out.push(changeFact(s, rule, first, last, day, { predicate: 'holds_office', subject: person.id, object: state, qualifiers: { office } }));
    }
  }
  return out;
}
