import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { MembershipStatus } from '../../src/core/fact.js';
import { MEMBERSHIP_STATUSES } from '../../src/core/fact.js';
import type { IsoDate } from '../../src/core/time.js';
import { isValidDay } from '../../src/core/time.js';
import { badRow } from './csv-source.js';
import type { IgoName } from './cow-igo.js';
import type { BuildContext } from './facts.js';
import { makeFact, openEnd } from './facts.js';
import type { StateNames } from './country-names.js';

export const CURATED = 'curated';

const day = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'a real calendar day YYYY-MM-DD');

const alias = z.object({
  text: z.string().min(1),
  lang: z.string().min(2).optional(),
  kind: z.enum(['name', 'acronym', 'demonym', 'capital', 'historical', 'pattern']).optional(),
});

const entity = z.object({
  id: z.string().regex(/^[A-Z][A-Z0-9:_-]*$/),
  kind: z.enum(['state', 'organization', 'alliance', 'agreement', 'person', 'base']),
  name: z.string().min(1),
  aliases: z.array(alias).default([]),
  attrs: z.record(z.string(), z.unknown()).default({}),
  citation: z.string().min(10),
});

const qualifier = z.union([z.string(), z.number(), z.boolean(), z.null()]);

const fact = z.object({
  id: z.string().regex(/^curated:[a-z0-9:_.-]+$/i),
  subject: z.string().min(1),
  predicate: z.enum(['member_of', 'party_to', 'holds_office', 'hosts_base_of', 'state_exists']),
  object: z.string().min(1),
  from: day,
  /** Omitted while still in force on the file's `asOf` day. */
  to: day.optional(),
  precision: z.enum(['day', 'month', 'year']).default('day'),
  status: z.enum(MEMBERSHIP_STATUSES as unknown as [string, ...string[]]).optional(),
  qualifiers: z.record(z.string(), qualifier).default({}),
  citation: z.string().min(10),
});

const factFile = z.object({
  asOf: day,
  entities: z.array(entity).default([]),
  facts: z.array(fact).default([]),
});

const tables = {
  'state-names.json': z.object({
    states: z.record(
      z.string().regex(/^[A-Z]{3}$/),
      z.object({
        name: z.string().optional(),
        short: z.array(z.string()).default([]),
        demonyms: z.array(z.string()).default([]),
        capital: z.string().optional(),
        historical: z.array(z.string()).default([]),
        ru: z.string().optional(),
        fr: z.string().optional(),
        de: z.string().optional(),
        es: z.string().optional(),
        aliases: z.array(alias).default([]),
      }),
    ),
  }),
  'igo-names.json': z.object({
    names: z.record(
      z.string().regex(/^[a-z0-9]+$/),
      z.object({
        id: z
          .string()
          .regex(/^[A-Z][A-Z0-9]*$/)
          .optional(),
        name: z.string(),
        orgType: z.enum(['igo', 'alliance', 'customs_union', 'free_trade_area', 'economic_union', 'security_organization']).optional(),
        aliases: z.array(alias).default([]),
      }),
    ),
  }),
  'alliance-names.json': z.object({ names: z.record(z.string().regex(/^\d+$/), z.string().min(3)) }),
  'person-names.json': z.object({ names: z.record(z.string().regex(/^Q\d+$/), z.string().min(2)) }),
  // Read by the pipeline itself (src/extract/home-country.ts), not built into the graph: checked here all the same.
  'home-places.json': z
    .object({
      sources: z.record(z.string(), z.string().min(10)),
      places: z.record(z.string().regex(/^[A-Z]{3}$/), z.record(z.string(), z.array(z.string().min(2)))),
    })
    .refine((f) => Object.values(f.places).every((g) => Object.keys(g).every((k) => k in f.sources)), 'every group of names cites a source of `sources`'),
  // Read by the pipeline itself (src/extract/domestic.ts), like home-places.json.
  'parties.json': z
    .object({
      sources: z.record(z.string(), z.string().min(10)),
      parties: z.array(
        z.object({
          id: z.string().regex(/^[A-Z]{3}-[A-Z0-9]+$/),
          name: z.string().min(2),
          country: z.string().regex(/^[A-Z]{3}$/),
          phrases: z.array(z.string().min(2)),
          short: z.array(z.string().min(2)),
          codes: z.array(z.string().regex(/^[A-Z]{3,12}(?:@\d{4}-\d{2}-\d{2}\/(?:\d{4}-\d{2}-\d{2})?)?$/)).min(1),
          founded: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/)
            .optional(),
          source: z.string(),
        }),
      ),
    })
    .refine((f) => f.parties.every((p) => p.source in f.sources), 'every party cites a source of `sources`'),
};

