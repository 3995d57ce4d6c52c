import type { Alias } from '../../src/core/entity.js';
import type { BuildContext } from './facts.js';
import { isoByAlpha3 } from './iso-codes.js';

/** One state of data/curated/state-names.json: what people and the news call it. */
interface StateNameEntry {
  readonly name?: string;
  readonly short: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital?: string;
  readonly historical: readonly string[];
  readonly ru?: string;
  readonly fr?: string;
  readonly de?: string;
  readonly es?: string;
  readonly aliases: readonly Alias[];
}

export type StateNames = ReadonlyMap<string, StateNameEntry>;

const FILE = 'data/curated/state-names.json';

/**
 * Gives states their common English name and the aliases the news pipeline resolves: short names,
 * demonyms ("Russian"), capitals as metonyms ("Moscow said"), former names, Russian, French, German and Spanish names.
 * A state named here that no source has made yet (a territory) is made from the ISO table.
 */
export function applyStateNames(ctx: BuildContext, names: StateNames): void {
  for (const [id, n] of names) {
    const iso = isoByAlpha3(id);
    const aliases: Alias[] = [
      ...n.short.map((text) => ({ text, lang: 'en', kind: 'name' as const })),
      ...n.demonyms.map((text) => ({ text, lang: 'en', kind: 'demonym' as const })),
      ...n.historical.map((text) => ({ text, lang: 'en', kind: 'historical' as const })),
      ...(n.capital ? [{ text: n.capital, lang: 'en', kind: 'capital' as const }] : []),
      ...(n.ru ? [{ text: n.ru, lang: 'ru', kind: 'name' as const }] : []),
      ...(n.fr ? [{ text: n.fr, lang: 'fr', kind: 'name' as const }] : []),
      ...(n.de ? [{ text: n.de, lang: 'de', kind: 'name' as const }] : []),
      ...(n.es ? [{ text: n.es, lang: 'es', kind: 'name' as const }] : []),
      ...n.aliases,
    ];
    const name = n.name ?? ctx.entities.get(id)?.name ?? iso?.name ?? id;
    const attrs: Record<string, unknown> = {};
    if (n.capital) attrs.capital = n.capital;
    if (iso && !ctx.entities.has(id)) {
      attrs.iso2 = iso.alpha2;
      if (iso.numeric !== undefined) attrs.isoNumeric = iso.numeric;
    }
    ctx.entities.add(
      { id, kind: 'state', name, aliases, attrs, provenance: { dataset: 'curated', ref: `${FILE} ${id}`, rule: 'curated/state-names' } },
      n.name !== undefined,
    );
  }
}

/** A state (or territory: Aruba, Hong Kong) that only DESTA or Wikidata name, made from the ISO table. */
export function ensureIsoState(ctx: BuildContext, id: string, dataset: string, ref: string, fallbackName = id): void {
  if (ctx.entities.has(id)) return;
  const iso = isoByAlpha3(id);
  ctx.entities.add({
    id,
    kind: 'state',
    name: iso?.name ?? fallbackName,
    attrs: iso ? { iso2: iso.alpha2, ...(iso.numeric !== undefined ? { isoNumeric: iso.numeric } : {}) } : {},
    provenance: { dataset, ref, rule: 'states/iso-table' },
  });
}
