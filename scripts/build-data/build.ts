import type { DatasetInfo } from '../../src/graph/graph-store.js';
import { EntenteError } from '../../src/core/errors.js';
import { ATOP, ATOP_LAST_DAY, convertAtop } from './atop.js';
import { COW_IGO, COW_IGO_LAST_YEAR, convertCowIgo } from './cow-igo.js';
import { COW_STATES, convertCowStates, readCrosswalk } from './cow-states.js';
import { applyStateNames, ensureIsoState } from './country-names.js';
import { convertCurated, readCuratedTables } from './curated.js';
import { DATASETS } from './datasets.js';
import { yearEnd } from './dates.js';
import { DESTA_FILE, convertDesta } from './desta.js';
import { BuildContext } from './facts.js';
import { convertLeaders } from './leaders.js';
import { applyPersonNames } from './person-names.js';
import type { WrittenFile } from './writer.js';
import { writeReference } from './writer.js';

export interface BuildOptions {
  /** The folder with the source CSV files (shared/data/reference, or a test fixture folder). */
  readonly referenceDir: string;
  /** data/curated. */
  readonly curatedDir: string;
  /** data/reference: replaced as a whole, and only once everything converted. */
  readonly outDir: string;
  readonly log?: (line: string) => void;
}

export interface BuildReport {
  readonly version: string;
  readonly files: readonly WrittenFile[];
  readonly datasets: readonly DatasetInfo[];
  readonly entities: number;
  readonly crosswalk: {
    readonly mapped: number;
    readonly byMethod: Record<string, number>;
    readonly overrides: string[];
    readonly unmatched: string[];
    readonly ambiguous: string[];
  };
  readonly links: Record<string, number>;
  readonly notes: readonly string[];
  readonly seconds: number;
}

const DESTA = 'desta-2.3';

/** The whole conversion, in order: every source is read and checked before anything is written. */
export function buildReference(o: BuildOptions): BuildReport {
  const t0 = performance.now();
  const log = o.log ?? (() => {});
  const ctx = new BuildContext();
  const step = (name: string, run: () => void) => {
    const t = performance.now();
    run();
    log(`${name}: ${((performance.now() - t) / 1000).toFixed(2)} s`);
  };
  const tables = readCuratedTables(o.curatedDir);
  const cw = readCrosswalk(o.referenceDir);
  const coverageTo: Record<string, string> = { [ATOP]: ATOP_LAST_DAY, [COW_IGO]: yearEnd(COW_IGO_LAST_YEAR), [COW_STATES]: '2016-12-31' };
  step('cow-states', () => convertCowStates(ctx, o.referenceDir, cw));
  step('state-names', () => applyStateNames(ctx, tables.stateNames));
  step('cow-igo', () => convertCowIgo(ctx, o.referenceDir, cw, tables.igoNames));
  step('atop', () => convertAtop(ctx, o.referenceDir, cw, tables.allianceNames));
  step('desta', () => {
    const d = convertDesta(ctx, o.referenceDir, DESTA);
    for (const id of d.states) ensureIsoState(ctx, id, DESTA, `${DESTA_FILE} state=${id}`);
    coverageTo[DESTA] = yearEnd(d.lastYear);
  });
  let links: Record<string, number> = {};
  step('leaders', () => {
    const l = convertLeaders(ctx, o.referenceDir, cw);
    for (const [id, c] of Object.entries(l.coverage)) coverageTo[id] = c.to;
    links = l.linked;
  });
  step('person-names', () => applyPersonNames(ctx, tables.personNames));
  step('curated', () => {
    coverageTo.curated = convertCurated(ctx, o.curatedDir).to;
  });
  checkReferences(ctx);
  const datasets: DatasetInfo[] = DATASETS.map((d) => {
    const facts = ctx.factsOf(d.id);
    const from = facts.reduce((a, f) => (f.valid.from < a ? f.valid.from : a), '9999-12-31');
    return { ...d, coverage: { from: facts.length ? from : '', to: coverageTo[d.id] ?? '' }, rows: facts.length };
  });
  const entities = ctx.entities.list();
  const written = writeReference(o.outDir, { entities, facts: new Map(DATASETS.map((d) => [d.id, ctx.factsOf(d.id)])), datasets });
  const mappings = cw.cowCodes().map((c) => cw.mapping(c));
  const all = cw.mappings();
  const byMethod: Record<string, number> = {};
  for (const m of mappings) byMethod[m.method] = (byMethod[m.method] ?? 0) + 1;
  return {
    version: written.version,
    files: written.files,
    datasets,
    entities: entities.length,
    crosswalk: {
      mapped: mappings.filter((m) => m.method !== 'unmatched').length,
      byMethod,
      overrides: [
        ...new Set(
          all.filter((m) => m.why && m.method !== 'unmatched').map((m) => `${m.code} -> ${[...new Set(m.steps.map((s) => s.id))].join('/')}: ${m.why}`),
        ),
      ],
      unmatched: [...new Set(all.filter((m) => m.method === 'unmatched').map((m) => `${m.code}: ${m.why}`))],
      ambiguous: cw.ambiguous,
    },
    links,
    notes: ctx.notes,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** Every fact's subject and object must be an entity of the bundle; a curated typo is caught here. */
function checkReferences(ctx: BuildContext): void {
  for (const f of ctx.allFacts()) {
    for (const [column, id] of [
      ['subject', f.subject],
      ['object', f.object],
    ] as const) {
      if (ctx.entities.has(id)) continue;
      const m = /^(.*) line (\d+)/.exec(f.provenance.ref);
      throw new EntenteError('BAD_ROW', `${f.provenance.ref}: ${column} ${JSON.stringify(id)} is no entity of the reference data`, {
        file: m?.[1] ?? f.provenance.dataset,
        line: m ? Number(m[2]) : 0,
        column,
        expected: 'the id of a state, organization, alliance, agreement, person or base',
        found: id,
      });
    }
  }
}
