import type { Kysely } from 'kysely';
import type { ArticleStore } from '../../pipeline/article-store.js';
import {
  articlesDb,
  deleteArticles,
  findArticle,
  findArticleByHash,
  findEvents,
  findFactsAbout,
  insertArticleAnalysis,
  listArticles,
  replaceClaims,
  reviseArticle,
} from './articles.repository.js';

/** The ArticleStore on the app's Kysely (SQLite or PostgreSQL): each save is one transaction. */
export function kyselyArticleStore(db: Kysely<any>, batchRows = 500): ArticleStore {
  const adb = articlesDb(db);
  return {
    findByHash: (hash) => findArticleByHash(adb, hash),
    save: (article, analysis, ingestedAt) => adb.transaction().execute((trx) => insertArticleAnalysis(trx, article, analysis, ingestedAt, batchRows)),
    revise: (article, analysis, revisedAt) => adb.transaction().execute((trx) => reviseArticle(trx, article, analysis, revisedAt, batchRows)),
    delete: (ids) => adb.transaction().execute((trx) => deleteArticles(trx, ids)),
    list: (limit) => listArticles(adb, limit),
    get: (id) => findArticle(adb, id),
    events: (q) => findEvents(adb, q),
    factsAbout: (id, limit) => findFactsAbout(adb, id, limit),
    replaceClaims: (id, claims) => adb.transaction().execute((trx) => replaceClaims(trx, id, claims)),
  };
}
