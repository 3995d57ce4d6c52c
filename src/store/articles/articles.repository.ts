import type { Kysely } from 'kysely';
import type { Analysis } from '../../extract/analysis.js';
import type { EventQuery, StoredArticle, StoredEvent } from '../../pipeline/article-store.js';
import type { Article } from '../../ingest/article.js';
import type { IsoDate } from '../../core/time.js';
import type { ArticleTables } from './articles.table.js';

/** Any Kysely whose database has the article tables: the app's, or a transaction of it. */
export type ArticlesDb = Kysely<ArticleTables>;

export function articlesDb(db: Kysely<any>): ArticlesDb {
  return db as ArticlesDb;
}

export async function findArticleIdByHash(db: ArticlesDb, contentHash: string): Promise<string | null> {
  const row = await db.selectFrom('articles').select('id').where('content_hash', '=', contentHash).executeTakeFirst();
  return row?.id ?? null;
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
  const id = article.id;
  const span = (x: { start: number; end: number }, seq: number, rule: string) => ({ article_id: id, seq, span_start: x.start, span_end: x.end, rule_id: rule });
  const actors = analysis.actors.map((a, i) => ({ ...span(a, i, a.ruleId), text: a.text, entity_id: a.id, type: a.type, role: a.role, state: a.state, cameo: a.cameo, refers_to: a.refersTo, confidence: a.confidence }));
  const events = analysis.events.map((e, i) => ({ ...span(e, i, e.ruleId), source: e.source, target: e.target, source_id: e.sourceId, target_id: e.targetId, cameo: e.cameo, plover: e.plover, event_date: e.date, sentence: e.sentence }));
  const facts = analysis.facts.map((f, i) => ({ ...span(f, i, f.ruleId), predicate: f.predicate, subject: f.subject, object: f.object, qualifiers: JSON.stringify(f.qualifiers), text: f.text, confidence: f.confidence }));
  const claims = analysis.claims.map((c, i) => ({ ...span(c, i, c.ruleId), text: c.text, status: c.status, explanation: c.explanation, flag: c.flag, names: JSON.stringify(c.names), evidence: JSON.stringify(c.evidence) }));
  for (let i = 0; i < actors.length; i += batchRows) await db.insertInto('article_actors').values(actors.slice(i, i + batchRows)).execute();
  for (let i = 0; i < events.length; i += batchRows) await db.insertInto('events').values(events.slice(i, i + batchRows)).execute();
  for (let i = 0; i < facts.length; i += batchRows) await db.insertInto('proposed_facts').values(facts.slice(i, i + batchRows)).execute();
  for (let i = 0; i < claims.length; i += batchRows) await db.insertInto('claims').values(claims.slice(i, i + batchRows)).execute();
  return true;
}

async function countBy(db: ArticlesDb, table: 'article_actors' | 'events' | 'proposed_facts' | 'claims', ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom(table).select(['article_id', db.fn.countAll<number>().as('n')]).where('article_id', 'in', ids).groupBy('article_id').execute();
  return new Map(rows.map((r) => [r.article_id, Number(r.n)]));
}

/** Stored articles, newest publication first (then newest ingested). */
export async function listArticles(db: ArticlesDb, limit = 100): Promise<StoredArticle[]> {
  const rows = await db.selectFrom('articles').select(['id', 'title', 'authors', 'published', 'date_estimated', 'url', 'origin', 'ingested_at']).orderBy('published', 'desc').orderBy('ingested_at', 'desc').orderBy('id').limit(limit).execute();
  const ids = rows.map((r) => r.id);
  const [actors, events, facts, claims] = await Promise.all([countBy(db, 'article_actors', ids), countBy(db, 'events', ids), countBy(db, 'proposed_facts', ids), countBy(db, 'claims', ids)]);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    authors: JSON.parse(r.authors) as string[],
    published: r.published as IsoDate,
    dateEstimated: r.date_estimated === 1,
    url: r.url,
    origin: r.origin,
    ingestedAt: r.ingested_at,
    counts: { actors: actors.get(r.id) ?? 0, events: events.get(r.id) ?? 0, facts: facts.get(r.id) ?? 0, claims: claims.get(r.id) ?? 0 },
  }));
}

export async function findEvents(db: ArticlesDb, q: EventQuery): Promise<StoredEvent[]> {
  let query = db.selectFrom('events').innerJoin('articles', 'articles.id', 'events.article_id').selectAll('events').select('articles.title as article_title');
  if (q.actor) {
    const a = q.actor;
    query = query.where((eb) => eb.or([eb('events.source_id', '=', a), eb('events.target_id', '=', a), eb('events.source', 'like', `${a}%`), eb('events.target', 'like', `${a}%`)]));
  }
  if (q.from) query = query.where('events.event_date', '>=', q.from);
  if (q.to) query = query.where('events.event_date', '<=', q.to);
  const rows = await query.orderBy('events.event_date').orderBy('events.article_id').orderBy('events.seq').limit(q.limit ?? 1000).execute();
  return rows.map((r) => ({
    articleId: r.article_id,
    articleTitle: r.article_title,
    source: r.source,
    target: r.target,
    sourceId: r.source_id,
    targetId: r.target_id,
    cameo: r.cameo,
    plover: r.plover,
    date: r.event_date as IsoDate,
    sentence: r.sentence,
    start: r.span_start,
    end: r.span_end,
    ruleId: r.rule_id,
  }));
}
