import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import type { Fact } from '../../src/core/fact.js';
import type { GraphStore } from '../../src/graph/graph-store.js';
import { smallWorld } from '../fixtures/graph/small-world.js';

export interface StoreHandle {
  readonly store: GraphStore;
  close(): Promise<void>;
}

/** One suite for the GraphStore port, run on every implementation (SQLite, PostgreSQL). */
export function graphStoreContract(name: string, open: () => Promise<StoreHandle>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let h: StoreHandle;
    before(async () => {
      h = await open();
    });
    after(async () => {
      await h?.close();
    });

    test('an empty database has no reference version', async () => {
      assert.equal(await h.store.referenceVersion(), null);
    });

    test('loads a bundle in one go and reports counts', async () => {
      let last = 0;
      const report = await h.store.loadReference(smallWorld, (done) => (last = done));
      assert.equal(report.facts, smallWorld.facts.length);
      assert.equal(report.entities, smallWorld.entities.length);
      assert.equal(last, report.entities + report.aliases + report.facts);
      assert.equal(await h.store.referenceVersion(), 'fixture-1');
    });

    test('reloading the same bundle changes nothing', async () => {
      await h.store.loadReference(smallWorld);
      const all = await h.store.facts({ predicate: 'member_of' });
      assert.equal(all.length, smallWorld.facts.filter((f) => f.predicate === 'member_of').length);
    });

    test('a failed load keeps the previous data whole', async () => {
      const broken = { ...smallWorld, version: 'broken', facts: [...smallWorld.facts, smallWorld.facts[0]!] };
      await assert.rejects(h.store.loadReference(broken));
      assert.equal(await h.store.referenceVersion(), 'fixture-1');
      assert.equal((await h.store.facts({ predicate: 'party_to' })).length, 6);
    });

    test('loads at once (machines running init together) all succeed and leave one copy', async () => {
      const reports = await Promise.all([1, 2, 3].map(() => h.store.loadReference(smallWorld)));
      assert.deepEqual(
        reports.map((r) => r.facts),
        [1, 2, 3].map(() => smallWorld.facts.length),
      );
      assert.equal(await h.store.referenceVersion(), 'fixture-1');
      assert.equal((await h.store.facts({ predicate: 'party_to' })).length, 6);
      assert.equal((await h.store.entities(smallWorld.entities.map((e) => e.id))).length, smallWorld.entities.length);
    });

    test('loads-if-stale at once (workers starting together on a new version): one loads, the others find it loaded', async () => {
      const next = { ...smallWorld, version: 'fixture-2' };
      const reports = await Promise.all([1, 2, 3].map(() => h.store.loadReferenceIfStale(next)));
      assert.equal(reports.filter((r) => r !== null).length, 1);
      assert.equal(await h.store.referenceVersion(), 'fixture-2');
      assert.equal(await h.store.loadReferenceIfStale(next), null);
      assert.ok(await h.store.loadReferenceIfStale(smallWorld), 'another version loads');
      assert.equal(await h.store.referenceVersion(), 'fixture-1');
      assert.equal((await h.store.facts({ predicate: 'party_to' })).length, 6);
    });

    test('facts round-trip with provenance, qualifiers and status', async () => {
      const [f] = await h.store.facts({ predicate: 'member_of', object: 'PACT', subject: 'DDD', on: '2012-07-01' as IsoDate, datasets: ['curated'] });
      assert.ok(f);
      assert.equal(f.status, 'suspended');
      assert.deepEqual(f.valid, { from: '2012-06-28', to: '2012-12-19' });
      assert.equal(f.provenance.dataset, 'curated');
      assert.equal(f.provenance.rule, 'fixture');
      const [p] = await h.store.facts({ predicate: 'party_to', subject: 'AAA', on: '2012-05-15' as IsoDate });
      assert.deepEqual(p?.qualifiers, { phase: 2, censored: true });
    });

    test('as-of queries include both ends of the interval and nothing outside', async () => {
      const q = (on: string) => h.store.facts({ predicate: 'party_to', subject: 'DDD', on: on as IsoDate });
      assert.equal((await q('1999-04-19')).length, 1);
      assert.equal((await q('1999-04-20')).length, 0);
      assert.equal((await q('2006-08-17')).length, 1);
      assert.equal((await q('2012-06-28')).length, 0);
    });

    test('filters by dataset, and an empty dataset list matches nothing', async () => {
      assert.equal((await h.store.facts({ predicate: 'member_of', object: 'PACT', datasets: ['igo'] })).length, 2);
      assert.equal((await h.store.facts({ predicate: 'member_of', datasets: [] })).length, 0);
    });

    test('entities resolve by alias key, case- and accent-insensitively', async () => {
      const byAcronym = await h.store.entitiesByKey('pto');
      assert.deepEqual(
        byAcronym.map((e) => e.id),
        ['PACT'],
      );
      const e = await h.store.entity('PACT');
      assert.equal(e?.attrs.treaty, 'ATOP9001');
      assert.ok(e?.aliases.some((a) => a.lang === 'fr'));
      assert.equal(await h.store.entity('NOPE'), undefined);
    });

    test('coverage spans each object per dataset', async () => {
      const rows = await h.store.coverage(['member_of']);
      const igo = rows.find((r) => r.object === 'PACT' && r.dataset === 'igo');
      assert.deepEqual(igo && { from: igo.from, to: igo.to }, { from: '2002-01-01', to: '9999-12-31' });
    });

    test('datasets come back in rank order', async () => {
      assert.deepEqual(
        (await h.store.datasets()).map((d) => d.id),
        ['curated', 'treaty', 'leaders', 'igo'],
      );
    });

    test('asserted facts are idempotent by id and survive a reference reload', async () => {
      const fromNews: Fact = {
        ...smallWorld.facts[6]!,
        id: 'article:abc:1',
        provenance: { dataset: 'article', ref: 'abc', span: { start: 10, end: 42 }, rule: 'fact.membership-list' },
        confidence: 0.7,
      };
      assert.equal(await h.store.assertFacts([fromNews]), 1);
      assert.equal(await h.store.assertFacts([fromNews]), 0);
      await h.store.loadReference(smallWorld);
      const [kept] = await h.store.facts({ predicate: 'member_of', object: 'PACT', datasets: ['article'] });
      assert.deepEqual(kept?.provenance.span, { start: 10, end: 42 });
    });
  });
}
