import type { Kysely } from 'kysely';
import type { FeedState, FeedStateStore } from '../../queue/feed-poller.js';

/** Rows at the edge: what the feed poller remembers per feed (table `feeds`, migration 006-queue). */
export interface FeedTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  checked_at: string | null;
  http_status: number | null;
  error: string | null;
  items: number;
}

/** Plain Kysely, so it runs on either dialect; only the queue (PostgreSQL) uses it today. */
export class KyselyFeedStateStore implements FeedStateStore {
  readonly #db: Kysely<{ feeds: FeedTable }>;

  constructor(db: Kysely<any>) {
    this.#db = db as Kysely<{ feeds: FeedTable }>;
  }

  async get(url: string): Promise<FeedState | null> {
    const row = await this.#db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
    if (!row) return null;
    return {
      url: row.url,
      etag: row.etag,
      lastModified: row.last_modified,
      checkedAt: row.checked_at,
      httpStatus: row.http_status,
      error: row.error,
      items: Number(row.items),
    };
  }

  async put(s: FeedState): Promise<void> {
    const row: FeedTable = {
      url: s.url,
      etag: s.etag,
      last_modified: s.lastModified,
      checked_at: s.checkedAt,
      http_status: s.httpStatus,
      error: s.error,
      items: s.items,
    };
    const { url: _url, ...rest } = row;
    await this.#db
      .insertInto('feeds')
      .values(row)
      .onConflict((c) => c.column('url').doUpdateSet(rest))
      .execute();
  }
}
