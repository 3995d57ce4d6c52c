import type { Fact, MembershipStatus, Predicate, Qualifier } from '../../src/core/fact.js';
import type { Provenance } from '../../src/core/provenance.js';
import type { IsoDate, Precision } from '../../src/core/time.js';
import { OPEN_END } from '../../src/core/time.js';
import { EntenteError } from '../../src/core/errors.js';
import { EntitySet } from './entity-set.js';

export interface FactInput {
  readonly id: string;
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly precision: Precision;
  readonly status?: MembershipStatus;
  readonly qualifiers?: Readonly<Record<string, Qualifier>>;
  readonly provenance: Provenance;
  readonly confidence?: number;
}

/** Builds a Fact with its keys always in one order, so the JSONL files are byte-stable. */
export function makeFact(f: FactInput): Fact {
  const base = {
    id: f.id,
    subject: f.subject,
    predicate: f.predicate,
    object: f.object,
    valid: { from: f.from, to: f.to },
    precision: f.precision,
  };
  const rest = {
    qualifiers: f.qualifiers ?? {},
    provenance: f.provenance,
    confidence: f.confidence ?? 1,
  };
  return f.status === undefined ? { ...base, ...rest } : { ...base, status: f.status, ...rest };
}

/** Qualifiers of a fact whose end is the end of its source: open-ended, and marked so queries can say so. */
export function openEnd(qualifiers: Record<string, Qualifier> = {}): { to: IsoDate; qualifiers: Record<string, Qualifier> } {
  return { to: OPEN_END, qualifiers: { ...qualifiers, censored: true } };
}

/** Everything one build accumulates: entities, facts per dataset, and notes for the report. */
export class BuildContext {
  readonly entities = new EntitySet();
  readonly notes: string[] = [];
  private readonly facts = new Map<string, Map<string, Fact>>();

  addFact(dataset: string, fact: Fact): void {
    let byId = this.facts.get(dataset);
    if (!byId) this.facts.set(dataset, (byId = new Map()));
    if (byId.has(fact.id)) {
      throw new EntenteError('INTERNAL', `Two facts of ${dataset} have the id ${fact.id}: ids must be unique per source row`, {
        found: fact.provenance.ref,
      });
    }
    byId.set(fact.id, fact);
  }

  hasFact(dataset: string, id: string): boolean {
    return this.facts.get(dataset)?.has(id) ?? false;
  }

  datasetIds(): string[] {
    return [...this.facts.keys()];
  }

  /** Facts of one dataset sorted by id. */
  factsOf(dataset: string): Fact[] {
    return [...(this.facts.get(dataset)?.values() ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  allFacts(): Fact[] {
    return [...this.facts.values()].flatMap((m) => [...m.values()]);
  }

  note(text: string): void {
    this.notes.push(text);
  }
}
