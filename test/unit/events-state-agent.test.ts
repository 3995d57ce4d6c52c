import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeText, compileDictionaries } from '../../src/extract/events/index.js';
import { loadEventDictionaries } from '../../src/pipeline/dictionary-files.js';

// The state-agent rule (entente.state-agent in data/dictionaries/entente-additions.json), invented sentences.
const d = compileDictionaries(loadEventDictionaries());
const coded = (text: string) => codeText(text, '2012-05-15', d).map((e) => `${e.source} ${e.cameo.slice(0, 2)} ${e.target} ${e.rules.join(' ')}`);

test("an agentless passive arrest is the government of the arrested side's country acting", () => {
  const out = coded('The Georgian opposition leader was arrested in Tbilisi.');
  assert.equal(out.length, 1, out.join('; '));
  assert.match(out[0]!, /^GEOGOV 17 GEOOPP .*\bentente\.state-agent\b/);
});

test('a passive with its agent named keeps that agent, and the rule stays out', () => {
  const out = coded('The Georgian opposition leader was arrested by Russian police.');
  assert.ok(
    out.some((e) => e.startsWith('RUSCOP 17 GEOOPP')),
    out.join('; '),
  );
  assert.ok(
    out.every((e) => !e.includes('state-agent')),
    out.join('; '),
  );
});

test('acts a state does not alone (an attack) imply no agent, and a target without a country implies nobody', () => {
  assert.deepEqual(coded('The Georgian convoy was attacked near the border.'), []);
  assert.deepEqual(coded('The activists were arrested on Monday.'), []);
});
