import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PROJECT_ROOT } from '../../src/config.js';
import { parseDateQuery, type IsoDate } from '../../src/core/time.js';
import { EVERY_LISTED_STATUS } from '../../src/core/fact.js';
import { GraphService } from '../../src/graph/graph-service.js';
import { ObligationService, storeWorld } from '../../src/rules/obligation-service.js';
import { loadReferenceBundle } from '../../src/store/reference-files.js';
import type { StoreHandle } from './graph-store.contract.js';

/**
 * Today's world on the committed reference data (data/reference, built from the shared datasets and the
 * project's cited curated files), asked through the same services as the CLI and the API, on every store.
 * Each row is one fact of the present (or of the rules issue 11 fixed), with the citation it rests on.
 */
const TODAY = '2026-12-06' as IsoDate;
const on = (d: string) => parseDateQuery(d);

interface Services {
  readonly graph: GraphService;
  readonly obligations: ObligationService;
}

type Check = readonly [question: string, citation: string, check: (s: Services) => Promise<void>];

const members = async (s: Services, org: string, day: string) => (await s.graph.members(org, on(day))).members.map((m) => m.id);
const defenders = async (s: Services, attacked: string, day: string, attacker?: string) =>
  (await s.obligations.obligations({ attacked, on: on(day), ...(attacker ? { attacker } : {}) })).obligations.filter((l) => l.kind === 'defense');

