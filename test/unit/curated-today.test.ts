import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Fact } from '../../src/core/fact.js';
import { contains, OPEN_END, type IsoDate } from '../../src/core/time.js';
import { CURATED, convertCurated } from '../../scripts/build-data/curated.js';
import { BuildContext } from '../../scripts/build-data/facts.js';

// The project's own cited files, checked as they are committed (not fixtures): the files that carry the graph
// from where the datasets stop to today.
const DIR = fileURLToPath(new URL('../../data/curated/', import.meta.url));
const REFERENCE = fileURLToPath(new URL('../../data/reference/entities.jsonl', import.meta.url));
// home-places.json and parties.json are read by the pipeline itself (extract/home-country.ts, extract/domestic.ts), each name or party with its source.
const TABLES = new Set(['state-names.json', 'igo-names.json', 'alliance-names.json', 'person-names.json', 'home-places.json', 'parties.json']);

interface RawFact {
  id: string;
  subject: string;
  predicate: string;
  object: string;
  from: string;
  to?: string;
  status?: string;
  qualifiers?: Record<string, unknown>;
  citation: string;
}
interface RawFile {
  name: string;
  asOf: string;
  entities: Array<{ id: string; citation: string }>;
  facts: RawFact[];
}

const files: RawFile[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !TABLES.has(f))
  .sort()
  .map((name) => {
    const json = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Omit<RawFile, 'name'>;
    return { name, asOf: json.asOf, entities: json.entities ?? [], facts: json.facts ?? [] };
  });

function curatedFacts(): Fact[] {
  const ctx = new BuildContext();
  convertCurated(ctx, DIR);
  return ctx.factsOf(CURATED);
}

const facts = curatedFacts();

test('every curated file parses with the build schema (dates, predicates, statuses, citations)', () => {
  assert.ok(files.length >= 15, `expected the curated files, found ${files.map((f) => f.name).join(', ')}`);
  assert.equal(
    facts.length,
    files.reduce((n, f) => n + f.facts.length, 0),
  );
});

test('fact ids are unique across all curated files', () => {
  const seen = new Map<string, string>();
  for (const file of files) {
    for (const f of file.facts) {
      assert.ok(!seen.has(f.id), `${f.id} is in ${seen.get(f.id)} and ${file.name}`);
      seen.set(f.id, file.name);
    }
  }
});

test('every file has an asOf, and every open-ended fact began on or before it', () => {
  for (const file of files) {
    assert.match(file.asOf, /^\d{4}-\d{2}-\d{2}$/, `${file.name}: asOf`);
    for (const f of file.facts.filter((x) => x.to === undefined)) {
      assert.ok(f.from <= file.asOf, `${file.name}: ${f.id} is open from ${f.from}, after the file's asOf ${file.asOf}`);
    }
  }
});

test('every record cites a source of its own', () => {
  for (const file of files) {
    for (const r of [...file.entities, ...file.facts]) {
      assert.ok(r.citation.trim().length >= 20, `${file.name}: ${r.id} has no real citation: ${JSON.stringify(r.citation)}`);
    }
  }
});

test('every subject and object is an entity of the reference data', () => {
  const ids = new Set(
    readFileSync(REFERENCE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id),
  );
  for (const f of facts) {
    for (const id of [f.subject, f.object]) assert.ok(ids.has(id), `${f.id}: ${id} is not in data/reference (run npm run build:data)`);
  }
});

