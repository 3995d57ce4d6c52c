import { parseLooseDate } from './loose-date.js';
import { leadingDateLine } from './leading-date.js';
import type { Source, SourceItem, SourceReadOptions } from './source.js';

const TEXT_FIELDS = ['text', 'body', 'content', 'doc_text'] as const;

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return null;
}

/** One article from one JSON object: `text` (or `body`, `content`, `doc_text`), optional `title`, `url`, `published`, `id`. */
export function parseJsonArticle(line: string, origin: string, options: SourceReadOptions = {}): SourceItem {
  const quote = options.quoteContent !== false;
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    // The parser's message quotes the line.
    return {
      ok: false,
      problem: { origin, code: 'BAD_INPUT', message: `${origin}: expected a JSON object, found invalid JSON${quote ? ` (${(e as Error).message})` : ''}` },
    };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
    const found =
      obj === null
        ? 'null'
        : Array.isArray(obj)
          ? 'an array'
          : typeof obj === 'string'
            ? 'a string'
            : typeof obj === 'number'
              ? 'a number'
              : typeof obj === 'boolean'
                ? `${obj}`
                : typeof obj;
    return { ok: false, problem: { origin, code: 'BAD_INPUT', message: `${origin}: expected a JSON object, found ${found}` } };
  }
  const o = obj as Record<string, unknown>;
  const field = TEXT_FIELDS.find((f) => typeof o[f] === 'string' && (o[f] as string).trim() !== '');
  if (!field) {
    const found = quote ? `keys ${JSON.stringify(Object.keys(o))}` : `${Object.keys(o).length} other keys`;
    return {
      ok: false,
      problem: { origin, code: 'BAD_INPUT', message: `${origin}: expected a non-empty "text", "body", "content" or "doc_text" field, found ${found}` },
    };
  }
  const warnings: string[] = [];
  let text = (o[field] as string).trim();
  const rawDate = str(o.published) ?? str(o.date) ?? str(o.publish_date);
  let published = rawDate ? parseLooseDate(rawDate) : null;
  if (rawDate && !published) warnings.push(`unreadable published date ${JSON.stringify(rawDate)}`);
  if (!published) {
    const lead = leadingDateLine(text);
    if (lead) {
      published = lead.date;
      text = lead.rest;
    }
  }
  const author = o.authors ?? o.author;
  const authors = Array.isArray(author) ? author.map(str).filter((a): a is string => a !== null) : str(author) ? [str(author)!] : [];
  return {
    ok: true,
    draft: {
      format: 'jsonl',
      origin,
      externalId: str(o.id) ?? str(o.doc_id),
      title: str(o.title),
      authors,
      published,
      url: str(o.url),
      text,
      warnings,
    },
  };
}

export const jsonlSource: Source = {
  name: 'jsonl',
  accepts: (fileName, head) => /\.(jsonl|ndjson)$/i.test(fileName) || (/\.json$/i.test(fileName) && head.trimStart().startsWith('{')),
  *read(text, origin, options) {
    const lines = text.split('\n');
    for (let n = 0; n < lines.length; n++) {
      if (lines[n]!.trim() === '') continue;
      yield parseJsonArticle(lines[n]!, `${origin}:${n + 1}`, options);
    }
  },
};
