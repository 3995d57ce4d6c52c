/** The API's answer shapes, taken from the server's own source so the two cannot drift apart. */
export type {
  BasesAnswer,
  HistoryAnswer,
  HistoryEntry,
  LeadersAnswer,
  MembersAnswer,
  MembershipLine,
  OrganizationsAnswer,
  SourceRef,
} from '../../src/graph/answers.js';
export type { FactImpact, FactView } from '../../src/pipeline/fact-views.js';
export type { DiffAnswer, GraphSnapshot, SeriesAnswer, SnapshotEdge, SnapshotNode } from '../../src/graph/answers.js';

export interface Health {
  readonly status: 'ok' | 'empty';
  readonly store: string;
  readonly reference: string | null;
  readonly capabilities: { readonly graph: boolean; readonly obligations: boolean; readonly news: boolean };
  readonly datasets: ReadonlyArray<{ id: string; name: string; precision: string; from: string; to: string; citation: string }>;
}
