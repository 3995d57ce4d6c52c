import type { Caption } from './article.js';
import { parseLooseDate } from './loose-date.js';
import type { Source, SourceItem } from './source.js';

// Patterns here run on whole paragraphs of whatever was sent: none lets two quantifiers share a run of spaces.
const BYLINE = /^by\s+(\S.*)$/i;
/** The URL part keeps its leading spaces; `repairUrl` drops all whitespace anyway. */
const TRAILER = /^(original url|source url|source|url)\s*:(.*)$/i;

interface Paragraph {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Paragraphs: runs of lines up to a line that holds only whitespace. Read line by line: the pattern this replaces
 * looked ahead across every following blank line from each line break, quadratic in a run of them.
 */
export function paragraphs(text: string): Paragraph[] {
  const lines: Array<readonly [number, number]> = [];
  for (let from = 0; ; ) {
    const nl = text.indexOf('\n', from);
    lines.push([from, nl === -1 ? text.length : nl]);
    if (nl === -1) break;
    from = nl + 1;
  }
  const blank = (k: number) => !/\S/.test(text.slice(lines[k]![0], lines[k]![1]));
  const out: Paragraph[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]![0] === lines[k]![1]) continue;
    // A blank line ends the paragraph, unless it is the text's last line.
    let last = k;
    while (last + 1 < lines.length && !(blank(last + 1) && last + 2 < lines.length)) last++;
    const from = lines[k]![0];
    const raw = text.slice(from, lines[last]![1]);
    k = last;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = from + raw.length - raw.trimStart().length;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}

/** Splits the authors of a byline: "A and B", "A, B and C"; drops trailing affiliations after " | ". */
export function parseByline(line: string): string[] {
  return line
    .split('|')[0]!
    .replace(/\s+/g, ' ')
    .split(/ ?, ?| and /)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * A caption ends with its credit in bold markup: `... with foreign heads of state. **Jane Doe**`. Read from the
 * end with string search, as the pattern `^(.*?)\s*\*\*([^*\n]+)\*\*\s*$` would, without trying every split.
 */
export function captionCredit(paragraph: string): { text: string; credit: string } | null {
  const t = paragraph.trimEnd();
  if (!t.endsWith('**')) return null;
  let from = t.length - 2;
  while (from > 0 && t[from - 1] !== '*' && t[from - 1] !== '\n') from--;
  if (from === t.length - 2 || from < 2 || t[from - 1] !== '*' || t[from - 2] !== '*') return null;
  return { text: t.slice(0, from - 2).trim(), credit: t.slice(from, t.length - 2).trim() };
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
    const rest = [
      TRAILER.exec(paras[trailerAt]!.text.split('\n')[0]!)![2],
      ...paras[trailerAt]!.text.split('\n').slice(1),
      ...paras.slice(trailerAt + 1).map((p) => p.text),
    ].join(' ');
    url = repairUrl(rest);
    if (url && /\s/.test(rest.trim())) warnings.push('source URL repaired: it was broken by whitespace');
    if (!url && rest.trim() !== '') warnings.push(`trailer is not a URL: ${JSON.stringify(rest.trim().slice(0, 80))}`);
  }
  while (i < end) {
    const caption = captionCredit(paras[i]!.text);
    if (!caption) break;
    captions.push(caption);
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
