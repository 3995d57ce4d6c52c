import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, SCREENSHOTS, type Stage } from './harness.js';

/** A legible graph: zoom, pan, fit, hover cards, labels that do not collide, treaties by name, exports, 1024 px. */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

const graphShows = (day: string) => s.page.waitForFunction(`document.getElementById('graph')?.dataset.on === '${day}'`);
const zoom = () => s.page.evaluate(`Number(document.getElementById('graph').dataset.zoom)`) as Promise<number>;

test('zoom in and out with the buttons and the keys, pan with the arrows, fit with 0', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/system?on=2012-05-15`);
  await graphShows('2012-05-15');
  await page.click('#zoom-fit');
  const fitted = await zoom();
  await page.click('#zoom-in');
  await page.waitForFunction(`Number(document.getElementById('graph').dataset.zoom) > ${fitted}`);
  await page.focus('#graph');
  await page.keyboard.press('+');
  const closer = await zoom();
  assert.ok(closer > fitted * 1.4, `${closer} after two steps from ${fitted}`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('-');
  assert.ok((await zoom()) < closer);
  await page.keyboard.press('0');
  await page.waitForFunction(`Math.abs(Number(document.getElementById('graph').dataset.zoom) - ${fitted}) < 0.02`);
});

test('alliances are treaties by name, grouped, and their labels do not all show at once', async () => {
  const { page } = s;
  await page.check('input[data-type="alliance"]');
  await page.waitForFunction(`location.hash.includes('alliance')`);
  await page.waitForFunction(`(document.getElementById('graph-caption')?.textContent ?? '').match(/: (\\d+) organizations/)?.[1] > 100`);
  const labels = Number(await page.evaluate(`document.getElementById('graph').dataset.labels`));
  const caption = (await page.textContent('#graph-caption')) ?? '';
  const nodes = Number(/: (\d+) organizations and treaties, (\d+) states/.exec(caption)?.[1]) + Number(/, (\d+) states/.exec(caption)?.[1]);
  assert.ok(labels > 20 && labels < nodes, `${labels} labels shown of ${nodes} nodes`);
  await page.click('#zoom-in');
  await page.click('#zoom-in');
  await page.fill('#find-node', 'ANZUS');
  await page.waitForSelector('#find-node-names li[data-id="ATOP3215"]');
  // The council (a COW organization) first, the treaty second: walk to it by keyboard.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getAttribute('#find-node-names li[aria-selected="true"]', 'data-id'), 'ATOP3215');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#details h2:has-text("ANZUS")');
  await page.waitForSelector('.hover-card:not([hidden])');
  assert.match((await page.textContent('.hover-card')) ?? '', /ANZUS Treaty/);
  await page.screenshot({ path: join(SCREENSHOTS, 'graph-alliances.png') });
  await page.uncheck('input[data-type="alliance"]');
});

test('PNG and CSV of what is shown', async () => {
  const { page } = s;
  await page.click('#zoom-fit');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  assert.match(png.suggestedFilename(), /^entente-system-2012-05-15\.png$/);
  const pngBytes = readFileSync((await png.path())!);
  assert.deepEqual([...pngBytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const text = readFileSync((await csv.path())!, 'utf8');
  assert.match(text.split('\r\n')[0]!, /^on,state_id,state,organization_id,organization,status,from,to,dataset$/);
  assert.match(text, /2012-05-15,UZB,Uzbekistan,CSTO,Collective Security Treaty Organization,member/);
});

test('at 1024 px wide the graph keeps most of the width and the details stay beside it', async () => {
  const { page } = s;
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${s.url}/#/system?on=2012-05-15&focus=CSTO`);
  await graphShows('2012-05-15');
  await page.waitForSelector('#details .summary');
  const graph = await page.locator('#graph').boundingBox();
  const details = await page.locator('#details').boundingBox();
  assert.ok(graph && graph.width >= 600, `graph ${graph?.width} px wide`);
  assert.ok(graph && graph.height >= 380, `graph ${graph?.height} px high`);
  assert.ok(details && details.x >= graph!.x + graph!.width - 1, 'details to the right of the graph');
  await page.screenshot({ path: join(SCREENSHOTS, 'system-1024.png') });
  await page.setViewportSize({ width: 1366, height: 768 });
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
