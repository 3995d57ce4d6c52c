import assert from 'node:assert/strict';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { baseOrigin, privateOriginsMigration } from '../../src/store/migrations/011-private-origins.js';

test('an origin keeps the file name and its line or item, never the folders; a URL origin stays', () => {
  const rows: Array<[string, string]> = [
    ['/tmp/entente-intake-Ab12/pasted.txt', 'pasted.txt'],
    ['/home/ann/news/wire.jsonl:12', 'wire.jsonl:12'],
    ['C:\\news\\feed.xml#3', 'feed.xml#3'],
    ['pasted.jsonl:1', 'pasted.jsonl:1'],
    ['https://example.org/feed.xml#2', 'https://example.org/feed.xml#2'],
  ];
  for (const [origin, expected] of rows) assert.equal(baseOrigin(origin), expected);
});

test('migration 011 rewrites the origins and drops non-web source URLs of articles stored before it', async () => {
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }) });
  for (const [name, m] of Object.entries(MIGRATIONS)) if (name < '011') await m.up(db);
  const row = (id: string, origin: string, url: string | null) => ({
    id,
    content_hash: id,
    format: 'text',
    origin,
    external_id: null,
    title: null,
    authors: '[]',
    published: '2012-05-15',
    date_estimated: 0,
    url,
    captions: '[]',
    text: 'x',
    warnings: '[]',
    ingested_at: '2026-01-01',
  });
  await db
    .insertInto('articles')
    .values([
      row('a', '/tmp/entente-intake-Ab12/pasted.txt', 'javascript:alert(1)'),
      row('b', '/home/ann/news/wire.jsonl:12', 'https://example.org/a'),
      row('c', 'https://example.org/feed.xml#2', 'data:text/html,x'),
    ])
    .execute();
  await privateOriginsMigration.up(db);
  const after = await db.selectFrom('articles').select(['id', 'origin', 'url']).orderBy('id').execute();
  assert.deepEqual(after, [
    { id: 'a', origin: 'pasted.txt', url: null },
    { id: 'b', origin: 'wire.jsonl:12', url: 'https://example.org/a' },
    { id: 'c', origin: 'https://example.org/feed.xml#2', url: null },
  ]);
  await db.destroy();
});
