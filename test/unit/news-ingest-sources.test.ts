import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeText } from '../../src/ingest/decode-text.js';
import { parseFeed } from '../../src/ingest/feed-source.js';
import { parseHtml } from '../../src/ingest/html-source.js';
import { parseJsonArticle } from '../../src/ingest/jsonl-source.js';
import { parseLooseDate } from '../../src/ingest/loose-date.js';
import { parseByline, parsePlainText, repairUrl } from '../../src/ingest/plain-text-source.js';
import { repairMojibake } from '../../src/ingest/repair-mojibake.js';

const LAYOUT = [
  'Ruritania Signs Trade Pact',
  '',
  'By Jane Roe and John Poe',
  '',
  'March 3, 2011',
  '',
  'Ministers at the signing ceremony. **Ann Lee**',
  '',
  'The ministers of Ruritania signed the pact on Thursday.',
  '',
  'Original url:',
  '',
  'https://news.example.org/2011/03/03/ruritania-si gns-trade-pact-a1',
].join('\n');

test('plain text in the export layout: headline, byline, date, caption credit, body, repaired URL', () => {
  const r = parsePlainText(LAYOUT, 'a.txt');
  assert.ok(r.ok);
  assert.equal(r.draft.title, 'Ruritania Signs Trade Pact');
  assert.deepEqual(r.draft.authors, ['Jane Roe', 'John Poe']);
  assert.equal(r.draft.published, '2011-03-03');
  assert.deepEqual(r.draft.captions, [{ text: 'Ministers at the signing ceremony.', credit: 'Ann Lee' }]);
  assert.equal(r.draft.text, 'The ministers of Ruritania signed the pact on Thursday.');
  assert.equal(r.draft.url, 'https://news.example.org/2011/03/03/ruritania-signs-trade-pact-a1');
});

for (const [input, expected] of [
  ['May 15, 2012', '2012-05-15'],
  ['Tue, 15 May 2012 09:00:00 GMT', '2012-05-15'],
  ['2012-05-15T09:00:00+04:00', '2012-05-15'],
  ['This story is from March 10, 2002', '2002-03-10'],
  ['Tuesday', null],
  ['2012-02-30', null],
] as const) {
  test(`publication date ${JSON.stringify(input)} -> ${expected}`, () => assert.equal(parseLooseDate(input), expected));
}

for (const [input, expected] of [
  ['the â€˜bhoomi pujanâ€™ plan', 'the ‘bhoomi pujan’ plan'],
  ['â€œwe demand a ban,â€\uFFFD he said', '“we demand a ban,” he said'],
  ['cafÃ© in SÃ£o Paulo', 'café in São Paulo'],
  ['clean text stays clean: café, naïve', 'clean text stays clean: café, naïve'],
] as const) {
  test(`mojibake ${JSON.stringify(input)}`, () => assert.equal(repairMojibake(input).text, expected));
}

test('byline and URL helpers', () => {
  assert.deepEqual(parseByline('Ann Lee, Bo Chan and Cy Dee'), ['Ann Lee', 'Bo Chan', 'Cy Dee']);
  assert.equal(repairUrl('https://x.org/a-b\nc-d'), 'https://x.org/a-bc-d');
  assert.equal(repairUrl('not a url'), null);
});

for (const [name, bytes, message] of [
  ['empty', new Uint8Array(), /empty/],
  ['whitespace', new TextEncoder().encode('  \n\n '), /only whitespace/],
  ['PDF', new TextEncoder().encode('%PDF-1.4 ...'), /binary.*PDF/],
  ['NUL bytes', Uint8Array.from([0x41, 0x00, 0x42]), /binary.*NUL/],
] as const) {
  test(`bad input: ${name} is refused with a clear message`, () => assert.throws(() => decodeText(bytes, 'f.txt'), message));
}

test('invalid UTF-8 is read as Windows-1252 and said so', () => {
  const r = decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'f.txt');
  assert.equal(r.text, 'café');
  assert.match(r.warnings.join(), /not valid UTF-8/);
});

test('JSONL: text fields, ids, dates; a bad line is a problem, not a crash', () => {
  const ok = parseJsonArticle('{"doc_text":"This story is from March 10, 2002\\n\\nlucknow: a meeting.","doc_id":7}', 'a.jsonl:1');
  assert.ok(ok.ok);
  assert.equal(ok.draft.published, '2002-03-10');
  assert.equal(ok.draft.text, 'lucknow: a meeting.');
  assert.equal(ok.draft.externalId, '7');
  const bad = parseJsonArticle('{"title":"x"}', 'a.jsonl:2');
  assert.ok(!bad.ok);
  assert.match(bad.problem.message, /expected a non-empty "text"/);
});