export interface CuratedTables {
  readonly stateNames: StateNames;
  readonly igoNames: ReadonlyMap<string, IgoName>;
  readonly allianceNames: ReadonlyMap<number, string>;
  /** English names of persons by Wikidata id (optional file). */
  readonly personNames: ReadonlyMap<string, string>;
}

/** The lookup tables the source converters use: state names, COW IGO full names, ATOP alliance names. */
export function readCuratedTables(dir: string): CuratedTables {
  const states = parseFile(join(dir, 'state-names.json'), tables['state-names.json']).states;
  const igo = parseFile(join(dir, 'igo-names.json'), tables['igo-names.json']).names;
  const alliances = parseFile(join(dir, 'alliance-names.json'), tables['alliance-names.json']).names;
  const persons = existsSync(join(dir, 'person-names.json')) ? parseFile(join(dir, 'person-names.json'), tables['person-names.json']).names : {};
  if (existsSync(join(dir, 'home-places.json'))) parseFile(join(dir, 'home-places.json'), tables['home-places.json']);
  if (existsSync(join(dir, 'parties.json'))) parseFile(join(dir, 'parties.json'), tables['parties.json']);
  return {
    personNames: new Map(Object.entries(persons)),
    stateNames: new Map(Object.entries(states)),
    igoNames: new Map(Object.entries(igo)),
    allianceNames: new Map(Object.entries(alliances).map(([k, v]) => [Number(k), v])),
  };
}

/** Every other `data/curated/*.json`: cited entities (they override a source's name and attributes) and facts. */
export function convertCurated(ctx: BuildContext, dir: string): { from: string; to: string } {
  let from = '9999-12-31';
  let asOf = '0000-01-01';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !(f in tables))
    .sort();
  for (const file of files) {
    const path = join(dir, file);
    const data = parseFile(path, factFile);
    const text = readFileSync(path, 'utf8');
    asOf = data.asOf > asOf ? data.asOf : asOf;
    for (const e of data.entities) {
      const ref = `data/curated/${file} line ${lineOf(text, e.id)} id=${e.id}`;
      ctx.entities.add(
        {
          id: e.id,
          kind: e.kind,
          name: e.name,
          aliases: e.aliases,
          attrs: e.attrs,
          provenance: { dataset: CURATED, ref, rule: 'curated', citation: e.citation },
        },
        true,
      );
    }
    for (const f of data.facts) {
      const line = lineOf(text, f.id);
      if (f.to !== undefined && f.to < f.from) throw badRow(`data/curated/${file}`, line, 'to', `a day on or after ${f.from}`, f.to);
      from = f.from < from ? f.from : from;
      // `asOf`: the day the file's author checked the fact through; answers call it the fact's verifiedThrough.
      const qualifiers = { ...f.qualifiers, asOf: data.asOf };
      const end = f.to === undefined ? openEnd(qualifiers) : { to: f.to as IsoDate, qualifiers };
      ctx.addFact(
        CURATED,
        makeFact({
          id: f.id,
          subject: f.subject,
          predicate: f.predicate,
          object: f.object,
          from: f.from as IsoDate,
          to: end.to,
          precision: f.precision,
          ...(f.status ? { status: f.status as MembershipStatus } : {}),
          qualifiers: end.qualifiers,
          provenance: { dataset: CURATED, ref: `data/curated/${file} line ${line} id=${f.id}`, rule: 'curated', citation: f.citation },
        }),
      );
    }
  }
  return { from, to: asOf };
}

function parseFile<T extends z.ZodTypeAny>(path: string, schema: T): z.infer<T> {
  const file = `data/curated/${basename(path)}`;
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw badRow(file, 1, '(json)', 'valid JSON', (e as Error).message);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map(String);
    const found = path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), json);
    const id = pathId(json, path);
    throw badRow(file, id ? lineOf(text, id) : 1, path.join('.'), issue.message, JSON.stringify(found) ?? 'nothing');
  }
  return result.data;
}

/** The id of the record a JSON path points into, so an error can name that record's line. */
function pathId(json: unknown, path: string[]): string | undefined {
  let v: unknown = json;
  let found: string | undefined;
  for (const k of path) {
    if (!v || typeof v !== 'object') break;
    v = (v as Record<string, unknown>)[k];
    const id = v && typeof v === 'object' ? (v as { id?: unknown }).id : undefined;
    if (typeof id === 'string') found = id;
  }
  // The tables are keyed by id ("RUS", "nato"): the key after the table's name.
  return found ?? path[1];
}

function lineOf(text: string, id: string): number {
  const i = text.search(new RegExp(`"(id"\\s*:\\s*")?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}
