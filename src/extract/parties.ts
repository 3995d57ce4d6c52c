import partiesFile from '../../data/curated/parties.json' with { type: 'json' };
import type { Actor, Sentence, Token } from './analysis.js';
import { keysOf, PhraseIndex } from './phrase-index.js';
import type { SpanCover } from './span-index.js';
import type { IsoDate } from '../core/time.js';

export interface Party {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  readonly codes: readonly string[];
  readonly source: string;
  /** The day it was founded, where known: before it no phrase names it. */
  readonly founded?: string;
}

interface PartyPhrase {
  readonly party: Party;
  /** A short name (acronym, one word, a name other states' parties share) counts only at home. */
  readonly short: boolean;
}
const PARTY_RULES = {
  party: {
    id: 'domestic.party',
    example: 'the Bharatiya Janata Party said (a full name counts in any article)',
    reason: 'a party’s full name names it wherever it is written',
  },
  founded: {
    id: 'domestic.party.founded',
    example: '"aap" in a 2002 article (the Aam Aadmi Party was founded in 2012) names no party',
    reason: 'a party exists from its founding day: before it its name, and above all its acronym, is another word or another body',
  },
  partyShort: {
    id: 'domestic.party.short-at-home',
    example: 'the bjp and the congress walked out; the bjp accused the congress of staging a walkout (in an Indian article)',
    reason:
      'an acronym or a short name ("congress", "labour") names the party only in an article of the party’s country: "congress" is also the US Congress and a common word',
  },
} as const;

let partyIndex: PhraseIndex<PartyPhrase> | undefined;

export function partyPhrases(): PhraseIndex<PartyPhrase> {
  partyIndex ??= new PhraseIndex<PartyPhrase>(
    partiesFile.parties.flatMap((p) => {
      const founded = 'founded' in p ? { founded: p.founded } : {};
      const party: Party = { id: `party:${p.id}`, name: p.name, country: p.country, codes: p.codes, source: p.source, ...founded };
      return [
        ...p.phrases.map((x): [string, PartyPhrase] => [x, { party, short: false }]),
        ...p.short.map((x): [string, PartyPhrase] => [x, { party, short: true }]),
      ];
    }),
  );
  return partyIndex;
}

/** Whether the party exists on the day (domestic.party.founded): founded on or before it, or of no known founding day. */
export function partyExists(party: Party, on: IsoDate): boolean {
  return party.founded === undefined || party.founded <= on;
}

/** "INDGOVPTY@1998-03-19/2004-05-22": the first code whose dates hold the day, else the first undated one. */
export function partyCode(party: Party, on: IsoDate): string {
  for (const c of party.codes) {
    const [code, dates] = c.split('@') as [string, string | undefined];
    if (!dates) return code;
    const [from, to] = dates.split('/');
    if ((!from || from <= on) && (!to || on <= to)) return code;
  }
  return party.country;
}
/**
 * "Congress of Vienna", "the party congress": a short name followed by "of", or after "party", is a common noun; but
 * not before "of" and a gerund, the charge of "accused the congress of staging a walkout", which names the party.
 */
function commonUse(tokens: readonly Token[], first: number, last: number): boolean {
  const keys = keysOf(tokens);
  const charge = /^[a-z]{2,}ing$/.test(keys[last + 2] ?? '');
  return (keys[last + 1] === 'of' && !charge) || keys[first - 1] === 'party';
}

/** In cased text a short name must be written as a name: "BJP", "Congress", not "congress". */
function writtenAsName(tokens: readonly Token[], first: number, lowercase: boolean): boolean {
  return lowercase || /^\p{Lu}/u.test(tokens[first]!.text);
}
export function partiesIn(s: Sentence, ctx: { home: string | null; on: IsoDate; lowercase: boolean; taken: SpanCover }, out: Actor[]): void {
  const toks = s.tokens;
  const index = partyPhrases();
  for (let i = 0; i < toks.length; i++) {
    const hit = index.match(toks, i);
    if (!hit) continue;
    const { party, short } = hit.value;
    // "cpi(m)": the closing parenthesis belongs to the name.
    const last = toks[hit.last + 1]?.text === ')' && toks.slice(i, hit.last).some((t) => t.text === '(') ? hit.last + 1 : hit.last;
    const start = toks[i]!.start;
    const end = toks[last]!.end;
    const ok =
      partyExists(party, ctx.on) &&
      !ctx.taken.overlaps(start, end) &&
      writtenAsName(toks, i, ctx.lowercase) &&
      (short ? ctx.home === party.country && !commonUse(toks, i, hit.last) : ctx.home === null || ctx.home === party.country);
    if (!ok) continue;
    out.push({
      text: s.text.slice(start - s.start, end - s.start),
      start,
      end,
      sentence: s.index,
      id: party.id,
      type: 'organization',
      role: party.codes.some((c) => c.includes('PTY')) ? 'political party' : 'organization',
      name: party.name,
      state: party.country,
      cameo: partyCode(party, ctx.on),
      refersTo: null,
      confidence: short ? 0.8 : 0.9,
      ruleId: short ? PARTY_RULES.partyShort.id : PARTY_RULES.party.id,
    });
    i = last;
  }
}
