import { proposedFactId } from './fact-id.js';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { ActorType, Analysis, Caption, Claim, ClaimStatus } from '../../extract/analysis.js';
import type {
  DeletedCounts,
  EventQuery,
  StoredFact,
  StoredActor,
  StoredAnalysis,
  StoredArticle,
  StoredEvent,
  StoredKey,
} from '../../pipeline/article-store.js';
import type { Article } from '../../ingest/article.js';
import type { IsoDate } from '../../core/time.js';
import type { ArticleRow, ArticleTables } from './articles.table.js';
import { eventOf, factOf, spanColumns } from './article-rows.js';

/** Any Kysely whose database has the article tables: the app's, or a transaction of it. */
export type ArticlesDb = Kysely<ArticleTables>;

export function articlesDb(db: Kysely<any>): ArticlesDb {
  return db as ArticlesDb;
}

export async function findArticleByHash(db: ArticlesDb, contentHash: string): Promise<StoredKey | null> {
  const row = await db
    .selectFrom('articles')
    .select(['id', 'published', 'date_estimated', 'url', 'authors'])
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
  return row
    ? { id: row.id, published: row.published as IsoDate, dateEstimated: row.date_estimated === 1, url: row.url, authors: JSON.parse(row.authors) as string[] }
    : null;
}

const FINDINGS = ['article_actors', 'events', 'proposed_facts', 'claims'] as const;

/** Removes what was found in an article (not the article); call it inside a transaction. */
async function deleteFindings(db: ArticlesDb, id: string): Promise<DeletedCounts> {
  const n: number[] = [];
  for (const table of FINDINGS) n.push(Number((await db.deleteFrom(table).where('article_id', '=', id).executeTakeFirst()).numDeletedRows));
  const [actors = 0, events = 0, facts = 0, claims = 0] = n;
  return { actors, events, facts, claims };
}

/** Articles and everything found in them; when any id is unknown, nothing is removed. Call it inside a transaction. */
export async function deleteArticles(
  db: ArticlesDb,
  ids: readonly string[],
): Promise<{ deleted: Array<{ id: string; counts: DeletedCounts }>; missing: string[] }> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return { deleted: [], missing: [] };
  const found = new Set((await db.selectFrom('articles').select('id').where('id', 'in', unique).execute()).map((r) => r.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length > 0) return { deleted: [], missing };
  const deleted: Array<{ id: string; counts: DeletedCounts }> = [];
  for (const id of unique) {
    deleted.push({ id, counts: await deleteFindings(db, id) });
    await db.deleteFrom('articles').where('id', '=', id).execute();
  }
  return { deleted, missing };
}

/**
 * The same text again with corrected metadata (a date, a URL, authors): the stored row takes the new metadata and
 * the new analysis replaces the old, under the same id. False when no article has the id. Call it inside a transaction.
 */
