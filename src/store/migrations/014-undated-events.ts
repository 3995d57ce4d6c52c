import type { Kysely, Migration } from 'kysely';

/**
 * Events of an article with no date were stored with the ingest day as their day ('day' precision). Their day is
 * unknown: `date_precision` becomes 'undated' (event_date keeps the ingest day, to sort by) unless an expression
 * with a year dated the event ("in march 2002"), as the events stage now writes them. No column changes.
 */
export const undatedEventsMigration: Migration = {
  async up(db: Kysely<any>) {
    const rows = await db
      .selectFrom('events')
      .innerJoin('articles', 'articles.id', 'events.article_id')
      .select(['events.article_id as article_id', 'events.seq as seq', 'events.date_text as date_text'])
      .where('articles.date_estimated', '=', 1)
      .execute();
    const undated = rows.filter((r) => r.date_text === null || !/\b(?:1[6-9]|20)\d\d\b/.test(r.date_text as string));
    const byArticle = new Map<string, number[]>();
    for (const r of undated) byArticle.set(r.article_id, [...(byArticle.get(r.article_id) ?? []), r.seq]);
    for (const [article, seqs] of byArticle) {
      await db.updateTable('events').set({ date_precision: 'undated' }).where('article_id', '=', article).where('seq', 'in', seqs).execute();
    }
  },
};
