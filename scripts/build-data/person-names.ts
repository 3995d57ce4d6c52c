import type { BuildContext } from './facts.js';

const FILE = 'data/curated/person-names.json';

/** Markers of a Portuguese name in the Wikidata extract: "Carlos III do Reino Unido", "Imperador Meiji". */
const PORTUGUESE =
  /\b[IVXL]+ (do|da|dos|das|de) |, Príncipe|Príncipe |Imperador |^Papa |grão-duque|Senhor do| d[ao] (Brunei|Suécia|Noruega|Dinamarca|Jordânia|Bélgica|Arábia Saudita|Reino Unido|Lesoto)/;

/**
 * English names for persons the Wikidata extract names in another language, from the project's label table;
 * the extract's name stays an alias (marked Portuguese where it plainly is). Names that still look Portuguese
 * are counted in the build notes, with the first few, so the table can grow.
 */
export function applyPersonNames(ctx: BuildContext, names: ReadonlyMap<string, string>): void {
  let renamed = 0;
  for (const [id, name] of names) {
    const e = ctx.entities.get(id);
    if (!e || e.kind !== 'person') continue;
    ctx.entities.rename(id, name, PORTUGUESE.test(e.name) ? 'pt' : undefined, { dataset: 'curated', ref: `${FILE} ${id}`, rule: 'curated/person-names' });
    renamed++;
  }
  const left = ctx.entities.list().filter((e) => e.kind === 'person' && PORTUGUESE.test(e.name));
  ctx.note(
    `${FILE}: ${renamed} persons given their English name; ${left.length} names still look Portuguese (mostly rulers before 1815)${
      left.length
        ? `, e.g. ${left
            .slice(0, 3)
            .map((e) => `${e.id} ${e.name}`)
            .join('; ')}`
        : ''
    }`,
  );
}
