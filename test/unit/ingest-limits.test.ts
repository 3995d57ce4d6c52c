import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlDepth, MAX_HTML_DEPTH } from '../../src/ingest/html-depth.js';
import { parseHtml } from '../../src/ingest/html-source.js';
import { parseFeed } from '../../src/ingest/feed-source.js';
import { captionCredit, paragraphs, parseByline } from '../../src/ingest/plain-text-source.js';

/** Small random texts over the characters the old patterns were sensitive to. */
function* randomTexts(alphabet: string, count: number): Generator<string> {
  let seed = 11;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let k = 0; k < count; k++) yield Array.from({ length: next(14) }, () => alphabet[next(alphabet.length)]).join('');
}

test('paragraphs read line by line are those the old lookahead pattern found', () => {
  const old = (text: string) => {
    const out = [];
    const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const trimmed = m[0].trim();
      if (trimmed === '') continue;
      const start = m.index + m[0].indexOf(trimmed);
      out.push({ text: trimmed, start, end: start + trimmed.length });
    }
    return out;
  };
  for (const text of randomTexts('ab \n\t\r', 5000)) assert.deepEqual(paragraphs(text), old(text), JSON.stringify(text));
});

test('a caption credit read from the end is the one the old pattern found', () => {
  const old = (p: string) => {
    const m = /^(.*?)\s*\*\*([^*\n]+)\*\*\s*$/s.exec(p);
    return m ? { text: m[1]!.trim(), credit: m[2]!.trim() } : null;
  };
  for (const text of randomTexts('ab *\n', 8000)) assert.deepEqual(captionCredit(text), old(text), JSON.stringify(text));
  assert.deepEqual(captionCredit('Putin with foreign heads of state. **Jane Doe**'), { text: 'Putin with foreign heads of state.', credit: 'Jane Doe' });
});

test('bylines split on commas and "and" whatever the spacing', () => {
  const rows: Array<[string, string[]]> = [
    ['Ann Poe and Bob Roe', ['Ann Poe', 'Bob Roe']],
    ['Ann Poe,  Bob Roe   and Cy Doe | Wire', ['Ann Poe', 'Bob Roe', 'Cy Doe']],
    [`Ann${' '.repeat(100_000)}Poe`, ['Ann Poe']],
  ];
  for (const [line, expected] of rows) assert.deepEqual(parseByline(line), expected);
});

test('HTML depth follows what a parser builds: unmatched closings ignored, optional end tags and void elements not counted', () => {
  const rows: Array<[string, number]> = [
    ['<html><body><div><p>a<p>b</div></body></html>', 1],
    ['<div><div><span>x</span></div></div>', 3],
    ['<div></x>'.repeat(500), 500],
    ['<div><br><img src="a>b"><hr/></div>', 1],
    ['<ul><li>a<li>b<li>c</ul>', 1],
    ['<div><script>"<div><div><div>"</script></div>', 1],
    ['<!-- <div><div> --><div></div>', 1],
    ['<div>'.repeat(16_000), 16_000],
  ];
  for (const [html, depth] of rows) assert.equal(htmlDepth(html), depth, html.slice(0, 60));
});

test('a page nested deeper than the limit is refused before parsing, with the reason; a feed item too', () => {
  const deep = `<html><body>${'<div>'.repeat(16_000)}<p>${'Russia urged Ukraine to act. '.repeat(20)}</p>${'</div>'.repeat(16_000)}</body></html>`;
  const page = parseHtml(deep, 'deep.html');
  assert.equal(page.ok, false);
  assert.match(!page.ok ? page.problem.message : '', new RegExp(`deep.html: HTML nested more than ${MAX_HTML_DEPTH} elements deep`));
  const ordinary = parseHtml(
    `<html><body>${'<div>'.repeat(40)}<article><p>${'Russia urged Ukraine to act. '.repeat(20)}</p></article>${'</div>'.repeat(40)}</body></html>`,
    'ok.html',
  );
  assert.equal(ordinary.ok, true);
  const feed = `<?xml version="1.0"?><rss><channel><item><title>t</title><description>${'&lt;div&gt;'.repeat(5000)}x</description></item></channel></rss>`;
  const [item] = parseFeed(feed, 'wire.xml');
  assert.equal(item!.ok, false);
  assert.match(!item!.ok ? item!.problem.message : '', /wire.xml#1: HTML nested more than/);
});