/** Facts grouped by a key, each group sorted by start; any two consecutive facts must not share a day. */
function assertNoOverlap(group: (f: Fact) => string | null, what: string): void {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const k = group(f);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  for (const [k, list] of groups) {
    const sorted = [...list].sort((a, b) => (a.valid.from < b.valid.from ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      assert.ok(a.valid.to < b.valid.from, `${what} ${k}: ${a.id} (to ${a.valid.to}) overlaps ${b.id} (from ${b.valid.from})`);
    }
  }
}

test('no two terms of one office of one state overlap (one head of state, one head of government a day)', () => {
  assertNoOverlap((f) => (f.predicate === 'holds_office' ? `${f.object} ${String(f.qualifiers.office)}` : null), 'office');
});

test('no state holds two statuses in one organization on the same day', () => {
  assertNoOverlap((f) => (f.predicate === 'member_of' ? `${f.subject} in ${f.object}` : null), 'membership');
});

// Present-day (and turning-point) facts, each with the words its citation must contain: the curated file answers
// these days on its own, whatever the engine does with the other sources.
const TABLE: Array<[what: string, subject: string, object: string, on: string, expected: string | null, cites: string]> = [
  ['the UK in the EU on its last day', 'GBR', 'EU', '2020-01-31', 'member', 'withdrawal'],
  ['the UK out of the EU after Brexit', 'GBR', 'EU', '2020-02-01', null, ''],
  ['Croatia not yet in the EU in June 2013', 'HRV', 'EU', '2013-06-30', null, ''],
  ['Ukraine an EU candidate, not a member', 'UKR', 'EU', '2026-06-01', 'candidate', '23 June 2022'],
  ['Moldova an EU candidate', 'MDA', 'EU', '2022-06-23', 'candidate', 'Republic of Moldova'],
  ['Georgia an EU candidate', 'GEO', 'EU', '2024-06-01', 'candidate', '14 December 2023'],
  ['Georgia not yet an EU candidate', 'GEO', 'EU', '2023-12-13', null, ''],
  ['Bosnia and Herzegovina an EU candidate', 'BIH', 'EU', '2022-12-15', 'candidate', '15 December 2022'],
  ['Serbia an EU candidate', 'SRB', 'EU', '2012-03-01', 'candidate', 'EUCO 35/12'],
  ['Turkey an EU candidate since Helsinki', 'TUR', 'EU', '2026-01-01', 'candidate', 'Helsinki'],
  ['Croatia joins the EU', 'HRV', 'EU', '2013-07-01', 'member', 'accession of the Republic of Croatia'],
  ['the six founders of the EEC', 'ITA', 'EU', '1958-01-01', 'member', 'Rome'],
  ['Poland not yet in NATO in 1998', 'POL', 'NATO', '1998-06-01', null, ''],
  ['Poland joins NATO', 'POL', 'NATO', '1999-03-12', 'member', 'Independence, Missouri'],
  ['Finland in NATO', 'FIN', 'NATO', '2023-04-04', 'member', '4 April 2023'],
  ['Sweden in NATO', 'SWE', 'NATO', '2024-03-07', 'member', '7 March 2024'],
  ['France in NATO after 1966', 'FRA', 'NATO', '1970-01-01', 'member', 'North Atlantic Treaty'],
  ['West Germany in NATO', 'DEU', 'NATO', '1955-05-06', 'member', 'Federal Republic of Germany'],
  ['Iran in the SCO', 'IRN', 'SCO', '2023-07-04', 'member', 'New Delhi'],
  ['Belarus in the SCO', 'BLR', 'SCO', '2024-07-04', 'member', 'Astana Declaration'],
  ['Mongolia an SCO partner', 'MNG', 'SCO', '2025-09-01', 'partner', 'Tianjin'],
  ['Mongolia an SCO observer before the partner category', 'MNG', 'SCO', '2025-08-31', 'observer', 'Mongolia'],
  ['Indonesia in BRICS', 'IDN', 'BRICS', '2025-06-01', 'member', '6 January 2025'],
  ['Egypt in BRICS', 'EGY', 'BRICS', '2024-01-01', 'member', 'Johannesburg'],
  ['Vietnam a BRICS partner', 'VNM', 'BRICS', '2025-06-13', 'partner', 'Vietnam'],
  ['Nigeria a BRICS partner, not a member', 'NGA', 'BRICS', '2026-01-01', 'partner', '17 January 2025'],
  ['Qatar out of OPEC', 'QAT', 'OPEC', '2019-01-01', null, ''],
  ['Angola in OPEC on its last day', 'AGO', 'OPEC', '2023-12-31', 'member', '1 January 2024'],
  ['Indonesia suspended in OPEC', 'IDN', 'OPEC', '2020-01-01', 'suspended', '30 November 2016'],
  ['Timor-Leste in ASEAN', 'TLS', 'ASEAN', '2025-10-26', 'member', '47th ASEAN Summit'],
  ['Mali in ECOWAS on its last day', 'MLI', 'ECOWAS', '2025-01-28', 'member', '29 January 2025'],
  ['Mali out of ECOWAS', 'MLI', 'ECOWAS', '2025-01-29', null, ''],
  ['Guinea-Bissau suspended from ECOWAS after the 2025 coup', 'GNB', 'ECOWAS', '2026-01-01', 'suspended', '27 November 2025'],
  ['Guinea suspended from ECOWAS in 2022', 'GIN', 'ECOWAS', '2022-01-01', 'suspended', '8 September 2021'],
  ['Guinea reintegrated into ECOWAS', 'GIN', 'ECOWAS', '2026-01-28', 'member', '28 January 2026'],
  ['Niger in the Alliance of Sahel States', 'NER', 'AES', '2025-01-29', 'member', 'Liptako-Gourma'],
  ['Belarus in the Union State', 'BLR', 'UNIONSTATE', '2025-01-01', 'member', '26 January 2000'],
  ['Mexico in NAFTA on its last day', 'MEX', 'NAFTA', '2020-06-30', 'member', 'NAFTA'],
  ['Mexico in the USMCA', 'MEX', 'USMCA', '2020-07-01', 'member', '1 July 2020'],
  ['Canada in the USMCA after the 2026 joint review', 'CAN', 'USMCA', '2026-07-01', 'member', 'joint review under art. 34.7 was held on 1 July 2026'],
  ['Russia in the G8', 'RUS', 'G8', '2010-01-01', 'member', 'Denver'],
  ['Russia out of the G8 after the Hague Declaration', 'RUS', 'G8', '2014-03-24', null, ''],
  ['the African Union in the G20', 'AU', 'G20', '2023-09-09', 'member', 'New Delhi'],
  ['Armenia frozen in the CSTO', 'ARM', 'CSTO', '2024-03-01', 'suspended', 'France 24'],
  ['Iran an EAEU observer', 'IRN', 'EAEU', '2025-01-01', 'observer', '26 December 2024'],
  ['Gabon back in the AU', 'GAB', 'AU', '2025-05-01', 'member', '1277th'],
  ['Niger suspended from the AU', 'NER', 'AU', '2024-01-01', 'suspended', 'Niger suspended'],
  ['Morocco back in the AU', 'MAR', 'AU', '2017-01-30', 'member', '30 January 2017'],
];

for (const [what, subject, object, on, expected, cites] of TABLE) {
  test(`curated: ${what} (${subject} ${object} ${on})`, () => {
    const valid = facts.filter((f) => f.predicate === 'member_of' && f.subject === subject && f.object === object && contains(f.valid, on as IsoDate));
    if (expected === null) {
      assert.equal(valid.length, 0, `expected no membership, found ${valid.map((f) => f.id).join(', ')}`);
      assert.ok(
        facts.some((f) => f.subject === subject && f.object === object),
        `the curated files must speak about ${subject} in ${object}`,
      );
      return;
    }
    assert.equal(valid.length, 1, `expected one fact, found ${valid.map((f) => f.id).join(', ') || 'none'}`);
    assert.equal(valid[0]!.status, expected);
    assert.ok(
      valid[0]!.provenance.citation?.includes(cites),
      `${valid[0]!.id} cites ${JSON.stringify(valid[0]!.provenance.citation)}, expected it to name ${JSON.stringify(cites)}`,
    );
  });
}

const LEADERS: Array<[what: string, state: string, office: string, on: string, person: string, cites: string]> = [
  ['Joe Biden, US president', 'USA', 'head_of_state', '2024-06-01', 'Q6279', '20 January 2021'],
  ['Donald Trump, US president again', 'USA', 'head_of_state', '2025-06-01', 'Q22686', '20 January 2025'],
  ['Rishi Sunak on his last day', 'GBR', 'head_of_government', '2024-07-04', 'Q20055561', '4 July 2024'],
  ['Keir Starmer, UK prime minister', 'GBR', 'head_of_government', '2024-07-05', 'Q6383803', '5 July 2024'],
  ['Liz Truss, UK prime minister', 'GBR', 'head_of_government', '2022-10-01', 'Q272201', 'Liz Truss'],
  ['Charles III, UK head of state', 'GBR', 'head_of_state', '2022-09-08', 'Q43274', 'Charles III'],
  ['Volodymyr Zelenskyy, Ukraine', 'UKR', 'head_of_state', '2019-05-20', 'Q3874799', '20 May 2019'],
  ['Nikol Pashinyan, Armenia', 'ARM', 'head_of_government', '2025-01-01', 'Q7035479', '8 May 2018'],
  ['Sanae Takaichi, Japan', 'JPN', 'head_of_government', '2025-10-21', 'CURATED:SANAE-TAKAICHI', '21 October 2025'],
  ['Claudia Sheinbaum, Mexico', 'MEX', 'head_of_state', '2024-10-01', 'Q5771800', '1 October 2024'],
  ['Friedrich Merz, Germany', 'DEU', 'head_of_government', '2025-05-06', 'Q566257', '6 May 2025'],
  ["Mojtaba Khamenei, Iran's third Supreme Leader", 'IRN', 'head_of_state', '2026-03-08', 'CURATED:MOJTABA-KHAMENEI', 'Assembly of Experts'],
  ['Péter Magyar, Hungary', 'HUN', 'head_of_government', '2026-05-09', 'CURATED:PETER-MAGYAR', '9 May 2026'],
  ['Viktor Orbán on his last day', 'HUN', 'head_of_government', '2026-05-08', 'Q57641', '8 May 2026'],
  ['Choi Sang-mok, acting president of Korea', 'KOR', 'head_of_state', '2025-01-01', 'CURATED:CHOI-SANG-MOK', 'acting'],
  ['Rumen Radev, president of Bulgaria on his last day', 'BGR', 'head_of_state', '2026-01-22', 'Q26257557', '23 January 2026'],
  ['Iliana Iotova, president of Bulgaria', 'BGR', 'head_of_state', '2026-01-23', 'CURATED:ILIANA-IOTOVA', 'Constitutional Court'],
  ['Rosen Zhelyazkov, Bulgarian prime minister after his resignation', 'BGR', 'head_of_government', '2026-01-01', 'Q59978016', '11 December 2025'],
  ['Andrey Gyurov, caretaker prime minister of Bulgaria', 'BGR', 'head_of_government', '2026-03-01', 'CURATED:ANDREY-GYUROV', '19 February 2026'],
  ['Rumen Radev, prime minister of Bulgaria', 'BGR', 'head_of_government', '2026-05-08', 'Q26257557', '8 May 2026'],
  ['Alexandru Munteanu, prime minister of Moldova', 'MDA', 'head_of_government', '2025-11-01', 'CURATED:ALEXANDRU-MUNTEANU', '1 November 2025'],
  ['Dorin Recean on his last day', 'MDA', 'head_of_government', '2025-10-31', 'Q13407948', '31 October 2025'],
];

for (const [what, state, office, on, person, cites] of LEADERS) {
  test(`curated leaders: ${what} (${state} ${office} ${on})`, () => {
    const valid = facts.filter(
      (f) => f.predicate === 'holds_office' && f.object === state && f.qualifiers.office === office && contains(f.valid, on as IsoDate),
    );
    assert.equal(valid.length, 1, `expected one holder, found ${valid.map((f) => f.id).join(', ') || 'none'}`);
    assert.equal(valid[0]!.subject, person);
    assert.ok(valid[0]!.provenance.citation?.includes(cites), `${valid[0]!.id} cites ${JSON.stringify(valid[0]!.provenance.citation)}`);
  });
}

test('open-ended curated facts are marked censored, as the datasets mark theirs', () => {
  for (const f of facts.filter((x) => x.valid.to === OPEN_END)) assert.equal(f.qualifiers.censored, true, f.id);
});
