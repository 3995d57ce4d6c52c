import type { Precision } from '../core/time.js';

/** The review queue's answers, in a file of types only: the web UI names them without the server's code. */

/** The review queue's line: `entente facts --json` and `GET /api/facts` print these. */
export interface FactView {
  readonly id: string;
  readonly subject: { readonly id: string; readonly name: string };
  readonly predicate: string;
  readonly object: { readonly id: string; readonly name: string };
  readonly status: string;
  readonly from: string;
  readonly to: string | null;
  readonly precision: Precision;
  readonly article: { readonly id: string; readonly title: string | null; readonly published: string; readonly url: string | null };
  readonly span: { readonly start: number; readonly end: number; readonly text: string };
  readonly confidence: number;
  readonly rule: string;
  readonly review: 'pending' | 'accepted' | 'rejected';
  readonly corroboration: number;
  /** Why it was rejected, or the policy that accepted it unattended (null otherwise): a rejected fact keeps its record and reason. */
  readonly reason: string | null;
}

/** What accepting a fact changes: the organization's full members on the fact's day, before and after. */
export interface FactImpact {
  readonly organization: { readonly id: string; readonly name: string };
  readonly on: string;
  readonly before: number;
  readonly after: number;
  /** "CSTO on 2026-11-10: 6 members -> 5" */
  readonly text: string;
}

export interface ReviewAnswer {
  readonly facts: readonly FactView[];
  /** How many facts this call reviewed (0 when every one already had the same outcome). */
  readonly changed: number;
}
