/** Answer shapes the API adds to src/graph/answers.ts; import-free, so the web UI can share the types. */

/**
 * The system on one day, for the UI's graph: state and organization nodes, and a membership edge for every
 * (state, organization) pair the graph service decides is a member, associate, observer or suspended member
 * that day.
 */
export interface SnapshotNode {
  readonly id: string;
  readonly name: string;
  readonly kind: 'state' | 'organization';
  /** Organization type (security_organization, customs_union, alliance, igo, trade_agreement...); states: `state`. */
  readonly type: string;
  readonly region: string | null;
}

export interface SnapshotEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly status: string;
  readonly from: string;
  readonly to: string;
  readonly dataset: string;
  /** The last day a source of the membership speaks of it. */
  readonly verifiedThrough: string;
  /** The day shown is later than `verifiedThrough`: the UI draws the edge dashed and faint. */
  readonly carriedForward: boolean;
}

export interface GraphSnapshot {
  readonly on: string;
  readonly nodes: readonly SnapshotNode[];
  readonly edges: readonly SnapshotEdge[];
  /** Every organization type alive that day (and `featured`), with how many organizations it has (before filtering). */
  readonly types: ReadonlyArray<{ readonly type: string; readonly count: number }>;
  readonly regions: readonly string[];
  readonly notes: readonly string[];
}
