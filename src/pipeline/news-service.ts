import { EntenteError, isEntenteError } from '../core/errors.js';
import { analysisJson } from './analysis-json.js';
import type { IsoDate } from '../core/time.js';
import type { Analysis, Claim } from '../extract/analysis.js';
import type { EventCoder } from '../extract/event-coder.js';
import type { NewsGraph } from '../extract/news-graph.js';
import type { StageContext } from '../extract/stage.js';
import type { GraphStore } from '../graph/graph-store.js';
import { finishArticle, type Article } from '../ingest/article.js';
import type { IngestProblem } from '../ingest/source.js';
import { articlesOfFile, readArticles, withDuplicates, type ReadItem } from '../ingest/read-articles.js';
import type { AnalysisIsolate } from './analysis-pool.js';
import type { ArticleStore, DeletedCounts, EventQuery, StoredAnalysis, StoredArticle, StoredEvent, StoredFact, StoredKey } from './article-store.js';
import { loadNewsGraph } from './load-news-graph.js';
import { fetchedFile } from './fetched-file.js';
import { loadCoding } from './news-setup.js';
import { analyze, type AnalyzeOptions } from './pipeline.js';
import { explainArticle, type ArticleAccount } from './explain-article.js';

export type IngestResult =
  /** Analysed and stored (`stored`), or analysed only (`--dry-run`). */
  | { readonly kind: 'stored' | 'analyzed'; readonly article: Article; readonly analysis: Analysis }
  /** Already stored under the same content hash: nothing written. */
  | { readonly kind: 'exists'; readonly article: Article; readonly storedId: string }
  /** The same text with a corrected date (URL, authors): the stored article was re-analysed and replaced, not twinned. */
  | { readonly kind: 'updated'; readonly article: Article; readonly analysis: Analysis; readonly was: StoredKey; readonly message: string }
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
  /** Any name the graph knows to its id ("Russia", "Rusia" -> RUS), UNKNOWN_ENTITY otherwise; the app's name service. */
  readonly resolveActor?: (ref: string) => Promise<{ id: string; name: string }>;
  /** Analysis threads (the server): uploads are read and analysed there, never on the caller's thread. */
  readonly isolate?: AnalysisIsolate;
  /** Milliseconds one article's analysis may take on the caller's thread (the CLI, queue workers). */
  readonly budgetMs?: number;
  /** Feeds on loopback, private or link-local addresses may be fetched (`ENTENTE_ALLOW_PRIVATE_FETCH=1`). */
  readonly allowPrivateFetch?: boolean;
}

/** An upper-case word is taken as a CAMEO actor code prefix (RUSGOV, IGOWSTNAT) when no entity has it as a name. */
const CAMEO_PREFIX = /^[A-Z]{3,15}$/;

