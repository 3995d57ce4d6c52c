/**
 * The composition root: the one place that wires configuration, stores and services together.
 * `cli/` and `api/` call `createApp` and nothing deeper.
 */
import type { Logger } from 'pino';
import { createLogger } from './logger.js';
import { resolveConfig, type AppConfig, type ResolvedConfig } from './config.js';
import { openStore, type Stores } from './store/open-store.js';
import { GraphService } from './graph/graph-service.js';
import type { NameService } from './graph/name-service.js';
import { SnapshotService } from './graph/snapshot-service.js';
import { CompareService } from './graph/compare-service.js';
import { ObligationService, storeWorld } from './rules/obligation-service.js';
import { loadReferenceBundle } from './store/reference-files.js';
import type { LoadReport, Progress } from './graph/graph-store.js';
import { NewsService } from './pipeline/news-service.js';
import { kyselyArticleStore } from './store/articles/kysely-article-store.js';
import { kyselyFactReviewStore } from './store/articles/fact-reviews.repository.js';
import { FactReviewService } from './pipeline/fact-review-service.js';
import { afterSaving, autoAcceptFromEnv } from './pipeline/auto-accept.js';
import { newsAnalysis } from './pipeline/news-setup.js';
import { analysisPool, poolLimitsFromEnv, type AnalysisIsolate } from './pipeline/analysis-pool.js';
import { loadNewsGraphData } from './pipeline/load-news-graph.js';
import { allowPrivateFetch } from './pipeline/fetched-file.js';
import { today } from './core/time.js';
import { createQueueService, type QueueService } from './queue/queue-service.js';
import { articleProcessor } from './queue/article-processor.js';
import { policyFromEnv } from './queue/queue-policy.js';
import { waitingForDatabase } from './queue/transient-error.js';
import { KyselyFeedStateStore } from './store/postgres/feed-state-store.js';
import { NER_MODEL_DIR, tagConllText } from './pipeline/offline-tools.js';
import { projectRuleBook } from './rules/rules-data.js';
import type { Switch } from './rules/provision.js';
import { countStoredArticles } from './store/postgres/article-counts.js';

export interface App {
  readonly config: ResolvedConfig;
  readonly log: Logger;
  readonly stores: Stores;
  readonly graph: GraphService;
  /** Names to entities (resolve, search): one forgiving matcher for the CLI, the API and the UI. */
  readonly names: NameService;
  /** The system on a day (the UI's graph), kept per day and filter. */
  readonly snapshots: SnapshotService;
  /** Two days compared: who joined, left or changed status. */
  readonly compare: CompareService;
  /** Treaty obligations: who is bound to act when a state is attacked, cascades, conflicts, dyad-years. */
  readonly obligations: ObligationService;
  /** News in: ingest, analyse, store articles; list articles and events. */
  readonly news: NewsService;
  /** The review queue of facts the news proposes; accepted ones join the graph as the `news` dataset. */
  readonly facts: FactReviewService;
  /** The work queue on PostgreSQL (pg-boss): enqueue files and feeds, run workers, report status. */
  readonly queue: QueueService;
  /** The analysis threads, when the app was created with `isolateAnalysis` (the server). */
  readonly analysis: AnalysisIsolate | undefined;
  /** Loads the committed reference data if the database has none (or an older version). */
  ensureLoaded(progress?: Progress): Promise<LoadReport | null>;
  /** Loads the committed reference data unconditionally, in one transaction. */
  init(progress?: Progress): Promise<LoadReport>;
  close(): Promise<void>;
}

