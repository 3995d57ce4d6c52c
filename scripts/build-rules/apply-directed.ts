import type { Provision } from '../../src/rules/provision.js';
import { exampleSentence } from './examples.js';

/** One hand-written reading of rules/atop-directed.json. */
export interface DirectedReading {
  readonly provisions: readonly string[];
  readonly toward: Readonly<Record<string, readonly number[]>>;
  readonly reading: string;
  readonly citation: string;
}

/**
 * Puts the hand-written readings of OBVARY treaties into the generated provisions: who owes the obligation to
 * whom, why, and an example that follows the reading. Fails on a reading that names no provision or leaves a
 * bound member out, so a regenerated file cannot silently lose one.
 */
export function applyDirected(
  provisions: readonly Provision[],
  readings: readonly DirectedReading[],
  members: ReadonlyMap<string, readonly number[]>,
  names: ReadonlyMap<number, string>,
): Provision[] {
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const changed = new Map<string, Provision>();
  for (const r of readings) {
    for (const id of r.provisions) {
      const p = byId.get(id);
      if (!p) throw new Error(`rules/atop-directed.json: no generated provision has the id ${id}`);
      const phaseMembers = members.get(`${p.atopid}:${p.phase}`) ?? [];
      const bound = p.bound === 'all' ? phaseMembers : p.bound;
      const toward: Record<string, number[]> = {};
      for (const m of bound) {
        const owed = r.toward[String(m)];
        if (!owed) throw new Error(`rules/atop-directed.json: the reading of ${id} says nothing of bound member ${m}`);
        toward[String(m)] = [...owed];
      }
      const next: Provision = { ...p, toward, direction: `${r.reading} (${r.citation})` };
      changed.set(id, { ...next, example: exampleSentence(next, phaseMembers, names) });
    }
  }
  return provisions.map((p) => changed.get(p.id) ?? p);
}
