import type { IsoDate } from '../core/time.js';
import { finishArticle, type Article } from '../ingest/article.js';
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
  readonly fetch?: typeof fetch;
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
 * Polls RSS/Atom feeds with conditional GET (If-None-Match / If-Modified-Since from the last 200) and per-host
 * politeness; different hosts are polled side by side. Returns every item of a changed feed: the queue keeps
 * out what it already holds, and the article store what it already has.
 */
export async function pollFeeds(urls: readonly string[], options: PollOptions): Promise<FeedPoll[]> {
  const gate = options.gate ?? new HostGate(options.politenessMs ?? 2000);
  return Promise.all(urls.map((url) => pollFeed(url, gate, options)));
}

async function pollFeed(url: string, gate: HostGate, options: PollOptions): Promise<FeedPoll> {
  const doFetch = options.fetch ?? fetch;
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

  const got = await gate.run(new URL(url).host, async () => {
    try {
      const response = await doFetch(url, { headers, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
      const length = Number(response.headers.get('content-length') ?? 0);
      if (response.status !== 200 || length > maxBytes) {
        await response.body?.cancel();
        return { response, body: '', length };
      }
      const body = await response.text();
      return { response, body, length: body.length };
    } catch (e) {
      return { error: e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e) };
    }
  });
  if ('error' in got) return failed(null, `expected a feed, found no answer (${got.error})`);
  const { response, body } = got;
  if (response.status === 304) {
    await remember({ httpStatus: 304 });
    return { url, outcome: 'not-modified', httpStatus: 304, articles: [], problems: [] };
  }
  if (response.status !== 200) return failed(response.status, `expected 200 or 304, found HTTP ${response.status}`);
  if (got.length > maxBytes) return failed(response.status, `expected at most ${maxBytes} bytes, found ${got.length}`);

  const articles: Article[] = [];
  const problems: string[] = [];
  for (const item of parseFeed(body, url)) {
    if (item.ok) articles.push(finishArticle(item.draft, options.ingestDay));
    else problems.push(item.problem.message);
  }
  await remember({
    httpStatus: response.status,
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
    items: articles.length,
    error: articles.length === 0 && problems.length > 0 ? problems[0]! : null,
  });
  return { url, outcome: 'fetched', httpStatus: response.status, articles, problems };
}