export async function reviseArticle(db: ArticlesDb, article: Article, analysis: Analysis, revisedAt: string, batchRows = 500): Promise<boolean> {
  const updated = await db
    .updateTable('articles')
    .set({
      origin: article.origin,
      authors: JSON.stringify(article.authors),
      published: article.published,
      date_estimated: article.dateEstimated ? 1 : 0,
      url: article.url,
      captions: JSON.stringify(article.captions),
      warnings: JSON.stringify(analysis.warnings),
      revised_at: revisedAt,
    })
    .where('id', '=', article.id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return false;
  await deleteFindings(db, article.id);
  await insertFindings(db, article.id, analysis, batchRows);
  return true;
}

/**
 * Stores an article and everything found in it; call it inside a transaction. Returns false, writing
 * nothing, when an article with the same content hash is already stored (also under a race on PostgreSQL).
 */
export async function insertArticleAnalysis(db: ArticlesDb, article: Article, analysis: Analysis, ingestedAt: string, batchRows = 500): Promise<boolean> {
  const inserted = await db
    .insertInto('articles')
    .values({
      id: article.id,
      content_hash: article.contentHash,
      format: article.format,
      origin: article.origin,
      external_id: article.externalId,
      title: article.title,
      authors: JSON.stringify(article.authors),
      published: article.published,
      date_estimated: article.dateEstimated ? 1 : 0,
      url: article.url,
      captions: JSON.stringify(article.captions),
      text: article.text,
      warnings: JSON.stringify(analysis.warnings),
      ingested_at: ingestedAt,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await insertFindings(db, article.id, analysis, batchRows);
  return true;
}

async function insertFindings(db: ArticlesDb, id: string, analysis: Analysis, batchRows: number): Promise<void> {
  const span = (x: { start: number; end: number }, seq: number, rule: string) => ({ article_id: id, seq, span_start: x.start, span_end: x.end, rule_id: rule });
  const actors = analysis.actors.map((a, i) => ({
    ...span(a, i, a.ruleId),
    text: a.text,
    name: a.name,
    entity_id: a.id,
    type: a.type,
    role: a.role,
    state: a.state,
    cameo: a.cameo,
    refers_to: a.refersTo,
    confidence: a.confidence,
  }));
  const events = analysis.events.map((e, i) => ({
    ...span(e, i, e.ruleId),
    source: e.source,
    target: e.target,
    source_id: e.sourceId,
    target_id: e.targetId,
    cameo: e.cameo,
    plover: e.plover,
    event_date: e.date,
    date_precision: e.datePrecision,
    date_text: e.dateText,
    sentence: e.sentence,
    ...spanColumns(e),
  }));
  const facts = analysis.facts.map((f, i) => ({
    ...span(f, i, f.ruleId),
    predicate: f.predicate,
    subject: f.subject,
    object: f.object,
    qualifiers: JSON.stringify(f.qualifiers),
    text: f.text,
    confidence: f.confidence,
    fact_id: f.status && f.from ? proposedFactId(id, f) : null,
    status: f.status ?? null,
    valid_from: f.from ?? null,
    valid_to: f.to ?? null,
    date_precision: f.precision ?? null,
  }));
  const claims = claimRows(id, analysis.claims);
  for (let i = 0; i < actors.length; i += batchRows)
    await db
      .insertInto('article_actors')
      .values(actors.slice(i, i + batchRows))
      .execute();
  for (let i = 0; i < events.length; i += batchRows)
    await db
      .insertInto('events')
      .values(events.slice(i, i + batchRows))
      .execute();
  for (let i = 0; i < facts.length; i += batchRows)
    await db
      .insertInto('proposed_facts')
      .values(facts.slice(i, i + batchRows))
      .execute();
  for (let i = 0; i < claims.length; i += batchRows)
    await db
      .insertInto('claims')
      .values(claims.slice(i, i + batchRows))
      .execute();
}

async function countBy(db: ArticlesDb, table: 'article_actors' | 'events' | 'proposed_facts' | 'claims', ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom(table)
    .select(['article_id', db.fn.countAll<number>().as('n')])
    .where('article_id', 'in', ids)
    .groupBy('article_id')
    .execute();
  return new Map(rows.map((r) => [r.article_id, Number(r.n)]));
}

/** Stored articles, newest publication first (then newest ingested). */
export async function listArticles(db: ArticlesDb, limit = 100): Promise<StoredArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title', 'authors', 'published', 'date_estimated', 'url', 'origin', 'ingested_at', 'revised_at'])
    .orderBy('published', 'desc')
    .orderBy('ingested_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  const ids = rows.map((r) => r.id);
  const [actors, events, facts, claims] = await Promise.all([
    countBy(db, 'article_actors', ids),
    countBy(db, 'events', ids),
    countBy(db, 'proposed_facts', ids),
    countBy(db, 'claims', ids),
  ]);
  return rows.map((r) =>
    articleOf(r, { actors: actors.get(r.id) ?? 0, events: events.get(r.id) ?? 0, facts: facts.get(r.id) ?? 0, claims: claims.get(r.id) ?? 0 }),
  );
}

type ListedRow = Pick<Selectable<ArticleRow>, 'id' | 'title' | 'authors' | 'published' | 'date_estimated' | 'url' | 'origin' | 'ingested_at' | 'revised_at'>;

/** An `articles` row as it is listed, with what was found in it. */
function articleOf(r: ListedRow, counts: StoredArticle['counts']): StoredArticle {
  return {
    id: r.id,
    title: r.title,
    authors: JSON.parse(r.authors) as string[],
    published: r.published as IsoDate,
    dateEstimated: r.date_estimated === 1,
    url: r.url,
    origin: r.origin,
    ingestedAt: r.ingested_at,
    revisedAt: r.revised_at ?? null,
    counts,
  };
}

export async function findEvents(db: ArticlesDb, q: EventQuery): Promise<StoredEvent[]> {
  let query = db.selectFrom('events').innerJoin('articles', 'articles.id', 'events.article_id').selectAll('events').select('articles.title as article_title');
  if (q.actor) {
    const a = q.actor;
    // A code prefix matches in any case on both stores (LIKE ignores case on SQLite only), and its % and _ are
    // literal characters, not wildcards.
    const prefix = `${a.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const codeStarts = (column: 'events.source' | 'events.target') => sql<boolean>`lower(${sql.ref(column)}) like ${prefix} escape '\\'`;
    query = query.where((eb) =>
      eb.or([eb('events.source_id', '=', a), eb('events.target_id', '=', a), codeStarts('events.source'), codeStarts('events.target')]),
    );
  }
  if (q.from) query = query.where('events.event_date', '>=', q.from);
  if (q.to) query = query.where('events.event_date', '<=', q.to);
  // An undated event's day is unknown (its event_date is the ingest day): it lies in no range of days.
  if (q.from || q.to) query = query.where('events.date_precision', '!=', 'undated');
  const rows = await query
    .orderBy('events.event_date')
    .orderBy('events.article_id')
    .orderBy('events.seq')
    .limit(q.limit ?? 1000)
    .execute();
  return rows.map((r) => ({ articleId: r.article_id, articleTitle: r.article_title, ...eventOf(r) }));
}

export async function findFactsAbout(db: ArticlesDb, entityId: string, limit: number): Promise<StoredFact[]> {
  const rows = await db
    .selectFrom('proposed_facts')
    .innerJoin('articles', 'articles.id', 'proposed_facts.article_id')
    .selectAll('proposed_facts')
    .select(['articles.title as article_title', 'articles.published as article_published'])
    .where((eb) => eb.or([eb('proposed_facts.subject', '=', entityId), eb('proposed_facts.object', '=', entityId)]))
    .orderBy('articles.published', 'desc')
    .orderBy('proposed_facts.article_id')
    .orderBy('proposed_facts.seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...factOf(r), articleId: r.article_id, articleTitle: r.article_title, published: r.article_published as IsoDate }));
}

function claimRows(id: string, claims: readonly Claim[]) {
  return claims.map((c, i) => ({
    article_id: id,
    seq: i,
    span_start: c.start,
    span_end: c.end,
    rule_id: c.ruleId,
    text: c.text,
    status: c.status,
    explanation: c.explanation,
    flag: c.flag,
    names: JSON.stringify(c.names),
    evidence: JSON.stringify(c.evidence),
  }));
}

/** An article's claims, checked again against a changed graph, in place of the old ones; call it inside a transaction. */
export async function replaceClaims(db: ArticlesDb, id: string, claims: readonly Claim[]): Promise<void> {
  await db.deleteFrom('claims').where('article_id', '=', id).execute();
  const rows = claimRows(id, claims);
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('claims')
      .values(rows.slice(i, i + 500))
      .execute();
}

/** One article with its actors, events, facts and claims in reading order; null for an unknown id. */
export async function findArticle(db: ArticlesDb, id: string): Promise<StoredAnalysis | null> {
  const a = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a) return null;
  const [actors, events, facts, claims] = await Promise.all([
    db.selectFrom('article_actors').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('events').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('proposed_facts').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('claims').selectAll().where('article_id', '=', id).orderBy('seq').execute(),
  ]);
  return {
    article: {
      ...articleOf(a, { actors: actors.length, events: events.length, facts: facts.length, claims: claims.length }),
      captions: JSON.parse(a.captions) as Caption[],
    },
    text: a.text,
    actors: actors.map(
      (r): StoredActor => ({
        text: r.text,
        start: r.span_start,
        end: r.span_end,
        id: r.entity_id,
        name: r.name ?? r.text,
        type: r.type as ActorType,
        role: r.role,
        state: r.state,
        cameo: r.cameo,
        refersTo: r.refers_to === null ? null : Number(r.refers_to),
        confidence: Number(r.confidence),
        ruleId: r.rule_id,
      }),
    ),
    events: events.map(eventOf),
    facts: facts.map(factOf),
    claims: claims.map(
      (r): Claim => ({
        text: r.text,
        status: r.status as ClaimStatus,
        explanation: r.explanation,
        flag: r.flag,
        names: JSON.parse(r.names) as string[],
        evidence: JSON.parse(r.evidence) as string[],
        start: r.span_start,
        end: r.span_end,
        ruleId: r.rule_id,
      }),
    ),
    warnings: JSON.parse(a.warnings) as string[],
  };
}
