import type { Alias, Entity, EntityKind } from '../../src/core/entity.js';
import type { Provenance } from '../../src/core/provenance.js';

interface Draft {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: Alias[];
  attrs: Record<string, unknown>;
  provenance: Provenance[];
}

export interface EntityInput {
  readonly id: string;
  readonly kind: EntityKind;
  readonly name: string;
  readonly aliases?: readonly Alias[];
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly provenance: Provenance;
}

/**
 * Entities from several sources merged by id: the CSTO of COW IGO and the curated CSTO are one entity.
 * Aliases and provenance accumulate; the first source names an entity unless a later one says `override`
 * (the curated data does), and attributes already set are kept unless overridden.
 */
export class EntitySet {
  private readonly drafts = new Map<string, Draft>();

  has(id: string): boolean {
    return this.drafts.has(id);
  }

  get(id: string): Entity | undefined {
    return this.drafts.get(id);
  }

  add(input: EntityInput, override = false): void {
    const existing = this.drafts.get(input.id);
    if (!existing) {
      this.drafts.set(input.id, {
        id: input.id,
        kind: input.kind,
        name: input.name,
        aliases: [],
        attrs: { ...(input.attrs ?? {}) },
        provenance: [input.provenance],
      });
      this.addAliases(input.id, [{ text: input.name, lang: 'en', kind: 'name' }, ...(input.aliases ?? [])]);
      return;
    }
    if (!override && existing.kind !== input.kind) {
      throw new Error(`${input.provenance.ref}: the id ${input.id} is already a ${existing.kind}, found a ${input.kind} under it`);
    }
    if (override) {
      existing.name = input.name;
      existing.kind = input.kind;
      Object.assign(existing.attrs, input.attrs ?? {});
    } else {
      for (const [k, v] of Object.entries(input.attrs ?? {})) if (!(k in existing.attrs)) existing.attrs[k] = v;
    }
    // One provenance per dataset and rule: a person named in 20 rows keeps the first row as its source.
    if (!existing.provenance.some((p) => p.dataset === input.provenance.dataset && p.rule === input.provenance.rule)) {
      existing.provenance.push(input.provenance);
    }
    this.addAliases(input.id, [{ text: input.name, lang: 'en', kind: 'name' }, ...(input.aliases ?? [])]);
  }

  /**
   * Gives an entity a new name (an English label table's) and keeps the old one as an alias in its own language
   * (`lang`, or none when unknown) instead of the English it was filed under.
   */
  rename(id: string, name: string, oldLang: string | undefined, provenance: Provenance): void {
    const d = this.drafts.get(id);
    if (!d || d.name === name) return;
    const old = d.name;
    d.aliases = d.aliases.map((a) =>
      a.text === old && a.lang === 'en' ? cleanAlias({ text: a.text, ...(oldLang ? { lang: oldLang } : {}), kind: 'name' }) : a,
    );
    d.name = name;
    if (!d.provenance.some((p) => p.dataset === provenance.dataset && p.rule === provenance.rule)) d.provenance.push(provenance);
    this.addAliases(id, [{ text: name, lang: 'en', kind: 'name' }]);
  }

  setAttr(id: string, key: string, value: unknown): void {
    const d = this.drafts.get(id);
    if (d) d.attrs[key] = value;
  }

  addAliases(id: string, aliases: readonly Alias[]): void {
    const d = this.drafts.get(id);
    if (!d) return;
    for (const a of aliases) {
      const text = a.text.trim();
      if (text === '') continue;
      const dup = d.aliases.some((b) => b.text === text && b.lang === a.lang && b.kind === a.kind);
      if (!dup) d.aliases.push(cleanAlias({ ...a, text }));
    }
  }

  /** Sorted by id, with attribute keys sorted, so that rebuilding writes identical bytes. */
  list(): Entity[] {
    return [...this.drafts.values()]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((d) => ({
        id: d.id,
        kind: d.kind,
        name: d.name,
        aliases: d.aliases,
        attrs: Object.fromEntries(Object.entries(d.attrs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
        provenance: d.provenance,
      }));
  }
}

function cleanAlias(a: Alias): Alias {
  const out: { text: string; lang?: string; kind?: Alias['kind'] } = { text: a.text };
  if (a.lang !== undefined) out.lang = a.lang;
  if (a.kind !== undefined) out.kind = a.kind;
  return out;
}
