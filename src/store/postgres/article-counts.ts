import type { Kysely } from 'kysely';

/** Distinct stored articles, by content hash: what `entente status` reports as `articles`. */
export async function countStoredArticles(db: Kysely<any>): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.count<number | string>('content_hash').distinct().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
