import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, type Stage } from './harness.js';

/** Dates you can type and step through, the same in every view, with the day in the address bar. */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

const graphShows = (day: string) => s.page.waitForFunction(`document.getElementById('graph')?.dataset.on === '${day}'`);
const today = new Date().toISOString().slice(0, 10);

test('typing a year goes to 1 July of it, not to 1815; the address bar follows', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/system?on=2012-05-15`);
  await graphShows('2012-05-15');
  await page.fill('#day-input', '2004');
  await page.press('#day-input', 'Enter');
  await graphShows('2004-07-01');
  assert.match((await page.textContent('#day-input-words')) ?? '', /1 July 2004/);
  assert.match(page.url(), /on=2004-07-01/);
  assert.equal(await page.evaluate('document.activeElement.id'), 'day-input', 'focus stays in the field');
});

test('arrow keys step a day, Page Up and Down a month, with Shift a year', async () => {
  const { page } = s;
  await page.keyboard.press('ArrowUp');
  await graphShows('2004-07-02');
  await page.keyboard.press('PageDown');
  await graphShows('2004-06-02');
  await page.keyboard.press('Shift+PageUp');
  await graphShows('2005-06-02');
  await page.keyboard.press('ArrowDown');
  await graphShows('2005-06-01');
  await page.click('button[aria-label="One year later"]');
  await graphShows('2006-06-01');
});

test('"today", a day in words, and something that is no day', async () => {
  const { page } = s;
  await page.fill('#day-input', 'today');
  await page.press('#day-input', 'Enter');
  await graphShows(today);
  await page.fill('#day-input', '15 May 2012');
  await page.press('#day-input', 'Enter');
  await graphShows('2012-05-15');
  await page.fill('#day-input', 'the day after');
  await page.press('#day-input', 'Enter');
  await page.waitForSelector('.date-problem:has-text("Not a day")');
  assert.equal(await page.getAttribute('#day-input', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate("document.getElementById('graph').dataset.on"), '2012-05-15', 'the graph stays where it was');
});

test('the what-if view takes the same typed days, keeps focus after asking, and holds its state in the URL', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/whatif`);
  await page.fill('#attacked', 'Tajikistan');
  await page.fill('#whatif-day', '2012');
  await page.press('#whatif-day', 'Enter');
  await page.waitForSelector('#whatif-summary');
  assert.match((await page.textContent('#whatif-result h2')) ?? '', /1 July 2012/);
  assert.equal(await page.evaluate('document.activeElement.id'), 'whatif-day');
  assert.match(page.url(), /#\/whatif\?attacked=Tajikistan&on=2012-07-01/);
  await page.selectOption('#whatif-provoked', 'false');
  await page.focus('#whatif-provoked');
  await page.keyboard.press('Enter');
  await page.click('button:has-text("Who is bound to act?")');
  await page.waitForFunction(`location.hash.includes('provoked=false')`);
  assert.equal(await page.evaluate('document.activeElement.textContent'), 'Who is bound to act?', 'focus is back on the button');
  // The URL alone rebuilds the screen.
  await page.goto(`${s.url}/#/system`);
  await page.goto(`${s.url}/#/whatif?attacked=TJK&on=2012-07-01&provoked=false`);
  await page.waitForSelector('#whatif-summary');
  assert.equal(await page.inputValue('#whatif-provoked'), 'false');
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
