import type { Article } from '../ingest/article.js';
import type { ArticleStore } from '../pipeline/article-store.js';
import type { ArticleProcessor } from './worker-loop.js';

/**
 * What a worker does with one article: analyse it against the graph and store the article, its events and its
 * proposed facts in one transaction (`ArticleStore.save`). The content hash makes it idempotent: a redelivered
 * job finds its article stored and writes nothing, and two workers racing on one article store it once.
 */
export function articleProcessor<A extends { readonly events: readonly unknown[] }>(
  news: { analyze(article: Article): Promise<A> },
  store: Pick<ArticleStore, 'findByHash'> & { save(article: Article, analysis: A, ingestedAt: string): Promise<boolean> },
  now: () => string = () => new Date().toISOString(),
): ArticleProcessor {
  return async (article) => {
    // Redelivered (a worker died after its commit): skip the analysis, whose result the store would refuse.
    if (await store.findByHash(article.contentHash)) return { stored: false, events: 0 };
    const analysis = await news.analyze(article);
    const stored = await store.save(article, analysis, now());
    return { stored, events: stored ? analysis.events.length : 0 };
  };
}
