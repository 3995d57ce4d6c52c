/**
 * What the README's figure tables show: each row names the module that measures it and the figures it uses
 * (registered with `figure()` in bench/*.bench.ts, or eval headlines). A new row is a few lines here plus the
 * `figure()` calls in its module; `npm run figures` redraws the README.
 */
import type { FigureTable, Show } from './readme.js';

export const TABLES: Readonly<Record<string, FigureTable>> = {
  quality: {
    header: ['what', 'figure', 'aim'],
    rows: [
      {
        from: 'eval obligations',
        uses: ['defense', 'offense', 'neutrality', 'consultation', 'nonaggression'].map((k) => `obligations.atop-dyad-years.${k}`),
        cells: (f) => [
          "agreement with ATOP's dyad-year file (`npm run eval obligations`)",
          `${f.pct('obligations.atop-dyad-years.defense')} defense, ${f.pct('obligations.atop-dyad-years.offense')} offense, ` +
            `${f.pct('obligations.atop-dyad-years.neutrality')} neutrality, ${f.pct('obligations.atop-dyad-years.consultation')} consultation, ` +
            `${f.pct('obligations.atop-dyad-years.nonaggression')} nonaggression`,
          '100%',
        ],
      },
      {
        from: 'eval ner',
        uses: ['ner.testa.f1'],
        cells: (f) => ['NER F1, CoNLL-2003 testa (`npm run eval ner`)', f.points('ner.testa.f1'), '>= 88'],
      },
      {
        from: 'eval events',
        uses: ['precision', 'recall', 'source', 'target']
          .flatMap((k) => [`events.petr2.root.${k}`, `events.plover.category.${k}`])
          .concat('events.plover.per-verb.precision'),
        cells: (f) => [
          'event precision at CAMEO root, PETR2_GSR / PLOVER GSR (`npm run eval events`)',
          `${f.share('events.petr2.root.precision')} / ${f.share('events.plover.category.precision')} ` +
            `(recall ${f.share('events.petr2.root.recall')} / ${f.share('events.plover.category.recall')}; ` +
            `PLOVER one event per verb ${f.share('events.plover.per-verb.precision')}); ` +
            `actor agreement ${f.share('events.petr2.root.source')}/${f.share('events.petr2.root.target')} and ` +
            `${f.share('events.plover.category.source')}/${f.share('events.plover.category.target')}`,
          '>= 0.80, actors >= 0.90',
        ],
      },
    ],
  },

  speed: {
    header: ['what', 'figure', 'aim'],
    rows: [
      {
        from: 'bench graph',
        uses: ['graph.load.seconds', 'graph.load.rows-per-second'],
        cells: (f) => [
          'full reference load into SQLite (one transaction)',
          `${f.s('graph.load.seconds')} s (${f.rate('graph.load.rows-per-second')} rows/s)`,
          '< 20 s',
        ],
      },
      ...(['members', 'orgs'] as const).map((q) => ({
        from: 'bench graph',
        uses: ['p50', 'p99'].flatMap((p) => [`graph.${q}.sqlite.${p}`, `graph.${q}.postgres.${p}`]),
        cells: (f: Show) => [
          q === 'members' ? '`members X --on D`, 10,000 random queries, SQLite / PostgreSQL' : '`orgs S --on D`, the same',
          `p50 ${f.ms(`graph.${q}.sqlite.p50`)} / ${f.ms(`graph.${q}.postgres.p50`)} ms, p99 ${f.ms(`graph.${q}.sqlite.p99`)} / ${f.ms(`graph.${q}.postgres.p99`)} ms`,
          'p99 < 1 ms',
        ],
      })),
      {
        from: 'bench obligations',
        uses: ['obligations.service.p50', 'obligations.service.p99', 'obligations.best-of-5.p99'],
        cells: (f) => [
          'obligations for one state on one day, 10,000 scenarios',
          `p50 ${f.ms('obligations.service.p50')} ms, p99 ${f.ms('obligations.best-of-5.p99')} ms fastest-of-5 (${f.ms('obligations.service.p99')} ms single-shot)`,
          'p99 < 2 ms',
        ],
      },
      {
        from: 'bench obligations',
        uses: ['obligations.export.fastest-seconds', 'obligations.export.median-seconds', 'obligations.export.rows'],
        cells: (f) => [
          `dyad-year export 1815-2018 (${f.count('obligations.export.rows')} rows)`,
          `${f.s('obligations.export.fastest-seconds')} s fastest of 3, ${f.s('obligations.export.median-seconds')} s median`,
          '< 15 s',
        ],
      },
      {
        from: 'bench ner',
        uses: ['ner.tagging.warm.tokens-per-cpu-second', 'ner.tagging.cold.tokens-per-cpu-second'],
        cells: (f) => [
          'NER tagging, one core',
          `${f.thousands('ner.tagging.warm.tokens-per-cpu-second')} tokens per CPU-second warm, ${f.thousands('ner.tagging.cold.tokens-per-cpu-second')} cold`,
          '>= 250k',
        ],
      },
      {
        from: 'bench pipeline',
        uses: ['one-core.first', 'one-core.warm', 'two-workers.first', 'two-workers.warm']
          .map((k) => `pipeline.${k}.articles-per-second`)
          .concat('pipeline.x-tokenization.warm', 'pipeline.x-tokenization.first'),
        cells: (f) => [
          'news pipeline end to end (`npm run bench pipeline`, 1,257 articles), articles/s',
          `one core: first pass ${f.rate('pipeline.one-core.first.articles-per-second')}, warm ${f.rate('pipeline.one-core.warm.articles-per-second')}; ` +
            `two workers: first pass ${f.rate('pipeline.two-workers.first.articles-per-second')}, warm ${f.rate('pipeline.two-workers.warm.articles-per-second')}; ` +
            `${f.x('pipeline.x-tokenization.warm')} bare wink-nlp tokenization warm, ${f.x('pipeline.x-tokenization.first')} first pass`,
          '300/s on this machine, within 5x',
        ],
      },
      {
        from: 'bench api',
        uses: ['api.members.x-ceiling', 'api.members.requests-per-second', 'api.ceiling.requests-per-second'],
        cells: (f) => [
          "HTTP membership query vs a bare `node:http` constant of the answers' mean size, same client request list",
          `${f.pct('api.members.x-ceiling', 0)} of the ceiling (${f.rate('api.members.requests-per-second')} req/s against ${f.rate('api.ceiling.requests-per-second')})`,
          '>= 50%',
        ],
      },
      {
        from: 'bench queue',
        uses: ['one-worker', 'two-workers', 'sqlite-single', 'postgres-single']
          .map((k) => `queue.${k}.articles-per-second`)
          .concat('queue.overhead-ms-per-article'),
        cells: (f) => [
          'ingest through the PostgreSQL work queue (`npm run bench queue`), articles/s',
          `1 worker ${f.rate('queue.one-worker.articles-per-second')}, 2 workers ${f.rate('queue.two-workers.articles-per-second')}; ` +
            `one process without the queue: SQLite ${f.rate('queue.sqlite-single.articles-per-second')}, PostgreSQL ${f.rate('queue.postgres-single.articles-per-second')}; ` +
            `queue overhead ${f.ms('queue.overhead-ms-per-article')} ms/article`,
          'workers add throughput',
        ],
      },
    ],
  },

  ner: {
    header: ['CoNLL-2003 dev (testa)', 'P', 'R', 'F1'],
    rows: ['LOC', 'MISC', 'ORG', 'PER', 'overall'].map((type) => ({
      from: 'eval ner',
      uses: ['precision', 'recall', 'f1'].map((k) => `ner.testa.${type}.${k}`),
      cells: (f) => {
        const cells = [type, ...['precision', 'recall', 'f1'].map((k) => f.points(`ner.testa.${type}.${k}`))];
        return type === 'overall' ? cells.map((c) => `**${c}**`) : cells;
      },
    })),
  },
};
