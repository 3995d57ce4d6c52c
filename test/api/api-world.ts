import type { Entity } from '../../src/core/entity.js';
import type { Fact } from '../../src/core/fact.js';
import type { IsoDate } from '../../src/core/time.js';
import type { ReferenceBundle } from '../../src/graph/graph-store.js';
import { smallWorld } from '../fixtures/graph/small-world.js';

/**
 * The graph tests' small world, with what the API adds on top: regions on states (the UI filters by them) and a
 * customs union beside the security pact, so type filters have something to choose between.
 */
const REGIONS: Record<string, string> = { AAA: 'Europe', BBB: 'Europe', CCC: 'Asia', DDD: 'Asia' };

const customsUnion: Entity = {
  id: 'CUX',
  kind: 'organization',
  name: 'Customs Union of Avaria and Carpania',
  aliases: [{ text: 'Customs Union', kind: 'name' }],
  attrs: { orgType: 'customs_union', founded: '2010-01-01' },
  provenance: [{ dataset: 'curated', ref: 'orgs line 3' }],
};

const cuFact = (subject: string): Fact => ({
  id: `c:${subject}:CUX`,
  subject,
  predicate: 'member_of',
  object: 'CUX',
  valid: { from: '2010-01-01' as IsoDate, to: '9999-12-31' as IsoDate },
  precision: 'day',
  status: 'member',
  qualifiers: {},
  provenance: { dataset: 'curated', ref: `cu ${subject} line 1`, rule: 'fixture', citation: 'https://example.org/cu-treaty' },
  confidence: 1,
});

export const apiWorld: ReferenceBundle = {
  ...smallWorld,
  version: 'api-fixture-1',
  entities: [
    ...smallWorld.entities.map((e) => (REGIONS[e.id] ? { ...e, attrs: { ...e.attrs, region: REGIONS[e.id] } } : e)),
    customsUnion,
  ],
  facts: [...smallWorld.facts, cuFact('AAA'), cuFact('CCC')],
};
