import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IsoDate } from '../../src/core/time.js';
import { finishArticle } from '../../src/ingest/article.js';
import { loadCameoCoder } from '../../src/pipeline/event-coder-adapter.js';
import { explainArticle } from '../../src/pipeline/explain-article.js';
import { analyze } from '../../src/pipeline/pipeline.js';
import { fixtureGraph } from '../fixtures/news/fixture-graph.js';

const { coder, actorCode } = loadCameoCoder(undefined, false);
const ctx = { graph: fixtureGraph(), coder, actorCode };
// Invented: a coded event, a negated one, a sentence with no actor.
const TEXT = 'Belarus met Kazakh officials in Minsk on Tuesday. Russia did not attack Georgia. The weather stayed mild.';
const article = finishArticle({ format: 'jsonl', origin: 'test', published: '2012-05-15' as IsoDate, text: TEXT }, '2026-01-01' as IsoDate);

test('explainArticle keeps the analysis analyze gives alone, and the coder trace per sentence with offsets into the text', () => {
  const account = explainArticle(article, ctx);
  assert.deepEqual(account.analysis, analyze(article, ctx));
  assert.equal(account.sentences.length, 3);
  const [met, attack, weather] = account.sentences;
  assert.deepEqual(
    met!.events.map((e) => `${e.source} ${e.cameo} ${e.target}`),
    ['BLR 040 KAZGOV'],
  );
  assert.ok(met!.actors.some((a) => a.text === 'Belarus' && a.code === 'BLR'));
  const negation = attack!.trace.find((t) => t.rule === 'entente.negation');
  assert.ok(negation, JSON.stringify(attack!.trace));
  assert.equal(TEXT.slice(negation.at.start, negation.at.end), 'attack');
  assert.equal(weather!.coded, false);
  const lines = account.lines();
  assert.ok(
    lines.includes('  not coded: no actor of the actor stage in the sentence (only the lead of an article with a home country is coded without one)'),
    lines.join('\n'),
  );
  assert.ok(lines.includes('  actor "Minsk" - (BLR) by actor.capital-as-venue'), lines.join('\n'));
  assert.ok(
    lines.some((l) => /^ {2}stopped "attack" \(190\) by entente\.negation/.test(l)),
    lines.join('\n'),
  );
});
