import type { ErrorCode } from '../core/errors.js';
import type { ArticleDraft } from './article.js';

/** Something that could not be read, with where and why; the batch goes on without it. */
export interface IngestProblem {
  readonly origin: string;
  readonly code: ErrorCode;
  readonly message: string;
}

export interface SourceReadOptions {
  /**
   * Whether messages may quote the input (a JSON key, a parser's message): yes for one's own files, where it helps;
   * no for what the server fetched from a URL, whose content must not come back in an error.
   */
  readonly quoteContent?: boolean;
}

export type SourceItem = { readonly ok: true; readonly draft: ArticleDraft } | { readonly ok: false; readonly problem: IngestProblem };

/**
 * The seam every input format implements. `accepts` looks at the file name and the first characters only;
 * `read` turns decoded text into article drafts (one for a page, many for JSONL or a feed) and reports
 * what it cannot read as problems rather than throwing, so one bad line never stops a file.
 */
export interface Source {
  readonly name: string;
  accepts(fileName: string, head: string): boolean;
  read(text: string, origin: string, options?: SourceReadOptions): Iterable<SourceItem>;
}
