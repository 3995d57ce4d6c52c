import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, SCREENSHOTS, type Stage } from './harness.js';

/**
 * The UI in real Chromium on the real data: the system on a day and the CSTO across Uzbekistan's 2012
 * suspension, a what-if with its cascade, a membership timeline, a sample article ingested and highlighted.
 * Screenshots of each view go to docs/screenshots/ (the README shows them).
 */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

/** The graph's container carries the day it last drew (a string expression: the tests compile without DOM types). */
const graphShows = (page: Stage['page'], day: string) => page.waitForFunction(`document.getElementById('graph')?.dataset.on === '${day}'`);
const shot = (name: string) => s.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

test('the page loads the system on a day, with the graph drawn', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/system?on=2012-05-15`);
  await graphShows(page, '2012-05-15');
  assert.match((await page.textContent('#graph-caption')) ?? '', /15 May 2012: \d+ organizations and treaties, \d+ states/);
  assert.equal(await page.inputValue('#day-input'), '2012-05-15');
  await page.waitForSelector('#graph canvas');
  await shot('system-on-a-day');
});

test('moving the date over June 2012 shows Uzbekistan leaving the CSTO', async () => {
  const { page } = s;
  await page.fill('#find-node', 'Collective Security Treaty Organization (CSTO)');
  await page.press('#find-node', 'Enter');
  await page.waitForSelector('#details .summary:has-text("7 members on 15 May 2012")');
  assert.ok(await page.isVisible('#details .members li[data-id="UZB"]'));

  // By keyboard, as a user without a mouse would: Page Up moves the slider a month.
  await page.focus('#day-slider');
  await page.keyboard.press('PageUp');
  await graphShows(page, '2012-06-15');
  await page.keyboard.press('PageUp');
  await graphShows(page, '2012-07-15');
  await page.waitForSelector('#details .summary:has-text("6 members on 15 July 2012")');
  assert.ok(!(await page.isVisible('#details .members li[data-id="UZB"]')));
  assert.ok(await page.isVisible('#details .others li[data-id="UZB"]'));
  assert.match((await page.textContent('#changes')) ?? '', /Uzbekistan in CSTO: member → suspended/);
  await shot('system-csto-after-uzbekistan');

  // Typing a day works too, and back in May Uzbekistan is a member again.
  await page.fill('#day-input', '2012-05-15');
  await page.dispatchEvent('#day-input', 'change');
  await page.waitForSelector('#details .summary:has-text("7 members on 15 May 2012")');
  assert.match((await page.textContent('#changes')) ?? '', /Uzbekistan in CSTO: suspended → member/);
});

test('a what-if lists who is bound to defend the attacked state, and the cascade round by round', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/whatif`);
  const unavailable = await page.locator('.unavailable').count();
  if (unavailable > 0) {
    assert.match((await page.textContent('.unavailable')) ?? '', /not available/);
    return;
  }
  await page.fill('#attacked', 'Tajikistan');
  await page.fill('#attacker', 'AFG');
  await page.fill('#whatif-day', '2012-05-15');
  await page.click('button:has-text("Who is bound to act?")');
  await page.waitForSelector('#whatif-summary');
  assert.match((await page.textContent('#whatif-summary')) ?? '', /to defend Tajikistan/);
  for (const state of ['RUS', 'BLR', 'ARM', 'KAZ', 'KGZ', 'UZB']) {
    assert.ok(await page.isVisible(`#whatif-defense tr[data-state="${state}"]`), `${state} bound to defend`);
  }
  await page.waitForSelector('#cascade-rounds li[data-round="1"]');
  assert.match((await page.textContent('#cascade-rounds')) ?? '', /Russia joins Tajikistan's side, bound to defend Tajikistan against Afghanistan under/);
  await shot('what-if');
  await page.locator('.cascade-title').scrollIntoViewIfNeeded();
  await shot('what-if-cascade');
});

test('a what-if after ATOP ends lists the obligations resting on carried-forward memberships apart', async () => {
  const { page } = s;
  if ((await page.locator('#attacked').count()) === 0) return;
  await page.fill('#attacked', 'Tajikistan');
  await page.fill('#attacker', '');
  await page.fill('#whatif-day', '2024-06-01');
  await page.click('button:has-text("Who is bound to act?")');
  await page.waitForSelector('#whatif-carried-section');
  // The CSTO's members are curated and checked through 2025; Russia's 1993 bilateral treaty (ATOP 4470) is ATOP's, to 2018.
  assert.ok(await page.isVisible('#whatif-defense tr[data-state="KAZ"]'), 'Kazakhstan bound, on fresh data');
  assert.ok(await page.isVisible('#whatif-carried tr[data-state="RUS"]'), 'Russia bound under its 1993 treaty, carried forward');
  assert.match((await page.textContent('#whatif-carried-section')) ?? '', /verified through 2018-12-31, carried forward from atop-5\.1/);
});

test("an unknown state in a what-if is answered in words, the server's own", async () => {
  const { page } = s;
  if ((await page.locator('#attacked').count()) === 0) return;
  await page.fill('#attacked', 'Atlantis');
  await page.fill('#attacker', '');
  await page.click('button:has-text("Who is bound to act?")');
  await page.waitForSelector('#whatif-result .error');
  assert.match((await page.textContent('#whatif-result .error')) ?? '', /No state is called "Atlantis"/);
});

test("the timeline shows an organization's membership history", async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/timeline?org=CSTO`);
  await page.waitForSelector('#org-timeline-chart .vis-item');
  const labels = await page.locator('#org-timeline-chart .vis-label').allTextContents();
  for (const name of ['Armenia', 'Russia', 'Uzbekistan'])
    assert.ok(
      labels.some((l) => l.includes(name)),
      `${name} in ${labels.join(', ')}`,
    );
  await shot('timeline');
});

test('ingesting a sample article highlights its actors and checks its claims', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/articles`);
  await page.click('button.sample:has-text("Finland")');
  await page.click('#ingest');
  await page.waitForSelector('#article-title');
  assert.equal(await page.textContent('#article-title'), "Finland Becomes NATO's 31st Member");
  assert.ok((await page.locator('#article-text mark.actor[data-id="FIN"]').count()) >= 2);
  assert.ok((await page.locator('#article-text mark.actor[data-id="NATO"]').count()) >= 1);
  assert.match((await page.textContent('#article-claims')) ?? '', /contradicted.*32.*31 members of NATO/s);
  assert.ok(await page.isVisible('#article-text .claim-span.contradicted'));
  await page.waitForSelector('#stored-articles li:has-text("Finland Becomes")');
  await shot('articles');

  // An actor links to the system on the article's day.
  await page.click('#article-text a.actor-link:has(mark[data-id="NATO"])');
  await page.waitForSelector('#details h2:has-text("North Atlantic Treaty Organization")');
  assert.match(page.url(), /#\/system\?on=2023-04-05&focus=NATO/);
});

test("a state's events from the ingested news show on the timeline", async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/timeline?org=NATO&state=FIN`);
  await page.waitForSelector('#state-events tbody tr');
  assert.match((await page.textContent('#state-events')) ?? '', /Finland joined the North Atlantic Treaty Organization/);
  await page.waitForSelector('#org-timeline-chart .vis-item');
  await page.waitForSelector('#state-timeline-chart .vis-item');
  await page.locator('#state-timeline').scrollIntoViewIfNeeded();
  await shot('timeline-events');
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
