import type { Caption } from './article.js';
import { parseLooseDate } from './loose-date.js';
import type { Source, SourceItem } from './source.js';

const BYLINE = /^by\s+(.+)$/i;
const TRAILER = /^(original url|source url|source|url)\s*:\s*(.*)$/i;
/** A caption ends with its credit in bold markup: `... with foreign heads of state. **Jane Doe**`. */
const CAPTION_CREDIT = /^(.*?)\s*\*\*([^*\n]+)\*\*\s*$/s;

interface Paragraph {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const trimmed = m[0].trim();
    if (trimmed === '') continue;
    const start = m.index + m[0].indexOf(trimmed);
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}

/** Splits the authors of a byline: "A and B", "A, B and C"; drops trailing affiliations after " | ". */
export function parseByline(line: string): string[] {
  return line
    .split('|')[0]!
    .split(/\s*,\s*|\s+and\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A URL broken by a line wrap or a stray space: URLs hold no whitespace, so all of it goes. */
export function repairUrl(raw: string): string | null {
  const joined = raw.replace(/\s+/g, '');
  return /^https?:\/\/\S+$/i.test(joined) ? joined : null;
}

/**
 * The plain-text layout of a news export: headline, optional "By ..." byline, a date line, an optional photo
 * caption with `**Credit**` markup, the body, and an optional "Original url:" trailer whose URL may be
 * broken across lines. Text that does not follow the layout is taken as a body, with a title only when the
 * first paragraph is one short line.
 */
export function parsePlainText(text: string, origin: string): SourceItem {
  const paras = paragraphs(text);
  const warnings: string[] = [];
  let i = 0;
  let title: string | null = null;
  let authors: string[] = [];
  let published = null;
  const captions: Caption[] = [];
  let url: string | null = null;

  const first = paras[0];
  if (first && !first.text.includes('\n') && first.text.length <= 200 && !/[.!?]["”’]?$/.test(first.text)) {
    title = first.text;
    i = 1;
  }
  for (let guard = 0; guard < 3 && i < paras.length; guard++) {
    const p = paras[i]!.text;
    const by = BYLINE.exec(p);
    if (by && !p.includes('\n') && p.length < 120 && authors.length === 0) {
      authors = parseByline(by[1]!);
      i++;
      continue;
    }
    const date = !p.includes('\n') && p.length < 60 ? parseLooseDate(p) : null;
    if (date && !published) {
      published = date;
      i++;
      continue;
    }
    break;
  }
  let end = paras.length;
  const trailerAt = paras.findIndex((p, k) => k >= i && TRAILER.test(p.text.split('\n')[0]!));
  if (trailerAt !== -1) {
    end = trailerAt;
    const rest = [TRAILER.exec(paras[trailerAt]!.text.split('\n')[0]!)![2], ...paras[trailerAt]!.text.split('\n').slice(1), ...paras.slice(trailerAt + 1).map((p) => p.text)].join(' ');
    url = repairUrl(rest);
    if (url && /\s/.test(rest.trim())) warnings.push('source URL repaired: it was broken by whitespace');
    if (!url && rest.trim() !== '') warnings.push(`trailer is not a URL: ${JSON.stringify(rest.trim().slice(0, 80))}`);
  }
  while (i < end) {
    const credit = CAPTION_CREDIT.exec(paras[i]!.text);
    if (!credit) break;
    captions.push({ text: credit[1]!.trim(), credit: credit[2]!.trim() });
    i++;
  }
  const body = paras.slice(i, end);
  if (body.length === 0) {
    return { ok: false, problem: { origin, code: 'BAD_INPUT', message: `${origin}: expected an article body, found only a headline and metadata` } };
  }
  const bodyText = text.slice(body[0]!.start, body[body.length - 1]!.end);
  return {
    ok: true,
    draft: { format: 'text', origin, title, authors, published, url, captions, text: bodyText, warnings },
  };
}

export const plainTextSource: Source = {
  name: 'text',
  accepts: (fileName) => /\.(txt|text|md)$/i.test(fileName),
  *read(text, origin) {
    yield parsePlainText(text, origin);
  },
};
