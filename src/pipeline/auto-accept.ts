import { EntenteError, expectedFound } from '../core/errors.js';
import type { ArticleStore } from './article-store.js';

/**
 * When facts the news proposes are accepted without a reviewer, for feeds that run unattended: a membership
 * change whose confidence reaches `minConfidence` and which `minArticles` stored articles state alike (same
 * state, organization, status and day). Off unless `ENTENTE_AUTO_ACCEPT_CONFIDENCE` is set.
 */
export interface AutoAcceptPolicy {
  readonly minConfidence: number;
  readonly minArticles: number;
}

export function autoAcceptFromEnv(env: NodeJS.ProcessEnv): AutoAcceptPolicy | null {
  const confidence = env.ENTENTE_AUTO_ACCEPT_CONFIDENCE;
  if (confidence === undefined || confidence === '') return null;
  const minConfidence = Number(confidence);
  if (!Number.isFinite(minConfidence) || minConfidence <= 0 || minConfidence > 1) {
    throw new EntenteError('USAGE', `ENTENTE_AUTO_ACCEPT_CONFIDENCE: ${expectedFound('a number in (0, 1]', confidence)}`);
  }
  const articles = env.ENTENTE_AUTO_ACCEPT_ARTICLES ?? '2';
  const minArticles = Number(articles);
  if (!Number.isInteger(minArticles) || minArticles < 1) {
    throw new EntenteError('USAGE', `ENTENTE_AUTO_ACCEPT_ARTICLES: ${expectedFound('a whole number of articles, 1 or more', articles)}`);
  }
  return { minConfidence, minArticles };
}

/** The store, with `after` run once an article is saved or revised (the CLI, the API and the queue workers alike). */
export function afterSaving(store: ArticleStore, after: () => Promise<unknown>): ArticleStore {
  return {
    ...store,
    async save(article, analysis, at) {
      const saved = await store.save(article, analysis, at);
      if (saved) await after();
      return saved;
    },
    async revise(article, analysis, at) {
      const revised = await store.revise(article, analysis, at);
      if (revised) await after();
      return revised;
    },
  };
}