const CHECKS: readonly Check[] = [
  [
    'NATO counts Finland from 2023-04-04 and Sweden from 2024-03-07',
    'Instruments of accession deposited in Washington on 4 April 2023 and 7 March 2024 (https://www.nato.int/cps/en/natohq/topics_52044.htm)',
    async (s) => {
      const a = await s.graph.members('NATO', on('2026-12-06'));
      assert.equal(a.members.find((m) => m.id === 'FIN')?.from, '2023-04-04');
      assert.equal(a.members.find((m) => m.id === 'SWE')?.from, '2024-03-07');
      assert.ok(!(await members(s, 'NATO', '2023-04-03')).includes('FIN'));
    },
  ],
  [
    'NATO has no members before the North Atlantic Treaty entered into force, and its founders join on 1949-08-24',
    'North Atlantic Treaty, Washington, 4 April 1949, in force 24 August 1949',
    async (s) => {
      assert.deepEqual(await members(s, 'NATO', '1949-02-01'), []);
      assert.deepEqual(await members(s, 'NATO', '1949-05-01'), []);
      assert.equal((await members(s, 'NATO', '1949-08-24')).length, 12);
    },
  ],
  [
    "NATO on 1998-06-01 has 16 members: Poland accedes on 1999-03-12, not on ATOP's protocol day 1997-12-16",
    'Accession protocols signed 16 December 1997; instruments deposited at Independence, Missouri, 12 March 1999 (data/curated/nato.json)',
    async (s) => {
      const before = await members(s, 'NATO', '1998-06-01');
      assert.equal(before.length, 16);
      assert.ok(!before.includes('POL'));
      assert.ok((await members(s, 'NATO', '1999-03-12')).includes('POL'));
    },
  ],
  [
    "the EU today without the United Kingdom; Croatia in it from 2013-07-01, not from COW's 2013-01-01",
    'Withdrawal Agreement in force 1 February 2020; Treaty of accession of Croatia in force 1 July 2013 (data/curated/eu.json)',
    async (s) => {
      assert.ok(!(await members(s, 'EU', '2026-12-06')).includes('GBR'));
      assert.ok(!(await members(s, 'EU', '2013-03-01')).includes('HRV'));
      assert.ok((await members(s, 'EU', '2013-07-01')).includes('HRV'));
    },
  ],
  [
    "the United Kingdom's obligations under the Treaty on European Union (art. 42(7)) end with its EU membership",
    "Withdrawal Agreement, in force 1 February 2020; the TEU (ATOP 4175) continued by the EU's members after 2018 (data/curated/treaties-since-2019.json)",
    async (s) => {
      const teu = async (day: string) => (await defenders(s, 'EST', day)).some((l) => l.state.id === 'GBR' && l.treaty.id === 'ATOP4175');
      assert.equal(await teu('2020-01-31'), true);
      assert.equal(await teu('2020-02-01'), false);
    },
  ],
  [
    'BRICS on 2025-06-01 includes Indonesia (from 2025-01-06) and the 2024 enlargement',
    "Brazil's BRICS chair, 6 January 2025; Johannesburg summit declaration, 24 August 2023 (data/curated/brics.json)",
    async (s) => {
      const m = await members(s, 'BRICS', '2025-06-01');
      for (const state of ['BRA', 'RUS', 'IND', 'CHN', 'ZAF', 'EGY', 'ETH', 'IRN', 'ARE', 'IDN']) assert.ok(m.includes(state), state);
    },
  ],
  [
    'every standing is listed with --all: BRICS partner countries and EU candidates beside the members',
    'BRICS partner countries from 1 January 2025 (data/curated/brics.json); EU candidate status (data/curated/eu.json)',
    async (s) => {
      const all = [...EVERY_LISTED_STATUS];
      const brics = (await s.graph.members('BRICS', on('2025-06-01'), { statuses: all })).members;
      assert.equal(brics.find((m) => m.id === 'KAZ')?.status, 'partner');
      assert.equal(brics.find((m) => m.id === 'BRA')?.status, 'member');
      const eu = (await s.graph.members('EU', on('2025-06-01'), { statuses: all })).members;
      assert.equal(eu.find((m) => m.id === 'UKR')?.status, 'candidate');
    },
  ],
  [
    'no NATO founder leaves and rejoins when ATOP changes phase on 1951-06-19',
    'ATOP 5.1 codes the Greek and Turkish accession protocol as phase 2 of ATOP 3180',
    async (s) => {
      const h = await s.graph.history('NATO');
      assert.ok(!h.entries.some((e) => e.date === '1951-06-19'));
    },
  ],
  [
    'If Finland is attacked today, the United States and Sweden are bound to defend it under arts. 5 and 6',
    'North Atlantic Treaty, arts. 5 and 6; Finland and Sweden parties from their accessions',
    async (s) => {
      const lines = await defenders(s, 'FIN', '2026-12-06');
      for (const state of ['USA', 'SWE', 'DEU'])
        assert.ok(
          lines.some((l) => l.state.id === state && l.rule === 'atop-3180-2-defense' && l.article?.article === '5 and 6'),
          state,
        );
    },
  ],
  [
    'Russia is bound to defend North Korea from 2024-12-04 (art. 4), not before',
    'Treaty on Comprehensive Strategic Partnership, Pyongyang, 19 June 2024, in force 4 December 2024 (KCNA via Interfax, 5 December 2024)',
    async (s) => {
      assert.ok(
        (await defenders(s, 'PRK', '2026-12-06')).some(
          (l) => l.state.id === 'RUS' && l.rule === 'rus-prk-2024-defense' && l.article?.article === '4' && !l.carriedForward,
        ),
      );
      assert.ok(!(await defenders(s, 'PRK', '2024-12-03')).some((l) => l.rule === 'rus-prk-2024-defense'));
    },
  ],
  [
    'the 1997 Russia-Ukraine treaty binds neither from 2019-04-01',
    'Law of Ukraine of 6 December 2018 terminating the treaty from 1 April 2019 (Interfax-Ukraine, 1 April 2019)',
    async (s) => {
      const bound = async (day: string) => (await s.obligations.boundBy('UKR', on(day))).obligations.filter((l) => l.treaty.id === 'ATOP4875').length;
      assert.ok((await bound('2019-03-31')) > 0);
      assert.equal(await bound('2019-04-01'), 0);
    },
  ],
  [
    "Armenia's CSTO obligations are not assumed since it froze its participation",
    'Prime Minister Pashinyan, France 24, 22 February 2024; Armenia has not withdrawn from the Collective Security Treaty',
    async (s) => {
      const a = await s.obligations.obligations({ attacked: 'ARM', on: on('2026-12-06') });
      // Defence and consultation are in doubt; non-aggression is not (a freeze casts no doubt on a promise not to attack).
      assert.ok(!a.obligations.some((l) => l.treaty.id === 'ATOP4220' && (l.kind === 'defense' || l.kind === 'consultation')));
      assert.ok(a.inactive.some((l) => l.treaty.id === 'ATOP4220' && l.kind === 'defense' && /participation/.test(l.reason)));
    },
  ],
  [
    'on 2001-09-11 Australia (ANZUS) and Brazil (the Rio Treaty) are bound to defend the United States',
    'ANZUS arts. IV-V, invoked by Australia on 14 September 2001; Rio Treaty art. 3, invoked by the OAS on 21 September 2001',
    async (s) => {
      const lines = await defenders(s, 'USA', '2001-09-11', 'AFG');
      assert.ok(lines.some((l) => l.state.id === 'AUS' && l.treaty.id === 'ATOP3215'));
      assert.ok(lines.some((l) => l.state.id === 'BRA' && l.treaty.id === 'ATOP3075'));
    },
  ],
  [
    'Burkina Faso and Niger are bound to defend Mali under the Liptako-Gourma Charter (art. 6)',
    'Liptako-Gourma Charter, Bamako, 16 September 2023, art. 6',
    async (s) => {
      const lines = await defenders(s, 'MLI', '2026-12-06');
      for (const state of ['BFA', 'NER'])
        assert.ok(
          lines.some((l) => l.state.id === state && l.rule === 'aes-2023-defense'),
          state,
        );
    },
  ],
  [
    'a Russian attack on Estonia today does not draw in Comoros or Senegal',
    "France's 1970s defence agreements bind their parties to defend France if France is attacked, not when France joins a war",
    async (s) => {
      const c = await s.obligations.cascade({ attacker: 'RUS', attacked: 'EST', on: on('2026-12-06') });
      const sided = [...c.sides.attacked, ...c.sides.attacker].map((x) => x.id);
      assert.ok(sided.includes('USA') && sided.includes('FIN'));
      assert.ok(!sided.includes('COM') && !sided.includes('SEN'));
    },
  ],
  [
    'the United States on 2025-06-01: Donald Trump, and neither Obama nor Biden as effective leader',
    'Wikidata: Donald Trump, President from 20 January 2025; Archigos and REIGN stop in 2015 and 2021',
    async (s) => {
      const l = await s.graph.leaders('USA', on('2025-06-01'));
      assert.deepEqual([...new Set(l.leaders.map((x) => x.person.name))], ['Donald Trump']);
      assert.ok(l.leaders.some((x) => x.office === 'effective_leader'));
    },
  ],
  [
    "the United Kingdom's head of state is named in English",
    'Wikidata Q43274 (Charles III); data/curated/person-names.json',
    async (s) => {
      const l = await s.graph.leaders('GBR', on('2025-06-01'));
      assert.equal(l.leaders.find((x) => x.office === 'head_of_state')?.person.name, 'Charles III');
      assert.ok(!l.leaders.some((x) => ['David Cameron', 'Boris Johnson'].includes(x.person.name)));
    },
  ],
  [
    'a day after today is refused, a day after the newest data is answered and marked',
    'issue 11: days to today answer, the future does not',
    async (s) => {
      await assert.rejects(s.graph.members('NATO', on('2026-12-07')), /after today/);
      const a = await s.graph.members('NATO', on('2026-12-06'));
      assert.ok(a.members.some((m) => m.carriedForward && m.carriedFrom !== undefined));
    },
  ],
];

/** The present-day checks on one store, after loading the committed reference data into it. */
export function presentDayContract(name: string, open: () => Promise<StoreHandle>): void {
  describe(`today's world on the committed data: ${name}`, () => {
    let h: StoreHandle;
    let s: Services;
    before(async () => {
      h = await open();
      await h.store.loadReference(await loadReferenceBundle(join(PROJECT_ROOT, 'data')));
      const graph = new GraphService(h.store, { today: () => TODAY });
      s = { graph, obligations: new ObligationService(storeWorld(h.store), { resolveState: (ref) => graph.resolveState(ref), today: () => TODAY }) };
    });
    after(async () => {
      await h?.close();
    });
    for (const [question, citation, check] of CHECKS) test(`${question} (${citation})`, () => check(s));
  });
}
