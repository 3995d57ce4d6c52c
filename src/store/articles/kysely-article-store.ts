import type { Kysely } from 'kysely';
import type { ArticleStore } from '../../pipeline/article-store.js';
import { articlesDb, findArticle, findArticleIdByHash, findEvents, insertArticleAnalysis, listArticles } from './articles.repository.js';

/** The ArticleStore on the app's Kysely (SQLite or PostgreSQL): each save is one transaction. */
export function kyselyArticleStore(db: Kysely<any>, batchRows = 500): ArticleStore {
  const adb = articlesDb(db);
  return {
    findByHash: (hash) => findArticleIdByHash(adb, hash),
    save: (article, analysis, ingestedAt) => adb.transaction().execute((trx) => insertArticleAnalysis(trx, article, analysis, ingestedAt, batchRows)),
    list: (limit) => listArticles(adb, limit),
    get: (id) => findArticle(adb, id),
    events: (q) => findEvents(adb, q),
  };
}
