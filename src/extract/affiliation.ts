import type { Token } from './analysis.js';
import { type Party, partyPhrases } from './parties.js';
import { keysOf } from './phrase-index.js';
import type { Cue, NameSpan, OrgLookup, Title } from './title-cues.js';

/**
 * A person named with no title whose party or body the words beside the name give (titled-people.ts asks after the
 * titles before and after the name): the person is the party's or the body's, with no office of it.
 */
export const AFFILIATION_RULES = {
  parenthesis: {
    id: 'person.affiliation.parenthesis',
    example: 'leaders present included a b rao (congress), c d das (rjd) and e f sen',
    reason: 'a party set in parentheses right after a name is the person’s party, as Indian news lists members',
  },
  of: {
    id: 'person.affiliation.of',
    example: 'a b rao of the bjp said; c d das of the x waqf board said',
    reason: 'a name (initials, or a surname some known person has) followed by "of" and a party or a body the article names is a member of it',
  },
  possessive: {
    id: 'person.affiliation.possessive',
    example: 'the vhp’s a b rao said',
    reason: 'a party’s possessive right before a name (initials, or a known surname) makes the person the party’s',
  },
} as const;

/** The ids of these rules, which a titled person's rule id takes in place of the title's. */
export const AFFILIATION_IDS: ReadonlySet<string> = new Set(Object.values(AFFILIATION_RULES).map((r) => r.id));

const title = (id: string): Title => ({ id, agent: 'PTY', office: false });
const POSSESSIVE = /^['’]+s?$/;
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['a', 'i', 'A', 'I']);

/** A party's phrase starting at token `p`: the party and its last token. */
function partyAt(toks: readonly Token[], p: number): { last: number; party: Party } | null {
  const hit = p < toks.length ? partyPhrases().match(toks, p) : null;
  return hit ? { last: hit.last, party: hit.value.party } : null;
}

/** The party or body beside the name at tokens i..name.last with no title (rules AFFILIATION_RULES). */
export function affiliation(toks: readonly Token[], i: number, name: NameSpan, orgs: OrgLookup, knownSurname: (key: string) => boolean): Cue | null {
  const k = name.last;
  // "vishwa hindu parishad (vhp)": a party's or a body's own name is no person's.
  // ("a key ally of the x": an article is no initial; "supreme body of the x": an adjective starts no name.)
  if (partyAt(toks, i) || orgs.at(toks[i]!) || ARTICLE_WORDS.has(toks[i]!.text) || toks[i]!.pos === 'ADJ') return null;
  const keys = keysOf(toks);
  const base = { former: false, state: null, partyAt: null, org: null } as const;
  if (toks[k + 1]?.text === '(') {
    const hit = partyAt(toks, k + 2);
    // "the vishwa hindu parsihad (vhp)": an acronym of the name's initials spells the name out, a body's.
    const initials = keys
      .slice(i, k + 1)
      .map((w) => w[0])
      .join('');
    if (hit && toks[hit.last + 1]?.text === ')' && keys[k + 2] !== initials)
      return { ...base, title: title(AFFILIATION_RULES.parenthesis.id), first: k + 2, from: hit.last, party: hit.party };
  }
  // Beside "of" and a possessive, common nouns take a name's shape ("the locus standi of the x", "the x's hard line"):
  // the name has initials or ends in a surname some person of the graph or the dictionaries has.
  if (name.initials === 0 && !knownSurname(keys[k]!)) return null;
  if (keys[k + 1] === 'of') {
    const p = keys[k + 2] === 'the' ? k + 3 : k + 2;
    const hit = partyAt(toks, p);
    if (hit) return { ...base, title: title(AFFILIATION_RULES.of.id), first: p, from: hit.last, party: hit.party };
    const org = toks[p] ? orgs.at(toks[p]!) : undefined;
    if (org && toks[p]!.start === org.start) {
      let last = p;
      while (toks[last + 1] && toks[last + 1]!.start < org.end) last++;
      return { ...base, title: title(AFFILIATION_RULES.of.id), first: p, from: last, org };
    }
  }
  let j = i - 1;
  while (j > 0 && POSSESSIVE.test(toks[j]!.text)) j--;
  if (j < i - 1 && j >= 0) {
    const hit = partyPhrases().endingAt(toks, j);
    if (hit) return { ...base, title: title(AFFILIATION_RULES.possessive.id), first: hit.first, from: hit.first, party: hit.value.party };
  }
  return null;
}
