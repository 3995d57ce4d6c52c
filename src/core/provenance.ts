/**
 * Where a fact, event or obligation came from, and which rule produced it.
 * A dataset row (`dataset` + `ref` = row id or line) or an article span (`dataset: 'article'`, `ref` = article id).
 */
export interface Provenance {
  /** e.g. `atop-5.1-m`, `cow-igo-3`, `curated`, `archigos-4.1`, `article`. */
  readonly dataset: string;
  /** Row id in the dataset (e.g. `atopid=4220;member=365;phase=2`, `line 4012`) or the article id. */
  readonly ref: string;
  /** Character span in the article, for facts read from the news. */
  readonly span?: { readonly start: number; readonly end: number };
  /** The rule, mapping or build step that produced the fact from the source. */
  readonly rule?: string;
  /** A citation or URL a person can follow (curated facts). */
  readonly citation?: string;
}
