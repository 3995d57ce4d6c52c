import { createHash } from 'node:crypto';
import type { IsoDate } from '../core/time.js';
import { datelineDay } from './dateline.js';

type ArticleFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'atom';

export interface Caption {
  readonly text: string;
  /** The photographer or agency, e.g. from `**Name**` markup at the end of a caption. */
  readonly credit: string | null;
}

/**
 * One article as read from a source, before analysis. `text` is the body the pipeline analyses: every span in
 * an analysis is a character offset into it.
 */
export interface Article {
  /** `art_` + the first 16 hex digits of `contentHash`: the same text always gets the same id. */
  readonly id: string;
  readonly contentHash: string;
  readonly format: ArticleFormat;
  /** The file (and line, for JSONL) the article came from, e.g. `news/a.jsonl:12`. */
  readonly origin: string;
  /** The source's own id (JSONL `id`, RSS `guid`), if it has one. */
  readonly externalId: string | null;
  readonly title: string | null;
  readonly authors: readonly string[];
  /** The publication day; for an undated article the ingest day, and `dateEstimated` says so. */
  readonly published: IsoDate;
  readonly dateEstimated: boolean;
  readonly url: string | null;
  readonly captions: readonly Caption[];
  readonly text: string;
  /** Best-effort repairs and guesses, said once each ("repaired 12 mojibake sequences"). */
  readonly warnings: readonly string[];
}

/** What a source knows about an article; `finishArticle` adds the id, hash and the date fallback. */
export interface ArticleDraft {
  readonly format: ArticleFormat;
  readonly origin: string;
  readonly externalId?: string | null;
  readonly title?: string | null;
  readonly authors?: readonly string[];
  readonly published?: IsoDate | null;
  readonly url?: string | null;
  readonly captions?: readonly Caption[];
  readonly text: string;
  readonly warnings?: readonly string[];
}

/**
 * The dedup key: the title and body with whitespace collapsed, so that the same story re-wrapped or re-read
 * from HTML and from text hashes alike.
 */
function contentHash(title: string | null, text: string): string {
  const norm = `${title ?? ''}\n${text}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(norm).digest('hex');
}

export function finishArticle(draft: ArticleDraft, ingestDay: IsoDate): Article {
  const hash = contentHash(draft.title ?? null, draft.text);
  const warnings = [...(draft.warnings ?? [])];
  // A source link is shown as a link: only a web address may become one (a `javascript:` URL would run as the app).
  let url = draft.url?.trim() || null;
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) {
    warnings.push(`source URL dropped: expected http or https, found ${JSON.stringify(`${url.split(':', 1)[0]!.slice(0, 20)}:`)}`);
    url = null;
  }
  const dateline = draft.published ? null : datelineDay(draft.text);
  const dated = draft.published ?? dateline;
  if (dateline) warnings.push(`dated by its dateline: ${dateline}`);
  else if (!dated) warnings.push(`undated: relative dates resolved against the ingest day ${ingestDay}`);
  return {
    id: `art_${hash.slice(0, 16)}`,
    contentHash: hash,
    format: draft.format,
    origin: draft.origin,
    externalId: draft.externalId ?? null,
    title: draft.title ?? null,
    authors: draft.authors ?? [],
    published: dated ?? ingestDay,
    dateEstimated: !dated,
    url,
    captions: draft.captions ?? [],
    text: draft.text,
    warnings,
  };
}
