import type { Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isEntenteError } from '../core/errors.js';
import type { IsoDate } from '../core/time.js';
import { finishArticle, type Article } from './article.js';
import { decodeText, repairWithNotes, type DecodedText } from './decode-text.js';
import { feedSource } from './feed-source.js';
import { htmlSource } from './html-source.js';
import { jsonlSource } from './jsonl-source.js';
import { plainTextSource } from './plain-text-source.js';
import type { IngestProblem, Source } from './source.js';

/** Tried in order; plain text is the fallback for any file that is text but claims no format. */
export const SOURCES: readonly Source[] = [jsonlSource, feedSource, htmlSource, plainTextSource];

/** 32 MiB: a JSONL export of thousands of articles fits; a stray database dump or video does not. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface ReadOptions {
  readonly ingestDay: IsoDate;
  readonly maxBytes?: number;
}

export type ReadItem =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'duplicate'; readonly article: Article; readonly of: string }
  | { readonly kind: 'problem'; readonly problem: IngestProblem };

/** Files under the given paths, folders walked recursively in name order, hidden files skipped. */
export async function* expandPaths(paths: readonly string[]): AsyncGenerator<string | IngestProblem> {
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch {
      yield { origin: path, code: 'BAD_INPUT', message: `${path}: expected a file or folder, found nothing there` };
      continue;
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).filter((e) => !e.startsWith('.')).sort();
      yield* expandPaths(entries.map((e) => join(path, e)));
    } else {
      yield path;
    }
  }
}

export function pickSource(fileName: string, head: string): Source {
  return SOURCES.find((s) => s.accepts(fileName, head)) ?? plainTextSource;
}

/** Articles from files, one problem per unreadable file or line, duplicates (same content hash) flagged. */
export async function* readArticles(paths: readonly string[], options: ReadOptions): AsyncGenerator<ReadItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const seen = new Map<string, string>();
  for await (const entry of expandPaths(paths)) {
    if (typeof entry !== 'string') {
      yield { kind: 'problem', problem: entry };
      continue;
    }
    const size = (await stat(entry)).size;
    if (size > maxBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      yield { kind: 'problem', problem: { origin: entry, code: 'TOO_LARGE', message: `${entry} is ${mb(size)}: the limit for one file is ${mb(maxBytes)}; split it (JSONL: one article a line) or raise --max-mb` } };
      continue;
    }
    let decoded: DecodedText;
    try {
      decoded = decodeText(await readFile(entry), entry, { repair: false });
    } catch (e) {
      if (!isEntenteError(e)) throw e;
      yield { kind: 'problem', problem: { origin: entry, code: e.code, message: e.message } };
      continue;
    }
    const source = pickSource(basename(entry), decoded.text.slice(0, 512));
    for (const item of source.read(decoded.text, entry)) {
      if (!item.ok) {
        yield { kind: 'problem', problem: item.problem };
        continue;
      }
      const body = repairWithNotes(item.draft.text);
      const title = item.draft.title ? repairWithNotes(item.draft.title).text : item.draft.title;
      const article = finishArticle({ ...item.draft, title, text: body.text, warnings: [...decoded.warnings, ...body.warnings, ...(item.draft.warnings ?? [])] }, options.ingestDay);
      const first = seen.get(article.contentHash);
      if (first) {
        yield { kind: 'duplicate', article, of: first };
        continue;
      }
      seen.set(article.contentHash, article.origin);
      yield { kind: 'article', article };
    }
  }
}
