import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import type { EventCoder } from '../../src/extract/event-coder.js';
import { NewsService, type IngestResult } from '../../src/pipeline/news-service.js';
import { kyselyArticleStore } from '../../src/store/articles/kysely-article-store.js';
import { openStore, type Stores } from '../../src/store/open-store.js';
import { dropSchema, testDatabaseUrl, uniqueSchema } from '../contract/pg-test-db.js';
import { FIXTURE_BUNDLE } from '../fixtures/news/fixture-graph.js';

/** Codes "X met Y" as 040 between the first two actors: enough to see events stored and queried. */
const meetCoder: EventCoder = {
  name: 'test',
  code: (s) => {
    const [a, b] = s.actors;
    const verb = /\bmet\b/.exec(s.text);
    if (!verb || !a || !b) return [];
    return [
      {
        source: a.code,
        target: b.code,
        sourceId: a.id,
        targetId: b.id,
        cameo: '040',
        plover: 'CONSULT',
        ruleId: 'test.met',
        rules: [],
        sourceSpan: a,
        targetSpan: b,
        verb: { start: verb.index, end: verb.index + 3 },
      },
    ];
  },
};

function inputs(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-news-'));
  writeFileSync(join(dir, 'a.txt'), 'Talks in Minsk\n\nMay 14, 2012\n\nRussia met Belarus on Monday in Minsk.\n');
  writeFileSync(
    join(dir, 'b.jsonl'),
    '{"text":"Ukraine met Moldova.","published":"2012-05-20","id":"b1"}\nnot json\n{"text":"Russia met Belarus on Monday in Minsk.","title":"Talks in Minsk","published":"2012-05-14"}\n',
  );
  writeFileSync(join(dir, 'c.txt'), '');
  writeFileSync(join(dir, 'd.txt'), 'Kazakhstan met Armenia yesterday.');
  return dir;
}

const kinds = (rs: IngestResult[]) =>
  rs.map((r) => (r.kind === 'problem' ? `problem:${r.problem.origin.split('/').pop()}` : `${r.kind}:${r.article.origin.split('/').pop()}`));

async function collect(news: NewsService, paths: string[], dryRun = false): Promise<IngestResult[]> {
  const out: IngestResult[] = [];
  for await (const r of news.ingest(paths, { dryRun })) out.push(r);
  return out;
}

function suite(name: string, open: () => Promise<{ stores: Stores; close(): Promise<void> }>) {
  test(`news ingest on ${name}: stores once, skips bad input, dry run writes nothing, events by actor and date`, async () => {
    const { stores, close } = await open();
    try {
      await stores.graph.loadReference(FIXTURE_BUNDLE);
      const news = new NewsService({
        graph: stores.graph,
        articles: kyselyArticleStore(stores.db),
        loadCoder: () => ({ coder: meetCoder }),
        today: () => '2026-01-02' as IsoDate,
      });
      const dir = inputs();
      const dry = await collect(news, [dir], true);
      assert.deepEqual(kinds(dry), ['analyzed:a.txt', 'analyzed:b.jsonl:1', 'problem:b.jsonl:2', 'duplicate:b.jsonl:3', 'problem:c.txt', 'analyzed:d.txt']);
      assert.equal((await news.articles()).length, 0);

      const first = await collect(news, [dir]);
      assert.deepEqual(kinds(first), ['stored:a.txt', 'stored:b.jsonl:1', 'problem:b.jsonl:2', 'duplicate:b.jsonl:3', 'problem:c.txt', 'stored:d.txt']);
      const undated = first.find((r) => r.kind === 'stored' && r.article.origin.endsWith('d.txt'));
      assert.ok(undated?.kind === 'stored' && undated.article.published === '2026-01-02' && undated.article.dateEstimated);
      assert.match(undated.analysis.warnings.join(), /undated: relative dates resolved against the ingest day 2026-01-02/);

      const again = await collect(news, [dir]);
      assert.deepEqual(
        kinds(again).filter((k) => k.startsWith('stored')),
        [],
      );
      assert.equal(again.filter((r) => r.kind === 'exists').length, 3);

      const list = await news.articles();
      assert.deepEqual(
        list.map((a) => a.published),
        ['2026-01-02', '2012-05-20', '2012-05-14'],
      );
      assert.equal(list[2]!.title, 'Talks in Minsk');
      assert.ok(list[2]!.counts.actors >= 3);

      const events = await news.events({ actor: 'RUS', from: '2012-05-01' as IsoDate, to: '2012-05-31' as IsoDate });
      assert.equal(events.length, 1);
      assert.equal(events[0]!.source, 'RUS');
      assert.equal(events[0]!.targetId, 'BLR');
      assert.equal(events[0]!.date, '2012-05-14');
      assert.equal((await news.events({ actor: 'UKR', to: '2012-05-19' as IsoDate })).length, 0);
    } finally {
      await close();
    }
  });
}

suite('SQLite', async () => {
  const stores = await openStore({ store: { kind: 'sqlite', file: ':memory:' } });
  return { stores, close: () => stores.close() };
});

const pg = await testDatabaseUrl();
if (pg.url) {
  const url = pg.url;
  suite('PostgreSQL', async () => {
    const schema = uniqueSchema('entente_news');
    const stores = await openStore({ store: { kind: 'postgres', url } }, { schema });
    return {
      stores,
      async close() {
        await stores.close();
        await dropSchema(url, schema);
      },
    };
  });
} else {
  test('news ingest on PostgreSQL', { skip: pg.skip }, () => undefined);
}