/** What `claims --recheck` says: how many stored articles were read again, and those whose claims changed. */
export interface RecheckAnswer {
  readonly checked: number;
  readonly changed: ReadonlyArray<{
    readonly id: string;
    readonly title: string | null;
    readonly before: { readonly supported: number; readonly contradicted: number; readonly unverifiable: number };
    readonly after: { readonly supported: number; readonly contradicted: number; readonly unverifiable: number };
  }>;
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
    if (!this.coding) {
      this.coding = loadCoding(this.deps.loadCoder);
      // The extra stages' models too (the recognizer's): the first article of a cased text no longer pays for them. A
      // model that cannot be read fails the articles that need it, as before, not every analysis.
      for (const x of this.deps.analyzeOptions?.extraStages ?? []) {
        try {
          x.stage.prepare?.();
        } catch {
          // run() loads it again and says why.
        }
      }
    }
    return { graph: await this.graphView, coder: this.coding.coder, actorCode: this.coding.actorCode };
  }

  /** An analysis as the CLI's `ingest --json` and the API's intake answer show it (README, "Ingest"). */
  analysisJson(analysis: Analysis): Record<string, unknown> {
    return analysisJson(analysis);
  }

  async analyze(article: Article): Promise<Analysis> {
    return this.analyzeHere(article, await this.context());
  }

  /**
   * `text` analysed as `ingest` analyses an article of that text published on `date` (undated without one: the
   * ingest day, and a dateline if it has one), nothing stored, with the coder's account of each sentence
   * (`entente code`). Spans are offsets into `text` as given.
   */
  async explain(input: { readonly text: string; readonly date?: IsoDate; readonly id?: string | null; readonly origin: string }): Promise<ArticleAccount> {
    const ctx = await this.context();
    const article = finishArticle(
      { format: 'jsonl', origin: input.origin, externalId: input.id ?? null, published: input.date ?? null, text: input.text },
      this.ingestDay ?? this.deps.today(),
    );
    const warning = this.coding?.warning;
    return explainArticle(article, ctx, { ...this.deps.analyzeOptions, budgetMs: this.deps.budgetMs }, warning ? [warning] : []);
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
    yield* this.process(readArticles(paths, { ingestDay: this.ingestDay ?? this.deps.today(), maxBytes: options.maxBytes }), options, (a) =>
      Promise.resolve(this.analyzeHere(a, ctx)),
    );
  }

  /** A feed or page a user names, fetched under fetched-file.ts's rules, as a file for `ingestUpload`. */
  fetchUpload(url: string, options: { readonly maxBytes: number; readonly signal?: AbortSignal }): Promise<UploadedFile> {
    return fetchedFile(url, { ...options, allowPrivate: this.deps.allowPrivateFetch });
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

  private async *process(
    items: AsyncIterable<ReadItem> | Iterable<ReadItem>,
    options: IngestOptions,
    analyzeOne: (article: Article) => Promise<Analysis>,
  ): AsyncGenerator<IngestResult> {
    for await (const item of items) {
      if (item.kind !== 'article') {
        yield item.kind === 'problem' ? item : { kind: 'duplicate', article: item.article, of: item.of };
        continue;
      }
      const article = item.article;
      const stored = options.dryRun ? null : await this.deps.articles.findByHash(article.contentHash);
      if (stored && !corrects(article, stored)) {
        yield { kind: 'exists', article, storedId: stored.id };
        continue;
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
      if (stored) {
        // The stored row keeps its id: the same text hashes alike, whatever the date says.
        const revised = await this.deps.articles.revise({ ...article, id: stored.id }, analysis, new Date().toISOString());
        yield revised
          ? { kind: 'updated', article, analysis, was: stored, message: revisionWords(stored, article) }
          : { kind: 'exists', article, storedId: stored.id };
        continue;
      }
      const saved = await this.deps.articles.save(article, analysis, new Date().toISOString());
      yield saved ? { kind: 'stored', article, analysis } : { kind: 'exists', article, storedId: article.id };
    }
  }

  /**
   * The claims of stored articles checked again against the graph as it is now (after accepted facts changed
   * it): each article is analysed afresh and, when its claims come out differently, only they are replaced.
   * With `about`, only articles naming one of those entities are read again.
   */
  async recheckClaims(about?: readonly string[]): Promise<RecheckAnswer> {
    const ctx = await this.context();
    const wanted = about && new Set(about);
    const changed: Array<RecheckAnswer['changed'][number]> = [];
    let checked = 0;
    for (const listed of await this.deps.articles.list(1_000_000)) {
      const stored = await this.deps.articles.get(listed.id);
      if (!stored || (wanted && !stored.actors.some((a) => wanted.has(a.id) || (a.state !== null && wanted.has(a.state))))) continue;
      checked++;
      const { captions, ...meta } = stored.article;
      const analysis = analyze({ ...meta, captions, text: stored.text, warnings: [] }, ctx, { ...this.deps.analyzeOptions, budgetMs: this.deps.budgetMs });
      const key = (c: Claim) => `${c.start}:${c.end}:${c.status}:${c.explanation}`;
      if (analysis.claims.map(key).join('|') === stored.claims.map(key).join('|')) continue;
      await this.deps.articles.replaceClaims(stored.article.id, analysis.claims);
      const tally = (cs: readonly Claim[]) => ({
        supported: cs.filter((c) => c.status === 'supported').length,
        contradicted: cs.filter((c) => c.status === 'contradicted').length,
        unverifiable: cs.filter((c) => c.status === 'unverifiable').length,
      });
      changed.push({ id: stored.article.id, title: stored.article.title, before: tally(stored.claims), after: tally(analysis.claims) });
    }
    return { checked, changed };
  }

  articles(limit?: number): Promise<StoredArticle[]> {
    return this.deps.articles.list(limit);
  }

  /** One stored article and its analysis; UNKNOWN_ARTICLE when no article has the id. */
  async article(id: string): Promise<StoredAnalysis> {
    const found = await this.deps.articles.get(id);
    if (!found) throw unknownArticle(id);
    return found;
  }

  /** Deletes stored articles and everything found in them, all or none: UNKNOWN_ARTICLE (nothing changed) when an id is unknown. */
  async delete(ids: readonly string[]): Promise<Array<{ id: string; deleted: DeletedCounts }>> {
    const { deleted, missing } = await this.deps.articles.delete(ids);
    if (missing.length > 0) {
      throw new EntenteError('UNKNOWN_ARTICLE', `No stored article has the id ${missing.map((m) => JSON.stringify(m)).join(', ')}: nothing was deleted`, {
        expected: 'stored article ids',
        found: missing.join(', '),
      });
    }
    return deleted.map((d) => ({ id: d.id, deleted: d.counts }));
  }

  /** Stored events by actor (any name the graph knows, or a CAMEO code prefix) and days. */
  async events(query: EventQuery): Promise<StoredEvent[]> {
    if (query.from && query.to && query.from > query.to) {
      throw new EntenteError('USAGE', `The first day ${query.from} is after the last ${query.to}: expected from <= to`, {
        expected: 'from <= to',
        found: `${query.from} > ${query.to}`,
      });
    }
    const actor = query.actor === undefined ? undefined : await this.actorKey(query.actor.trim());
    return this.deps.articles.events({ ...query, ...(actor !== undefined ? { actor } : {}) });
  }

  /** What the stored news says of one state or organization: its events (newest last) and the facts proposed about it. */
  async about(ref: string, limit: number): Promise<{ entity: { id: string; name: string }; events: StoredEvent[]; facts: StoredFact[] }> {
    const entity = this.deps.resolveActor ? await this.deps.resolveActor(ref.trim()) : { id: ref.trim(), name: ref.trim() };
    const [events, facts] = await Promise.all([this.deps.articles.events({ actor: entity.id, limit }), this.deps.articles.factsAbout(entity.id, limit)]);
    return { entity: { id: entity.id, name: entity.name }, events, facts };
  }

  private async actorKey(ref: string): Promise<string> {
    if (!this.deps.resolveActor) return ref.toUpperCase();
    try {
      return (await this.deps.resolveActor(ref)).id;
    } catch (e) {
      if (e instanceof EntenteError && e.code === 'UNKNOWN_ENTITY' && CAMEO_PREFIX.test(ref)) return ref;
      throw e;
    }
  }
}

function unknownArticle(id: string): EntenteError {
  return new EntenteError('UNKNOWN_ARTICLE', `No stored article has the id ${JSON.stringify(id)}: expected an id from the list of stored articles`, {
    expected: 'a stored article id',
    found: id,
  });
}

/**
 * Whether a re-read of a stored text corrects it: a real date where the stored one differs or was only the ingest
 * day, or a URL or authors the stored one lacks or has otherwise. An undated re-read never overwrites a date.
 */
function corrects(article: Article, stored: StoredKey): boolean {
  if (!article.dateEstimated && (stored.dateEstimated || article.published !== stored.published)) return true;
  if (article.url !== null && article.url !== stored.url) return true;
  return article.authors.length > 0 && article.authors.join('\u0000') !== stored.authors.join('\u0000');
}

/** "Revised the stored article: dated 2012-05-15, was 2012-05-14." */
function revisionWords(was: { published: string; dateEstimated: boolean }, now: { published: string }): string {
  if (was.published !== now.published)
    return `Revised the stored article: dated ${now.published}, was ${was.published}${was.dateEstimated ? ' (the ingest day)' : ''}; its analysis was redone`;
  return 'Revised the stored article: new URL or authors; its analysis was redone';
}
