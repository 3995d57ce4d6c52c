import { EntenteError } from '../core/errors.js';
import { safeFetch, type SafeFetchOptions } from '../ingest/fetch/safe-fetch.js';
import type { UploadedFile } from './news-service.js';

export type FetchLimits = Pick<SafeFetchOptions, 'allowPrivate' | 'headersTimeoutMs' | 'bodyTimeoutMs' | 'resolve'>;

/** `ENTENTE_ALLOW_PRIVATE_FETCH=1`: feeds on one's own network (loopback, private ranges) may be fetched. */
export function allowPrivateFetch(env: NodeJS.ProcessEnv): boolean {
  return env.ENTENTE_ALLOW_PRIVATE_FETCH === '1';
}

/**
 * A feed or page a user names, fetched under safe-fetch.ts's rules, as a file to ingest: named by its content type
 * (which picks the format), its articles' origin the URL it came from, its content never quoted in a problem.
 */
export async function fetchedFile(url: string, options: FetchLimits & { readonly maxBytes: number; readonly signal?: AbortSignal }): Promise<UploadedFile> {
  const got = await safeFetch(url, {
    ...options,
    headers: {
      'user-agent': 'entente (+https://github.com/entente)',
      accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.1',
    },
  });
  if (got.status !== 200) throw new EntenteError('BAD_INPUT', `Fetching ${got.url} answered HTTP ${got.status}: expected 200 with a feed or a page`);
  const type = got.headers['content-type'] ?? '';
  const name = /html/.test(type) ? 'page.html' : /json/.test(type) ? 'feed.jsonl' : 'feed.xml';
  return { name, bytes: got.body, origin: got.url, fetched: true };
}
