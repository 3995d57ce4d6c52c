import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import type { Analysis, ProposedFact } from '../../src/extract/analysis.js';
import { finishArticle, type Article } from '../../src/ingest/article.js';
import type { ArticleStore } from '../../src/pipeline/article-store.js';
import type { FactReviewStore } from '../../src/pipeline/fact-review-store.js';
import { graphFactOf } from '../../src/pipeline/fact-review-service.js';
import type { GraphStore } from '../../src/graph/graph-store.js';

export interface FactReviewHandle {
  readonly articles: ArticleStore;
  readonly reviews: FactReviewStore;
  readonly graph: GraphStore;
  close(): Promise<void>;
}

/** Invented dispatches: Avaria leaves the Pact (two articles say so), Borduria joins it. */
function article(text: string, published: string): Article {
  return finishArticle(
    { format: 'text', origin: `${published}.txt`, title: text.slice(0, 20), published: published as IsoDate, text },
    '2026-01-01' as IsoDate,
  );
}

function change(subject: string, status: string, from: string, text: string, extra: Partial<ProposedFact> = {}): ProposedFact {
  return {
    predicate: 'member_of',
    subject,
    object: 'PACT',
    qualifiers: {},
    text,
    start: 0,
    end: text.length,
    confidence: 0.9,
    ruleId: 'membership.test',
    status,
    from: from as IsoDate,
    precision: 'day',
    ...extra,
  };
}

function analysis(a: Article, facts: ProposedFact[]): Analysis {
  return {
    article: { id: a.id, title: a.title, authors: a.authors, published: a.published, dateEstimated: a.dateEstimated, url: a.url, captions: a.captions },
    actors: [],
    events: [],
    facts,
    claims: [],
    dates: [],
    warnings: [],
  } as unknown as Analysis;
}

export function factReviewStoreContract(name: string, open: () => Promise<FactReviewHandle>): void {
  describe(`FactReviewStore contract: ${name}`, () => {
    let h: FactReviewHandle;
    const leaves = 'Avaria withdrew from the Pact';
    const a1 = article(`${leaves} on Monday.`, '2026-11-13');
    const a2 = article(`${leaves} this week, officials said.`, '2026-11-14');
    const a3 = article('Borduria joined the Pact. Cydonia joined it too. Dalmia left it.', '2026-11-15');
    before(async () => {
      h = await open();
      await h.articles.save(a1, analysis(a1, [change('AAA', 'withdrawn', '2026-11-09', leaves)]), '2026-11-13T10:00:00Z');
      await h.articles.save(a2, analysis(a2, [change('AAA', 'withdrawn', '2026-11-09', leaves)]), '2026-11-14T10:00:00Z');
      const noChange: ProposedFact = { ...change('BBB', 'member', '2026-11-15', 'x'), status: undefined, from: undefined };
      await h.articles.save(
        a3,
        analysis(a3, [
          change('BBB', 'member', '2026-11-15', 'Borduria joined the Pact'),
          change('CCC', 'member', '2026-11-15', 'Cydonia joined it'),
          change('DDD', 'withdrawn', '2026-11-15', 'Dalmia left it'),
          noChange,
        ]),
        '2026-11-15T10:00:00Z',
      );
    });
    after(() => h.close());

    test('changes wait in the queue with a stable id and how many articles state them; facts that are no change do not', async () => {
      const pending = await h.reviews.list('pending', 100);
      assert.equal(pending.length, 5);
      const avaria = pending.filter((f) => f.subject === 'AAA');
      assert.equal(avaria.length, 2);
      assert.deepEqual(
        avaria.map((f) => f.corroboration),
        [2, 2],
      );
      assert.notEqual(avaria[0]!.id, avaria[1]!.id);
      const got = await h.reviews.get(avaria[0]!.id);
      assert.deepEqual(got, avaria[0]);
      assert.equal(got!.status, 'withdrawn');
      assert.equal(got!.from, '2026-11-09');
      assert.equal(got!.article.published, '2026-11-14');
      assert.equal(await h.reviews.get('f000000000000'), null);
    });

    test('accepting records the outcome and adds the fact to the graph in one transaction', async () => {
      const f = (await h.reviews.list('pending', 100)).find((x) => x.subject === 'BBB')!;
      const on = await h.reviews.review(f, { review: 'accepted', reason: null, reviewedAt: '2026-11-16T00:00:00Z' }, graphFactOf(f));
      assert.deepEqual(on, { review: 'accepted', reason: null, reviewedAt: '2026-11-16T00:00:00Z', recorded: true });
      const inGraph = await h.graph.facts({ predicate: 'member_of', subject: 'BBB' });
      assert.equal(inGraph.length, 1);
      assert.equal(inGraph[0]!.provenance.dataset, 'news');
      assert.equal(inGraph[0]!.provenance.ref, a3.id);
      assert.deepEqual(inGraph[0]!.provenance.span, { start: 0, end: 'Borduria joined the Pact'.length });
      assert.equal(inGraph[0]!.valid.from, '2026-11-15');
      assert.ok(!(await h.reviews.list('pending', 100)).some((x) => x.id === f.id));
      assert.equal((await h.reviews.list('accepted', 100))[0]!.id, f.id);
    });

    test('a second review keeps the first outcome and changes nothing', async () => {
      const f = (await h.reviews.list('accepted', 100))[0]!;
      const on = await h.reviews.review(f, { review: 'rejected', reason: 'no', reviewedAt: '2026-11-17T00:00:00Z' }, null);
      assert.deepEqual(on, { review: 'accepted', reason: null, reviewedAt: '2026-11-16T00:00:00Z', recorded: false });
      assert.equal((await h.reviews.list('rejected', 100)).length, 0);
    });

    test('concurrent reviews of one fact leave exactly one outcome', async () => {
      const f = (await h.reviews.list('pending', 100)).find((x) => x.subject === 'CCC')!;
      const results = await Promise.all([
        h.reviews.review(f, { review: 'accepted', reason: null, reviewedAt: '2026-11-18T00:00:00Z' }, graphFactOf(f)),
        h.reviews.review(f, { review: 'rejected', reason: 'wrong', reviewedAt: '2026-11-18T00:00:01Z' }, null),
      ]);
      assert.equal(results.filter((r) => r.recorded).length, 1);
      assert.equal(results[0]!.review, results[1]!.review);
      const inGraph = await h.graph.facts({ predicate: 'member_of', subject: 'CCC' });
      assert.equal(inGraph.length, results[0]!.review === 'accepted' ? 1 : 0);
    });

    test('a rejected fact keeps its record and reason after its article is deleted', async () => {
      const f = (await h.reviews.list('pending', 100)).find((x) => x.subject === 'DDD')!;
      await h.reviews.review(f, { review: 'rejected', reason: 'Dalmia never was a member', reviewedAt: '2026-11-19T00:00:00Z' }, null);
      await h.articles.delete([a3.id]);
      const rejected = (await h.reviews.list('rejected', 100)).find((x) => x.id === f.id)!;
      assert.equal(rejected.reason, 'Dalmia never was a member');
      assert.equal(rejected.span.text, 'Dalmia left it');
      assert.equal((await h.reviews.get(f.id))!.review, 'rejected');
    });
  });
}
