/**
 * A news page's list of links to other stories, copied in with the story, is not read (src/extract/navigation-lists.ts):
 * its headlines name actors and read like events of their own. Invented articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NAVIGATION_HEADINGS, navigationLists } from '../../src/extract/navigation-lists.js';
import { analyzeText } from '../fixtures/news/analyze-text.js';

const STORY = 'Russia condemned Ukraine on Monday, officials said.';

for (const row of NAVIGATION_HEADINGS) {
  test(`${row.id}: "${row.example}" after a story's last sentence is a list of links`, () => {
    const text = `${STORY} ${row.example}\n\nThe talks resume in June.`;
    const lists = navigationLists(text);
    assert.deepEqual(
      lists.map((l) => [text.slice(l.start, l.end), l.ruleId]),
      [[row.example, row.id]],
    );
  });
}

test('text.navigation-list: run on after the last sentence with mis-decoded no-break spaces, the list names no actor', () => {
  const a = analyzeText(`${STORY} related storiesÂ\u00a0georgia protests to nato Â\u00a0france recalls envoy  \n\nFacebook Twitter Linkedin Mail`);
  assert.deepEqual(
    a.actors.map((x) => x.text),
    ['Russia', 'Ukraine'],
  );
  assert.equal(a.stats.sentences, 2);
  assert.match(a.warnings.join('\n'), /a list of links to other stories .* is not read \(rule text\.navigation-list\.related-stories\)/);
});

test('text.navigation-list: the list ends at its paragraph; the story goes on after a blank line', () => {
  const a = analyzeText(`Related stories: Georgia protests\n\n${STORY}`);
  assert.deepEqual(
    a.actors.map((x) => x.text),
    ['Russia', 'Ukraine'],
  );
});

test('text.navigation-list: the words in prose, or with no separator after them, are no heading', () => {
  for (const text of [
    'Related stories were denied by the ministry in Georgia.',
    'Messages from former ministers were also read: Georgia sent one.',
    'The minister said the letters would be read also by France.',
    'Officials said more stories of abuse had come out in Georgia.',
  ])
    assert.deepEqual(navigationLists(text), [], text);
});
