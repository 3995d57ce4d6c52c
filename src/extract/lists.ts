import type { Actor, Sentence } from './analysis.js';

/** Between two items of a list: a comma, "and", "or", "as well as" (spaces read by one quantifier at a time: linear). */
const LIST_GAP = /^\s*(?:,\s*(?:(?:and|or|as well as|plus)\s*)?|(?:and|or|as well as|plus)\s*)$/;

export interface StateList {
  readonly items: readonly Actor[];
  readonly start: number;
  readonly end: number;
  /** The text between the list's start and its first item ("the members of the Pact and other countries like"). */
  readonly lead: string;
}

function isNamedState(a: Actor): boolean {
  return a.type === 'state' && !a.ruleId.endsWith('.demonym');
}

/** States listed from `from` on: the first within `maxLeadWords` words, the rest separated only by list gaps. */
export function stateListAfter(s: Sentence, actors: readonly Actor[], from: number, maxLeadWords: number): StateList | null {
  const inSentence = actors.filter((a) => a.sentence === s.index && a.start >= from).sort((a, b) => a.start - b.start);
  const first = inSentence.find(isNamedState);
  if (!first) return null;
  const lead = s.text.slice(from - s.start, first.start - s.start);
  if (lead.trim().split(/\s+/).filter(Boolean).length > maxLeadWords || /[.;:]/.test(lead)) return null;
  const items = [first];
  for (const a of inSentence.slice(inSentence.indexOf(first) + 1)) {
    const gap = s.text.slice(items[items.length - 1]!.end - s.start, a.start - s.start);
    if (!LIST_GAP.test(gap) || !isNamedState(a)) break;
    items.push(a);
  }
  return { items, start: from, end: items[items.length - 1]!.end, lead };
}

/** States listed right before `to`, read backwards: "Ruritania and Sylvania, which host ...". */
export function stateListBefore(s: Sentence, actors: readonly Actor[], to: number): StateList | null {
  const before = actors.filter((a) => a.sentence === s.index && a.end <= to).sort((a, b) => a.start - b.start);
  const last = before[before.length - 1];
  if (!last || !isNamedState(last) || s.text.slice(last.end - s.start, to - s.start).trim() !== '') return null;
  const items = [last];
  for (let k = before.length - 2; k >= 0; k--) {
    const a = before[k]!;
    const gap = s.text.slice(a.end - s.start, items[0]!.start - s.start);
    if (!LIST_GAP.test(gap) || !isNamedState(a)) break;
    items.unshift(a);
  }
  return { items, start: items[0]!.start, end: to, lead: '' };
}
