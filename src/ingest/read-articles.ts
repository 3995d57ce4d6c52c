import { createReadStream, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
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
const SOURCES: readonly Source[] = [jsonlSource, feedSource, htmlSource, plainTextSource];

/** 32 MiB: a JSONL export of thousands of articles fits; a stray database dump or video does not. */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export interface ReadOptions {
  readonly ingestDay: IsoDate;
  readonly maxBytes?: number;
}

export type ReadItem =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'duplicate'; readonly article: Article; readonly of: string }
  | { readonly kind: 'problem'; readonly problem: IngestProblem };

/**
 * Files under the given paths, folders walked recursively in name order, hidden files skipped. In a folder only
 * regular files are read: a named pipe or a device there would block the batch or never end. A path named
 * explicitly may be a pipe (`<(zcat a.gz)`); it is read up to the size limit like any file.
 */
async function* expandPaths(paths: readonly string[], inFolder = false): AsyncGenerator<string | IngestProblem> {
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
      yield* expandPaths(
        entries.map((e) => join(path, e)),
        true,
      );
    } else if (info.isFile() || (!inFolder && info.isFIFO())) {
      yield path;
    } else {
      const kind = info.isFIFO()
        ? 'a named pipe'
        : info.isSocket()
          ? 'a socket'
          : info.isCharacterDevice() || info.isBlockDevice()
            ? 'a device'
            : 'not a regular file';
      yield { origin: path, code: 'BAD_INPUT', message: `${path}: expected a regular file, found ${kind}: skipped` };
    }
  }
}

function pickSource(fileName: string, head: string): Source {
  return SOURCES.find((s) => s.accepts(fileName, head)) ?? plainTextSource;
}

export interface FileOptions {
  readonly ingestDay: IsoDate;
  /** What messages call the file: its path for one's own files (default: the name). */
  readonly what?: string;
  /** The articles' origin instead of the name (a fetched feed's URL). */
  readonly origin?: string;
  /** Whether messages may quote the content: not for what was fetched from a URL. */
  readonly quoteContent?: boolean;
}

/**
 * One file's articles: decoded, its format picked by its name and first characters, parsed, repaired. `name` is
 * the file's base name: articles keep it (with a line or item number) as their origin, never a folder path.
 */
export function articlesOfFile(bytes: Uint8Array, name: string, options: FileOptions): Array<Exclude<ReadItem, { kind: 'duplicate' }>> {
  const what = options.what ?? name;
  let decoded: DecodedText;
  try {
    decoded = decodeText(bytes, what, { repair: false });
  } catch (e) {
    if (!isEntenteError(e)) throw e;
    return [{ kind: 'problem', problem: { origin: what, code: e.code, message: e.message } }];
  }
  const source = pickSource(name, decoded.text.slice(0, 512));
  const out: Array<Exclude<ReadItem, { kind: 'duplicate' }>> = [];
  for (const item of source.read(decoded.text, options.origin ?? name, { quoteContent: options.quoteContent })) {
    if (!item.ok) {
      out.push({ kind: 'problem', problem: item.problem });
      continue;
    }
    const body = repairWithNotes(item.draft.text);
    const title = item.draft.title ? repairWithNotes(item.draft.title).text : item.draft.title;
    out.push({
      kind: 'article',
      article: finishArticle(
        { ...item.draft, title, text: body.text, warnings: [...decoded.warnings, ...body.warnings, ...(item.draft.warnings ?? [])] },
        options.ingestDay,
      ),
    });
  }
  return out;
}

/** The same text again within one batch is flagged as a duplicate of its first origin. */
export function withDuplicates(items: Iterable<Exclude<ReadItem, { kind: 'duplicate' }>>): ReadItem[] {
  const seen = new Map<string, string>();
  const out: ReadItem[] = [];
  for (const item of items) {
    if (item.kind !== 'article') {
      out.push(item);
      continue;
    }
    const first = seen.get(item.article.contentHash);
    if (first) out.push({ kind: 'duplicate', article: item.article, of: first });
    else {
      seen.set(item.article.contentHash, item.article.origin);
      out.push(item);
    }
  }
  return out;
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
    const bytes = await readBounded(entry, maxBytes);
    if (typeof bytes === 'number') {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      yield {
        kind: 'problem',
        problem: {
          origin: entry,
          code: 'TOO_LARGE',
          message: `${entry} is ${bytes > maxBytes ? mb(bytes) : 'larger than that'}: the limit for one file is ${mb(maxBytes)}; split it (JSONL: one article a line) or raise --max-mb`,
        },
      };
      continue;
    }
    for (const item of articlesOfFile(bytes, basename(entry), { ingestDay: options.ingestDay, what: entry })) {
      if (item.kind !== 'article') {
        yield item;
        continue;
      }
      const first = seen.get(item.article.contentHash);
      if (first) {
        yield { kind: 'duplicate', article: item.article, of: first };
        continue;
      }
      seen.set(item.article.contentHash, item.article.origin);
      yield item;
    }
  }
}

/** The file's bytes, or its size (or the limit plus one, for a pipe) when it is larger than the limit. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array | number> {
  const info = await stat(path);
  if (info.isFile() && info.size > maxBytes) return info.size;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) return maxBytes + 1;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
