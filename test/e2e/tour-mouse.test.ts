import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, type Stage } from './harness.js';

/**
 * The README's tour by mouse: the CSTO on two days, a what-if today, NATO's timeline, an article. Views are
 * reached from the navigation bar, names taken from the suggestion lists and days stepped with the buttons; the
 * only keys pressed are the letters of a name or a day typed into a field, as a mouse user types them.
 */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

const nav = (label: string) => s.page.click(`nav a:has-text("${label}")`);
/** Types into a field and takes the suggestion for `id` with a click. */
const pick = async (field: string, text: string, id: string) => {
  await s.page.click(field);
  await s.page.fill(field, text);
  await s.page.click(`${field}-names li[data-id="${id}"]`);
};

test('1. the CSTO on two days: picked from the suggestions, a day typed, a month stepped with the buttons', async () => {
  const { page } = s;
  await page.goto(`${s.url}/`);
  await nav('The system on a day');
  await pick('#find-node', 'CSTO', 'CSTO');
  await page.fill('#day-input', '2012-05-15');
  // A change commits when the field loses focus: the click on the panel does that.
  await page.click('#details');
  await page.waitForSelector('#details .summary:has-text("7 members on 15 May 2012")');
  await page.click('#day-input ~ button[title="One month later"]');
  await page.click('#day-input ~ button[title="One month later"]');
  await page.waitForSelector('#details .summary:has-text("6 members on 15 July 2012")');
  assert.match((await page.textContent('#changes')) ?? '', /Uzbekistan in CSTO: member → suspended/);
});

test('2. a what-if today: Estonia picked, the question asked with the button, the day left at today', async () => {
  const { page } = s;
  await nav('What if');
  assert.equal(await page.inputValue('#whatif-day'), new Date().toISOString().slice(0, 10), 'a what-if starts on today');
  await pick('#attacked', 'Estonia', 'EST');
  await page.click('button:has-text("Who is bound to act?")');
  await page.waitForSelector('#whatif-summary');
  const text = (await page.textContent('#whatif-result')) ?? '';
  assert.match(text, /United States/, text.slice(0, 400));
  assert.match(text, /North Atlantic Treaty/, text.slice(0, 400));
});

test("3. NATO's timeline: picked, shown with the button, scrolled with the wheel", async () => {
  const { page } = s;
  await nav('Timeline');
  await pick('#timeline-org', 'NATO', 'NATO');
  await page.click('button:has-text("Show history")');
  await page.waitForSelector('#org-timeline-chart .vis-item');
  assert.ok((await page.locator('#org-timeline-chart .vis-label').count()) >= 30);
  const scrollTop = () => page.evaluate(`document.querySelector('.timeline .result').scrollTop`) as Promise<number>;
  const top = await scrollTop();
  await page.hover('#org-timeline-chart');
  await page.mouse.wheel(0, 600);
  await page.waitForFunction(`document.querySelector('.timeline .result').scrollTop > ${top}`);
});

test('4. an article: a sample clicked, analysed with the button, opened again from the list', async () => {
  const { page } = s;
  await nav('Articles');
  await page.click('button.sample:has-text("Uzbekistan")');
  await page.click('#ingest');
  await page.waitForSelector('#article-title');
  const title = (await page.textContent('#article-title')) ?? '';
  assert.match(title, /Uzbekistan/);
  // Away and back: the stored article opens from the list with a click.
  await nav('Timeline');
  await nav('Articles');
  await page.click(`#stored-articles button.stored-open:has-text("${title}")`);
  await page.waitForSelector('#article-title');
  assert.equal(await page.textContent('#article-title'), title);
  // The sample names the CSTO and Uzbekistan: both highlighted as actors.
  const actors = await page.locator('mark.actor[data-id]').evaluateAll((ms) => ms.map((m) => m.getAttribute('data-id')));
  assert.ok(actors.includes('UZB') && actors.includes('CSTO'), actors.join(' '));
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
