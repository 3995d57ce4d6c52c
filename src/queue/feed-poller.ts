import { isEntenteError } from '../core/errors.js';
import type { IsoDate } from '../core/time.js';
import { finishArticle, type Article } from '../ingest/article.js';
import { safeFetch, shown, type SafeFetchOptions } from '../ingest/fetch/safe-fetch.js';
import { parseFeed } from '../ingest/feed-source.js';
import { HostGate } from './host-gate.js';

/** What the poller remembers of a feed between polls, so that an unchanged feed costs a 304 and nothing else. */
export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO timestamp of the last poll, whatever its outcome. */
  readonly checkedAt: string | null;
  readonly httpStatus: number | null;
  readonly error: string | null;
  /** Items in the last feed fetched in full. */
  readonly items: number;
}

export interface FeedStateStore {
  get(url: string): Promise<FeedState | null>;
  put(state: FeedState): Promise<void>;
}

export interface PollOptions {
  readonly state: FeedStateStore;
  readonly ingestDay: IsoDate;
  /** Milliseconds between two requests to the same host (default 2 s). */
  readonly politenessMs?: number;
  readonly timeoutMs?: number;
  /** Larger bodies are refused: a feed is a list of summaries, not an archive. */
  readonly maxBytes?: number;
  /** Private, loopback and link-local addresses too (`ENTENTE_ALLOW_PRIVATE_FETCH=1`); public only by default. */
  readonly allowPrivate?: boolean;
  /** Name resolution for the fetches (tests). */
  readonly resolve?: SafeFetchOptions['resolve'];
  readonly userAgent?: string;
  /** One gate across several `pollFeeds` calls (a watching poller), so politeness holds between rounds too. */
  readonly gate?: HostGate;
}

export interface FeedPoll {
  readonly url: string;
  readonly outcome: 'fetched' | 'not-modified' | 'failed';
  readonly httpStatus: number | null;
  readonly articles: readonly Article[];
  /** Items that could not be read, and the reason a failed poll failed. */
  readonly problems: readonly string[];
}

export function isFeedUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Polls RSS/Atom feeds (through safe-fetch.ts: public addresses only, sizes and times bounded) with conditional GET (If-None-Match / If-Modified-Since from the last 200) and per-host
 * politeness; different hosts are polled side by side. Returns every item of a changed feed: the queue keeps
 * out what it already holds, and the article store what it already has.
 */
export async function pollFeeds(urls: readonly string[], options: PollOptions): Promise<FeedPoll[]> {
  const gate = options.gate ?? new HostGate(options.politenessMs ?? 2000);
  return Promise.all(urls.map((url) => pollFeed(url, gate, options)));
}

async function pollFeed(url: string, gate: HostGate, options: PollOptions): Promise<FeedPoll> {
  const maxBytes = options.maxBytes ?? 8 * 1024 * 1024;
  const before = await options.state.get(url);
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? 'entente-feed-poller (+https://github.com/entente)',
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
  };
  if (before?.etag) headers['if-none-match'] = before.etag;
  if (before?.lastModified) headers['if-modified-since'] = before.lastModified;
  const remember = (s: Partial<FeedState>) =>
    options.state.put({
      url,
      etag: before?.etag ?? null,
      lastModified: before?.lastModified ?? null,
      items: before?.items ?? 0,
      checkedAt: new Date().toISOString(),
      httpStatus: null,
      error: null,
      ...s,
    });
  const failed = async (httpStatus: number | null, problem: string): Promise<FeedPoll> => {
    await remember({ httpStatus, error: problem });
    return { url, outcome: 'failed', httpStatus, articles: [], problems: [`${url}: ${problem}`] };
  };

  const timeoutMs = options.timeoutMs ?? 30_000;
  const got = await gate.run(new URL(url).host, async () => {
    try {
      return await safeFetch(url, {
        headers,
        maxBytes,
        allowPrivate: options.allowPrivate,
        resolve: options.resolve,
        headersTimeoutMs: timeoutMs,
        bodyTimeoutMs: timeoutMs,
      });
    } catch (e) {
      if (!isEntenteError(e)) throw e;
      return { error: e.code === 'TOO_LARGE' ? `expected at most ${maxBytes} bytes: ${e.message}` : e.message };
    }
  });
  if ('error' in got) return failed(null, `expected a feed, found no answer (${got.error})`);
  if (got.status === 304) {
    await remember({ httpStatus: 304 });
    return { url, outcome: 'not-modified', httpStatus: 304, articles: [], problems: [] };
  }
  if (got.status !== 200) return failed(got.status, `expected 200 or 304, found HTTP ${got.status}`);

  const articles: Article[] = [];
  const problems: string[] = [];
  // What the feed said is not quoted back: a problem names the item, not its content.
  for (const item of parseFeed(got.body.toString('utf8'), shown(url), { quoteContent: false })) {
    if (item.ok) articles.push(finishArticle(item.draft, options.ingestDay));
    else problems.push(item.problem.message);
  }
  await remember({
    httpStatus: got.status,
    etag: got.headers.etag ?? null,
    lastModified: got.headers['last-modified'] ?? null,
    items: articles.length,
    error: articles.length === 0 && problems.length > 0 ? problems[0]! : null,
  });
  return { url, outcome: 'fetched', httpStatus: got.status, articles, problems };
}
