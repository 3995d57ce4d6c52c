/**
 * The import directions of the house, as data: which layer may import which, what counts as I/O, and the known
 * exceptions still to remove. `scripts/check-layers.ts` turns this table into dependency-cruiser rules;
 * docs/ARCHITECTURE.md explains each line (and where it departs from ../shared/STYLE.md, and why).
 */

export interface Layer {
  /** The layer's files: a regular expression on the path from the project root. */
  readonly path: string;
  /** Layers (or single files, by path) whose values it may import; its own files always. */
  readonly imports: readonly string[];
  /** Layers it may also import types from (`import type`): names for what it is handed, never code to call. */
  readonly types?: readonly string[];
  /** Pure logic: no I/O module (disk, network, processes, databases) may be imported. */
  readonly pure?: boolean;
  /** Said with every violation of this layer's rule. */
  readonly why: string;
}

/** The layers in the order data flows, inward to core. Every file of src/ and web/src/ belongs to one. */
export const LAYERS: Readonly<Record<string, Layer>> = {
  core: { path: '^src/core/', imports: [], pure: true, why: 'core is the vocabulary and imports nothing in src' },
  ingest: { path: '^src/ingest/', imports: ['core'], why: 'ingest turns text into Articles with the core vocabulary only' },
  extract: {
    path: '^src/extract/',
    imports: ['core'],
    pure: true,
    why: 'extract turns text into candidates with the core vocabulary and is handed the data it needs',
  },
  graph: { path: '^src/graph/', imports: ['core'], pure: true, why: 'graph is temporal semantics over the GraphStore port' },
  rules: { path: '^src/rules/', imports: ['core', 'graph'], pure: true, why: 'rules reason over the graph and nothing else' },
  store: {
    path: '^src/store/',
    imports: ['core', 'graph'],
    // A port belongs to the layer that uses it; the store implements GraphStore (graph), ArticleStore (pipeline)
    // and the feed-state store (queue), and names the records they carry (Article, Analysis).
    types: ['ingest', 'extract', 'pipeline', 'queue'],
    why: 'store implements ports and runs no stage: values from core and graph, types of the ports it implements',
  },
  pipeline: { path: '^src/pipeline/', imports: ['core', 'ingest', 'extract', 'graph', 'rules'], why: 'pipeline orders the stages; it never opens a store' },
  queue: { path: '^src/queue/', imports: ['core', 'ingest', 'pipeline'], why: 'queue feeds articles to the pipeline; app hands it its stores' },
  app: {
    path: '^src/(app|config|logger)\\.ts$',
    imports: ['core', 'ingest', 'extract', 'graph', 'rules', 'store', 'pipeline', 'queue'],
    why: 'the composition root wires every layer and is called by api and cli, never the other way',
  },
  api: {
    path: '^src/api/',
    imports: ['app', 'core'],
    types: ['ingest', 'extract', 'graph', 'rules', 'pipeline', 'queue'],
    why: "api calls app's services and nothing deeper; it may name their answers' types",
  },
  cli: {
    path: '^src/cli/',
    // `entente serve` starts the HTTP server: the one module of api the CLI runs.
    imports: ['app', 'core', 'src/api/server.ts'],
    types: ['ingest', 'extract', 'graph', 'rules', 'pipeline', 'queue'],
    why: "cli calls app's services and nothing deeper; it may name their answers' types",
  },
  web: {
    path: '^web/src/',
    imports: [],
    types: ['core', 'ingest', 'extract', 'graph', 'rules', 'pipeline', 'queue', 'api'],
    why: "web talks to the api over HTTP: it may import the answers' types from src, never its code",
  },
};

/** Node modules that reach outside the process: disk, network, other processes, threads. */
export const IO_BUILTINS = [
  'fs',
  'fs/promises',
  'net',
  'http',
  'https',
  'http2',
  'tls',
  'dgram',
  'dns',
  'dns/promises',
  'child_process',
  'cluster',
  'worker_threads',
  'readline',
  'readline/promises',
  'inspector',
];

/** Packages that are I/O: databases, queues, servers. */
export const IO_PACKAGES = ['better-sqlite3', 'pg', 'pg-boss', 'kysely', 'fastify', '@fastify/[^/]+', 'pino'];

/**
 * What src/ may import from outside src/: packages and Node's modules, and the project's own committed data
 * (data/, rules/*.json). Never test/, scripts/, eval/ or ../shared (users do not have them).
 */
export const SRC_MAY_REACH = ['^src/', '^node_modules/', '^data/', '^rules/[^/]+\\.json$'];

export interface KnownException {
  readonly from: string;
  /** The imported module as the check names it: a project path, or a Node module such as `fs`. */
  readonly to: string;
  readonly why: string;
}

/**
 * Violations tolerated for a while, each with the reason and the plan to remove it (phase 2 of issue 17 removed
 * the ten it started with). The check fails on any violation not listed here, and on a listed one that no longer
 * occurs (delete its line: this list only shrinks).
 */
export const KNOWN_EXCEPTIONS: readonly KnownException[] = [];
