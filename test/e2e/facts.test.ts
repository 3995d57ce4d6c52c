import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { closeStage, openStage, pageProblems, SCREENSHOTS, type Stage } from './harness.js';

/** The review screen: a fact the news proposes, its sentence in the article, what accepting it changes; accept it. */
let s: Stage;
before(async () => {
  s = await openStage();
});
after(() => closeStage(s));

const ARTICLE = [
  'Astana steps back from Moscow-led bloc',
  '',
  'November 13, 2026',
  '',
  'Kazakhstan suspended its membership of the Collective Security Treaty Organization on Tuesday, the foreign ministry said. Officials in Astana said the decision was final for now.',
  '',
  'Uzbekistan has no plans to rejoin the bloc, its president said.',
].join('\n');

test('the review screen shows the fact, its sentence highlighted, and what accepting it changes; accepting changes members', async () => {
  const { page } = s;
  await page.goto(`${s.url}/#/facts`);
  const stored = await page.evaluate(
    async (text) => (await fetch('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })).status,
    ARTICLE,
  );
  assert.equal(stored, 200);
  await page.reload();
  await page.waitForSelector('#fact-list .fact-open');
  assert.equal(await page.locator('#fact-list .fact-open').count(), 1, 'the denial is no fact');
  await page.click('#fact-list .fact-open');
  await page.waitForSelector('#fact-sentence');
  assert.equal(await page.textContent('#fact-title'), 'Kazakhstan suspended in Collective Security Treaty Organization');
  assert.match(
    (await page.textContent('#fact-sentence')) ?? '',
    /^Kazakhstan suspended its membership of the Collective Security Treaty Organization on Tuesday, the foreign ministry said\.$/,
  );
  assert.equal(await page.textContent('#fact-sentence .fact-span'), 'Kazakhstan suspended its membership of the Collective Security Treaty Organization');
  const impact = (await page.textContent('#fact-impact')) ?? '';
  const m = /^CSTO on 2026-11-10: (\d+) members -> (\d+)$/.exec(impact);
  assert.ok(m, impact);
  assert.equal(Number(m[2]), Number(m[1]) - 1);
  await page.screenshot({ path: join(SCREENSHOTS, 'fact-review.png') });

  await page.click('#accept-fact');
  await page.waitForSelector('#review-outcome:has-text("Accepted")');
  const members = (await page.evaluate(async () => (await fetch('/api/organizations/CSTO/members?on=2026-11-20')).json())) as {
    members: { id: string }[];
    others: { id: string; status: string; sources: { dataset: string }[] }[];
  };
  assert.ok(!members.members.some((x) => x.id === 'KAZ'));
  const kaz = members.others.find((x) => x.id === 'KAZ')!;
  assert.equal(kaz.status, 'suspended');
  assert.equal(kaz.sources[0]!.dataset, 'news');
  await page.selectOption('#facts-review', 'accepted');
  await page.waitForSelector('#fact-list .fact-open');
  assert.equal(await page.locator('#fact-list .fact-open').count(), 1);
});

test('the page threw nothing along the way', () => {
  assert.deepEqual(pageProblems(s.page), []);
});
