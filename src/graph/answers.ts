/** The shapes query answers have, in the CLI's `--json` and the API alike (documented in the README). */

export interface EntityRef {
  readonly id: string;
  readonly name: string;
}

export interface SourceRef {
  readonly dataset: string;
  readonly ref: string;
  readonly rule?: string;
  readonly citation?: string;
  /** Where in the article a fact read from the news stands (character offsets). */
  readonly span?: { readonly start: number; readonly end: number };
  readonly precision: string;
}

/**
 * How far a line's sources reach (every line of members, orgs, history and leaders has it, and the
 * obligations answers reuse it). `verifiedThrough` is the last day a source that says this speaks of it (a
 * dataset's coverage end, a curated file's `asOf`); when the day asked is later, the line is that source's last
 * word carried forward, and says so and from where.
 */
export interface Freshness {
  readonly verifiedThrough: string;
  readonly carriedForward: boolean;
  /** With `carriedForward`: the source whose last word is carried forward (the freshest one that says it). */
  readonly carriedFrom?: SourceRef;
}

export interface MembershipLine extends EntityRef, Freshness {
  readonly status: string;
  readonly from: string;
  /** Empty when the membership is open (still in force at the end of the data). */
  readonly to: string;
  /** The deciding dataset's facts first, then datasets that agree. */
  readonly sources: readonly SourceRef[];
}

export interface Disagreement extends EntityRef {
  readonly says: ReadonlyArray<{ readonly dataset: string; readonly status: string | null }>;
}

export interface MembersAnswer {
  readonly organization: EntityRef & { readonly kind: string };
  readonly on: string;
  /** `precedence` or the one dataset asked for. */
  readonly following: string;
  /** With `--strict`, lines carried forward past their sources were left out. */
  readonly strict: boolean;
  readonly members: readonly MembershipLine[];
  /** Associates, observers and suspended members, unless asked for among `members`. */
  readonly others: readonly MembershipLine[];
  readonly disagreements: readonly Disagreement[];
  readonly notes: readonly string[];
}

export interface OrganizationsAnswer {
  readonly state: EntityRef;
  readonly on: string;
  readonly following: string;
  readonly strict: boolean;
  readonly organizations: ReadonlyArray<MembershipLine & { readonly kind: string }>;
  readonly alliances: ReadonlyArray<MembershipLine & { readonly phase: number | null }>;
  readonly notes: readonly string[];
}

/** One change; its `carriedForward` marks a membership its source leaves open that is still shown as open today. */
export interface HistoryEntry extends Freshness {
  readonly date: string;
  readonly state: EntityRef;
  readonly change: 'joined' | 'left';
  readonly status: string;
  readonly source: SourceRef;
  /** Whether the default precedence follows this source for this state on that day. */
  readonly followed: boolean;
}

export interface HistoryAnswer {
  readonly organization: EntityRef & { readonly kind: string };
  readonly entries: readonly HistoryEntry[];
  readonly notes: readonly string[];
}

interface LeaderLine extends Freshness {
  readonly person: EntityRef;
  readonly office: string;
  readonly from: string;
  readonly to: string;
  readonly sources: readonly SourceRef[];
}

export interface LeadersAnswer {
  readonly state: EntityRef;
  readonly on: string;
  /** With `--strict`, lines carried forward past their sources were left out. */
  readonly strict: boolean;
  readonly leaders: readonly LeaderLine[];
  readonly notes: readonly string[];
}

interface BaseLine {
  readonly host: EntityRef;
  readonly user: EntityRef;
  readonly base: string;
  readonly place: string;
  readonly from: string;
  readonly to: string;
  readonly sources: readonly SourceRef[];
}

export interface BasesAnswer {
  readonly on: string;
  readonly bases: readonly BaseLine[];
  readonly notes: readonly string[];
}

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

/** One membership that began, ended or changed status between two days. */
export interface ChangeLine {
  readonly state: EntityRef;
  readonly organization: EntityRef & { readonly kind: string };
  readonly change: 'joined' | 'left' | 'changed';
  /** The status on the first day (null: not attached) and on the second. */
  readonly was: string | null;
  readonly now: string | null;
  /** The day the change took effect, as the deciding source dates it. */
  readonly on: string;
  /** The line that decides the later status (or, for a departure, the one that ended). */
  readonly sources: readonly SourceRef[];
}

export interface DiffAnswer {
  /** What was compared: an organization's members, a state's memberships, or the whole system (null). */
  readonly subject: (EntityRef & { readonly kind: 'organization' | 'state' }) | null;
  readonly from: string;
  readonly to: string;
  readonly changes: readonly ChangeLine[];
  readonly counts: { readonly joined: number; readonly left: number; readonly changed: number };
  readonly notes: readonly string[];
}

/** One day on which several pairs joined (an accession wave) or left. */
interface SeriesStepLine {
  readonly on: string;
  readonly who: readonly EntityRef[];
}

/** Members over time: a count per year, and every accession and departure, following the precedence. */
export interface SeriesAnswer {
  readonly subject: EntityRef & { readonly kind: 'organization' | 'state' };
  readonly until: string;
  readonly points: ReadonlyArray<{ readonly year: number; readonly count: number }>;
  readonly joins: readonly SeriesStepLine[];
  readonly leaves: readonly SeriesStepLine[];
  /** An organization's founding treaties (its obligations come from them). */
  readonly treaties: readonly EntityRef[];
  readonly notes: readonly string[];
}
