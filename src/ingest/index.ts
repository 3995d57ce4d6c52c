export type { Article, ArticleDraft, ArticleFormat, Caption } from './article.js';
export { contentHash, finishArticle } from './article.js';
export type { IngestProblem, Source, SourceItem } from './source.js';
export { readArticles, expandPaths, pickSource, SOURCES, DEFAULT_MAX_BYTES, type ReadItem, type ReadOptions } from './read-articles.js';
export { decodeText } from './decode-text.js';
export { repairMojibake } from './repair-mojibake.js';
