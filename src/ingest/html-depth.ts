/**
 * How deeply a page's elements nest, read in one pass over the markup before any parser sees it. Readability
 * and the DOM walk ancestors, and a `<div>` nested 16,000 deep (235 KB) held the server for 76 s; a news page
 * nests some tens deep. The count follows what an HTML parser builds: a closing tag closes the latest open
 * element of its name and those opened after it, and one that matches nothing is ignored (so a page of
 * `<div></x>` is as deep as its `<div>`s). Elements whose end tags HTML leaves optional (p, li, td...) and
 * void elements (br, img...) are not counted: a parser closes them on its own.
 */

/** Deeper pages are refused: far beyond any article's layout, short of what makes the parsers slow. */
export const MAX_HTML_DEPTH = 200;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
  'basefont',
  'frame',
]);
/** Their content is text, not markup: a `<div>` inside a script is no element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);

const NAME = /[a-zA-Z][a-zA-Z0-9:-]*/y;

/** The deepest nesting of counted elements; stops early, returning a value over `limit`, once it is exceeded. */
export function htmlDepth(html: string, limit = Infinity): number {
  const lower = html.toLowerCase();
  const stack: string[] = [];
  const open = new Map<string, number>();
  let max = 0;
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const closing = html[i + 1] === '/';
    NAME.lastIndex = i + (closing ? 2 : 1);
    const m = NAME.exec(html);
    if (!m) {
      // `<!doctype>`, `<?xml?>`, or a lone `<` in text.
      i = html[i + 1] === '!' || html[i + 1] === '?' ? tagEnd(html, i) : i + 1;
      continue;
    }
    const name = m[0].toLowerCase();
    const end = tagEnd(html, NAME.lastIndex);
    if (closing) {
      if ((open.get(name) ?? 0) > 0) {
        for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
          open.set(top, open.get(top)! - 1);
          if (top === name) break;
        }
      }
      i = end;
      continue;
    }
    const selfClosing = html[end - 2] === '/';
    if (RAW_TEXT.has(name) && !selfClosing) {
      const close = lower.indexOf(`</${name}`, end);
      i = close === -1 ? html.length : close;
      continue;
    }
    if (!selfClosing && !VOID.has(name) && !OPTIONAL_END.has(name)) {
      stack.push(name);
      open.set(name, (open.get(name) ?? 0) + 1);
      if (stack.length > max && (max = stack.length) > limit) return max;
    }
    i = end;
  }
  return max;
}

/** The offset just past the `>` that ends a tag opened before `from`, quoted attribute values (`="..."`) skipped. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  let previous = '';
  for (let k = from; k < html.length; k++) {
    const c = html[k]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if ((c === '"' || c === "'") && previous === '=') {
      quote = c;
    } else if (c === '>') {
      return k + 1;
    }
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') previous = c;
  }
  return html.length;
}
