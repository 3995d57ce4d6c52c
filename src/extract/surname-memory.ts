import { nameKey } from '../core/normalize.js';
import type { Actor, Token } from './analysis.js';
import { surnameKey, withinOneEdit } from './offices.js';

/**
 * The rows of who a bare surname or given name is, read in the article's order by the titled people
 * (titled-people.ts); each pinned by invented sentences in `test/unit/news-surname-memory.test.ts`.
 */
export const SURNAME_RULES = {
  namedBefore: {
    id: 'person.surname.named-before',
    example: 'a b singh said ... singh added ... later chief minister c d singh met the governor: "singh" is a b singh',
    reason: 'a bare surname is a person of that surname named before it: one the article names only later, a dictionary person most of all, is no antecedent',
  },
  shadowed: {
    id: 'person.surname.shadowed',
    example: 'chief minister c d singh met the governor. a b singh said ... singh added: "singh" is no one',
    reason: 'another person of the surname named since, with no title to make them an actor, may be the one meant: no link rather than a wrong one',
  },
  givenName: {
    id: 'person.given-name',
    example: 'rld chief ramesh kumar verma ... speaking to reporters, ramesh attacked the centre',
    reason:
      'Indian news often calls a politician by the first name ("laloo", "biman"): a word of four letters or more that is the first given name of exactly one person named in full before is that person',
  },
  misspelled: {
    id: 'person.surname.one-edit',
    example: 'party president ravi krishnamurthy ... an adamant krishamurthy said: "krishamurthy" is ravi krishnamurthy',
    reason:
      'a long surname is often misspelt once in an article (a letter dropped, added or changed): a word of eight letters or more one edit from exactly one surname named before, with the same first letter, is that person',
  },
} as const;

/** A misspelt surname shorter than this is too often another name ("sharma", "verma"). */
const MIN_MISSPELLED = 8;

/** A given name shorter than this is too often a word or part of another name ("ram", "lal"). */
const MIN_GIVEN = 4;

/**
 * Who each surname (and first given name) stands for so far: the persons the earlier stages found enter when the scan
 * passes their start, a titled person when the titled people find one. One pass in text order; no lookups over the
 * whole article per token.
 */
export class SurnameMemory {
  readonly #pending: readonly Actor[];
  #next = 0;
  readonly #bySurname = new Map<string, Actor>();
  readonly #byGiven = new Map<string, Actor | null>();
  /** The earlier stages' first person of each surname, named later than the scan; and surnames a namesake has taken. */
  readonly #later = new Map<string, Actor>();
  readonly #taken = new Set<string>();
  readonly #current: (a: Actor) => Actor;

  /** `current` gives an earlier stage's person as the titled people have since read it (a title given to it). */
  constructor(actors: readonly Actor[], current: (a: Actor) => Actor) {
    this.#pending = actors.filter((a) => a.type === 'person' && a.name.includes(' ') && a.refersTo === null).sort((a, b) => a.start - b.start);
    this.#current = current;
    for (const a of this.#pending) {
      const key = surnameKey(a.name);
      if (!this.#later.has(key)) this.#later.set(key, a);
    }
  }

  /** Takes in the earlier stages' persons named before `offset`. */
  advance(offset: number): void {
    while (this.#next < this.#pending.length && this.#pending[this.#next]!.start < offset) {
      const a = this.#current(this.#pending[this.#next++]!);
      this.set(surnameKey(a.name), a);
    }
  }

  /** The person of the surname named before, else (no namesake before) the graph's or dictionaries' one named later. */
  get(key: string): Actor | undefined {
    const had = this.#bySurname.get(key);
    if (had || this.#taken.has(key)) return had;
    const later = this.#later.get(key);
    return later ? this.#current(later) : undefined;
  }

  /** The one surname named before one edit from `key` (rule person.surname.one-edit), for a word no surname matches. */
  misspelled(key: string): Actor | undefined {
    if (key.length < MIN_MISSPELLED) return undefined;
    let found: Actor | undefined;
    for (const [k, a] of this.#bySurname) {
      if (k.length < MIN_MISSPELLED - 1 || k[0] !== key[0] || !withinOneEdit(k, key)) continue;
      if (found && found.id !== a.id) return undefined;
      found = a;
    }
    return found;
  }

  has(key: string): boolean {
    return this.#bySurname.has(key);
  }

  set(key: string, a: Actor): void {
    this.#bySurname.set(key, a);
    this.#taken.add(key);
    const given = nameKey(a.text).split(' ')[0] ?? '';
    if (given.length < MIN_GIVEN || given === key || !a.text.includes(' ')) return;
    const had = this.#byGiven.get(given);
    // Two persons of one given name: the word names neither.
    this.#byGiven.set(given, had === undefined || had?.id === a.id ? a : null);
  }

  /** The one person named in full before whose first given name is `key`. */
  given(key: string): Actor | undefined {
    return this.#byGiven.get(key) ?? undefined;
  }

  /** "a b singh said" with no title, after "c d singh": the surname no longer says which one (rule person.surname.shadowed). */
  shadow(key: string, fullName: string): void {
    const had = this.#bySurname.get(key);
    const later = this.#later.get(key);
    if (!later || nameKey(later.name) !== nameKey(fullName)) this.#taken.add(key);
    if (had && nameKey(had.name) !== nameKey(fullName) && nameKey(had.text) !== nameKey(fullName)) this.#bySurname.delete(key);
  }
}

/**
 * "ramesh kumar verma ... ramesh attacked": a first given name named before (rule person.given-name), written as a noun
 * or proper noun with no noun after it ("ramesh kumar" starts another name; "political parties" is no person's).
 */
export function givenNameAt(memory: SurnameMemory, toks: readonly Token[], i: number, key: string): Actor | undefined {
  const t = toks[i]!;
  const next = toks[i + 1];
  if ((t.pos !== 'PROPN' && t.pos !== 'NOUN') || (next && (next.pos === 'PROPN' || next.pos === 'NOUN'))) return undefined;
  return memory.given(key);
}

/** "advaniji", "vajpayeeji": a surname named before with the honorific suffix -ji (a surname of three letters or more). */
export function suffixedSurname(bySurname: SurnameMemory, key: string): Actor | undefined {
  return key.length >= 5 && key.endsWith('ji') ? bySurname.get(key.slice(0, -2)) : undefined;
}
