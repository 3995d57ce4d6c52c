import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Entity } from '../core/entity.js';
import { EntenteError } from '../core/errors.js';
import type { Fact } from '../core/fact.js';
import { MEMBERSHIP_STATUSES } from '../core/fact.js';
import { isValidDay } from '../core/time.js';
import type { DatasetInfo, ReferenceBundle } from '../graph/graph-store.js';

/**
 * Reads the project's committed reference data (data/reference, built by scripts/build-data from the shared reference sets)
 * into a ReferenceBundle. Every line is validated: a malformed one stops the load with file, line and field.
 */
const isoDay = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}, 'a calendar day YYYY-MM-DD');

const provenance = z.object({
  dataset: z.string().min(1),
  ref: z.string().min(1),
  span: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  rule: z.string().optional(),
  citation: z.string().optional(),
});

const factSchema = z.object({
  id: z.string().min(1),
  subject: z.string().min(1),
  predicate: z.enum(['member_of', 'party_to', 'holds_office', 'hosts_base_of', 'state_exists']),
  object: z.string().min(1),
  valid: z.object({ from: isoDay, to: isoDay }).refine((v) => v.from <= v.to, 'valid.from on or before valid.to'),
  precision: z.enum(['day', 'month', 'year']),
  status: z.enum(MEMBERSHIP_STATUSES as [string, ...string[]]).optional(),
  qualifiers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  provenance,
  confidence: z.number().min(0).max(1),
});

const entitySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['state', 'organization', 'alliance', 'agreement', 'person', 'base']),
  name: z.string().min(1),
  aliases: z.array(z.object({ text: z.string().min(1), lang: z.string().optional(), kind: z.string().optional() })),
  attrs: z.record(z.string(), z.unknown()),
  provenance: z.array(provenance),
});

const manifestSchema = z.object({
  version: z.string().min(1),
  datasets: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      precision: z.enum(['day', 'month', 'year']),
      rank: z.number().int(),
      coverage: z.object({ from: isoDay, to: isoDay }),
      citation: z.string(),
      rows: z.number().int(),
    }),
  ),
  files: z.array(z.string()),
});

function referenceDir(dataDir: string): string {
  return join(dataDir, 'reference');
}

async function readManifest(dataDir: string) {
  const file = join(referenceDir(dataDir), 'manifest.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new EntenteError('NOT_LOADED', `No reference data at ${file}: run \`npm run build:data\` or restore data/ from git`, { file });
  }
  return parseWith(manifestSchema, JSON.parse(text), file, 1);
}

export async function referenceVersion(dataDir: string): Promise<string> {
  return (await readManifest(dataDir)).version;
}

/** The committed data's version and the newest day any of its datasets speaks of (for `entente --version`). */
export async function referenceFreshness(dataDir: string): Promise<{ version: string; newestDay: string; newestSource: string }> {
  const m = await readManifest(dataDir);
  const newest = m.datasets.reduce((a, d) => (d.coverage.to > a.coverage.to ? d : a), m.datasets[0]!);
  return { version: m.version, newestDay: newest?.coverage.to ?? '', newestSource: newest?.name ?? '' };
}

export async function loadReferenceBundle(dataDir: string): Promise<ReferenceBundle> {
  const manifest = await readManifest(dataDir);
  const entities: Entity[] = [];
  const facts: Fact[] = [];
  for (const name of manifest.files) {
    const file = join(referenceDir(dataDir), name);
    const text = await readFile(file, 'utf8');
    const isEntities = name.startsWith('entities');
    let line = 0;
    for (const raw of text.split('\n')) {
      line += 1;
      if (raw.trim() === '') continue;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch (e) {
        throw new EntenteError('BAD_ROW', `${file}:${line}: expected one JSON object per line, found invalid JSON (${(e as Error).message})`, {
          file,
          line,
          expected: 'a JSON object',
          found: raw.slice(0, 80),
        });
      }
      if (isEntities) entities.push(parseWith(entitySchema, json, file, line) as Entity);
      else facts.push(parseWith(factSchema, json, file, line) as Fact);
    }
  }
  return { version: manifest.version, datasets: manifest.datasets as DatasetInfo[], entities, facts };
}

function parseWith<T>(schema: z.ZodType<T>, json: unknown, file: string, line: number): T {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const column = issue.path.join('.') || '(record)';
  const found = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k as string] : undefined), json);
  throw new EntenteError('BAD_ROW', `${file}:${line}: field ${column}: ${issue.message}; found ${JSON.stringify(found)}`, {
    file,
    line,
    column,
    expected: issue.message,
    found: JSON.stringify(found),
  });
}
