import type { DatasetInfo } from '../../src/graph/graph-store.js';

export type DatasetMeta = Omit<DatasetInfo, 'coverage' | 'rows'>;

/**
 * The datasets in precedence order: lower rank wins when sources disagree. Day-precise and treaty-coded
 * sources come first (curated, ATOP), then day-precise leader lists, then year-precise coding.
 */
export const DATASETS: readonly DatasetMeta[] = [
  {
    id: 'curated',
    name: 'Entente curated facts (data/curated)',
    precision: 'day',
    rank: 0,
    citation: 'Entente project, data/curated/*.json; every fact carries the citation of its treaty, official document or announcement',
  },
  {
    id: 'atop-5.1',
    name: 'Alliance Treaty Obligations and Provisions (ATOP) 5.1',
    precision: 'day',
    rank: 1,
    citation:
      'Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell, and Andrew G. Long. 2002. Alliance Treaty Obligations and Provisions, 1815-1944. International Interactions 28: 237-260; and Leeds, Brett Ashley. ATOP Codebook, version 5.1',
  },
  {
    id: 'archigos-4.1',
    name: 'Archigos 4.1 (effective leaders, peacesciencer edition)',
    precision: 'day',
    rank: 2,
    citation:
      'Goemans, Henk E., Kristian Skrede Gleditsch, and Giacomo Chiozza. 2009. Introducing Archigos: A Dataset of Political Leaders. Journal of Peace Research 46(2): 269-283',
  },
  {
    id: 'reign-3.21',
    name: 'Rulers, Elections, and Irregular Governance (REIGN) leader list 3.21',
    precision: 'month',
    rank: 3,
    citation: 'Bell, Curtis. 2016. The Rulers, Elections, and Irregular Governance Dataset (REIGN). Broomfield, CO: OEF Research',
  },
  {
    id: 'desta-2.3',
    name: 'Design of Trade Agreements (DESTA) list of treaties',
    precision: 'year',
    rank: 4,
    citation:
      'Dür, Andreas, Leonardo Baccini, and Manfred Elsig. 2014. The Design of International Trade Agreements: Introducing a New Dataset. Review of International Organizations 9(3): 353-375',
  },
  {
    id: 'wikidata-leaders',
    name: 'Heads of state and government from Wikidata (cfmessias extract)',
    precision: 'day',
    rank: 5,
    citation: 'Wikidata (CC0), positions head of state and head of government, as extracted in wikidata_leaders_history_cfmessias.csv',
  },
  {
    id: 'cow-states-2016',
    name: 'Correlates of War State System Membership 2016',
    precision: 'day',
    rank: 6,
    citation: 'Correlates of War Project. 2017. State System Membership List, v2016. http://correlatesofwar.org',
  },
  {
    id: 'cow-igo-3',
    name: 'Correlates of War Intergovernmental Organizations v3',
    precision: 'year',
    rank: 7,
    citation:
      'Pevehouse, Jon C.W., Timothy Nordstrom, Roseanne W. McManus, and Anne Spencer Jamison. 2020. Tracking Organizations in the World: The Correlates of War IGO Version 3.0 datasets. Journal of Peace Research 57(3): 492-503',
  },
];
