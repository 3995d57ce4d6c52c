import type { Entity } from '../core/entity.js';
import { EntenteError, isEntenteError } from '../core/errors.js';
import type { IsoDate } from '../core/time.js';
import type { Analysis } from '../extract/analysis.js';
import type { EventCoder } from '../extract/event-coder.js';
import type { NewsGraph } from '../extract/news-graph.js';
import type { StageContext } from '../extract/stage.js';
import type { GraphStore } from '../graph/graph-store.js';
import type { Article } from '../ingest/article.js';
import type { IngestProblem } from '../ingest/source.js';
import { articlesOfFile, readArticles, withDuplicates, type ReadItem } from '../ingest/read-articles.js';
import type { AnalysisIsolate } from './analysis-pool.js';
import type { ArticleStore, EventQuery, StoredAnalysis, StoredArticle, StoredEvent } from './article-store.js';
import { loadNewsGraph } from './load-news-graph.js';
import { loadCoding } from './news-setup.js';
import { analyze, type AnalyzeOptions } from './pipeline.js';

export type IngestResult =
  /** Analysed and stored (`stored`), or analysed only (`--dry-run`). */
  | { readonly kind: 'stored' | 'analyzed'; readonly article: Article; readonly analysis: Analysis }
  /** Already stored under the same content hash: nothing written. */
  | { readonly kind: 'exists'; readonly article: Article; readonly storedId: string }
  /** The same text earlier in this batch. */
  | { readonly kind: 'duplicate'; readonly article: Article; readonly of: string }
  | { readonly kind: 'problem'; readonly problem: IngestProblem };

export interface NewsDeps {
  readonly graph: GraphStore;
  readonly articles: ArticleStore;
  /** Loads the event coder on first use (dictionaries are large); without it events are not coded. */
  readonly loadCoder?: () => { coder: EventCoder; actorCode?: StageContext['actorCode'] };
  readonly today: () => IsoDate;
  readonly analyzeOptions?: AnalyzeOptions;
  /** Analysis threads (the server): uploads are read and analysed there, never on the caller's thread. */
  readonly isolate?: AnalysisIsolate;
  /** Milliseconds one article's analysis may take on the caller's thread (the CLI, queue workers). */
  readonly budgetMs?: number;
}

export interface IngestOptions {
  readonly dryRun?: boolean;
  readonly maxBytes?: number;
  /** Aborted when the client has gone or the server stops: the analyses still waiting or running are dropped. */
  readonly signal?: AbortSignal;
}

/** A file that arrived as bytes (an upload, pasted text, a fetched feed) rather than by path. */
export interface UploadedFile {
  /** Its base name, which picks the format (`.html`, `.jsonl`) and is the articles' origin unless `origin` is given. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** What the articles' origin says instead of the name (a feed's URL). */
  readonly origin?: string;
  /** Fetched from a URL: problems never quote its content. */
  readonly fetched?: boolean;
}

/** News in, analyses out: reads files, analyses each article against the graph, stores it idempotently. */
export class NewsService {
  private graphView: Promise<NewsGraph> | undefined;
  private coding: { coder: EventCoder; actorCode?: StageContext['actorCode']; warning?: string } | undefined;

  constructor(private readonly deps: NewsDeps) {}

  private ingestDay: IsoDate | undefined;

  /** The day undated articles resolve against, instead of today (tests, re-runs of old batches). */
  setIngestDay(day: IsoDate): void {
    this.ingestDay = day;
  }

  /** Drops the preloaded graph, e.g. after reference data is reloaded. */
  invalidate(): void {
    this.graphView = undefined;
  }

  async context(): Promise<StageContext> {
    if (!this.graphView) {
      // A load cut short (a dropped connection) is not kept: the next call loads afresh.
      const loading = loadNewsGraph(this.deps.graph);
      this.graphView = loading;
      loading.catch(() => {
        if (this.graphView === loading) this.graphView = undefined;
      });
    }
    this.coding ??= loadCoding(this.deps.loadCoder);
    return { graph: await this.graphView, coder: this.coding.coder, actorCode: this.coding.actorCode };
  }

  async analyze(article: Article): Promise<Analysis> {
    return this.analyzeHere(article, await this.context());
  }

