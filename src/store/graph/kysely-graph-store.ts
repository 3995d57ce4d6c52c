import type { Kysely } from 'kysely';
import type { Alias, Entity } from '../../core/entity.js';
import { EntenteError } from '../../core/errors.js';
import type { Fact, FactQuery, Predicate } from '../../core/fact.js';
import { nameKey } from '../../core/normalize.js';
import type { EntitySummary } from '../../graph/graph-index.js';
import type { AliasEntry, CoverageRow, DatasetInfo, GraphStore, LoadReport, Progress, ReferenceBundle } from '../../graph/graph-store.js';
import type { StoreDialect } from '../dialect.js';
import type { AliasTable, Database } from '../schema.js';
import { datasetToRow, entityToRow, factToRow, rowToDataset, rowToEntity, rowToFact } from './rows.js';

const REFERENCE = 'reference';
const VERSION_KEY = 'reference_version';

/** The GraphStore on any Kysely dialect; the dialect supplies only its batch size. */
export class KyselyGraphStore implements GraphStore {
  readonly dialect: 'sqlite' | 'postgres';
  private readonly db: Kysely<Database>;
  private readonly batch: number;
  private readonly lockReferenceLoad: StoreDialect['lockReferenceLoad'];

  constructor(d: StoreDialect) {
    this.dialect = d.name;
    this.db = d.db;
    this.batch = d.insertBatchRows;
    this.lockReferenceLoad = d.lockReferenceLoad;
  }

  async referenceVersion(): Promise<string | null> {
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', VERSION_KEY).executeTakeFirst();
    return row?.value ?? null;
  }

  async loadReference(bundle: ReferenceBundle, progress?: Progress): Promise<LoadReport> {
    return (await this.load(bundle, progress, false))!;
  }

  loadReferenceIfStale(bundle: ReferenceBundle, progress?: Progress): Promise<LoadReport | null> {
    return this.load(bundle, progress, true);
  }

  private async load(bundle: ReferenceBundle, progress: Progress | undefined, ifStale: boolean): Promise<LoadReport | null> {
    const started = performance.now();
    const aliases = dedupeAliases(bundle.entities.flatMap((e) => aliasRowsOf(e, REFERENCE)));
    const total = bundle.entities.length + aliases.length + bundle.facts.length;
    let done = 0;
    const step = (n: number) => {
      done += n;
      progress?.(done, total);
    };
    const loaded = await this.db.transaction().execute(async (trx) => {
      await this.lockReferenceLoad?.(trx);
      if (ifStale) {
        const row = await trx.selectFrom('meta').select('value').where('key', '=', VERSION_KEY).executeTakeFirst();
        if (row?.value === bundle.version) return false;
      }
      await trx.deleteFrom('facts').where('origin', '=', REFERENCE).execute();
      await trx.deleteFrom('aliases').where('origin', '=', REFERENCE).execute();
      await trx.deleteFrom('entities').where('origin', '=', REFERENCE).execute();
      await trx.deleteFrom('datasets').execute();
      if (bundle.datasets.length > 0) await trx.insertInto('datasets').values(bundle.datasets.map(datasetToRow)).execute();
      for (const chunk of chunks(
        bundle.entities.map((e) => entityToRow(e, REFERENCE)),
        this.batch,
      )) {
        await trx.insertInto('entities').values(chunk).execute();
        step(chunk.length);
      }
      for (const chunk of chunks(aliases, this.batch)) {
        await trx.insertInto('aliases').values(chunk).execute();
        step(chunk.length);
      }
      for (const chunk of chunks(
        bundle.facts.map((f) => factToRow(f, REFERENCE)),
        this.batch,
      )) {
        await trx.insertInto('facts').values(chunk).execute();
        step(chunk.length);
      }
      await trx.deleteFrom('meta').where('key', '=', VERSION_KEY).execute();
      await trx.insertInto('meta').values({ key: VERSION_KEY, value: bundle.version }).execute();
      return true;
    });
    if (!loaded) return null;
    return {
      version: bundle.version,
      entities: bundle.entities.length,
      aliases: aliases.length,
      facts: bundle.facts.length,
      seconds: (performance.now() - started) / 1000,
    };
  }

  async datasets(): Promise<DatasetInfo[]> {
    const rows = await this.db.selectFrom('datasets').selectAll().orderBy('rank').execute();
    return rows.map(rowToDataset);
  }

  async entity(id: string): Promise<Entity | undefined> {
    return (await this.entities([id]))[0];
  }

