import type { Entity } from '../../src/core/entity.js';
import type { Fact } from '../../src/core/fact.js';
import type { IsoDate } from '../../src/core/time.js';
import type { ReferenceBundle } from '../../src/graph/graph-store.js';
import { smallWorld } from '../fixtures/graph/small-world.js';

/**
 * The graph tests' small world, with what the API adds on top: regions and COW codes on states (the UI filters
 * by region; the obligations engine reads COW codes), a customs union beside the security pact so type filters
 * have something to choose between, and parties to ATOP 4220, whose provisions the project's rule book has.
 */
const REGIONS: Record<string, string> = { AAA: 'Europe', BBB: 'Europe', CCC: 'Asia', DDD: 'Asia' };
const CCODES: Record<string, number> = { AAA: 901, BBB: 902, CCC: 903, DDD: 904 };

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

function partyFact(subject: string, to: string): Fact {
  return {
    id: `t:${subject}:4220`,
    subject,
    predicate: 'party_to',
    object: 'ATOP4220',
    valid: { from: '2002-10-07' as IsoDate, to: to as IsoDate },
    precision: 'day',
    qualifiers: { phase: 2, ccode: CCODES[subject]! },
    provenance: { dataset: 'atop-fixture', ref: `atop ${subject} line 1`, rule: 'fixture' },
    confidence: 1,
  };
}

export const apiWorld: ReferenceBundle = {
  ...smallWorld,
  version: 'api-fixture-1',
  datasets: [
    ...smallWorld.datasets,
    {
      id: 'atop-fixture',
      name: 'ATOP (fixture rows)',
      precision: 'day',
      rank: 1,
      coverage: { from: '1815-01-01', to: '2018-12-31' },
      citation: 'fixture',
      rows: 3,
    },
  ],
  entities: [
    ...smallWorld.entities.map((e) => (REGIONS[e.id] ? { ...e, attrs: { ...e.attrs, region: REGIONS[e.id], ccode: CCODES[e.id] } } : e)),
    customsUnion,
    {
      id: 'ATOP4220',
      kind: 'alliance',
      name: 'Collective Security Treaty (fixture parties)',
      aliases: [{ text: 'Collective Security Treaty', kind: 'name' }],
      attrs: { atopid: 4220 },
      provenance: [{ dataset: 'treaty', ref: 'a line 3' }],
    },
  ],
  facts: [...smallWorld.facts, cuFact('AAA'), cuFact('CCC'), partyFact('AAA', '9999-12-31'), partyFact('BBB', '9999-12-31'), partyFact('DDD', '2012-06-27')],
};
