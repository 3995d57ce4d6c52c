import { workerData } from 'node:worker_threads';
import { isEntenteError } from '../core/errors.js';
import type { ArticleInput } from '../extract/analysis.js';
import { createNewsGraph, type GraphData } from '../extract/news-graph.js';
import type { StageContext } from '../extract/stage.js';
import { articlesOfFile } from '../ingest/read-articles.js';
import type { AnalysisTask, AnalysisTaskResult } from './analysis-task.js';
import { loadCoding, newsAnalysis } from './news-setup.js';
import { analyze } from './pipeline.js';

/**
 * One analysis thread (analysis-pool.ts): the graph the main thread loaded, handed over once as JSON in shared
 * memory; the event coder and recognizer built here. Reads files and analyses articles as the main thread would,
 * so that a costly article holds this thread, never the server's.
 */
const graph = createNewsGraph(JSON.parse(Buffer.from(new Uint8Array(workerData.graph as SharedArrayBuffer)).toString('utf8')) as GraphData);
const coding = loadCoding(newsAnalysis.loadCoder);
const ctx: StageContext = { graph, coder: coding.coder, actorCode: coding.actorCode };
const options = newsAnalysis.options();

// The first article pays for lazy loads (the gazetteer's index, the recognizer's model): a small one pays here.
const warm: ArticleInput = {
  id: 'warm-up',
  title: null,
  authors: [],
  published: '2012-05-15' as ArticleInput['published'],
  dateEstimated: false,
  url: null,
  captions: [],
  text: 'The president of Russia met the president of Belarus in Minsk on Tuesday.',
  warnings: [],
};
analyze(warm, ctx, options);

export function analysisTask(task: AnalysisTask): AnalysisTaskResult {
  try {
    return run(task);
  } catch (e) {
    if (isEntenteError(e)) return { kind: 'error', code: e.code, message: e.message };
    throw e;
  }
}

function run(task: AnalysisTask): AnalysisTaskResult {
  switch (task.kind) {
    case 'ready':
      return { kind: 'ready' };
    case 'read':
      return { kind: 'read', items: articlesOfFile(task.bytes, task.name, task.options) };
    case 'analyze': {
      const analysis = analyze(task.article, ctx, { ...options, budgetMs: task.budgetMs });
      return { kind: 'analysis', analysis: coding.warning ? { ...analysis, warnings: [...analysis.warnings, coding.warning] } : analysis };
    }
  }
}
