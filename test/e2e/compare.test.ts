import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, SCREENSHOTS, type Stage } from './harness.js';

/** Two days compared, for an organization and for the whole system, and the organization's own page. */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

test('the CSTO on two days: Uzbekistan suspended between them, with the day and the source', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/compare`);
  await page.fill('#compare-from', '2012-05-15');
  await page.fill('#compare-to', '2012-07-15');
  await page.fill('#compare-of', 'ОДКБ');
  await page.click('#compare-submit');
  await page.waitForSelector('#compare-summary');
  assert.match((await page.textContent('#compare-result h2')) ?? '', /Collective Security Treaty Organization: 15 May 2012 → 15 July 2012/);
  assert.equal(await page.textContent('#compare-summary'), '0 joined, 0 left, 1 changed status.');
  const row = page.locator('#compare-changes tr[data-state="UZB"]');
  assert.match((await row.textContent()) ?? '', /2012-06-28.*changed status.*Uzbekistan.*member → suspended.*curated/);
  assert.match(page.url(), /#\/compare\?from=2012-05-15&to=2012-07-15&of=/);
  await page.screenshot({ path: join(SCREENSHOTS, 'compare.png') });
});

test('the whole system between two days, and a misspelt name answered with a link', async () => {
  const { page } = s;
  await page.fill('#compare-from', '2021');
  await page.fill('#compare-to', 'today');
  await page.fill('#compare-of', '');
  await page.click('#compare-submit');
  await page.waitForSelector('#compare-changes tr[data-state="FIN"][data-org="NATO"]');
  await page.fill('#compare-of', 'Armenai');
  await page.click('#compare-submit');
  await page.waitForSelector('#compare-result .error button.suggestion');
  assert.equal(await page.getAttribute('#compare-result .error button.suggestion', 'data-id'), 'ARM');
  await page.focus('#compare-result .error button.suggestion');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#compare-result h2:has-text("Armenia")');
  assert.ok((await page.locator('#compare-changes tr[data-org="CSTO"]').count()) > 0, 'Armenia froze its CSTO participation in 2024');
});

test("NATO's page: members over time with its accession waves, and who belongs on the day", async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/org?id=NATO&on=2024-06-01`);
  await page.waitForSelector('#org-page .series-svg');
  assert.ok((await page.locator('#org-page .series-svg rect.bar').count()) > 70);
  assert.ok((await page.locator('#org-page .series-svg path.wave-mark').count()) >= 5);
  assert.match((await page.textContent('#accessions')) ?? '', /7 joined: Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, Slovenia/);
  assert.match((await page.textContent('#org-page')) ?? '', /32 members on 1 June 2024/);
  await page.screenshot({ path: join(SCREENSHOTS, 'organization-page.png'), fullPage: false });
  await page.goto(`${s.url}/#/state?id=Weissrussland&on=2012-05-15`);
  await page.waitForSelector('#state-page h2:has-text("Belarus")');
  assert.match((await page.textContent('#state-page')) ?? '', /Alexander Lukashenko|Lukashenko/);
  // A leader whose term the data last confirms before the day is marked as carried forward, as in the graph's panel.
  await page.goto(`${s.url}/#/state?id=Cuba&on=2026-01-01`);
  await page.waitForSelector('#state-page h2:has-text("Cuba")');
  assert.match((await page.textContent('#state-page .leaders')) ?? '', /Miguel Díaz-Canel[^]*carried from 2025-10-03/);
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
