import type { Kysely, Migration } from 'kysely';

/**
 * Articles stored before the hardening kept the path they were read from as their origin (a temporary folder of
 * the server's for API uploads, `/home/…/news/a.jsonl:12` for the CLI), and any URL their source gave
 * (`javascript:` too). Origins become the file's base name with its line or item number, as new articles get;
 * URL origins (feeds) stay; a source URL that is not http(s) is dropped.
 */
export const privateOriginsMigration: Migration = {
  async up(db: Kysely<any>) {
    const rows = (await db.selectFrom('articles').select(['id', 'origin', 'url']).execute()) as Array<{ id: string; origin: string; url: string | null }>;
    for (const row of rows) {
      const origin = baseOrigin(row.origin);
      const url = row.url !== null && !/^https?:\/\//i.test(row.url.trim()) ? null : row.url;
      if (origin !== row.origin || url !== row.url) await db.updateTable('articles').set({ origin, url }).where('id', '=', row.id).execute();
    }
  },
};

/** `/tmp/entente-intake-x/pasted.txt` -> `pasted.txt`, `C:\news\a.jsonl:12` -> `a.jsonl:12`; a URL is kept. */
export function baseOrigin(origin: string): string {
  if (/^https?:\/\//i.test(origin)) return origin;
  const cut = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
  return cut === -1 ? origin : origin.slice(cut + 1);
}
