import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.js';
import { parseLooseDate } from './loose-date.js';
import type { Source, SourceItem, SourceReadOptions } from './source.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', processEntities: true });

function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return text((v as Record<string, unknown>)['#text']);
  return null;
}

/** Feed bodies are HTML fragments; paragraphs become blank-line-separated text. Null when nested too deep to parse. */
function htmlToText(html: string): string | null {
  if (!/[<&]/.test(html)) return html.trim();
  if (htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) return null;
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(/<\/(p|div|li|h\d)>|<br\s*\/?>/gi, '$&\n\n')}</body></html>`);
  // A run of spaces holding two line breaks is a paragraph break; matched whole, so a long run is read once.
  return (document.body?.textContent ?? '')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s+/g, (run: string) => (run.indexOf('\n') !== run.lastIndexOf('\n') ? '\n\n' : run))
    .trim();
}

function atomLink(v: unknown): string | null {
  for (const l of list(v as Record<string, string> | Record<string, string>[])) {
    if (typeof l === 'string') return l;
    if (l['@href'] && (!l['@rel'] || l['@rel'] === 'alternate')) return l['@href'];
  }
  return null;
}

/** RSS 2.0 `<item>`s and Atom `<entry>`s, each an article; an entry without text is a problem, not a crash. */
export function parseFeed(xml: string, origin: string, options: SourceReadOptions = {}): SourceItem[] {
  let doc: Record<string, any>;
  try {
    doc = parser.parse(xml, true);
  } catch (e) {
    // The parser's message may name the document's own tags.
    const detail = options.quoteContent === false ? '' : ` (${(e as Error).message.split('\n')[0]})`;
    return [{ ok: false, problem: { origin, code: 'BAD_INPUT', message: `${origin}: expected RSS or Atom XML, found malformed XML${detail}` } }];
  }
  const rssItems = list(doc.rss?.channel?.item ?? doc['rdf:RDF']?.item);
  const atomEntries = list(doc.feed?.entry);
  if (rssItems.length === 0 && atomEntries.length === 0) {
    return [{ ok: false, problem: { origin, code: 'BAD_INPUT', message: `${origin}: expected RSS <item>s or Atom <entry>s, found none` } }];
  }
  const isAtom = atomEntries.length > 0;
  return (isAtom ? atomEntries : rssItems).map((item: Record<string, unknown>, i: number): SourceItem => {
    const where = `${origin}#${i + 1}`;
    const body = text(item['content:encoded']) ?? text(item.content) ?? text(item.description) ?? text(item.summary);
    if (!body) return { ok: false, problem: { origin: where, code: 'BAD_INPUT', message: `${where}: expected a description or content, found none` } };
    const bodyText = htmlToText(body);
    if (bodyText === null)
      return {
        ok: false,
        problem: {
          origin: where,
          code: 'BAD_INPUT',
          message: `${where}: HTML nested more than ${MAX_HTML_DEPTH} elements deep: expected an article's paragraphs`,
        },
      };
    const dateRaw = text(item.pubDate) ?? text(item.published) ?? text(item['dc:date']) ?? text(item.updated);
    const published = dateRaw ? parseLooseDate(dateRaw) : null;
    const author = item['dc:creator'] ?? item.author;
    const authors = list(author as unknown)
      .map((a) => (a && typeof a === 'object' && 'name' in a ? text((a as Record<string, unknown>).name) : text(a)))
      .filter((a): a is string => a !== null);
    return {
      ok: true,
      draft: {
        format: isAtom ? 'atom' : 'rss',
        origin: where,
        externalId: text(item.guid) ?? text(item.id),
        title: text(item.title),
        authors,
        published,
        url: isAtom ? atomLink(item.link) : text(item.link),
        text: bodyText,
        warnings: dateRaw && !published ? [`unreadable published date ${JSON.stringify(dateRaw)}`] : [],
      },
    };
  });
}

export const feedSource: Source = {
  name: 'feed',
  accepts: (fileName, head) =>
    /\.(rss|atom)$/i.test(fileName) || ((/\.xml$/i.test(fileName) || /^\s*<\?xml/.test(head)) && /<(rss|feed|rdf:RDF)[\s>]/.test(head)),
  read: parseFeed,
};