  async entities(ids: readonly string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    const rows = [];
    const aliases = [];
    for (const chunk of chunks(unique, this.batch)) {
      rows.push(...(await this.db.selectFrom('entities').selectAll().where('id', 'in', chunk).execute()));
      aliases.push(...(await this.db.selectFrom('aliases').selectAll().where('entity_id', 'in', chunk).execute()));
    }
    const byEntity = new Map<string, Alias[]>();
    for (const a of aliases) {
      const list = byEntity.get(a.entity_id) ?? [];
      list.push({ text: a.text, lang: a.lang || undefined, kind: a.kind as Alias['kind'] });
      byEntity.set(a.entity_id, list);
    }
    const found = new Map(rows.map((r) => [r.id, rowToEntity(r, byEntity.get(r.id) ?? [])]));
    return ids.flatMap((id) => (found.has(id) ? [found.get(id)!] : []));
  }

  async entitySummaries(): Promise<EntitySummary[]> {
    const rows = await this.db.selectFrom('entities').select(['id', 'kind', 'name', 'attrs', 'provenance']).execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind as EntitySummary['kind'],
      name: r.name,
      attrs: JSON.parse(r.attrs) as EntitySummary['attrs'],
      curated: r.provenance.includes('"dataset":"curated"'),
    }));
  }

  async entitiesByKey(key: string): Promise<Entity[]> {
    const ids = await this.db.selectFrom('aliases').select('entity_id').distinct().where('key', '=', key).execute();
    return this.entities(ids.map((r) => r.entity_id));
  }

  async aliases(): Promise<AliasEntry[]> {
    const rows = await this.db.selectFrom('aliases').select(['key', 'text', 'entity_id', 'kind', 'lang']).execute();
    return rows.map((r) => ({ key: r.key, text: r.text, entityId: r.entity_id, kind: r.kind, lang: r.lang }));
  }

  async facts(q: FactQuery): Promise<Fact[]> {
    let query = this.db.selectFrom('facts').selectAll().where('predicate', '=', q.predicate);
    if (q.object !== undefined) query = query.where('object', '=', q.object);
    if (q.subject !== undefined) query = query.where('subject', '=', q.subject);
    if (q.on !== undefined) query = query.where('valid_from', '<=', q.on).where('valid_to', '>=', q.on);
    if (q.datasets !== undefined) {
      if (q.datasets.length === 0) return [];
      query = query.where('dataset', 'in', [...q.datasets]);
    }
    const rows = await query.orderBy('valid_from').orderBy('id').execute();
    return rows.map(rowToFact);
  }

  async coverage(predicates: readonly Predicate[]): Promise<CoverageRow[]> {
    if (predicates.length === 0) return [];
    const rows = await this.db
      .selectFrom('facts')
      .select((eb) => ['object', 'dataset', eb.fn.min('valid_from').as('from'), eb.fn.max('valid_to').as('to')])
      .where('predicate', 'in', [...predicates])
      .groupBy(['object', 'dataset'])
      .execute();
    return rows.map((r) => ({ object: r.object, dataset: r.dataset, from: String(r.from), to: String(r.to) }));
  }

  async assertFacts(facts: readonly Fact[]): Promise<number> {
    let added = 0;
    await this.db.transaction().execute(async (trx) => {
      for (const chunk of chunks(
        facts.map((f) => factToRow(f, 'article')),
        this.batch,
      )) {
        const result = await trx
          .insertInto('facts')
          .values(chunk)
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
    });
    return added;
  }

  async close(): Promise<void> {
    // The dialect owns the connection; Stores.close() closes it once.
  }
}

function aliasRowsOf(e: Entity, origin: string): AliasTable[] {
  const rows: AliasTable[] = [];
  const add = (text: string, kind: string, lang: string) => {
    const key = kind === 'pattern' ? `re:${text}` : nameKey(text);
    if (key.length === 0) return;
    rows.push({ key, text, entity_id: e.id, kind, lang, origin });
  };
  add(e.id, 'id', '');
  add(e.name, 'name', 'en');
  for (const a of e.aliases) add(a.text, a.kind ?? 'name', a.lang ?? '');
  return rows;
}

/** The primary key is (key, entity, text); the same alias given twice keeps its first kind. */
function dedupeAliases(rows: AliasTable[]): AliasTable[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.key}\u0000${r.entity_id}\u0000${r.text}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  if (size <= 0) throw new EntenteError('INTERNAL', `batch size must be positive, found ${size}`);
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
