import { actorGroup, type ActorGroup } from './actor-group.js';
import type { CompiledDictionaries } from './compile-dictionaries.js';
import { ACTOR_RULES } from './grammar/actor-rules.js';
import { withRule } from './group-codes.js';
import type { SentenceView } from './sentence-view.js';
import { headSector } from '../rules/body-name-rules.js';

/** Actor phrases that name a body of people rather than a state or a legislature (actor.named-body, actor.party-meeting). */
export function bodyGroups(v: SentenceView, groups: ActorGroup[], d: CompiledDictionaries): ActorGroup[] {
  return partyMeetings(v, namedBodies(v, groups, d));
}

/**
 * "the party congress of the cpi demanded...", "the three-yearly party congress": a party's congress is its meeting,
 * no legislature: the party of the country the phrase names, or no actor when it names none (actor.party-meeting).
 */
function partyMeetings(v: SentenceView, groups: ActorGroup[]): ActorGroup[] {
  return groups.flatMap((g) => {
    if (!(g.code.endsWith('LEG') && v.lower[g.start] === 'congress' && v.lower[g.start - 1] === 'party')) return [g];
    // "party congress of the Chadian communists": a party of the country the phrase names; alone, no actor.
    const country = /^[A-Z]{3}/.test(g.code) ? g.code.slice(0, 3) : undefined;
    return country ? [actorGroup({ ...g, code: `${country}PTY`, rules: withRule(g, ACTOR_RULES.partyMeeting.id) })] : [];
  });
}

/**
 * The sector of a body's head noun, from the actor stage's table of body names (rules/body-name-rules.ts): "committee"
 * NGO, "board" GOV, "union" none here ("the indian union" is the state); "bank" and "chamber" are business; a head
 * of no sure sector ("front") is an organisation (NGO).
 */
function bodySector(head: string): string | undefined {
  if (BUSINESS.has(head)) return 'BUS';
  const rule = head === 'union' ? undefined : headSector(head);
  return rule ? rule.agent || 'NGO' : undefined;
}

/** Bodies of business: "the state bank of india", "a chamber of commerce". */
const BUSINESS: ReadonlySet<string> = new Set(['bank', 'chamber']);

/**
 * "the all india babri masjid reconstruction committee demanded...": a place of a country's gazetteer entry that opens
 * the name of a body (words up to a head like "committee" or "association", no other actor between) is that body, an
 * organisation of the country (NGO sector), not the state (actor.named-body).
 */
function namedBodies(v: SentenceView, groups: ActorGroup[], d: CompiledDictionaries): ActorGroup[] {
  return groups.map((g, n) => {
    if (g.code.length !== 3 || !d.places.has(g.ruleId)) return g;
    // "the state bank of india", "the chamber of commerce of chad": a body "of" the country.
    const head = v.lower[g.start - 2] ?? '';
    const sector = v.lower[g.start - 1] === 'of' ? bodySector(head) : undefined;
    if (sector) {
      // The phrase is the body's whole name, from its first word ("the savings bank of chad"), no "of" phrase.
      let start = g.start - 2;
      while (start > 0 && (v.pos[start - 1] === 'NOUN' || v.pos[start - 1] === 'PROPN' || v.pos[start - 1] === 'ADJ')) start--;
      const { prep: _of, ...body } = g;
      const before = v.pos[start - 1] === 'DET' ? start - 2 : start - 1;
      const prep = v.pos[before] === 'ADP' ? { prep: v.lower[before]! } : {};
      return actorGroup({ ...body, ...prep, start, code: `${g.code}${sector}`, rules: withRule(g, ACTOR_RULES.namedBody.id) });
    }
    const next = groups[n + 1]?.start ?? v.n;
    for (let k = g.end; k < Math.min(next, g.end + 6); k++) {
      const at = v.lower[k] === 'bank' ? undefined : bodySector(v.lower[k]!);
      if (at) return actorGroup({ ...g, end: k + 1, code: `${g.code}${at}`, rules: withRule(g, ACTOR_RULES.namedBody.id) });
      if (!(v.pos[k] === 'NOUN' || v.pos[k] === 'PROPN' || v.pos[k] === 'ADJ' || v.lower[k] === '-')) return g;
    }
    return g;
  });
}
