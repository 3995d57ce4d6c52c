import type { Kysely } from 'kysely';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import type { Analysis } from '../../src/extract/analysis.js';
import { finishArticle, type Article } from '../../src/ingest/article.js';
import type { ArticleStore } from '../../src/pipeline/article-store.js';
import { undatedEventsMigration } from '../../src/store/migrations/014-undated-events.js';

export interface ArticleStoreHandle {
  readonly store: ArticleStore;
  /** The store's database, for the migration cases. */
  readonly db: Kysely<any>;
  close(): Promise<void>;
}

/** An invented dispatch, analysed by hand: what a store keeps must come back the same. */
const TEXT = 'Last year, Avaria signed the Pact with Borduria. Its president met them on Tuesday.';

function article(): Article {
  return finishArticle(
    {
      format: 'text',
      origin: 'contract.txt',
      title: 'A pact',
      authors: ['Ann Other'],
      published: '2012-05-15' as IsoDate,
      url: 'https://example.org/pact',
      captions: [{ text: 'The signing', credit: 'A. Photographer' }],
      text: TEXT,
    },
    '2026-01-01' as IsoDate,
  );
}

/** A second dispatch, for the revision and deletion cases, so the reading cases keep theirs. */
function other(published: string | null): Article {
  return finishArticle(
    { format: 'text', origin: 'other.txt', title: 'Another pact', published: published as IsoDate | null, text: `${TEXT} Again.` },
    '2026-01-01' as IsoDate,
  );
}

function analysis(a: Article): Analysis {
  const first = TEXT.slice(0, 48);
  const second = TEXT.slice(49);
  return {
    article: { id: a.id, title: a.title, authors: a.authors, published: a.published, dateEstimated: a.dateEstimated, url: a.url, captions: a.captions },
    actors: [
      {
        text: 'Avaria',
        start: 11,
        end: 17,
        sentence: 0,
        id: 'AAA',
        type: 'state',
        role: null,
        name: 'Avaria',
        state: 'AAA',
        cameo: 'AAA',
        refersTo: null,
        confidence: 1,
        ruleId: 'actor.state',
      },
      {
        text: 'Borduria',
        start: 39,
        end: 47,
        sentence: 0,
        id: 'BBB',
        type: 'state',
        role: null,
        name: 'Borduria',
        state: 'BBB',
        cameo: 'BBB',
        refersTo: null,
        confidence: 0.9,
        ruleId: 'actor.state',
      },
      {
        text: 'Its president',
        start: 49,
        end: 62,
        sentence: 1,
        id: 'person:vlad-avarov',
        type: 'person',
        role: 'head of state',
        name: 'Vlad Avarov',
        state: 'AAA',
        cameo: 'AAAGOV',
        refersTo: 11,
        confidence: 0.7,
        ruleId: 'actor.anaphor',
      },
    ],
    events: [
      {
        source: 'AAA',
        target: 'BBB',
        sourceId: 'AAA',
        targetId: 'BBB',
        cameo: '057',
        plover: 'AGREE',
        date: '2011-07-01' as IsoDate,
        datePrecision: 'year',
        dateText: 'Last year',
        sentence: first,
        start: 0,
        end: 48,
        ruleId: 'test.sign',
        rules: ['entente.intent', 'role.passive-agent'],
        sourceSpan: { start: 11, end: 17 },
        targetSpan: { start: 39, end: 47 },
        verbSpan: { start: 18, end: 24 },
      },
      {
        source: 'AAAGOV',
        target: null,
        sourceId: 'AAA',
        targetId: null,
        cameo: '040',
        plover: null,
        date: '2012-05-15' as IsoDate,
        datePrecision: 'day',
        dateText: 'on Tuesday',
        sentence: second,
        start: 49,
        end: TEXT.length,
        ruleId: 'test.meet',
        rules: [],
        sourceSpan: { start: 49, end: 62 },
        targetSpan: null,
        verbSpan: { start: 63, end: 67 },
      },
    ],
    facts: [
      {
        predicate: 'party_to',
        subject: 'AAA',
        object: 'PACT',
        qualifiers: { signed: true, year: 2011, note: 'bilateral' },
        text: first,
        start: 0,
        end: 48,
        confidence: 0.8,
        ruleId: 'fact.signed',
      },
    ],
    claims: [
      {
        text: first,
        start: 0,
        end: 48,
        status: 'supported',
        explanation: 'the graph has it',
        flag: null,
        names: ['AAA'],
        evidence: ['f1', 'f2'],
        ruleId: 'claim.party',
      },
    ],
    dates: [],
    warnings: ['one warning'],
    stats: { sentences: 2, tokens: 16 },
  };
}

