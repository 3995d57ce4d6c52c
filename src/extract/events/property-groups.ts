import type { ActorGroup } from './actor-groups.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import { DOMESTIC_RULES } from './grammar/domestic-rules.js';
import type { SentenceView } from './sentence-view.js';

const OWNED_BEFORE: ReadonlySet<string> = new Set(["'s", "'"]);
/** Prepositions after which property is what an act is aimed at ("set fire to", "pelted stones at", "fired on"). */
const AIMED: ReadonlySet<string> = new Set(['to', 'at', 'on', 'upon', 'into']);
/** A code that is a country alone ("TCD"), as a state's name or adjective gives. */
const COUNTRY_ONLY = /^[A-Z]{3}$/;

/**
 * Property phrases no actor phrase holds ("the police station", "three buses", "shops"), as target-only groups coded
 * for their owner (`---COP`, `---BUS`, `---CVL`: the sentence's or article's country fills the dashes, as for any
 * role): `actor.property-owner`. A property noun modifying another ("bus stand", "house arrest", "home minister") is
 * none, nor property after a possessive or before "of" ("the minister's house", "the houses of parliament": its owner
 * is named). Sorted in with
 * the actor groups.
 */
export function withProperty(
  v: SentenceView,
  d: CompiledDictionaries,
  groups: ActorGroup[],
  prepositionBefore: (v: SentenceView, start: number) => string | undefined,
): ActorGroup[] {
  if (d.property.size === 0) return groups;
  let out: ActorGroup[] | undefined;
  let g = 0;
  for (let i = 0; i < v.n; i++) {
    while (g < groups.length && groups[g]!.end <= i) g++;
    if (g < groups.length && groups[g]!.start <= i) {
      i = groups[g]!.end - 1;
      continue;
    }
    if (v.pos[i] !== 'NOUN' && v.pos[i] !== 'PROPN') continue;
    const hit = d.property.match(v.lower, i);
    if (!hit) continue;
    const end = i + hit.length;
    const next = g < groups.length ? groups[g]!.start : v.n;
    if (end > next || v.pos[end] === 'NOUN' || v.pos[end] === 'PROPN' || v.lower[end] === 'of' || OWNED_BEFORE.has(v.lower[i - 1] ?? '')) {
      i = end - 1;
      continue;
    }
    // "two shops", "three buses": the count belongs to the phrase (and lets "a school and two shops" coordinate).
    let start = i;
    while (start > 0 && v.pos[start - 1] === 'NUM' && (g === 0 || groups[g - 1]!.end < start)) start--;
    const prep = prepositionBefore(v, start);
    // "in the market", "from inside the house": where something happened, no target; "the occupants of the vehicles":
    // another noun's ("dozens of shops" only counts them: no preposition).
    if (prep !== undefined && !AIMED.has(prep)) {
      i = end - 1;
      continue;
    }
    // "a Chadian shop": a state's adjective right before the property is its owner's country (TCDBUS), one group.
    const owner = g > 0 && groups[g - 1]!.end === start && COUNTRY_ONLY.test(groups[g - 1]!.code) ? groups[g - 1]! : undefined;
    if (owner) {
      out = (out ?? [...groups]).filter((x) => x !== owner);
      start = owner.start;
    }
    // All the properties of actorGroup() (actor-groups.ts), in its order: groups of one shape.
    const group: ActorGroup = {
      start,
      end,
      code: `${owner ? owner.code : '---'}${hit.value.sector}`,
      ruleId: hit.value.ruleId,
      prep,
      pronoun: undefined,
      named: undefined,
      composed: undefined,
      possessive: undefined,
      rules: [DOMESTIC_RULES.propertyOwner.id],
      entity: undefined,
      property: true,
    };
    (out ??= [...groups]).push(group);
    i = end - 1;
  }
  return out ? out.sort((a, b) => a.start - b.start) : groups;
}
