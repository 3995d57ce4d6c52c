/**
 * Every row of the groups of people at home (src/extract/rules/domestic-groups.ts) on its own example, in an invented
 * Indian article: each of its words that the example writes is an actor of the home country with the row's sector.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { noEventCoder } from '../../src/extract/event-coder.js';
import { createNewsGraph } from '../../src/extract/news-graph.js';
import { DOMESTIC_GROUPS } from '../../src/extract/rules/domestic-groups.js';
import { finishArticle } from '../../src/ingest/article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { stateEntity as state } from './state-entity.js';

const graph = createNewsGraph({ entities: [state('IND', 'India', 'Indian')], facts: [] });

for (const row of DOMESTIC_GROUPS) {
  test(`${row.id}: "${row.example}" in an Indian article`, () => {
    const text = `surat: ${row.example} in gujarat on monday.`;
    const article = finishArticle({ text, title: null, published: '2002-03-04' } as never, '2002-03-04' as IsoDate);
    const actors = analyze(article, { graph, coder: noEventCoder }).actors;
    const written = row.words.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
    assert.ok(written.length > 0, `the example writes none of the row's words: ${text}`);
    for (const w of written) {
      const found = actors.find((a) => a.text === w || a.text === w.replace(/^the /, ''));
      assert.equal(found?.cameo, `IND${row.agent}`, `"${w}" in "${text}": ${JSON.stringify(actors.map((a) => [a.text, a.cameo]))}`);
    }
  });
}
