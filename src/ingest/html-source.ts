import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Caption } from './article.js';
import { htmlDepth, MAX_HTML_DEPTH } from './html-depth.js';
import { parseLooseDate } from './loose-date.js';
import type { Source, SourceItem } from './source.js';

/** Readability below this many characters of text found navigation or a stub, not an article. */
const MIN_ARTICLE_CHARS = 200;

type Doc = ReturnType<typeof parseHTML>['document'];

function meta(doc: Doc, ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  url?: string;
  author?: unknown;
}

/** The first NewsArticle/Article/BlogPosting in the page's JSON-LD, also inside `@graph`. */
function jsonLd(doc: Doc): JsonLdArticle | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        const type = o['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t))) return o as JsonLdArticle;
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return null;
}

function authorNames(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(authorNames);
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return [(v as { name: string }).name];
  return [];
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Paragraph text of the article content, one paragraph per block, so that sentences never run together. */
function blocksText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')]
    .filter((el) => !el.querySelector('p, li, blockquote'))
    .map((el) => clean(el.textContent))
    .filter((t) => t !== '');
  return blocks.length > 0 ? blocks.join('\n\n') : clean(document.body?.textContent);
}

export function parseHtml(html: string, origin: string): SourceItem {
  // Checked before parsing: the parser and Readability are what a deep page makes slow.
  if (htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) {
    return {
      ok: false,
      problem: {
        origin,
        code: 'BAD_INPUT',
        message: `${origin}: HTML nested more than ${MAX_HTML_DEPTH} elements deep: expected an article page, which nests some tens deep`,
      },
    };
  }
  const { document } = parseHTML(html);
  const ld = jsonLd(document);
  const captions: Caption[] = [...document.querySelectorAll('figcaption')]
    .map((el) => {
      const credit = el.querySelector('.credit, cite, small');
      const creditText = clean(credit?.textContent) || null;
      credit?.remove();
      return { text: clean(el.textContent), credit: creditText };
    })
    .filter((c) => c.text !== '');
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const publishedRaw =
    meta(document, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date') ??
    ld?.datePublished ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const metaTitle = meta(document, 'og:title', 'twitter:title') ?? ld?.headline ?? null;
  const metaAuthors = ld ? authorNames(ld.author) : [];
  const metaAuthor = meta(document, 'author', 'article:author');

  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    parsed = null;
  }
  const text = parsed?.content ? blocksText(parsed.content) : '';
  if (text.length < MIN_ARTICLE_CHARS) {
    return {
      ok: false,
      problem: {
        origin,
        code: 'BAD_INPUT',
        message: `${origin}: HTML without an article: expected a readable article body, found ${text.length} characters of text`,
      },
    };
  }
  const warnings: string[] = [];
  const published = publishedRaw ? parseLooseDate(publishedRaw) : null;
  if (publishedRaw && !published) warnings.push(`unreadable published date ${JSON.stringify(publishedRaw)}`);
  const byline = clean(parsed?.byline).replace(/^by\s+/i, '');
  // `clean` left single spaces, so the separators need no unbounded quantifier.
  const authors = metaAuthors.length > 0 ? metaAuthors : metaAuthor ? [metaAuthor] : byline ? byline.split(/ ?, ?| and /) : [];
  return {
    ok: true,
    draft: {
      format: 'html',
      origin,
      title: clean(metaTitle ?? parsed?.title) || null,
      authors,
      published,
      url: meta(document, 'og:url') ?? ld?.url ?? canonical,
      captions,
      text,
      warnings,
    },
  };
}

export const htmlSource: Source = {
  name: 'html',
  accepts: (fileName, head) => /\.x?html?$/i.test(fileName) || /^\s*(<!doctype html|<html)/i.test(head),
  *read(text, origin) {
    yield parseHtml(text, origin);
  },
};
