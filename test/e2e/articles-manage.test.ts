import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, SCREENSHOTS, type Stage } from './harness.js';

/** Articles you can manage: open a stored one by its address, delete it after a confirmation, by keyboard. */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

test('a stored article opens from the list, and its address opens it again', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/articles`);
  await page.click('button.sample:has-text("Uzbekistan")');
  await page.click('#ingest');
  await page.waitForSelector('#stored-articles .stored-open');
  await page.click('#stored-articles .stored-open');
  await page.waitForSelector('#delete-article');
  assert.match(page.url(), /#\/articles\?id=art_[0-9a-f]{16}/);
});

test('deleting asks first, then removes the article and what was found in it', async () => {
  const { page } = s;
  const id = await page.getAttribute('#delete-article', 'data-id');
  await page.focus('#delete-article');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#delete-confirm');
  assert.equal(await page.evaluate('document.activeElement.id'), 'delete-no', 'the safe answer has the focus');
  await page.screenshot({ path: join(SCREENSHOTS, 'article-delete.png') });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.focus('#delete-yes');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#delete-done');
  assert.match((await page.textContent('#delete-done')) ?? '', /Deleted .*: \d+ actors, \d+ events/);
  assert.equal(await page.locator(`#stored-articles [data-id="${id}"]`).count(), 0);
  const res = await page.evaluate(`fetch('/api/articles/${id}').then((r) => r.status)`);
  assert.equal(res, 404);
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