export async function createApp(config: AppConfig = {}): Promise<App> {
  const resolved = resolveConfig(config);
  const log = createLogger(resolved);
  // Off by default; read once, so a bad value stops the app at start (exit 2), not the first ingest.
  const autoAccept = autoAcceptFromEnv(resolved.env);
  const patiently = waitingForDatabase(log, config.waitForDatabase ? undefined : 0);
  const stores = await patiently(() => openStore(resolved));
  const graph = new GraphService(stores.graph, { today: resolved.today });
  const snapshots = new SnapshotService(graph, stores.graph);
  const compare = new CompareService(graph, snapshots);
  const obligations = new ObligationService(storeWorld(stores.graph), { resolveState: (ref) => graph.resolveState(ref), today: resolved.today });
  const limits = poolLimitsFromEnv(resolved.env);
  const analysis = config.isolateAnalysis ? analysisPool(limits, () => loadNewsGraphData(stores.graph)) : undefined;
  /** After accepted facts joined the graph: every answer built on the old graph is dropped. */
  const graphChanged = async (entities: readonly string[]) => {
    graph.invalidate();
    snapshots.invalidate();
    obligations.invalidate();
    news.invalidate();
    analysis?.invalidate();
    // The claims of stored articles about what changed are checked against the new graph.
    const rechecked = await news.recheckClaims(entities);
    log.info({ checked: rechecked.checked, changed: rechecked.changed.length }, 'claims checked again after accepted facts');
  };
  const facts = new FactReviewService(kyselyFactReviewStore(stores.db), graph, graphChanged);
  const articles = afterSaving(kyselyArticleStore(stores.db), () => facts.autoAccept(autoAccept));
  const news = new NewsService({
    graph: stores.graph,
    articles,
    loadCoder: newsAnalysis.loadCoder,
    today,
    analyzeOptions: newsAnalysis.options(),
    isolate: analysis,
    budgetMs: limits.budgetMs,
    allowPrivateFetch: allowPrivateFetch(resolved.env),
    resolveActor: (ref) => graph.names.resolve(ref, ['state', 'organization', 'alliance', 'agreement']),
  });
  const queue = createQueueService({
    connection: resolved.store.kind === 'postgres' ? resolved.store : null,
    policy: () => policyFromEnv(resolved.env),
    process: articleProcessor(news, articles),
    warmUp: async () => void (await news.context()),
    countArticles: () => countStoredArticles(stores.db),
    feeds: new KyselyFeedStateStore(stores.db),
    allowPrivateFetch: allowPrivateFetch(resolved.env),
    log,
    applicationName: resolved.env.PGAPPNAME,
  });

  /** After a load: what the services preloaded from the old data is dropped. */
  const loaded = (report: LoadReport): LoadReport => {
    graph.invalidate();
    snapshots.invalidate();
    obligations.invalidate();
    news.invalidate();
    analysis?.invalidate();
    log.info({ ...report }, 'reference data loaded');
    return report;
  };
  const init = async (progress?: Progress): Promise<LoadReport> =>
    loaded(await stores.graph.loadReference(await loadReferenceBundle(resolved.dataDir), progress));

  return {
    config: resolved,
    log,
    stores,
    graph,
    names: graph.names,
    snapshots,
    compare,
    obligations,
    news,
    facts,
    queue,
    analysis,
    init,
    ensureLoaded(progress) {
      return patiently(async () => {
        const have = await stores.graph.referenceVersion();
        const bundleVersion = await import('./store/reference-files.js').then((m) => m.referenceVersion(resolved.dataDir));
        if (have === bundleVersion) return null;
        // Machines starting together on a fresh database: the first loads, the others find it loaded.
        const report = await stores.graph.loadReferenceIfStale(await loadReferenceBundle(resolved.dataDir), progress);
        return report && loaded(report);
      });
    },
    async close() {
      await analysis?.close();
      await stores.close();
    },
  };
}

/**
 * What `entente --version` says of the committed data, read from its manifest without opening a database: its
 * version and the newest day any dataset speaks of.
 */
export async function dataFreshness(config: AppConfig = {}): Promise<{ version: string; newestDay: string; newestSource: string }> {
  const { referenceFreshness } = await import('./store/reference-files.js');
  return referenceFreshness(resolveConfig(config).dataDir);
}

/**
 * What the CLI runs without a database, so that it reaches the pipeline and the rules through the app as every
 * command does: the recognizer on CoNLL text (`entente ner`, with
 * the committed model's folder as the default) and the rule book's switches (the obligations commands' flags,
 * which exist before any app is opened).
 */
export const withoutDatabase = {
  tagConll: tagConllText,
  nerModelDir: NER_MODEL_DIR,
  ruleSwitches: (): Switch[] => [...projectRuleBook().switches.values()],
};