test('HTML: metadata from meta tags and JSON-LD, captions, and a page with no article', () => {
  const body = '<p>' + 'The ministers of Ruritania met in the capital to discuss the treaty. '.repeat(5) + '</p>';
  const html = `<html><head><meta property="og:title" content="Talks"><meta property="article:published_time" content="2011-03-03T10:00:00Z"><link rel="canonical" href="https://x.org/talks"><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ann Lee"}]}</script></head><body><article><figure><figcaption>The talks. <cite>Bo Chan</cite></figcaption></figure>${body}</article></body></html>`;
  const r = parseHtml(html, 'a.html');
  assert.ok(r.ok);
  assert.equal(r.draft.title, 'Talks');
  assert.deepEqual(r.draft.authors, ['Ann Lee']);
  assert.equal(r.draft.published, '2011-03-03');
  assert.equal(r.draft.url, 'https://x.org/talks');
  assert.deepEqual(r.draft.captions, [{ text: 'The talks.', credit: 'Bo Chan' }]);
  const none = parseHtml('<html><body><nav>Home</nav></body></html>', 'b.html');
  assert.ok(!none.ok);
  assert.match(none.problem.message, /HTML without an article/);
});

test('RSS and Atom: one article per item; an empty item is a problem', () => {
  const rss = parseFeed(
    '<rss><channel><item><title>A</title><link>https://x.org/a</link><pubDate>Thu, 03 Mar 2011 10:00:00 GMT</pubDate><description>&lt;p&gt;Text one.&lt;/p&gt;</description></item><item><title>B</title></item></channel></rss>',
    'f.rss',
  );
  assert.equal(rss.length, 2);
  assert.ok(rss[0]!.ok && rss[0]!.draft.published === '2011-03-03' && rss[0]!.draft.text === 'Text one.');
  assert.ok(!rss[1]!.ok);
  const atom = parseFeed(
    '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>C</title><link href="https://x.org/c"/><published>2011-03-04T00:00:00Z</published><content type="html">Text two.</content></entry></feed>',
    'f.atom',
  );
  assert.ok(atom[0]!.ok && atom[0]!.draft.url === 'https://x.org/c' && atom[0]!.draft.format === 'atom');
});

test('a file over the size limit is refused with its size and the limit; the rest of the batch goes on', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { readArticles } = await import('../../src/ingest/read-articles.js');
  const dir = mkdtempSync(join(tmpdir(), 'entente-big-'));
  writeFileSync(join(dir, 'a-big.txt'), 'x'.repeat(3 * 1024 * 1024));
  writeFileSync(join(dir, 'b-ok.txt'), 'Ruritania signed the pact.');
  const items = [];
  for await (const it of readArticles([dir], { ingestDay: '2026-01-01' as never, maxBytes: 2 * 1024 * 1024 })) items.push(it);
  assert.equal(items.length, 2);
  assert.ok(items[0]!.kind === 'problem' && items[0]!.problem.code === 'TOO_LARGE');
  assert.match(items[0]!.kind === 'problem' ? items[0]!.problem.message : '', /is 3\.0 MB: the limit for one file is 2\.0 MB/);
  assert.equal(items[1]!.kind, 'article');
});

test('mojibake is repaired and reported per article, not per file', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const { readArticles } = await import('../../src/ingest/read-articles.js');
  const dir = mkdtempSync(join(tmpdir(), 'entente-moji-'));
  writeFileSync(
    join(dir, 'a.jsonl'),
    `${JSON.stringify({ text: 'the â€˜bhoomi pujanâ€™ plan was dropped' })}\n${JSON.stringify({ text: 'a clean line about the plan' })}\n`,
  );
  const items = [];
  for await (const it of readArticles([dir], { ingestDay: '2026-01-01' as never })) items.push(it);
  assert.ok(items[0]!.kind === 'article' && items[1]!.kind === 'article');
  assert.equal(items[0]!.article.text, 'the ‘bhoomi pujan’ plan was dropped');
  assert.match(items[0]!.article.warnings.join(), /repaired 2 mojibake sequences/);
  assert.doesNotMatch(items[1]!.article.warnings.join(), /mojibake/);
});