  /** On this thread, with the budget checked between stages. */
  private analyzeHere(article: Article, ctx: StageContext): Analysis {
    const analysis = analyze(article, ctx, { ...this.deps.analyzeOptions, budgetMs: this.deps.budgetMs });
    const warning = this.coding?.warning;
    return warning ? { ...analysis, warnings: [...analysis.warnings, warning] } : analysis;
  }

  /** One result per article or problem, in input order; a bad file or line never stops the batch. */
  async *ingest(paths: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestResult> {
    const ctx = await this.context();
    yield* this.process(readArticles(paths, { ingestDay: this.ingestDay ?? this.deps.today(), maxBytes: options.maxBytes }), options, (a) => Promise.resolve(this.analyzeHere(a, ctx)));
  }

  /**
   * A file that came as bytes: read and analysed in the analysis threads when the app has them (the server), else
   * here. Its articles' origin is its name (or `origin`), never a path on this machine.
   */
  async *ingestUpload(file: UploadedFile, options: IngestOptions = {}): AsyncGenerator<IngestResult> {
    const fileOptions = { ingestDay: this.ingestDay ?? this.deps.today(), origin: file.origin, quoteContent: !file.fetched };
    const isolate = this.deps.isolate;
    if (isolate) {
      const items = await isolate.read(file, fileOptions, options.signal);
      yield* this.process(withDuplicates(items), options, (a) => isolate.analyze(a, options.signal));
      return;
    }
    const ctx = await this.context();
    yield* this.process(withDuplicates(articlesOfFile(file.bytes, file.name, fileOptions)), options, (a) => Promise.resolve(this.analyzeHere(a, ctx)));
  }

  private async *process(items: AsyncIterable<ReadItem> | Iterable<ReadItem>, options: IngestOptions, analyzeOne: (article: Article) => Promise<Analysis>): AsyncGenerator<IngestResult> {
    for await (const item of items) {
      if (item.kind !== 'article') {
        yield item.kind === 'problem' ? item : { kind: 'duplicate', article: item.article, of: item.of };
        continue;
      }
      const article = item.article;
      if (!options.dryRun) {
        const storedId = await this.deps.articles.findByHash(article.contentHash);
        if (storedId) {
          yield { kind: 'exists', article, storedId };
          continue;
        }
      }
      let analysis: Analysis;
      try {
        analysis = await analyzeOne(article);
      } catch (e) {
        // Too costly: said for this article, the batch goes on. Busy or stopping: the request as a whole ends.
        if (isEntenteError(e) && e.code === 'TOO_COSTLY') {
          yield { kind: 'problem', problem: { origin: article.origin, code: e.code, message: `${article.origin}: ${e.message}` } };
          continue;
        }
        if (isEntenteError(e) && e.code === 'BUSY') throw e;
        // A bug in one stage must not cost the batch: the article is reported and nothing of it is stored.
        const message = e instanceof Error ? e.message : String(e);
        yield { kind: 'problem', problem: { origin: article.origin, code: 'INTERNAL', message: `${article.origin}: analysis failed: ${message}` } };
        continue;
      }
      if (options.dryRun) {
        yield { kind: 'analyzed', article, analysis };
        continue;
      }
      const saved = await this.deps.articles.save(article, analysis, new Date().toISOString());
      yield saved ? { kind: 'stored', article, analysis } : { kind: 'exists', article, storedId: article.id };
    }
  }

  articles(limit?: number): Promise<StoredArticle[]> {
    return this.deps.articles.list(limit);
  }

  /** One stored article and its analysis; UNKNOWN_ARTICLE when no article has the id. */
  async article(id: string): Promise<StoredAnalysis> {
    const found = await this.deps.articles.get(id);
    if (!found) throw new EntenteError('UNKNOWN_ARTICLE', `No stored article has the id ${JSON.stringify(id)}: expected an id as GET /api/articles or \`entente articles\` lists it`, { expected: 'a stored article id', found: id });
    return found;
  }

  events(query: EventQuery): Promise<StoredEvent[]> {
    if (query.from && query.to && query.from > query.to) {
      throw new EntenteError('USAGE', `--from ${query.from} is after --to ${query.to}`);
    }
    return this.deps.articles.events(query);
  }
}

export type ActorCodeLookup = (entity: Entity, on: IsoDate) => string | undefined;
