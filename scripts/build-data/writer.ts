import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Entity } from '../../src/core/entity.js';
import type { Fact } from '../../src/core/fact.js';
import type { DatasetInfo } from '../../src/graph/graph-store.js';

export interface ReferenceOutput {
  readonly entities: readonly Entity[];
  /** Facts per dataset id, each list already sorted by id. */
  readonly facts: ReadonlyMap<string, readonly Fact[]>;
  readonly datasets: readonly DatasetInfo[];
}

export interface WrittenFile {
  readonly name: string;
  readonly bytes: number;
  readonly rows: number;
}

function jsonl(items: readonly unknown[]): string {
  return items.map((x) => `${JSON.stringify(x)}\n`).join('');
}

/**
 * Writes entities.jsonl, facts/<dataset>.jsonl and manifest.json into a fresh folder beside `outDir`, then
 * swaps it in with renames: a reader sees the old set or the new one, never half of each.
 * The version is the first 16 hex digits of the sha256 of the data files, in manifest order.
 */
export function writeReference(outDir: string, out: ReferenceOutput): { version: string; files: WrittenFile[] } {
  const contents: { name: string; text: string; rows: number }[] = [{ name: 'entities.jsonl', text: jsonl(out.entities), rows: out.entities.length }];
  for (const d of out.datasets) {
    const facts = out.facts.get(d.id) ?? [];
    contents.push({ name: `facts/${d.id}.jsonl`, text: jsonl(facts), rows: facts.length });
  }
  const hash = createHash('sha256');
  for (const c of contents) hash.update(c.text);
  const version = hash.digest('hex').slice(0, 16);
  const manifest = { version, datasets: out.datasets, files: contents.map((c) => c.name) };

  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const c of contents) {
    const path = join(tmp, c.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, c.text);
  }
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const old = `${outDir}.old-${process.pid}`;
  mkdirSync(dirname(outDir), { recursive: true });
  if (existsSync(outDir)) renameSync(outDir, old);
  try {
    renameSync(tmp, outDir);
  } catch (e) {
    if (existsSync(old)) renameSync(old, outDir);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return {
    version,
    files: [
      ...contents.map((c) => ({ name: c.name, bytes: Buffer.byteLength(c.text), rows: c.rows })),
      { name: 'manifest.json', bytes: Buffer.byteLength(JSON.stringify(manifest, null, 2)) + 1, rows: 1 },
    ],
  };
}
