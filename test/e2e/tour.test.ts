import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, SCREENSHOTS, type Stage } from './harness.js';

/**
 * The README's tour by keyboard alone: the CSTO on two days, a what-if today, NATO's timeline, an article.
 * Focusing a field stands for tabbing to it; everything else is keys. And the timeline by mouse wheel.
 */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

const type = async (selector: string, text: string) => {
  await s.page.focus(selector);
  await s.page.keyboard.press('Control+A');
  await s.page.keyboard.type(text);
};
const graphShows = (day: string) => s.page.waitForFunction(`document.getElementById('graph')?.dataset.on === '${day}'`);

test('1. the CSTO on two days: find it, type the first day, step a month at a time', async () => {
  const { page } = s;
  await page.goto(`${s.url}/`);
  await graphShows(new Date().toISOString().slice(0, 10));
  await type('#find-node', 'CSTO');
  await page.waitForSelector('#find-node-names li[data-id="CSTO"]');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await type('#day-input', '2012-05-15');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#details .summary:has-text("7 members on 15 May 2012")');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await page.waitForSelector('#details .summary:has-text("6 members on 15 July 2012")');
  assert.match((await page.textContent('#changes')) ?? '', /Uzbekistan in CSTO: member → suspended/);
  assert.match(page.url(), /on=2012-07-15.*focus=CSTO/);
});

test('2. a what-if today: who must defend Estonia, typed and asked with Enter', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/whatif`);
  await type('#attacked', 'Estonia');
  await type('#whatif-day', 'today');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#whatif-result h2');
  // Today is answered: NATO's allies under art. 5 (carried on past ATOP's last day, marked), in words with no flag.
  const text = (await page.textContent('#whatif-result')) ?? '';
  assert.match(text, /United States/, text.slice(0, 400));
  assert.match(text, /North Atlantic Treaty/, text.slice(0, 400));
  assert.doesNotMatch(text, /--[a-z]/, text);
  assert.equal(await page.evaluate('document.activeElement.id'), 'whatif-day', 'focus stays where the question was asked');
});

test("3. NATO's timeline: every row is drawn, dates on the bars, and the wheel and the keys scroll it", async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/timeline`);
  await type('#timeline-org', 'NATO');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#org-timeline-chart .vis-item');
  const rows = await page.locator('#org-timeline-chart .vis-label').count();
  assert.ok(rows >= 30, `${rows} rows drawn`);
  assert.match((await page.locator('#org-timeline-chart .vis-item').first().textContent()) ?? '', /^\d{4}–(\d{4})?/);
  const scrollTop = async () => Number(await page.evaluate(`document.querySelector('.timeline .result').scrollTop`));
  const top = await scrollTop();
  await page.hover('#org-timeline-chart');
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(`document.querySelector('.timeline .result').scrollTop > ${top}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'timeline.png') });
  await page.focus('#org-timeline-chart');
  const before = await scrollTop();
  await page.keyboard.press('PageUp');
  await page.waitForFunction(`document.querySelector('.timeline .result').scrollTop < ${before}`);
  // Events of a state by a name the graph knows, not only its code.
  await type('#timeline-state', 'Russia');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#state-timeline h2, #state-timeline .empty');
  assert.doesNotMatch((await page.textContent('#state-timeline')) ?? '', /No state|not found/);
});

test('4. an article: a sample pasted, analysed with Enter, then found in the list', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/articles`);
  await page.focus('button.sample:has-text("Finland")');
  await page.keyboard.press('Enter');
  await page.focus('#ingest');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#article-title');
  assert.equal(await page.textContent('#article-title'), "Finland Becomes NATO's 31st Member");
  await page.waitForSelector('#stored-articles li:has-text("Finland Becomes")');
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