/** One suite for the ArticleStore port's single-article read, run on every implementation. */
export function articleStoreContract(name: string, open: () => Promise<ArticleStoreHandle>): void {
  describe(`ArticleStore contract: ${name}`, () => {
    let h: ArticleStoreHandle;
    before(async () => {
      h = await open();
    });
    after(async () => {
      await h?.close();
    });

    test('get returns null for an id never stored', async () => {
      assert.equal(await h.store.get('no-such-article'), null);
    });

    test('get returns what save stored: metadata, text, actors with spans, dated events, facts, claims, warnings', async () => {
      const a = article();
      const an = analysis(a);
      assert.equal(await h.store.save(a, an, '2026-01-01T10:00:00.000Z'), true);
      const got = await h.store.get(a.id);
      assert.ok(got);
      assert.deepEqual(got.article, {
        id: a.id,
        title: 'A pact',
        authors: ['Ann Other'],
        published: '2012-05-15',
        dateEstimated: false,
        url: 'https://example.org/pact',
        captions: [{ text: 'The signing', credit: 'A. Photographer' }],
        origin: 'contract.txt',
        ingestedAt: '2026-01-01T10:00:00.000Z',
        revisedAt: null,
        counts: { actors: 3, events: 2, facts: 1, claims: 1 },
      });
      assert.equal(got.text, TEXT);
      assert.deepEqual(
        got.actors,
        an.actors.map(({ sentence: _s, ...rest }) => rest),
      );
      for (const x of got.actors) assert.equal(got.text.slice(x.start, x.end), x.text);
      assert.deepEqual(got.events, an.events);
      assert.deepEqual(got.facts, an.facts);
      assert.deepEqual(got.claims, an.claims);
      assert.deepEqual(got.warnings, ['one warning']);
    });

    test('replaceClaims replaces only the claims, in reading order', async () => {
      const [listed] = await h.store.list(10);
      const before = (await h.store.get(listed!.id))!;
      const checked = { ...before.claims[0]!, status: 'contradicted' as const, explanation: 'the graph changed' };
      await h.store.replaceClaims(listed!.id, [checked, { ...checked, start: 49, end: 60, text: 'a second claim' }]);
      const after = (await h.store.get(listed!.id))!;
      assert.deepEqual(after.claims, [checked, { ...checked, start: 49, end: 60, text: 'a second claim' }]);
      assert.deepEqual(after.facts, before.facts);
      assert.deepEqual(after.events, before.events);
      await h.store.replaceClaims(listed!.id, before.claims);
      assert.deepEqual((await h.store.get(listed!.id))!.claims, before.claims);
    });

    test('the listing and the single read agree on counts', async () => {
      const [listed] = await h.store.list(10);
      assert.ok(listed);
      const got = await h.store.get(listed.id);
      assert.deepEqual(got?.article.counts, listed.counts);
    });

    test('an actor code prefix matches in any case, with % and _ taken literally', async () => {
      const codes = async (actor: string) => (await h.store.events({ actor })).map((e) => e.source);
      assert.deepEqual(await codes('aaagov'), ['AAAGOV']);
      assert.deepEqual(await codes('AaAg'), ['AAAGOV']);
      assert.deepEqual(await codes('bbb'), ['AAA']);
      assert.deepEqual(await codes('A_A'), []);
      assert.deepEqual(await codes('%GOV'), []);
    });

    test('events keep their date precision in the event query too', async () => {
      const events = await h.store.events({ actor: 'AAA' });
      assert.deepEqual(
        events.map((e) => [e.date, e.datePrecision, e.dateText]),
        [
          ['2011-07-01', 'year', 'Last year'],
          ['2012-05-15', 'day', 'on Tuesday'],
        ],
      );
    });

    test('factsAbout finds the facts proposed about an entity as subject or object, with their article', async () => {
      const a = article();
      const bySubject = await h.store.factsAbout('AAA', 10);
      assert.deepEqual(
        bySubject.map((f) => [f.predicate, f.subject, f.object, f.articleId, f.articleTitle, f.published]),
        [['party_to', 'AAA', 'PACT', a.id, 'A pact', '2012-05-15']],
      );
      assert.deepEqual(
        (await h.store.factsAbout('PACT', 10)).map((f) => f.subject),
        ['AAA'],
      );
      assert.deepEqual(await h.store.factsAbout('ZZZ', 10), []);
    });

    test('findByHash says what is stored under the hash: id, date, whether it was estimated', async () => {
      const a = other(null);
      assert.equal(await h.store.findByHash(a.contentHash), null);
      assert.equal(await h.store.save(a, analysis(a), '2026-01-02T10:00:00.000Z'), true);
      assert.deepEqual(await h.store.findByHash(a.contentHash), { id: a.id, published: '2026-01-01', dateEstimated: true, url: null, authors: [] });
    });

    test('revise gives the stored article its corrected date and new analysis under the same id, not a twin', async () => {
      const dated = other('2012-05-16');
      const an = { ...analysis(dated), events: analysis(dated).events.slice(0, 1), claims: [] };
      assert.equal(await h.store.revise(dated, an, '2026-01-03T10:00:00.000Z'), true);
      const got = await h.store.get(dated.id);
      assert.equal(got?.article.published, '2012-05-16');
      assert.equal(got?.article.dateEstimated, false);
      assert.equal(got?.article.revisedAt, '2026-01-03T10:00:00.000Z');
      assert.deepEqual(got?.article.counts, { actors: 3, events: 1, facts: 1, claims: 0 });
      assert.equal((await h.store.list(100)).filter((x) => x.title === 'Another pact').length, 1);
      assert.equal(await h.store.revise({ ...dated, id: 'art_never' }, an, '2026-01-03T10:00:00.000Z'), false);
    });

    test('delete removes the articles and everything found in them; an unknown id among them deletes nothing', async () => {
      const a = other('2012-05-16');
      const refused = await h.store.delete([a.id, 'art_never']);
      assert.deepEqual(refused, { deleted: [], missing: ['art_never'] });
      assert.ok(await h.store.get(a.id));
      const done = await h.store.delete([a.id]);
      assert.deepEqual(done, { deleted: [{ id: a.id, counts: { actors: 3, events: 1, facts: 1, claims: 0 } }], missing: [] });
      assert.equal(await h.store.get(a.id), null);
      assert.equal(await h.store.findByHash(a.contentHash), null);
      assert.deepEqual(
        (await h.store.events({ actor: 'AAA' })).map((e) => e.articleId).filter((id) => id === a.id),
        [],
      );
    });

    test('an undated event keeps its precision, shows in no range of days, and is listed without one', async () => {
      const a = finishArticle({ format: 'text', origin: 'undated.txt', title: 'Undated', published: null, text: `${TEXT} Undated.` }, '2026-01-01' as IsoDate);
      const an = analysis(a);
      const events = an.events.map((e) => ({ ...e, date: '2026-01-01' as IsoDate, datePrecision: 'undated' as const }));
      assert.equal(await h.store.save(a, { ...an, events }, '2026-01-04T10:00:00.000Z'), true);
      assert.deepEqual(
        (await h.store.get(a.id))!.events.map((e) => [e.date, e.datePrecision, e.dateText]),
        [
          ['2026-01-01', 'undated', 'Last year'],
          ['2026-01-01', 'undated', 'on Tuesday'],
        ],
      );
      const ofArticle = async (q: { from?: IsoDate; to?: IsoDate }) =>
        (await h.store.events({ actor: 'AAA', ...q })).filter((e) => e.articleId === a.id).map((e) => e.datePrecision);
      assert.deepEqual(await ofArticle({}), ['undated', 'undated']);
      assert.deepEqual(await ofArticle({ from: '2025-12-01' as IsoDate }), []);
      assert.deepEqual(await ofArticle({ to: '2026-12-31' as IsoDate }), []);
      await h.store.delete([a.id]);
    });

    test('migration 014 makes the stored events of an undated article undated, unless a year dated them', async () => {
      const a = finishArticle({ format: 'text', origin: 'old.txt', title: 'Old', published: null, text: `${TEXT} Old.` }, '2026-01-01' as IsoDate);
      const an = analysis(a);
      const events = [
        { ...an.events[0]!, date: '2002-03-01' as IsoDate, dateText: 'in march 2002' },
        { ...an.events[1]!, date: '2026-01-01' as IsoDate, dateText: null },
      ];
      assert.equal(await h.store.save(a, { ...an, events }, '2026-01-04T10:00:00.000Z'), true);
      const dated = article();
      await undatedEventsMigration.up(h.db);
      assert.deepEqual(
        (await h.store.get(a.id))!.events.map((e) => [e.date, e.datePrecision]),
        [
          ['2002-03-01', 'year'],
          ['2026-01-01', 'undated'],
        ],
      );
      assert.deepEqual(
        (await h.store.get(dated.id))!.events.map((e) => e.datePrecision),
        ['year', 'day'],
      );
      await h.store.delete([a.id]);
    });
  });
}
