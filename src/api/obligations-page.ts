import type { Article, ObligationKind } from '../rules/provision.js';
import type { ObligationLine, ObligationsAnswer } from '../rules/answers.js';

/** An obligation line as the API sends it: its article by reference into the answer's `articles`. */
export type PagedLine<L extends ObligationLine = ObligationLine> = Omit<L, 'article'> & {
  readonly article: { readonly treaty: string; readonly article: string; readonly ref: string } | null;
};

export interface ObligationsPage {
  readonly scenario: ObligationsAnswer['scenario'];
  readonly obligations: readonly PagedLine[];
  readonly inactive: ReadonlyArray<PagedLine<ObligationLine & { readonly reason: string }>>;
  readonly breaches: readonly PagedLine[];
  /** Each cited article once (its words and citation), keyed by the lines' `article.ref`. */
  readonly articles: Readonly<Record<string, Article>>;
  readonly counts: {
    readonly obligations: number;
    /** Lines and distinct states per kind, over every line (not only this page). */
    readonly byKind: Readonly<Record<string, { readonly lines: number; readonly states: number }>>;
    readonly inactive: number;
  };
  readonly offset: number;
  readonly limit: number;
  readonly next: number | null;
  readonly notes: readonly string[];
}

/**
 * The obligations answer for the wire: the kinds asked for, a page of lines (and of the lines that do not bind),
 * each treaty article's text once instead of on every line. A scenario against the United States in 2012 is
 * 241 lines, 100 more that do not bind, and 340 KB whole; its first page (50 lines, 20 that do not
 * bind) is 70 KB, and asking for the defence lines only, 27 of them, about 25 KB.
 */
export function pageObligations(
  a: ObligationsAnswer,
  q: { readonly kinds?: readonly ObligationKind[]; readonly offset: number; readonly limit: number; readonly inactiveLimit: number },
): ObligationsPage {
  const articles: Record<string, Article> = {};
  const trim = <L extends ObligationLine>(l: L): PagedLine<L> => {
    if (!l.article) return { ...l, article: null };
    const ref = `${l.article.treaty} art. ${l.article.article}`;
    articles[ref] ??= l.article;
    return { ...l, article: { treaty: l.article.treaty, article: l.article.article, ref } };
  };
  const wanted = q.kinds && q.kinds.length > 0 ? new Set<string>(q.kinds) : undefined;
  const lines = wanted ? a.obligations.filter((l) => wanted.has(l.kind)) : a.obligations;
  const byKind: Record<string, { lines: number; states: number }> = {};
  for (const kind of new Set(a.obligations.map((l) => l.kind))) {
    const of = a.obligations.filter((l) => l.kind === kind);
    byKind[kind] = { lines: of.length, states: new Set(of.map((l) => l.state.id)).size };
  }
  const end = q.offset + q.limit;
  const inactiveEnd = q.offset + q.inactiveLimit;
  return {
    scenario: a.scenario,
    obligations: lines.slice(q.offset, end).map(trim),
    inactive: a.inactive.slice(q.offset, inactiveEnd).map(trim),
    breaches: a.breaches.map(trim),
    articles,
    counts: { obligations: lines.length, byKind, inactive: a.inactive.length },
    offset: q.offset,
    limit: q.limit,
    next: lines.length > end || a.inactive.length > inactiveEnd ? end : null,
    notes: a.notes,
  };
}
