/**
 * The recognizer's name lists (LOC, ORG, PER, MISC) from the project's own reference data, never from the
 * labelled training text: the reference entities (states with their English names, capitals and demonyms,
 * organizations, leaders), the home-country places, the parties, and the Phoenix actor dictionary. Pure: the
 * caller reads the files (src/pipeline/ner-gazetteer-file.ts).
 */
import { nameWords } from './gazetteer.js';

interface Alias {
  readonly text: string;
  readonly lang?: string | null;
  readonly kind?: string | null;
}

export interface GazetteerSources {
  readonly entities: readonly { readonly kind: string; readonly aliases?: readonly Alias[] }[];
  /** data/curated/home-places.json's `places`: state -> source -> names. */
  readonly homePlaces: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  readonly parties: readonly { readonly phrases?: readonly string[]; readonly short?: readonly string[] }[];
  /** data/dictionaries/phoenix-actors.json's `entries`: [phrases, codes]. */
  readonly actors: readonly (readonly [readonly string[], readonly string[], ...unknown[]])[];
}

/** Home-place sources naming institutions (legislatures), not places. */
const INSTITUTION_SOURCES = new Set(['ipu-parline']);
/** Phoenix's three-letter codes that are sectors, not countries. */
const NON_STATE_CODES = /^(NGO|MNC|IGO|IMG|UAF|REB|SPY|INS)/;

function typeOfActor(codes: readonly string[]): 'PER' | 'LOC' | 'ORG' {
  // Phoenix dates a code only for a person's offices.
  if (codes.some((c) => c.includes('@'))) return 'PER';
  // A bare country code lists the country's names, its cities and regions.
  if (codes.every((c) => /^[A-Z]{3}$/.test(c) && !NON_STATE_CODES.test(c))) return 'LOC';
  return 'ORG';
}

/** Sorted, distinct, lower-case name lists by type; a demonym is MISC only ("Afghan" is listed under Afghanistan). */
export function gazetteerNames(src: GazetteerSources): Record<string, string[]> {
  const lists: Record<string, Set<string>> = { LOC: new Set(), MISC: new Set(), ORG: new Set(), PER: new Set() };
  const add = (type: string, name: string): void => {
    const key = nameWords(name).join(' ');
    if (key.length > 1 && /\p{L}/u.test(key)) lists[type]?.add(key);
  };
  for (const e of src.entities) {
    for (const a of e.aliases ?? []) {
      if (a.lang !== 'en' && a.lang != null) continue;
      if (e.kind === 'state' && a.kind !== 'pattern') add(a.kind === 'demonym' ? 'MISC' : 'LOC', a.text);
      else if (e.kind === 'organization') add('ORG', a.text);
      else if (e.kind === 'person') add('PER', a.text);
    }
  }
  for (const bySource of Object.values(src.homePlaces))
    for (const [source, names] of Object.entries(bySource)) for (const n of names) add(INSTITUTION_SOURCES.has(source) ? 'ORG' : 'LOC', n);
  for (const p of src.parties) for (const n of [...(p.phrases ?? []), ...(p.short ?? [])]) add('ORG', n);
  for (const [phrases, codes] of src.actors) for (const n of phrases) add(typeOfActor(codes), n);
  const misc = lists.MISC ?? new Set();
  const out: Record<string, string[]> = {};
  for (const [type, set] of Object.entries(lists)) out[type] = [...set].filter((n) => type === 'MISC' || !misc.has(n)).sort();
  return out;
}
